"""The benchmark's measurements that need no screen: timeline, search, firm health, import.

For the reads, "raw" is the very SQL the app's function sends, captured from peewee's query log
and replayed straight through sqlite3 with fetchall(): the same work in the database, with none
of the Python around it. For the import, "raw" reads the same CSV file with the csv module and
writes its rows with one executemany, without any checking.
"""

import csv
import datetime as dt
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.bench.data import BenchData
from app.bench.measurement import Measurement, compare, cpu_seconds, unavailable
from db.models import db
from db.search_index import TABLE, indexed_after_bulk_insert

IMPORT_ROWS = 100_000
TIMELINE_PAGE = 200
SEARCHES = ("рефинансирование", "late invoice", "доставки")


class _QueryLog(logging.Handler):
    """Collects the (sql, params) pairs peewee logs while a call runs."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.queries: list[tuple[str, tuple]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, tuple) and len(record.msg) == 2:
            self.queries.append((record.msg[0], tuple(record.msg[1] or ())))


def captured_sql(call: Callable[[], object]) -> list[tuple[str, tuple]]:
    """The statements a call sends to the database, in order."""
    logger = logging.getLogger("peewee")
    handler, level = _QueryLog(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        call()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return handler.queries


def replay(queries: list[tuple[str, tuple]]) -> Callable[[], None]:
    connection = db.obj.connection()

    def run() -> None:
        for sql, params in queries:
            connection.execute(sql, params).fetchall()

    return run


def compare_with_sql(name: str, call: Callable, goal: str, limit: float | None, note: str = "") -> Measurement:
    queries = captured_sql(call)
    return compare(name, call, replay(queries), goal, limit,
                   note=note or f"raw: the same {len(queries)} SQL statement(s) through sqlite3")


def measure_timeline(data: BenchData) -> list[Measurement]:
    """opening a client's timeline"""
    goal = "<= 1.5x raw"
    try:
        from app.journal.queries import timeline_count, timeline_page
    except ImportError as exc:
        return [unavailable("timeline (open, busiest client)", goal, exc)]
    client = data.busiest_client_id

    def open_timeline():
        timeline_count(client)
        return timeline_page(client, 0, TIMELINE_PAGE)

    return [compare_with_sql(f"timeline: open the busiest client, first {TIMELINE_PAGE} rows",
                             open_timeline, goal, 1.5)]


def measure_search(data: BenchData) -> list[Measurement]:
    """a search"""
    from app.search.engine import search

    out = []
    common = most_common_word()
    for label, text in [(repr(t), t) for t in SEARCHES] + [("the most common word", common)]:
        out.append(compare_with_floor(f"search {label}, best 50", lambda t=text: search(t, limit=50), text,
                                      note=f"the word: {common!r}; " if label == "the most common word" else ""))
    client = data.busiest_client_id
    out.append(compare_with_floor("search 'поставка' in one client", lambda: search("поставка", client_id=client),
                                  "поставка", client))
    return out


def most_common_word() -> str:
    """The token found in the most interactions (the hardest search for a ranked first page)."""
    connection = db.obj.connection()
    connection.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocabulary USING fts5vocab(main, {TABLE}, row)")
    try:
        row = connection.execute("SELECT term FROM temp.bench_vocabulary ORDER BY doc DESC LIMIT 1").fetchone()
    finally:
        connection.execute("DROP TABLE temp.bench_vocabulary")
    return row[0] if row else "client"


def compare_with_floor(name: str, call: Callable, text: str, client_id: int | None = None,
                       note: str = "") -> Measurement:
    """The app's search against its floor: the raw FTS MATCH of the same expression returning the
    first 50 rowids, unranked (within the client, when there is one)."""
    from app.search.query import match_expression

    connection = db.obj.connection()
    expression = match_expression(text)
    if client_id is None:
        sql, params = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT 50", (expression,)
    else:
        sql = (f"SELECT w.rowid FROM {TABLE} AS w JOIN interaction AS i ON i.id = w.rowid "
               f"WHERE {TABLE} MATCH ? AND i.client_id = ? LIMIT 50")
        params = (expression, client_id)

    def floor() -> None:
        connection.execute(sql, params).fetchall()

    return compare(name, call, floor, "<= 3x floor", 3.0,
                   note=note + "floor: the raw FTS MATCH of the same expression, first 50 rowids, unranked")


