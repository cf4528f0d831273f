"""The playbook: seeded in three languages, matched by kind and tags, edited by owners only."""

import pytest

from app.common.errors import PermissionDenied, ValidationError
from app.portrait import playbook
from db.models import PlaybookEntry


@pytest.fixture
def seeded():
    playbook.seed_default_playbook()


def test_seeding_twice_adds_nothing_the_second_time():
    first = playbook.seed_default_playbook()
    assert first > 30
    assert playbook.seed_default_playbook() == 0
    assert PlaybookEntry.select().count() == first
    assert {row.language for row in playbook.entries()} == {"en", "ru", "uk"}


def test_a_complaint_tagged_hear_gets_the_russian_after_sales_action(seeded):
    actions = playbook.recommended_actions("complaint", ["hear"], "ru")
    assert any("послепродажном" in a for a in actions)
    assert all(not a.isascii() for a in actions)


def test_ukrainian_and_locale_codes(seeded):
    assert any("післяпродажному" in a for a in playbook.recommended_actions("complaint", [], "uk_UA"))


def test_misconduct_and_drift_tags_match_whatever_the_kind(seeded):
    actions = playbook.recommended_actions("update", ["client_misconduct", "capitulating"], "en")
    assert any("misconduct" in a for a in actions)
    assert any("firm in principle" in a for a in actions)


def test_nothing_matches_a_plain_update(seeded):
    assert playbook.recommended_actions("update", [], "en") == []


def test_a_missing_translation_falls_back_to_english(make_user):
    owner = make_user("Boss", "owner")
    playbook.add_entry(owner, "Delivery arrives damaged", "Replace it the same day.", "en", kinds="delivery")
    assert playbook.recommended_actions("delivery", [], "uk") == ["Replace it the same day."]
    assert playbook.recommended_actions("delivery", [], "xx") == ["Replace it the same day."]


def test_a_translation_added_later_is_preferred(make_user):
    owner = make_user("Boss", "owner")
    entry = playbook.add_entry(owner, "Damaged", "Replace it.", "en", kinds="delivery")
    playbook.add_entry(owner, "Повреждено", "Замените.", "ru", kinds="delivery", position=entry.position)
    assert playbook.recommended_actions("delivery", [], "ru") == ["Замените."]
    with pytest.raises(ValidationError, match="already has a ru text"):
        playbook.add_entry(owner, "x", "y", "ru", kinds="delivery", position=entry.position)


def test_only_owners_edit_the_playbook(make_user, seeded):
    manager = make_user("Olena", "account_manager")
    with pytest.raises(PermissionDenied, match="only an owner may edit the playbook"):
        playbook.add_entry(manager, "s", "a", kinds="update")
    entry_id = playbook.entries("en")[0].id
    with pytest.raises(PermissionDenied):
        playbook.update_entry(manager, entry_id, action="changed")
    with pytest.raises(PermissionDenied):
        playbook.delete_entry(manager, entry_id)


def test_owner_edits_and_deletes(make_user, seeded):
    owner = make_user("Boss", "owner")
    entry = playbook.entries("en")[0]
    playbook.update_entry(owner, entry.id, action="Smile.")
    assert "Smile." in playbook.recommended_actions("update", ["like"], "en")
    playbook.delete_entry(owner, entry.id)
    assert "Smile." not in playbook.recommended_actions("update", ["like"], "en")


def test_an_entry_must_name_a_kind_or_tag_and_known_kinds(make_user):
    owner = make_user("Boss", "owner")
    with pytest.raises(ValidationError, match="Kinds"):
        playbook.add_entry(owner, "s", "a")
    with pytest.raises(ValidationError, match="'party' is not one of"):
        playbook.add_entry(owner, "s", "a", kinds="party")
    with pytest.raises(ValidationError, match="Situation"):
        playbook.add_entry(owner, "  ", "a", kinds="update")
