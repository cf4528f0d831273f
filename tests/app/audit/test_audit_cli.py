"""`rapport audit`: the trail on a terminal or as JSON, filtered; owners only for the firm's; bad arguments named."""

import datetime as dt
import json

import pytest

from app.cli.main import main
from app.journal import records as journal
from db import audit
from db.models import Client, Interaction, User
from tests.authors import firm_owner
from tests.stages import client_at_stage

KEYS = {"id", "at", "user_id", "user", "login", "action", "kind", "table", "record_id", "record", "client_id",
        "client", "changes"}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def journal_of_a_firm(make_user, db_path):
    owner = make_user("Olga Owner", "owner")
    staff = make_user("Sasha", "staff")
    me = audit.computer_account()
    User.update(login=me).where(User.id == owner.id).execute()  # this computer account is the owner
    audit.set_actor(owner.id)
    acme = client_at_stage("Acme")
    globex = client_at_stage("Globex")
    audit.set_actor(staff.id)
    entry = journal.log_interaction(author=staff.id, client=acme.id, occurred_at="2026-03-02T10:00", channel="call",
                                    kind="update", summary="Late delivery", sentiment=1)
    journal.edit_interaction(entry.id, summary="Late delivery, apologised", sentiment=-1, by=firm_owner())
    journal.log_interaction(author=staff.id, client=globex.id, occurred_at="2026-03-03T10:00", channel="email",
                            kind="request", summary="Price list")
    return owner, staff, acme, globex, entry, ["--db", str(db_path)]


def test_the_owner_reads_who_changed_what_aligned_for_a_terminal(journal_of_a_firm, capsys):
    owner, staff, acme, globex, entry, db = journal_of_a_firm
    code, out, err = run(capsys, "audit", "--client", "Acme", *db)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    edit = next(i for i, line in enumerate(lines) if "edited \u00b7 interaction" in line)
    assert "Sasha" in lines[edit] and "Late delivery, apologised (Acme)" in lines[edit]
    assert "Summary: Late delivery \u2192 Late delivery, apologised" in "\n".join(lines[edit + 1:edit + 4])
    assert "Sentiment: +1 \u2192 \u22121" in out
    assert "Globex" not in out
    heads = [line for line in lines if not line.startswith(" ")]
    assert len({line.index("Sasha") for line in heads if "Sasha" in line}) == 1  # columns line up


def test_json_one_object_per_change_with_before_and_after(journal_of_a_firm, capsys):
    owner, staff, acme, globex, entry, db = journal_of_a_firm
    code, out, _ = run(capsys, "audit", "--json", "--user", "sasha", "--since", dt.date.today().isoformat(), *db)
    assert code == 0
    data = json.loads(out)
    assert data and all(set(item) == KEYS for item in data)
    assert {item["user"] for item in data} == {"Sasha"}
    edit = next(item for item in data if item["action"] == "edit" and item["table"] == "interaction")
    assert {"field": "summary", "before": "Late delivery", "after": "Late delivery, apologised"} in edit["changes"]
    assert edit["record_id"] == str(entry.id) and edit["client"] == "Acme"
    dt.datetime.fromisoformat(edit["at"])
    code, out, _ = run(capsys, "audit", "--json", "--until", "2000-01-01", *db)
    assert (code, json.loads(out)) == (0, [])


def test_a_deleted_client_s_history_is_still_found_by_name(journal_of_a_firm, capsys):
    owner, staff, acme, globex, entry, db = journal_of_a_firm
    audit.set_actor(owner.id)
    Interaction.delete().where(Interaction.client == globex.id).execute()
    Client.delete().where(Client.id == globex.id).execute()
    code, out, _ = run(capsys, "audit", "--client", "Globex", "--kind", "client", "--action", "delete", *db)
    assert code == 0 and "deleted \u00b7 client" in out and "Olga Owner" in out and "Globex" in out


@pytest.mark.parametrize("argv, named", [
    (["--since", "yesterday"], "--since"),
    (["--until", "31/12/2026"], "--until"),
    (["--since", "2026-05-01", "--until", "2026-04-01"], "--until"),
    (["--user", "Nobody"], "--user"),
    (["--client", "No Such Firm"], "--client"),
    (["--kind", "weather"], "--kind"),
])
def test_bad_arguments_exit_2_naming_the_argument(journal_of_a_firm, capsys, argv, named):
    *_, db = journal_of_a_firm
    code, out, err = run(capsys, "audit", *argv, *db)
    assert code == 2 and named in err and out == ""


def test_the_firm_s_trail_is_for_owners_a_client_s_history_for_anyone(journal_of_a_firm, capsys):
    owner, staff, acme, globex, entry, db = journal_of_a_firm
    User.update(login=None).where(User.id == owner.id).execute()
    User.update(login=audit.computer_account()).where(User.id == staff.id).execute()
    code, out, err = run(capsys, "audit", *db)
    assert code != 0 and "only an owner may read the firm-wide audit trail" in err and out == ""
    code, out, _ = run(capsys, "audit", "--client", "Acme", *db)
    assert code == 0 and "Late delivery" in out
