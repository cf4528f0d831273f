"""Input cleaned at the door (issue 16, items 3, 4, 6): control characters, a bundle's settings, tags."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.common.errors import ValidationError
from app.exchange.bundle.files import import_data
from app.exchange.table.exporter import export_xlsx
from app.journal import records as journal
from app.journal.records import MAX_TAGS_PER_IMPORT, MAX_TAGS_PER_INTERACTION
from db.models import Client, Interaction, Setting, Tag
from tests.authors import firm_owner, signing_author


def bundle(**sections):
    return {"format": "rapport-bundle", "version": 1, "clients": [{"ref": "c1", "name": "Acme"}], **sections}


def interaction(**fields):
    return {"ref": "i1", "client": "c1", "occurred_at": "2026-03-01T10:00:00", "channel": "call", "kind": "update",
            "summary": "call", **fields}


def test_a_vertical_tab_becomes_a_line_break_and_xlsx_export_works(tmp_path, make_client):
    """Item 3: text pasted from a word processor no longer breaks every XLSX export."""
    client = make_client()
    item = journal.log_interaction(author=signing_author(), client=client.id, occurred_at=dt.datetime(2026, 3, 1, 10), channel="call",
                                   kind="update", summary="Pasted\x0bline", notes="one\x0btwo\x0cthree\x07\x1b end")
    assert (item.summary, item.notes) == ("Pasted\nline", "one\ntwo\nthree end")
    assert export_xlsx(tmp_path / "j.xlsx") == 1


def test_xlsx_export_works_on_a_journal_that_already_holds_control_characters(tmp_path, make_interaction, database):
    make_interaction(summary="fine")
    database.execute_sql("UPDATE interaction SET notes = ?", ("old\x0bnote\x01",))
    assert export_xlsx(tmp_path / "j.xlsx") == 1
    from openpyxl import load_workbook

    values = [c.value for c in next(load_workbook(tmp_path / "j.xlsx").active.iter_rows(min_row=2))]
    assert "old\nnote" in values


def test_control_characters_are_cleaned_in_bundle_and_table_imports(tmp_path):
    import_data(bundle(interactions=[interaction(summary="bell\x07", notes="tab\x0bhere")]))
    assert Interaction.get().summary == "bell" and Interaction.get().notes == "tab\nhere"
    from app.exchange.table.importer import import_table

    path = tmp_path / "t.csv"
    path.write_text("client,occurred_at,channel,kind,summary\nAcme,2026-03-02,call,update,form\x0cfeed\n",
                    encoding="utf-8")
    import_table(path, by=firm_owner())  # logging takes a named person
    assert Interaction.select().where(Interaction.summary == "form\nfeed").count() == 1


@pytest.mark.parametrize(("settings_", "where"), [
    ({"working_days": [9]}, "settings.working_days"),
    ({"working_days": "weekdays"}, "settings.working_days"),
    ({"working_days": []}, "settings.working_days"),
    ({"work_start": "25:99"}, "settings.work_start"),
    ({"work_start": "18:00", "work_end": "09:00"}, "settings.work_end"),
    ({"acknowledge_within_hours": -3}, "settings.acknowledge_within_hours"),
    ({"health_settings": {"effort_cap": 1000}}, "settings.health_settings.effort_cap"),
    ({"health_settings": {"no_such_weight": 1}}, "settings.health_settings.no_such_weight"),
])
def test_a_bundles_settings_are_checked_as_the_settings_dialog_checks_them(settings_, where):
    """Item 4: bad settings are refused with their path, nothing is stored, and health keeps working."""
    with pytest.raises(ValidationError) as refused:
        import_data(bundle(settings=settings_))
    assert where in refused.value.fields()
    assert Setting.select().count() == 0 and Client.select().count() == 0
    from app.health.score import firm_health

    firm_health(dt.date(2026, 3, 1))


def test_good_settings_and_unknown_ones_still_come_in():
    import_data(bundle(settings={"working_days": [0, 1, 2, 3], "work_start": "08:00", "work_end": "17:00",
                                 "some_future_setting": {"x": 1}}))
    assert {s.key for s in Setting.select()} == {"working_days", "work_start", "work_end", "some_future_setting"}


def test_the_journals_own_hours_count_when_checking_an_imported_end():
    from app.common import preferences

    preferences.set("work_start", "19:00")
    with pytest.raises(ValidationError) as refused:
        import_data(bundle(settings={"work_end": "18:00"}))
    assert "settings.work_end" in refused.value.fields()


def test_a_hundred_thousand_tags_on_one_interaction_are_refused_with_the_limit():
    """Item 6: the check is linear and such a file is refused, creating no tags."""
    tags = [f"tag{n}" for n in range(100_000)]
    with pytest.raises(ValidationError) as refused:
        import_data(bundle(interactions=[interaction(tags=tags)]))
    assert f"at most {MAX_TAGS_PER_INTERACTION}" in str(refused.value)
    assert len(str(refused.value)) < 1000
    assert Tag.select().count() == 0


def test_too_many_different_tags_in_one_import_are_refused():
    items = [interaction(ref=f"i{n}", tags=[f"t{n}-{k}" for k in range(MAX_TAGS_PER_INTERACTION)])
             for n in range(MAX_TAGS_PER_IMPORT // MAX_TAGS_PER_INTERACTION + 1)]
    with pytest.raises(ValidationError) as refused:
        import_data(bundle(interactions=items))
    assert f"at most {MAX_TAGS_PER_IMPORT}" in str(refused.value)
    assert Tag.select().count() == 0 and Interaction.select().count() == 0


HOSTILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                          lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                          max_leaves=12)


@HOSTILE
@given(settings_=st.dictionaries(st.sampled_from(["working_days", "work_start", "work_end", "acknowledge_within_hours",
                                                  "health_settings", "language", "other"]), json_value, max_size=4),
       text=st.text(max_size=40), tags=st.lists(st.text(max_size=12), max_size=8))
def test_hostile_bundles_are_imported_clean_or_refused_whole(settings_, text, tags):
    """Hypothesis: any settings, text and tags: either refused with nothing written, or imported with
    text that every export format can carry, and the firm's health still computes."""
    try:
        import_data(bundle(settings=settings_, interactions=[interaction(summary=text or "x", notes=text, tags=tags)]))
    except ValidationError:
        assert Client.select().count() == 0 and Setting.select().count() == 0
        return
    from app.health.score import firm_health
    from app.journal.validation import clean_text

    stored = Interaction.get()
    assert clean_text(stored.notes) == stored.notes and clean_text(stored.summary) == stored.summary
    firm_health(dt.date(2026, 3, 1))
    Interaction.delete().execute()
    for model in (Setting, Tag):
        model.delete().execute()
    from db.models import InteractionTag

    InteractionTag.delete().execute()
    Client.delete().execute()
