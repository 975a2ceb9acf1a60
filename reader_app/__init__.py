"""Urdu news reader: a Qt-free core (``reader_app.core``) and a Qt shell (``reader_app.ui``)."""

__version__ = "0.1.0"
APP_NAME = "UrduReader"
