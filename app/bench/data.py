"""A large sample journal for the benchmark, built fast: executemany in big transactions.

The rows are plain and repetitive on purpose (phrases combined from short lists, in English,
Russian and Ukrainian), but shaped like a real firm's: each client has a manager, a contact and
a rhythm of contact; some interactions carry tags, promise follow-ups or raise feedback.
"""

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from app.common.progress import Progress, no_progress
from db import search_index
from db import vocabulary as V
from db.connection import open_database

BATCH = 50_000

OPENINGS = (
    "Обсуждали", "Клиент спрашивал про", "Согласовали", "Звонок по поводу", "Жалоба на", "Письмо про",
    "Обговорили", "Клієнт питав про", "Узгодили", "Скарга на", "Discussed", "Asked about", "Agreed on",
    "Complaint about", "Follow-up on", "Sent details on",
)
TOPICS = (
    "рефинансирование кредита", "график поставки", "задержку отгрузки", "качество упаковки", "продление договора",
    "цену на следующий год", "допсоглашение", "техническое задание", "возврат брака", "скидку за объём",
    "сроки монтажа", "оплату счёта", "акт сверки", "условия гарантии", "новый прайс", "претензию по качеству",
    "рефінансування боргу", "затримку доставки", "нову ціну", "технічне завдання", "графік платежів",
    "умови договору", "повернення товару", "монтаж обладнання", "the spring order", "a renewal discount",
    "the quarterly review", "freight costs", "the support team", "the updated price list", "clause 4.2",
    "installation dates", "a late invoice", "spare parts", "the warranty claim", "training for their staff",
)
NOTES = (
    "Клиент недоволен сроками, попросил письменный ответ до пятницы.",
    "Договорились о рефинансировании задолженности на шесть месяцев.",
    "Менеджер пообещал перезвонить после согласования с производством.",
    "Клієнт просить надіслати оновлений договір і рахунок.",
    "Обговорили умови рефінансування та графік платежів.",
    "The buyer wants the contract clause 4.2 reviewed before signing.",
    "Warehouse confirmed the shipment leaves on Monday; we will send tracking.",
    "They were happy with the installation and mentioned our engineer by name.",
    "Escalated to the finance director; a decision is expected next week.",
    "Попросили прислать образцы до конца месяца.", "Відправили комерційну пропозицію.",
    "Need to check stock before we promise a date.", "Тон разговора спокойный, претензий нет.",
    "", "", "",
)
SEGMENTS = ("retail", "manufacturing", "logistics", "finance", "construction", "agro", "it")
TAGGED_TAGS = V.POLICY_TAGS + V.DRIFT_TAGS + V.OTHER_TAGS


@dataclass
class BenchData:
    """What was built: the file, its size and the ids the measurements use."""

    path: Path
    clients: int
    interactions: int
    busiest_client_id: int
    seconds: float
    index_seconds: float = 0.0  # reading every interaction into the search index, as migration step 4 does


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def build_database(path: Path, clients: int = 5_000, interactions: int = 1_000_000,
                   progress: Progress = no_progress, seed: int = 7) -> BenchData:
    """Create a fresh journal at path filled with clients and interactions; returns what it holds."""
    import time

    started = time.perf_counter()
    database = open_database(path)
    connection = database.connection()
    # The build writes a throwaway file: no journal, no sync; the app's pragmas come back after.
    database.execute_sql("PRAGMA journal_mode = OFF")
    database.execute_sql("PRAGMA synchronous = OFF")
    database.execute_sql("PRAGMA cache_size = -200000")
    rng = random.Random(seed)
    now = dt.datetime.now().replace(microsecond=0)
    with database.atomic():
        users = _insert_people(connection, clients, rng, now)
    search_index.drop_triggers(database)
    try:
        busiest = _insert_interactions(database, clients, interactions, users, rng, now, progress)
        progress(interactions, interactions, "indexing the text for search")
        indexing = time.perf_counter()
        with database.atomic():
            search_index.rebuild_index(database, progress)
        index_seconds = time.perf_counter() - indexing
    finally:
        search_index.restore_triggers(database)
    with database.atomic():
        _insert_follow_on(connection, clients, interactions, users, rng, now)
    database.execute_sql("PRAGMA synchronous = NORMAL")
    database.execute_sql("PRAGMA journal_mode = WAL")
    return BenchData(Path(path), clients, interactions, busiest, time.perf_counter() - started, index_seconds)


