"""The journal on a shared PostgreSQL server behaves as it does on the local SQLite file.

Runs only when RAPPORT_TEST_POSTGRES_URL names a server and a role that may create databases
(postgresql://user:password@127.0.0.1/postgres); .ci/run starts a local server when it can.
Each session works in a database of its own, created here and dropped at the end.
"""

import datetime as dt
import json
import os
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.authors import firm_owner, signing_author
from tests.stages import client_at_stage

URL = os.environ.get("RAPPORT_TEST_POSTGRES_URL", "")
pytestmark = pytest.mark.skipif(
    not URL, reason="no PostgreSQL server: set RAPPORT_TEST_POSTGRES_URL=postgresql://user:pw@host/postgres")

TODAY = dt.date(2026, 6, 10)
NOW = dt.datetime(2026, 6, 10, 15, 0)


def _server():
    from playhouse.db_url import connect

    server = connect(URL)
    server.connect()
    server.connection().autocommit = True  # CREATE/DROP DATABASE cannot run in a transaction
    return server


@pytest.fixture(scope="session")
def pg_url():
    """A database of this test session's own on the server; dropped afterwards."""
    pytest.importorskip("psycopg2", reason="install rapport[postgres] to test PostgreSQL")
    name = f"rapport_test_{uuid.uuid4().hex[:12]}"
    server = _server()
    server.execute_sql(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
    server.close()
    yield URL.rsplit("/", 1)[0] + "/" + name
    server = _server()
    server.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    server.execute_sql(f'DROP ROLE IF EXISTS "rapport_{name}_member"')  # the journal's group role (server-wide)
    server.close()


@pytest.fixture
def pg(pg_url, database):
    """The session's PostgreSQL database, emptied, opened as the journal instead of the SQLite file."""
    from playhouse.db_url import connect

    from db.connection import close_database, open_database

    close_database()
    raw = connect(pg_url)
    raw.execute_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    raw.close()
    yield open_database(pg_url)
    close_database()


@pytest.fixture(scope="session")
def sqlite_demo(tmp_path_factory):
    """The demo firm built once in a SQLite file, with its bundle export: the reference."""
    from app.demo.sample_firm import build_demo
    from app.exchange.bundle.files import export_bundle
    from db.connection import close_database, open_database

    folder = tmp_path_factory.mktemp("pgref")
    open_database(folder / "demo.db")
    build_demo(seed=1, today=TODAY)
    export_bundle(folder / "demo.json")
    close_database()
    return folder / "demo.db", folder / "demo.json"


def run(*argv) -> tuple[int, str]:
    import contextlib
    import io

    from app.cli.main import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(argv))
    return code, out.getvalue()


def snapshot() -> dict:
    """What the screens and reports read from the open journal, as comparable text."""
    from app.brief import formats as brief_formats
    from app.brief import gather as brief
    from app.brief import render as brief_render
    from app.exchange.table import exporter as table_export
    from app.health import dashboard as health_dashboard
    from app.hear import feedback_clock
    from app.journal import queries
    from app.negotiate import ledger as negotiation_ledger
    from app.negotiate import promises
    from app.today import agenda as today
    from db.models import User

    out = {"clients": queries.client_rows(), "filtered": queries.client_rows("ltd"),
           "kept": promises.kept_counts(as_of=TODAY),
           "kept_by_manager": sorted(promises.kept_rates_by_manager(TODAY).items()),
           "overdue": sorted(feedback_clock.overdue_feedback_counts(NOW).items()),
           "dashboard": health_dashboard.dashboard_data(TODAY),
           "journal": list(table_export.journal_rows()),
           "kept in the window": promises.kept_counts(as_of=TODAY, since=TODAY - dt.timedelta(days=89)),
           "team": _team_snapshot()}
    for row in out["clients"][:5]:
        cid = row.id
        out[f"timeline {cid}"] = (queries.timeline_count(cid), queries.timeline_page(cid, 20, 20),
                                  queries.client_header(cid))
        out[f"negotiations {cid}"] = negotiation_ledger.client_negotiations(cid, TODAY)
        out[f"brief {cid}"] = brief_formats.markdown_text(brief_render.lay_out(brief.brief_data(cid, as_of=TODAY)))
    for user_id in [None, *(u.id for u in User.select())]:
        out[f"today {user_id}"] = today.items_for(user_id, TODAY)
        out[f"inbox {user_id}"] = feedback_clock.inbox(NOW, owner_id=user_id)
        out[f"promises {user_id}"] = promises.promises(manager_id=user_id)
    return {key: repr(value) for key, value in out.items()}


