"""What the health feature adds to the main window at start: the cache behind the health column and
Today's warnings, and the dashboard page, built when first shown."""

from PySide6.QtCore import QCoreApplication

from ui.health.cache import HealthCache, install_health_cache


def install_health(window) -> HealthCache:
    """The health cache behind the client list's health column and Today's early warnings, and
    the dashboard page (Ctrl+4), built when first shown."""
    cache = install_health_cache(window)
    cache.updated.connect(window.client_list.show_health)  # the health column repaints in place
    cache.updated.connect(window.today.show_health)  # Today's early warnings come from these figures

    def dashboard():
        from ui.health.dashboard import DashboardPage

        return DashboardPage(window)

    window.add_page("dashboard", dashboard, QCoreApplication.translate("Dashboard", "Dashboard"), "Ctrl+4")
    return cache
