"""Ropa: records of processing activities (GDPR Art. 30) on the desktop."""

__version__ = "0.1.0"
#: The application's name: its settings, data folder and window titles.
APP_NAME = "Ropa"