def _team_snapshot() -> list:
    """The dashboard's Team tab per manager and per segment, and its misconduct and praise."""
    from app.health import team

    window = team.RateWindow(TODAY, 90)
    facts = team.team_facts(window)
    rows = [[(r.name, r.clients, r.policy, r.drift, r.promises_kept, r.promises_due, r.ack_median_hours,
              r.misconduct, r.praise) for r in team.team_rows(team.TeamFilters(group_by=by), window, facts, [])]
            for by in (team.BY_MANAGER, team.BY_SEGMENT)]
    return [rows, facts.notes, sorted(facts.mix_months, key=repr)]


def test_a_fresh_server_database_gets_the_schema_with_its_version_in_a_table(pg, pg_url):
    from db import migrations
    from db.connection import open_database

    assert migrations.get_version(pg) == migrations.latest_version()
    assert pg.execute_sql("SELECT count(*) FROM rapport_schema").fetchone()[0] == 1
    assert "interaction_fts" not in pg.get_tables()  # the FTS5 step does nothing here
    migrations.set_version(pg, migrations.latest_version() + 1)
    with pytest.raises(migrations.DatabaseTooNew):
        open_database(pg_url)


def test_the_demo_on_the_server_is_the_demo_on_sqlite(pg, pg_url, sqlite_demo, tmp_path):
    from db.connection import close_database, open_database

    code, out = run("--db", pg_url, "demo", "--seed", "1", "--today", TODAY.isoformat())
    assert code == 0 and "interactions" in out
    assert run("--db", pg_url, "export", "journal", "--format", "bundle", "-o", str(tmp_path / "pg.json"))[0] == 0
    assert (tmp_path / "pg.json").read_bytes() == sqlite_demo[1].read_bytes()
    open_database(pg_url)
    on_server = snapshot()
    close_database()
    open_database(sqlite_demo[0])
    on_file = snapshot()
    assert [key for key in on_file if on_file[key] != on_server[key]] == []
    assert on_server == on_file


def test_health_reads_the_same_on_both(pg, pg_url, sqlite_demo):
    assert run("--db", pg_url, "import", str(sqlite_demo[1]))[0] == 0
    code, on_server = run("--db", pg_url, "health", "--json", "--as-of", TODAY.isoformat(), "--by-occurrence")
    assert code == 0 and len(json.loads(on_server)) > 20
    assert on_server == run("--db", str(sqlite_demo[0]), "health", "--json", "--as-of", TODAY.isoformat(), "--by-occurrence")[1]


def test_an_imported_bundle_exports_identically_and_new_rows_get_fresh_ids(pg, pg_url, sqlite_demo, tmp_path):
    from peewee import AutoField

    from app.journal import records as journal
    from db.models import ALL_MODELS, Interaction

    assert run("--db", pg_url, "import", str(sqlite_demo[1]))[0] == 0
    assert run("--db", pg_url, "export", "journal", "--format", "bundle", "-o", str(tmp_path / "again.json"))[0] == 0
    assert (tmp_path / "again.json").read_bytes() == sqlite_demo[1].read_bytes()
    from db.connection import open_database

    open_database(pg_url)
    for model in ALL_MODELS:  # every sequence is past the ids the import wrote
        if not isinstance(model._meta.primary_key, AutoField):
            continue
        table = model._meta.table_name
        top = model.select(model._meta.primary_key).order_by(model._meta.primary_key.desc()).scalar() or 0
        (sequence,) = pg.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')", (f'"{table}"',)).fetchone()
        (last, called) = pg.execute_sql(f"SELECT last_value, is_called FROM {sequence}").fetchone()
        assert (last if called else last - 1) >= top, table
    top = Interaction.select(Interaction.id).order_by(Interaction.id.desc()).scalar()
    client = journal.create_client(name="After the import", stage="prospect", by=firm_owner())
    entry = journal.log_interaction(author=signing_author(), client=client.id, occurred_at="2026-06-10T10:00:00", channel="call",
                                    kind="update", summary="First call")
    assert entry.id == top + 1


