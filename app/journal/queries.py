"""Named, set-based reads that feed the desktop screens: the client list, a timeline page, a header card.

Each function runs a fixed, small number of queries whatever the size of the journal (no N+1),
and timelines are read a page at a time.
"""

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN, fn

from app.common.busy import stepping
from app.hear.feedback_clock import overdue_feedback_counts
from app.hear.replies import awaiting_replies
from app.hear.working_time import WorkCalendar
from db.connection import is_sqlite
from db.models import Client, Contact, Feedback, Interaction, Negotiation, NegotiationAction, User, db
from db.portable import unindexed

NOTES_PREVIEW_CHARS = 400  # a timeline row shows only the first lines of the notes
# Newest first. After the date come the columns of the (client, occurred_at, sentiment, effort,
# kind) index and then the id: a total order that the index serves as it is, so a page deep in a
# long timeline needs no sorting.
TIMELINE_ORDER = (Interaction.occurred_at.desc(), Interaction.sentiment.desc(), Interaction.effort.desc(),
                  Interaction.kind.desc(), Interaction.id.desc())


@dataclass
class ClientRow:
    """One line of the client list."""

    id: int
    name: str
    stage: str
    segment: str
    manager_id: int | None
    manager_name: str
    last_contact: dt.datetime | None
    open_items: int
    overdue_feedback: int = 0  # feedback not acknowledged within the firm's rule (app.hear.feedback_clock)
    reply_hours: float | None = None  # working hours an inbound message has waited for our answer (none: nothing waits)
    reply_overdue: bool = False  # past the firm's reply rule (app.hear.replies)


@dataclass
class TimelineRow:
    """One entry of a client's timeline, with its tags and the names it refers to."""

    id: int
    occurred_at: dt.datetime
    channel: str
    kind: str
    direction: str | None
    sentiment: int | None
    effort: int | None
    summary: str
    notes: str  # the start of the notes only (NOTES_PREVIEW_CHARS)
    follow_up_due: dt.date | None
    follow_up_done: dt.date | None
    contact_name: str
    author_name: str
    tags: list[str] = field(default_factory=list)
    follow_up_channel: str | None = None  # how the follow-up will reach the client


@dataclass
class ContactRow:
    """A person on the client's side, for the header card."""

    id: int
    name: str
    role: str
    email: str
    phone: str


@dataclass
class ClientHeader:
    """What the header card of a client's page shows."""

    id: int
    name: str
    stage: str
    segment: str
    manager_name: str
    contract_start: dt.date | None
    contract_end: dt.date | None
    contract_value: float | None
    contact_every_days: int | None
    notes: str
    contacts: list[ContactRow]
    last_contact: dt.datetime | None
    interaction_count: int


def _as_datetime(value) -> dt.datetime | None:
    """SQLite returns aggregates of datetimes as text."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _open_follow_ups(client_id: int | None = None) -> dict[int, int]:
    """Promised follow-ups not yet done, per client (or of one client).

    The range on follow_up_due (not IS NOT NULL) and the grouping on an expression make SQLite
    read the few open follow-ups through their index instead of walking every interaction."""
    query = (Interaction.select(Interaction.client_id, fn.COUNT(Interaction.id))
             .where(Interaction.follow_up_due >= dt.date.min, Interaction.follow_up_done.is_null())
             .group_by(unindexed(Interaction.client_id)).tuples())
    if client_id is not None:
        query = query.where(Interaction.client == client_id)
    return dict(query)


def client_rows(filter_text: str = "") -> list[ClientRow]:
    """Every client (or those whose name, segment or manager contains filter_text), by name."""
    text = filter_text.strip()
    if not text:
        return _client_rows()
    return _client_rows(Client.name.contains(text) | Client.segment.contains(text) | User.name.contains(text))


def client_row(client_id: int) -> ClientRow | None:
    """One client's line of the list (to refresh it alone after an entry is logged), or None."""
    rows = _client_rows(Client.id == client_id, client_id)
    return rows[0] if rows else None


def _client_rows(where=None, client_id: int | None = None) -> list[ClientRow]:
    """The clients matching where (all by default), by name.

    Last contact, open feedback and open negotiation actions are correlated subqueries: each
    is an index lookup per client, so the cost follows the number of clients, not of interactions."""
    Inner = Interaction.alias("last_contact")
    last = Inner.select(fn.MAX(Inner.occurred_at)).where(Inner.client == Client.id)
    feedback = Feedback.select(fn.COUNT(Feedback.id)).where((Feedback.client == Client.id)
                                                           & (Feedback.status != "resolved"))
    actions = (NegotiationAction.select(fn.COUNT(NegotiationAction.id)).join(Negotiation)
               .where((Negotiation.client == Client.id) & NegotiationAction.done_at.is_null()))
    query = (Client.select(Client.id, Client.name, Client.stage, Client.segment, Client.account_manager_id,
                           User.name.alias("manager_name"), last.alias("last_at"),
                           feedback.alias("open_feedback"), actions.alias("open_actions"))
             .join(User, JOIN.LEFT_OUTER, on=(Client.account_manager == User.id))
             .order_by(fn.LOWER(Client.name)))
    if where is not None:
        query = query.where(where)
    follow_ups = _open_follow_ups(client_id)
    now, cal = dt.datetime.now().replace(microsecond=0), WorkCalendar.load()
    overdue = overdue_feedback_counts(now, cal)  # D: feedback past the acknowledgement rule stands out in the list
    waiting = awaiting_replies(now, None if client_id is None else [client_id], cal)  # one query for the list
    rows = []
    for row in stepping(query.dicts()):
        clock = waiting.get(row["id"])
        rows.append(ClientRow(row["id"], row["name"], row["stage"], row["segment"], row["account_manager"],
                              row["manager_name"] or "", _as_datetime(row["last_at"]),
                              follow_ups.get(row["id"], 0) + row["open_feedback"] + row["open_actions"],
                              overdue.get(row["id"], 0), clock.hours_waiting if clock else None,
                              bool(clock and clock.overdue)))
    return rows


