"""Drafts: what was typed survives a closed editor, per database and record."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from app.journal import drafts


def test_a_saved_draft_comes_back_with_its_time():
    key = drafts.draft_key(None)
    when = dt.datetime(2026, 3, 1, 10, 30)
    drafts.save_draft("interaction", key, {"summary": "Called Ivan", "tags": ["hear"]}, now=when)
    draft = drafts.load_draft("interaction", key)
    assert draft.values == {"summary": "Called Ivan", "tags": ["hear"]}
    assert draft.saved_at == when


def test_drafts_are_kept_apart_by_database_and_record():
    drafts.save_draft("interaction", drafts.draft_key("new", "a.db"), {"summary": "A"})
    drafts.save_draft("interaction", drafts.draft_key(7, "a.db"), {"summary": "seven"})
    assert drafts.load_draft("interaction", drafts.draft_key("new", "b.db")) is None
    assert drafts.load_draft("interaction", drafts.draft_key("new", "a.db")).values["summary"] == "A"
    assert drafts.load_draft("interaction", drafts.draft_key(7, "a.db")).values["summary"] == "seven"


def test_a_deleted_draft_is_gone():
    key = drafts.draft_key(None)
    drafts.save_draft("interaction", key, {"summary": "x"})
    drafts.delete_draft("interaction", key)
    drafts.delete_draft("interaction", key)  # deleting twice is harmless
    assert drafts.load_draft("interaction", key) is None


def test_a_damaged_draft_is_ignored(caplog):
    key = drafts.draft_key(None)
    drafts.save_draft("interaction", key, {"summary": "x"})
    drafts._path("interaction", key).write_text("{not json", encoding="utf-8")
    assert drafts.load_draft("interaction", key) is None
    assert "unreadable draft" in caplog.text


@settings(max_examples=30, deadline=None)
@given(st.dictionaries(st.text(max_size=20), st.one_of(st.text(), st.integers(), st.none(),
                                                       st.lists(st.text(max_size=10)))))
def test_any_typed_values_round_trip(values):
    key = drafts.draft_key("new", "prop.db")
    drafts.save_draft("interaction", key, values)
    assert drafts.load_draft("interaction", key).values == values
