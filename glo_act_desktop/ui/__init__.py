"""The window: Qt widgets, item models and dialogs over the services."""