def _insert_people(connection, clients: int, rng: random.Random, now: dt.datetime) -> list[int]:
    stamp = _stamp(now)
    users = [(f"Manager {n:02d}", "account_manager" if n else "owner", 1, stamp) for n in range(20)]
    connection.executemany("INSERT INTO user (name, role, active, created_at) VALUES (?, ?, ?, ?)", users)
    user_ids = list(range(1, len(users) + 1))
    today = now.date()
    rows = []
    for n in range(1, clients + 1):
        start = today - dt.timedelta(days=rng.randrange(30, 900))
        rows.append((f"Client {n:05d} LLC", "contracted" if n % 10 else "prospect", SEGMENTS[n % len(SEGMENTS)],
                     user_ids[n % len(user_ids)], start.isoformat(),
                     (start + dt.timedelta(days=365 * rng.randrange(1, 4))).isoformat(),
                     float(rng.randrange(5, 500) * 1000), rng.choice((7, 14, 30, 60)), "", stamp, stamp))
    connection.executemany(
        "INSERT INTO client (name, stage, segment, account_manager_id, contract_start, contract_end, "
        "contract_value, contact_every_days, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.executemany(
        "INSERT INTO contact (client_id, name, role, email, phone, notes) VALUES (?, ?, ?, ?, ?, ?)",
        [(n, f"Contact {n}", "buyer", f"buyer{n}@example.com", "", "") for n in range(1, clients + 1)])
    connection.executemany("INSERT INTO tag (name, category, description) VALUES (?, ?, '')",
                           [(name, V.tag_category(name)) for name in TAGGED_TAGS])
    return user_ids


def _summary(rng: random.Random) -> str:
    return f"{OPENINGS[rng.randrange(len(OPENINGS))]} {TOPICS[rng.randrange(len(TOPICS))]}"


def _notes(rng: random.Random, n: int) -> str:
    text = f"{NOTES[rng.randrange(len(NOTES))]} {NOTES[rng.randrange(len(NOTES))]}".strip()
    if n % 3 == 0:  # order numbers: many words that occur once, as in a real journal
        text += f" Заказ №{n * 7 % 999_983}." if n % 2 else f" Order #{n * 7 % 999_983}."
    return text


def busiest_client(clients: int) -> int:
    return _client_of(0, clients)


def _client_of(n: int, clients: int) -> int:
    """Skewed: a few clients have many interactions, as in a real firm (client 1 the busiest)."""
    return 1 + int(clients * ((n * 0.6180339887) % 1.0) ** 2)


def _insert_interactions(database, clients, total, users, rng, now, progress) -> int:
    connection = database.connection()
    span = 3 * 365 * 24 * 3600
    for first in range(0, total, BATCH):
        rows, tags = [], []
        for n in range(first + 1, min(total, first + BATCH) + 1):
            client = _client_of(n, clients)
            when = _stamp(now - dt.timedelta(seconds=rng.randrange(span)))
            kind = V.KINDS[n % len(V.KINDS)]
            due = (now.date() + dt.timedelta(days=rng.randrange(-20, 20))).isoformat() if n % 9 == 0 else None
            rows.append((n, client, client, users[client % len(users)], when, V.CHANNELS[n % 7], kind,
                         V.DIRECTIONS[n % 2], rng.randrange(-2, 3), rng.randrange(1, 6),
                         _summary(rng), _notes(rng, n),
                         due, due if due and n % 2 else None, when, when))
            if n % 4 == 0:
                tags.append((n, 1 + n % len(TAGGED_TAGS)))
        with database.atomic():
            connection.executemany(
                "INSERT INTO interaction (id, client_id, contact_id, author_id, occurred_at, channel, kind, "
                "direction, sentiment, effort, summary, notes, follow_up_due, follow_up_done, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            connection.executemany("INSERT INTO interaction_tag (interaction_id, tag_id) VALUES (?, ?)", tags)
        progress(first + len(rows), total, "writing interactions")
    return _client_of(0, clients)


def _insert_follow_on(connection, clients, interactions, users, rng, now) -> None:
    """Feedback, negotiations and pulses: what the firm's health reads besides interactions."""
    feedback = []
    for n in range(1, interactions + 1, 100):
        client = _client_of(n, clients)
        raised = now - dt.timedelta(days=rng.randrange(0, 400))
        status = ("open", "acknowledged", "resolved", "resolved")[n % 4]
        feedback.append((client, n, _stamp(raised), _summary(rng), "medium", status,
                         _stamp(raised + dt.timedelta(hours=5)) if status != "open" else None,
                         _stamp(raised + dt.timedelta(days=3)) if status == "resolved" else None,
                         users[client % len(users)]))
    connection.executemany(
        "INSERT INTO feedback (client_id, interaction_id, raised_at, summary, severity, status, "
        "acknowledged_at, resolved_at, owner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", feedback)
    negotiations = [(c, f"Price for {now.year + 1}", (now.date() - dt.timedelta(days=c % 200)).isoformat(),
                     V.NEGOTIATION_STATUSES[c % 5], (now.date() + dt.timedelta(days=c % 60 - 30)).isoformat())
                    for c in range(1, clients + 1, 3)]
    connection.executemany(
        "INSERT INTO negotiation (client_id, topic, opened_at, client_position, our_position, contract_refs, "
        "spec_refs, options, status, target_date, outcome) VALUES (?, ?, ?, '', '', '', '', '', ?, ?, '')",
        negotiations)
    connection.executemany(
        "INSERT INTO pulse (client_id, author_id, at, reading, comment) VALUES (?, ?, ?, ?, '')",
        [(c, users[c % len(users)], (now.date() - dt.timedelta(days=c % 90)).isoformat(),
          V.PULSE_READINGS[c % 3]) for c in range(1, clients + 1, 2)])
