"""Who may do what: the firm's rules, and refusals that say who may."""

import pytest

from app.common import rights
from app.common.errors import PermissionDenied


@pytest.fixture
def firm(make_user, make_client):
    owner, manager, other_manager, staff = (make_user("Olga", "owner"), make_user("Mark", "account_manager"),
                                            make_user("Nina", "account_manager"), make_user("Sam", "staff"))
    return owner, manager, other_manager, staff, make_client("Acme", account_manager=manager.id)


def test_staff_edit_their_own_entries_managers_their_clients_and_owners_all(firm):
    owner, manager, other_manager, staff, client = firm
    assert rights.may(staff, "edit an entry", client, author=staff.id)
    assert not rights.may(staff, "edit an entry", client, author=manager.id)
    assert rights.may(manager, "edit an entry", client, author=staff.id)
    assert not rights.may(other_manager, "edit an entry", client, author=staff.id)
    assert rights.may(owner, "edit an entry", client, author=staff.id)


def test_only_owners_manage_users_and_settings(firm):
    owner, manager, _other, staff, _client = firm
    for action in ("manage users", "change settings", "manage the trash", "import a bundle"):
        assert rights.may(owner, action)
        assert not rights.may(manager, action) and not rights.may(staff, action)


def test_a_refusal_names_who_may_and_what_the_user_is(firm):
    _owner, manager, _other, staff, client = firm
    with pytest.raises(PermissionDenied) as refused:
        rights.require(staff, "edit an entry", client, author=manager.id)
    text = str(refused.value)
    assert "owner" in text and "author" in text and "account manager" in text and "Sam is staff" in text


def test_a_deactivated_user_may_do_nothing(firm):
    owner, *_ = firm
    owner.active = False
    owner.save()
    assert not rights.may(owner, "log an entry")
    with pytest.raises(PermissionDenied, match="deactivated"):
        rights.require(owner, "log an entry")