def measure_health(data: BenchData) -> list[Measurement]:
    """the firm's health"""
    try:
        from app.health.score import firm_health
    except ImportError as exc:
        return [unavailable("firm health", "reported", exc)]
    return [compare_with_sql("firm health (every client, with its 30-day trend)",
                             lambda: firm_health(dt.date.today()), "reported", None,
                             note="raw: the same grouped SQL statements, without the Python that scores them")]


def measure_dashboard(data: BenchData) -> list[Measurement]:
    """the dashboard's data"""
    name = "dashboard data (every client's score, trend, 12-week history, charts)"
    try:
        from app.bench.dashboard_floor import dashboard_floor
        from app.health.dashboard import dashboard_data
    except ImportError as exc:
        return [unavailable(name, "<= 1.5x raw", exc)]
    today = dt.date.today()
    ratio = compare(name, lambda: dashboard_data(today), dashboard_floor(today), "<= 1.5x floor", 1.5,
                    note="floor: the rows the figures depend on (clients, stage changes, the interactions "
                         "and their tags in the span every date's windows cover, feedback, negotiations, "
                         "promises, pulses), one plain statement per table, every row fetched through sqlite3")
    own = compare_with_sql("dashboard data against its own SQL replayed", lambda: dashboard_data(today), "reported",
                           None, note="raw: the app's own statements replayed through sqlite3 and fetched, "
                                      "without the Python that sums and scores them")
    return [ratio, Measurement("dashboard data, CPU seconds", ratio.app, ratio.raw, "< 1 s", limit=1.0,
                               absolute=True, note="the same runs; the goal is on Rapport's figure"), own]


def bench_importer() -> int | None:
    """The bench journal's first account manager, who imports its tables (rights: log; sales for new clients)."""
    from db.models import User

    return User.select(User.id).where((User.role == "account_manager") & (User.active == True)).order_by(User.id).scalar()  # noqa: E712


