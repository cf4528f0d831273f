"""A timeline page read in one statement holds exactly what the journal holds, row by row."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.journal import queries
from app.journal import records as journal
from db.models import Contact, Interaction, InteractionTag, Tag, User
from tests.authors import firm_owner, signing_author

TAGS = ("vip", "hear", "like", "a-b", "x_1", "negotiate")


def expected_page(client_id: int, offset: int, limit: int) -> list[tuple]:
    """The page as the models read it one field at a time: the reference the single query must match."""
    rows = (Interaction.select().where(Interaction.client == client_id)
            .order_by(*queries.TIMELINE_ORDER).offset(offset).limit(limit))
    out = []
    for row in rows:
        tags = sorted(t.name for t in Tag.select().join(InteractionTag).where(InteractionTag.interaction == row.id))
        contact = Contact.get_by_id(row.contact_id).name if row.contact_id else ""
        author = User.get_by_id(row.author_id).name if row.author_id else ""
        out.append((row.id, row.occurred_at, row.summary, row.notes[:queries.NOTES_PREVIEW_CHARS],
                    row.follow_up_due, row.follow_up_done, contact, author, tags))
    return out


def as_tuples(page: list[queries.TimelineRow]) -> list[tuple]:
    return [(r.id, r.occurred_at, r.summary, r.notes, r.follow_up_due, r.follow_up_done, r.contact_name,
             r.author_name, r.tags) for r in page]


def test_tags_names_and_dates_stay_with_their_own_row(make_user, make_client, make_interaction):
    olena = make_user("Olena K.")
    acme = make_client("Acme LLC")
    other = make_client("Other")
    ivan = journal.add_contact(acme.id, name="Ivan P.", by=firm_owner())
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 1, 9), summary="untagged", author=None)
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 2, 9), summary="three tags",
                     tags=["vip", "hear", "a-b"], author=olena.id, contact=ivan.id,
                     follow_up_due=dt.date(2026, 3, 9), follow_up_done=dt.date(2026, 3, 8))
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 3, 9), summary="one tag", tags=["like"])
    make_interaction(other, occurred_at=dt.datetime(2026, 3, 4, 9), summary="elsewhere", tags=["vip"])

    page = queries.timeline_page(acme.id, 0, 10)

    assert [(r.summary, r.tags) for r in page] == [("one tag", ["like"]), ("three tags", ["a-b", "hear", "vip"]),
                                                   ("untagged", [])]
    middle = page[1]
    assert (middle.author_name, middle.contact_name) == ("Olena K.", "Ivan P.")
    assert (middle.follow_up_due, middle.follow_up_done) == (dt.date(2026, 3, 9), dt.date(2026, 3, 8))
    assert middle.occurred_at == dt.datetime(2026, 3, 2, 9)
    assert page[2].follow_up_due is None and page[2].author_name == ""
    assert queries.timeline_count(acme.id) == 3 and queries.timeline_count(other.id) == 1


entries = st.lists(st.tuples(st.integers(0, 5),  # day: several entries share a day and a moment
                             st.lists(st.sampled_from(TAGS), max_size=4, unique=True),
                             st.integers(-2, 2) | st.none(),
                             st.booleans()),
                   min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=entries, limit=st.integers(1, 5))
def test_every_page_matches_the_journal_row_by_row(make_client, entries, limit):
    client = make_client()
    for n, (day, tags, sentiment, follow_up) in enumerate(entries):
        journal.log_interaction(author=signing_author(), client=client.id, occurred_at=dt.datetime(2026, 3, 1 + day, 10),
                                channel="call", kind="update", summary=f"entry {n}", tags=tags,
                                sentiment=sentiment, notes="n" * (n * 90),
                                follow_up_due=dt.date(2026, 4, 1 + day) if follow_up else None)
    for offset in range(0, len(entries) + 1, limit):
        assert as_tuples(queries.timeline_page(client.id, offset, limit)) == expected_page(client.id, offset, limit)
