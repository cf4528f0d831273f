"""Every preference, declared once with its type, default and scope (Picard's options.py).

Scope "firm": stored in the journal's Setting table, shared by everyone on that database
(working hours, health weights). Scope "local": stored in this machine's config file
(who am I, language). QSettings keeps only window geometry and splitter state.
"""

import json
import logging
from dataclasses import dataclass
from typing import Any

from app.common.atomic_file import atomic_write
from app.common.errors import ValidationError
from app.common.paths import config_dir
from app.common.wording import QT_TRANSLATE_NOOP, Message
from db.server_url import is_server_url, without_password

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Preference:
    """One declared preference."""

    key: str
    type: type
    default: Any
    scope: str  # "firm" or "local"
    description: str = ""


PREFERENCES: dict[str, Preference] = {}


def declare(key: str, type_: type, default: Any, scope: str, description: str = "") -> Preference:
    pref = Preference(key, type_, default, scope, description)
    PREFERENCES[key] = pref
    return pref


declare("current_user", int, 0, "local", "the user stamped on what is logged here (0: none chosen)")
declare("current_user_journal", str, "", "local", "the database current_user was chosen on (its ids are its own)")
declare("language", str, "", "local", "interface language code; empty follows the system")
declare("last_database", str, "", "local", "the database opened last from the GUI")
declare("backup_folder", str, "", "local", "where automatic backups go; empty: the backups folder beside the data")
declare("backup_every_minutes", int, 30, "local", "how often a journal in use is backed up (0: never automatically)")
declare("backups_recent", int, 8, "local", "how many of the newest backups are always kept")
declare("backups_daily", int, 7, "local", "days for which the last backup of the day is kept")
declare("backups_weekly", int, 4, "local", "weeks for which the last backup of the week is kept")
declare("backups_monthly", int, 12, "local", "months for which the last backup of the month is kept")
declare("reminders_on", bool, True, "local",
        "a tray icon and notifications (or a banner) when one of your items comes due or passes its rule")
declare("reminders_state", dict, {}, "local",
        "what reminders were shown and snoozed, per journal and user (app.today.reminders)")
declare("working_days", list, [0, 1, 2, 3, 4], "firm", "working weekdays, Monday = 0")
declare("work_start", str, "09:00", "firm", "start of the working day")
declare("work_end", str, "18:00", "firm", "end of the working day")
declare("acknowledge_within_hours", float, 9.0, "firm",
        "working hours within which feedback must be acknowledged (one working day)")
declare("reply_within_hours", float, 0.0, "firm",
        "working hours within which an inbound email, request or feedback gets an answer; "
        "0: by the end of the same working day (app.hear.replies)")
declare("firm_addresses", list, [], "firm",
        "the firm's own email addresses and domains (anna@firm.com, firm.com): a captured message "
        "from one of them is outbound, to the client; any other is inbound")
declare("owners_sell", bool, False, "firm",
        "owners also sell: an owner, not only an account manager, may qualify a prospect")
declare("sales_plan", dict, {}, "firm",
        "the owner's plan of new contracts per quarter, in all and per segment (app.portrait.sales_plan)")
declare("health_settings", dict, {}, "firm",
        "the owner's changes to the health weights and thresholds (defaults in app.health.settings)")


def _check(pref: Preference, value: Any) -> Any:
    if pref.type is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, pref.type) or (pref.type is int and isinstance(value, bool)):
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a {type}"), value=repr(value), type=pref.type.__name__), pref.key)
    return value


def check_value(key: str, value: Any) -> Any:
    """value if it has the type key is declared with; a ValidationError naming key otherwise."""
    return _check(PREFERENCES[key], value)


def _local_file():
    return config_dir() / "settings.json"


def _read_local() -> dict:
    path = _local_file()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings file %s: %s", path, exc)
        return {}


def get(key: str) -> Any:
    pref = PREFERENCES[key]
    if pref.scope == "local":
        value = _read_local().get(key, pref.default)
    else:
        from db.models import Setting

        row = Setting.get_or_none(Setting.key == key)
        value = json.loads(row.value) if row else pref.default
    try:
        return _check(pref, value)
    except ValidationError:
        log.warning("preference %s has a bad stored value %r; using the default", key, value)
        return pref.default


def set(key: str, value: Any) -> None:  # noqa: A001 - mirrors get()
    pref = PREFERENCES[key]
    value = _check(pref, value)
    if isinstance(value, str) and is_server_url(value):
        value = without_password(value)  # a server's password lives in the system keyring, never here
    if pref.scope == "local":
        data = _read_local()
        data[key] = value
        with atomic_write(_local_file(), "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
    else:
        from db.models import Setting

        encoded = json.dumps(value)
        (Setting.insert(key=key, value=encoded)
         .on_conflict(conflict_target=[Setting.key], update={Setting.value: encoded}).execute())
