"""How a reminder reads: what came due (by Today's section and whether it passed its rule), for whom."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.today.reminders import Reminder

HEADINGS = {
    ("follow_ups", "due"): QT_TRANSLATE_NOOP("Reminders", "Follow-up due"),
    ("follow_ups", "passed"): QT_TRANSLATE_NOOP("Reminders", "Follow-up overdue"),
    ("feedback", "due"): QT_TRANSLATE_NOOP("Reminders", "Feedback to acknowledge"),
    ("feedback", "passed"): QT_TRANSLATE_NOOP("Reminders", "Feedback not acknowledged in time"),
    ("negotiation_actions", "due"): QT_TRANSLATE_NOOP("Reminders", "Negotiation action due"),
    ("negotiation_actions", "passed"): QT_TRANSLATE_NOOP("Reminders", "Negotiation action overdue"),
    ("replies", "due"): QT_TRANSLATE_NOOP("Reminders", "Reply awaited"),
    ("replies", "passed"): QT_TRANSLATE_NOOP("Reminders", "Reply past the firm's rule"),
    ("", "due"): QT_TRANSLATE_NOOP("Reminders", "Due now"),
    ("", "passed"): QT_TRANSLATE_NOOP("Reminders", "Overdue"),
}
SNOOZE_CHOICES = (
    ("15min", QT_TRANSLATE_NOOP("Reminders", "Snooze 15 minutes")),
    ("1hour", QT_TRANSLATE_NOOP("Reminders", "Snooze 1 hour")),
    ("tomorrow", QT_TRANSLATE_NOOP("Reminders", "Snooze until tomorrow morning")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


def heading(reminder: Reminder) -> str:
    """What came due: "Follow-up overdue", "Feedback to acknowledge", ..."""
    key = (reminder.item.section, reminder.phase)
    return tr(HEADINGS.get(key) or HEADINGS[("", reminder.phase)])


def what(reminder: Reminder) -> str:
    """The client and the item: "Acme LLC: Send the quote"."""
    item = reminder.item
    if not item.title or item.title == item.client_name:
        return item.client_name
    return QCoreApplication.translate("Reminders", "%1: %2").replace("%1", item.client_name).replace("%2", item.title)


def one_line(reminder: Reminder) -> str:
    """Heading and item on one line, for a menu or the banner."""
    return QCoreApplication.translate("Reminders", "%1 · %2").replace("%1", heading(reminder)).replace("%2", what(reminder))


def more_text(count: int) -> str:
    return QCoreApplication.translate("Reminders", "and %n more", "", count)


def many_title(count: int) -> str:
    return QCoreApplication.translate("Reminders", "%n item(s) need your hand", "", count)


def elided(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