def client_count() -> int:
    return Client.select().count()


def timeline_count(client_id: int) -> int:
    cursor = db.execute_sql(f'SELECT COUNT(*) FROM "interaction" WHERE "client_id" = {db.param}', (client_id,))
    return cursor.fetchone()[0]


TIMELINE_COLUMNS = ('i."id", i."occurred_at", i."channel", i."kind", i."direction", i."sentiment", i."effort", '
                    f'i."summary", SUBSTR(i."notes", 1, {NOTES_PREVIEW_CHARS}), i."follow_up_due", '
                    'i."follow_up_done", c."name", u."name", i."follow_up_channel"')
_timeline_sql: dict[bool, str] = {}  # the page's statement, written once per kind of database


def _timeline_page_sql(sqlite: bool) -> str:
    """One statement for a whole page: the rows, the names they refer to and their tags.

    The page's ids are found first on the (client, occurred_at, ...) index alone, so skipping
    tens of thousands of rows deep in a long timeline costs an index walk, not a join per
    skipped row. Each row's tags come as one comma-separated text from a correlated subquery
    (an index lookup per row); a tag name cannot hold a comma (journal.TAG_RE)."""
    if sqlite not in _timeline_sql:
        param = db.param
        order = ", ".join(f'{{0}}"{name}" DESC' for name in ("occurred_at", "sentiment", "effort", "kind", "id"))
        tags = "group_concat(t.\"name\", ',')" if sqlite else "string_agg(t.\"name\", ',' ORDER BY t.\"name\")"
        _timeline_sql[sqlite] = (
            f'SELECT {TIMELINE_COLUMNS}, (SELECT {tags} FROM "interaction_tag" it JOIN "tag" t ON t."id" = it."tag_id" '
            f'WHERE it."interaction_id" = i."id") '
            f'FROM "interaction" i LEFT OUTER JOIN "contact" c ON c."id" = i."contact_id" '
            f'LEFT OUTER JOIN "user" u ON u."id" = i."author_id" '
            f'WHERE i."id" IN (SELECT "id" FROM "interaction" WHERE "client_id" = {param} '
            f'ORDER BY {order.format("")} LIMIT {param} OFFSET {param}) ORDER BY {order.format("i.")}')
    return _timeline_sql[sqlite]


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.datetime.fromisoformat(value).date()


def timeline_page(client_id: int, offset: int, limit: int) -> list[TimelineRow]:
    """A page of the client's timeline, newest first (in TIMELINE_ORDER), in one statement."""
    sqlite = is_sqlite()
    cursor = db.execute_sql(_timeline_page_sql(sqlite), (client_id, limit, offset))
    when = _as_datetime
    return [TimelineRow(id_, when(at), channel, kind, direction, sentiment, effort, summary, notes or "",
                        due if due is None else _as_date(due), done if done is None else _as_date(done),
                        contact or "", author or "",
                        (sorted(tags.split(",")) if sqlite else tags.split(",")) if tags else [], follow_channel)
            for (id_, at, channel, kind, direction, sentiment, effort, summary, notes, due, done, contact, author,
                 follow_channel, tags) in cursor.fetchall()]


def timeline_position(client_id: int, interaction_id: int) -> int | None:
    """The row of an interaction in its client's timeline (0 = newest), or None if it is not there."""
    target = Interaction.get_or_none((Interaction.id == interaction_id) & (Interaction.client == client_id))
    if target is None:
        return None
    same_client = Interaction.client == client_id
    newer = Interaction.select().where(same_client & (Interaction.occurred_at > target.occurred_at)).count()
    ties = [row.id for row in Interaction.select(Interaction.id)
            .where(same_client & (Interaction.occurred_at == target.occurred_at)).order_by(*TIMELINE_ORDER)]
    return newer + ties.index(target.id)


def client_header(client_id: int) -> ClientHeader | None:
    """The header card of one client, or None if there is no such client."""
    row = (Client.select(Client, User.name.alias("manager_name"))
           .join(User, JOIN.LEFT_OUTER, on=(Client.account_manager == User.id))
           .where(Client.id == client_id).dicts().first())
    if row is None:
        return None
    contacts = [ContactRow(c["id"], c["name"], c["role"], c["email"], c["phone"])
                for c in Contact.select(Contact.id, Contact.name, Contact.role, Contact.email, Contact.phone)
                .where(Contact.client == client_id).order_by(Contact.name).dicts()]
    stats = (Interaction.select(fn.COUNT(Interaction.id).alias("n"), fn.MAX(Interaction.occurred_at).alias("last"))
             .where(Interaction.client == client_id).dicts().get())
    return ClientHeader(row["id"], row["name"], row["stage"], row["segment"], row["manager_name"] or "",
                        row["contract_start"], row["contract_end"], row["contract_value"],
                        row["contact_every_days"], row["notes"], contacts, _as_datetime(stats["last"]),
                        stats["n"])
