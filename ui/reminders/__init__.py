"""Reminders: a tray icon and notifications, or a banner in the window, when the user's items come due."""
