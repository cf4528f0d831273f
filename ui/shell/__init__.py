"""The desktop's shell: application start, main window, tasks, errors, events and languages."""
