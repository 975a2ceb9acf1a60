"""The Qt shell: windows, models and workers that drive the core.

No guard against binding bugs lives here: pyproject.toml leaves out PySide6 6.12.0 (on
Python 3.11 it takes a reference away from ``None`` on every void call and from ``True`` on
every ``emit()``, and the process aborts after a few searches), and
``tests/ui/test_binding.py`` fails on any installed binding that does the same.
"""
