"""The reads that feed the screens: right numbers, newest first, a fixed number of queries."""

import datetime as dt

from playhouse.test_utils import assert_query_count

from app.journal import queries
from app.journal import records as journal
from db.models import Feedback, Negotiation, NegotiationAction
from tests.authors import firm_owner


def test_client_rows_show_manager_last_contact_and_open_items(make_user, make_client, make_interaction):
    olena = make_user("Olena K.")
    acme = make_client("Acme LLC", account_manager=olena.id, segment="retail")
    make_client("Borys & Sons")
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 1, 9), follow_up_due=dt.date(2026, 3, 5))
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 4, 9))
    Feedback.create(client=acme, raised_at=dt.datetime(2026, 3, 4), summary="late", status="open")
    Feedback.create(client=acme, raised_at=dt.datetime(2026, 3, 4), summary="old", status="resolved")
    talk = Negotiation.create(client=acme, topic="Price", opened_at=dt.date(2026, 3, 4))
    NegotiationAction.create(negotiation=talk, description="send terms")
    NegotiationAction.create(negotiation=talk, description="done", done_at=dt.date(2026, 3, 5))

    rows = {row.name: row for row in queries.client_rows()}

    assert list(rows) == ["Acme LLC", "Borys & Sons"]
    assert rows["Acme LLC"].manager_name == "Olena K."
    assert rows["Acme LLC"].last_contact == dt.datetime(2026, 3, 4, 9)
    assert rows["Acme LLC"].open_items == 3
    assert rows["Borys & Sons"].open_items == 0
    assert rows["Borys & Sons"].last_contact is None


def test_client_row_is_that_clients_line_of_the_list(make_user, make_client, make_interaction):
    acme = make_client("Acme LLC", account_manager=make_user("Olena K.").id)
    other = make_client("Borys & Sons")
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 1, 9), follow_up_due=dt.date(2026, 3, 5))
    make_interaction(other, follow_up_due=dt.date(2026, 3, 6))

    row = queries.client_row(acme.id)

    assert row == next(r for r in queries.client_rows() if r.id == acme.id)
    assert row.open_items == 1  # its own follow-up, not Borys's
    assert queries.client_row(999_999) is None


def test_client_rows_filter_by_name_segment_or_manager(make_user, make_client):
    olena = make_user("Olena K.")
    make_client("Acme LLC", account_manager=olena.id)
    make_client("Borys & Sons", segment="wholesale")
    make_client("Cedar")

    assert [r.name for r in queries.client_rows("acme")] == ["Acme LLC"]
    assert [r.name for r in queries.client_rows("whole")] == ["Borys & Sons"]
    assert [r.name for r in queries.client_rows("olena")] == ["Acme LLC"]


def test_client_rows_take_the_same_queries_for_many_clients(make_client, make_interaction):
    for i in range(30):
        make_interaction(make_client(f"C{i:02}"), follow_up_due=dt.date(2026, 3, 2))
    # 2 for the rows and open items, 4 for the calendar, 2 for the overdue feedback (rule, one query)
    # and 2 for the replies awaited (rule, one query)
    with assert_query_count(10):
        rows = queries.client_rows()
    assert len(rows) == 30 and all(r.open_items == 1 for r in rows)


def test_timeline_page_is_newest_first_with_tags_and_names(make_user, make_client, make_interaction):
    olena = make_user("Olena K.")
    acme = make_client("Acme LLC")
    ivan = journal.add_contact(acme.id, name="Ivan P.", role="CFO", by=firm_owner())
    for day in range(1, 11):
        make_interaction(acme, occurred_at=dt.datetime(2026, 3, day, 10), summary=f"day {day}",
                         author=olena.id, contact=ivan.id, tags=["hear", "like"], notes="a\nb\nc" * 500)

    with assert_query_count(1):  # rows, names and tags in one statement
        page = queries.timeline_page(acme.id, 0, 4)
    assert [r.summary for r in page] == ["day 10", "day 9", "day 8", "day 7"]
    assert page[0].tags == ["hear", "like"]
    assert (page[0].author_name, page[0].contact_name) == ("Olena K.", "Ivan P.")
    assert len(page[0].notes) == queries.NOTES_PREVIEW_CHARS
    assert [r.summary for r in queries.timeline_page(acme.id, 8, 4)] == ["day 2", "day 1"]
    assert queries.timeline_count(acme.id) == 10


def test_timeline_position_counts_newer_entries(make_client, make_interaction):
    acme = make_client()
    entries = [make_interaction(acme, occurred_at=dt.datetime(2026, 3, d, 10)) for d in (1, 2, 3)]
    assert queries.timeline_position(acme.id, entries[0].id) == 2
    assert queries.timeline_position(acme.id, entries[2].id) == 0
    assert queries.timeline_position(acme.id + 1, entries[2].id) is None


def test_client_header_has_contacts_and_contract(make_user, make_client, make_interaction):
    olena = make_user("Olena K.")
    acme = make_client("Acme LLC", account_manager=olena.id, contract_value=12000,
                       contract_start="2026-01-01", contract_end="2026-12-31", contact_every_days=14)
    journal.add_contact(acme.id, name="Ivan P.", role="CFO", by=firm_owner())
    make_interaction(acme)

    header = queries.client_header(acme.id)

    assert header.manager_name == "Olena K." and header.contract_value == 12000
    assert header.contract_end == dt.date(2026, 12, 31)
    assert [(c.name, c.role) for c in header.contacts] == [("Ivan P.", "CFO")]
    assert header.interaction_count == 1 and header.last_contact == dt.datetime(2026, 3, 1, 10, 30)
    assert queries.client_header(9999) is None


def test_entries_at_the_same_moment_page_without_gaps_or_repeats(make_client, make_interaction):
    acme = make_client()
    same = dt.datetime(2026, 3, 1, 10)
    made = [make_interaction(acme, occurred_at=same, sentiment=[None, -1, 2][i % 3], kind=["update", "praise"][i % 2],
                             summary=f"tie {i}") for i in range(9)]
    pages = [row.id for offset in range(0, 9, 2) for row in queries.timeline_page(acme.id, offset, 2)]
    assert sorted(pages) == sorted(m.id for m in made)
    assert [queries.timeline_position(acme.id, i) for i in pages] == list(range(9))