@pytest.fixture
def entries(pg, make_client, make_interaction):
    acme, globex = make_client("Acme"), make_client("Globex")
    return {
        "ru": make_interaction(acme, summary="Обсуждали кредит", notes="Клиент просит о рефинансировании до конца года."),
        "uk": make_interaction(acme, summary="Обговорили рефінансування боргу", kind="negotiation"),
        "en": make_interaction(globex, summary="Late DELIVERY of the spring order", tags=["hear"]),
        "other": make_interaction(globex, summary="Quarterly review", notes="Всё спокойно"),
    }


def found(text, **filters) -> set[str]:
    from app.search.engine import search

    return {hit.summary_snippet.replace("\x02", "[").replace("\x03", "]") for hit in search(text, **filters)}


def test_search_on_the_server_reads_queries_as_on_sqlite(entries):
    assert found("рефинансирование") == {"Обсуждали кредит"}
    assert found("РЕФІНАНСУВАННІ") == {"Обговорили [рефінансування] боргу"}
    assert found('"spring order"') == {"Late DELIVERY of the [spring] [order]"}
    assert found('"order spring"') == set()
    assert found("deliveries OR борг") == {"Late [DELIVERY] of the spring order", "Обговорили рефінансування [боргу]"}
    assert found("review -спокойно") == set()
    assert found("notes:кредит") == set() and found("summary:кредит") == {"Обсуждали [кредит]"}
    assert found("delivery", tag="hear", client_id=entries["en"].client_id) == {"Late [DELIVERY] of the spring order"}
    [hit] = __import__("app.search.engine", fromlist=["search"]).search("рефинансирование")
    assert hit.notes_snippet == "Клиент просит о \x02рефинансировании\x03 до конца года."


def test_a_word_still_being_typed_is_found_on_the_server_as_on_sqlite(entries):
    """The search box's last word finds the words that begin with it (tsquery :*), marked whole."""
    from app.search.engine import count_matches, search

    def typed(text):
        return {hit.summary_snippet.replace("\x02", "[").replace("\x03", "]")
                for hit in search(text, typing=True)}

    assert typed("рефінанс") == {"Обговорили [рефінансування] боргу"}
    assert typed("DELIV") == {"Late [DELIVERY] of the spring order"} and typed("deliv ") == set()
    assert typed("notes:рефин") == {"Обсуждали кредит"} and typed("summary:рефин") == set()
    assert typed('"рефин"') == set() and typed("обсуждали -рефин") == {"[Обсуждали] кредит"}
    assert typed("рефин OR quarter") == {"[Quarterly] review"}
    [hit] = search("рефин", typing=True)
    assert hit.notes_snippet == "Клиент просит о \x02рефинансировании\x03 до конца года."
    assert count_matches("рефи", typing=True) == 1 and count_matches("рефи") == 0  # (рефі- is Ukrainian)


hostile = st.one_of(st.text(), st.lists(st.sampled_from(
    ['"', "'", "(", ")", "AND", "OR", "NOT", "*", "^", ":", "-", "+", "{", "}", "summary:", "notes:", "\x00",
     "рефинансирование", "a", " ", "\\", "%", "_", "&", "|", "!", "<->", "💥", "é", "NOT NOT", "OR OR",
     "рефин", "deliv", ":*"]),
    max_size=12).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile)
def test_no_text_makes_the_server_refuse_a_search(entries, text):
    from app.search.engine import search

    assert isinstance(search(text, limit=5), list)
    assert isinstance(search(text, limit=5, typing=True), list)


