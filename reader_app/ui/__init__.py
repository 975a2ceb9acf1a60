"""The Qt shell: windows, models and workers that drive the core."""

from reader_app.ui.qtfix import protect_bools

protect_bools()  # before any signal is emitted; see qtfix for the PySide6 bug it guards
