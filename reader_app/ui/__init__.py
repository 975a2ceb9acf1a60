"""The Qt shell: windows, models and workers that drive the core."""