def _eval_answers(queries: list[str], typing: bool = False) -> dict[str, list[int]]:
    """The seed articles' paragraphs as entries of the open journal; every query's hits (ids);
    typing: as typed into the search box (the last word may be a beginning)."""
    from app.journal import records as journal
    from app.search.engine import count_matches, search
    from tests.app.search.eval.test_quality import paragraphs

    for lang in ("ru", "uk"):
        client = client_at_stage(f"Articles {lang}")
        for n, line in enumerate(paragraphs(lang)):
            journal.log_interaction(author=signing_author(), client=client.id, occurred_at=NOW - dt.timedelta(hours=n), channel="email",
                                    kind="update", summary=line[:5], notes=line[6:])
    return {text: [(hit.interaction_id, hit.summary_snippet, hit.notes_snippet)
                   for hit in search(text, limit=1000, typing=typing)] + [count_matches(text, typing=typing)]
            for text in queries}


def test_search_on_the_server_answers_as_on_sqlite_on_the_same_journal(pg, tmp_path):
    """Every evaluation query, plus the operators, finds the same entries with the same snippets."""
    from db.connection import close_database, open_database
    from tests.app.search.eval.test_quality import queries

    texts = [q["query"] for lang in ("ru", "uk") for q in queries(lang)] + [
        '"счета"', '"клиентам" OR "клієнтам"', "клиент -покупатель", 'notes:"обслуживания клиентов"',
        '"хочу" OR хотеть', "summary:[000]", "звʼязок зв'язку", "(работа OR робота) -сервис", "ещё",
        '"Клієнт завжди правий"', "NOT клиент", "-", '"',
    ]

    def by_id(answers):  # ranks may differ between bm25 and ts_rank: compare as sets
        return {text: sorted(map(repr, hits[:-1])) + [hits[-1]] for text, hits in answers.items()}

    on_server = by_id(_eval_answers(texts))
    close_database()
    open_database(tmp_path / "same.db")
    on_file = by_id(_eval_answers(texts))
    assert [text for text in texts if on_server[text] != on_file[text]] == []
    assert len(on_file["клиентам"]) > 20 and on_file["NOT клиент"] == [0]


def test_words_still_being_typed_find_the_same_on_the_server_as_on_sqlite(pg, tmp_path):
    """Beginnings of words (the search box's last word), alone and with the operators."""
    from db.connection import close_database, open_database

    texts = ["клиен", "клієн", "обслуж", "праці", "рахун", "сервис", "notes:клиен", "summary:клиен",
             "сервис OR клиен", "клиент -обслуж", '"клиен"', "клиен ", "(работа OR робот", "кли", "звʼяз"]

    def by_id(answers):
        return {text: sorted(map(repr, hits[:-1])) + [hits[-1]] for text, hits in answers.items()}

    on_server = by_id(_eval_answers(texts, typing=True))
    close_database()
    open_database(tmp_path / "same.db")
    on_file = by_id(_eval_answers(texts, typing=True))
    assert [text for text in texts if on_server[text] != on_file[text]] == []
    assert len(on_file["клиен"]) > 20 and on_file["клиен "] == on_file['"клиен"'] == [0]


def test_pages_of_many_matches_on_the_server_are_those_on_sqlite(pg, tmp_path, monkeypatch):
    """Small windows and id ranges, so that paging walks several of each on both databases."""
    from app.journal import records as journal
    from app.search import engine
    from app.search import postgres as search_postgres
    from db.connection import close_database, open_database

    monkeypatch.setattr(engine, "WINDOW", 4)
    monkeypatch.setattr(search_postgres, "FIRST_RANGE", 2)

    def pages():
        client = client_at_stage("Acme")
        for n in range(23):
            journal.log_interaction(author=signing_author(), client=client.id, occurred_at=NOW - dt.timedelta(days=n), channel="call",
                                    kind="update", summary="Счёт" if n % 4 else "Другое",
                                    notes="рахунок, рахунку" if n % 3 else "")
        return [[hit.interaction_id for hit in engine.search(text, limit=5, offset=offset)]
                for text in ("счета", "рахунків", "счет OR рахунок") for offset in range(0, 25, 5)]

    on_server = pages()
    close_database()
    open_database(tmp_path / "pages.db")
    assert pages() == on_server
    assert sum(len(page) for page in on_server[:5]) == 17