def measure_import(data: BenchData) -> list[Measurement]:
    """an import of 100,000 rows"""
    goal = ">= half the speed of raw"
    try:
        from app.exchange.table.importer import import_table
    except ImportError as exc:
        return [unavailable(f"import {IMPORT_ROWS:,} CSV rows", goal, exc)]
    rows = min(IMPORT_ROWS, max(1000, data.interactions // 10))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "import.csv"
        write_import_csv(path, rows, data.clients)
        raw = cpu_seconds(lambda: raw_import(path))
        app = cpu_seconds(lambda: import_table(path, by=bench_importer()))
    return [Measurement(f"import {rows:,} CSV rows", app, raw, goal, limit=2.0,
                        note="raw: csv.reader, one executemany into interaction with no checks, the "
                             "new rows indexed for search in one statement")]


IMPORT_HEADER = ("client", "author", "occurred_at", "channel", "kind", "direction", "sentiment", "effort",
                 "summary", "notes")


def write_import_csv(path: Path, rows: int, clients: int) -> None:
    from app.bench.data import NOTES, OPENINGS, TOPICS

    start = dt.datetime(2020, 1, 1, 9, 0)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(IMPORT_HEADER)
        for n in range(rows):
            writer.writerow((f"Client {1 + n % clients:05d} LLC", f"Manager {n % 20:02d}",
                             (start + dt.timedelta(minutes=7 * n)).isoformat(), "call", "update", "inbound",
                             n % 5 - 2, 1 + n % 5, f"{OPENINGS[n % len(OPENINGS)]} {TOPICS[n % len(TOPICS)]}",
                             NOTES[n % len(NOTES)]))


def raw_import(path: Path) -> None:
    """The same rows written with no checks: names looked up in two dicts, one executemany."""
    connection = db.obj.connection()
    clients = dict(connection.execute("SELECT name, id FROM client").fetchall())
    users = dict(connection.execute("SELECT name, id FROM user").fetchall())
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = [(clients[c], users[a], when.replace("T", " "), ch, k, d, int(s), int(e), su, no, when, when)
                for c, a, when, ch, k, d, s, e, su, no in reader]
    with db.atomic(), indexed_after_bulk_insert():
        connection.executemany(
            "INSERT INTO interaction (client_id, author_id, occurred_at, channel, kind, direction, sentiment, "
            "effort, summary, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def measure_profile_import(data: BenchData) -> list[Measurement]:
    """an import of 100,000 exported rows with a profile"""
    goal = ">= half the speed of raw"
    try:
        from app.exchange.table.importer import import_table
        from app.exchange.table.profile import profile_from_json
    except ImportError as exc:
        return [unavailable(f"import {IMPORT_ROWS:,} CSV rows with a profile", goal, exc)]
    rows = min(IMPORT_ROWS, max(1000, data.interactions // 10))
    profile = profile_from_json(EXPORT_PROFILE)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Activities.csv"
        write_export_csv(path, rows, data.clients)
        raw = cpu_seconds(lambda: raw_export_import(path))
        app = cpu_seconds(lambda: import_table(path, profile=profile, by=bench_importer()))
    return [Measurement(f"import {rows:,} CSV rows with a profile", app, raw, goal, limit=2.0,
                        note="a CRM export's shape (US dates, its own activity types, no kind column) read "
                             "with a profile; raw: csv.reader, the same value map and date order applied by "
                             "hand, one executemany with no checks")]


# A CRM's activity export: its own headers and words, US dates; the profile makes it a journal.
EXPORT_HEADER = ("Account Name", "Assigned To", "Activity Date", "Activity Type", "Call Type", "Subject", "Comments")
EXPORT_TYPES = ("Phone", "Email", "Meeting request", "SMS")
EXPORT_PROFILE = {"values": {"channel": {"Meeting request": "meeting", "Phone": "call"}},
                  "constants": {"kind": "update"}, "date_order": "mdy", "encoding": "utf-8"}
EXPORT_CHANNELS = {"Phone": "call", "Email": "email", "Meeting request": "meeting", "SMS": "chat"}


def write_export_csv(path: Path, rows: int, clients: int) -> None:
    from app.bench.data import NOTES, OPENINGS, TOPICS

    start = dt.datetime(2020, 1, 1, 9, 0)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_HEADER)
        for n in range(rows):
            when = start + dt.timedelta(minutes=7 * n)
            writer.writerow((f"Client {1 + n % clients:05d} LLC", f"Manager {n % 20:02d}",
                             when.strftime("%m/%d/%Y %H:%M"), EXPORT_TYPES[n % 4], ("Inbound", "Outbound")[n % 2],
                             f"{OPENINGS[n % len(OPENINGS)]} {TOPICS[n % len(TOPICS)]}", NOTES[n % len(NOTES)]))


def raw_export_import(path: Path) -> None:
    """The export's rows written with no checks: the value map and the date order applied by hand."""
    connection = db.obj.connection()
    clients = dict(connection.execute("SELECT name, id FROM client").fetchall())
    users = dict(connection.execute("SELECT name, id FROM user").fetchall())
    directions = {"Inbound": "inbound", "Outbound": "outbound"}
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = [(clients[c], users[a], f"{when[6:10]}-{when[0:2]}-{when[3:5]} {when[11:]}:00", EXPORT_CHANNELS[t],
                 "update", directions[d], su, no, when, when)
                for c, a, when, t, d, su, no in reader]
    with db.atomic(), indexed_after_bulk_insert():
        connection.executemany(
            "INSERT INTO interaction (client_id, author_id, occurred_at, channel, kind, direction, summary, notes, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


from app.bench.capture import measure_capture  # noqa: E402 - mail capture, its own module

MEASURES = [measure_timeline, measure_search, measure_health, measure_dashboard, measure_import,
            measure_profile_import, measure_capture]
# `rapport bench --only`: the measurements by name
BY_NAME = {"timeline": [measure_timeline], "search": [measure_search], "health": [measure_health],
           "dashboard": [measure_dashboard], "import": [measure_import, measure_profile_import],
           "capture": [measure_capture]}
