"""`rapport today`: the Today list on the command line, for a person or the whole firm."""

import datetime as dt
import json

from app.cli import main as cli
from tests.authors import act_as, firm_owner


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_today_lists_a_persons_items_by_section_and_as_json(capsys, db_path, make_user, make_client,
                                                             make_interaction):
    olena, petro = make_user("Olena K."), make_user("Petro")
    acme = make_client("Acme", account_manager=olena.id, contact_every_days=7)
    make_interaction(acme, author=olena.id, summary="send the price list", occurred_at=dt.datetime(2026, 3, 1, 10),
                     follow_up_due=dt.date(2026, 3, 8))
    other = make_client("Other", account_manager=petro.id)
    make_interaction(other, author=petro.id, summary="Petro's promise", occurred_at=dt.datetime(2026, 3, 9, 10),
                     follow_up_due=dt.date(2026, 3, 9))
    db = ["--db", str(db_path)]

    code, out, _ = run(capsys, "today", "--user", "olena k.", "--as-of", "2026-03-10", *db)
    assert code == 0
    assert "for Olena K." in out
    assert "Promised follow-ups" in out and "send the price list" in out and "2 days late" in out
    assert "Gone quiet" in out and "no contact for 9 days" in out
    assert "Petro's promise" not in out

    code, out, _ = run(capsys, "today", "--user", str(petro.id), "--as-of", "2026-03-10", "--json", *db)
    items = json.loads(out)
    assert code == 0 and [(i["section"], i["title"]) for i in items] == [("follow_ups", "Petro's promise")]

    act_as(olena.id)
    code, out, _ = run(capsys, "today", "--as-of", "2026-03-10", *db)
    assert code == 0 and "for Olena K." in out


def test_an_unknown_user_is_a_usage_error_naming_who_there_is(capsys, db_path, make_user):
    make_user("Olena K.")
    code, _, err = run(capsys, "today", "--user", "Nobody", "--db", str(db_path))
    assert code == 2
    assert "Nobody" in err and "Olena K." in err


def test_today_lists_replies_awaited_and_those_routed_to_the_person(capsys, db_path, make_user, make_client):
    from app.hear.replies import assign_reply
    from app.journal import records as journal
    from tests.authors import signing_author

    olena, taras = make_user("Olena K."), make_user("Taras")
    acme = make_client("Acme", account_manager=olena.id)
    birch = make_client("Birch", account_manager=olena.id)
    for client in (acme, birch):
        journal.log_interaction(author=signing_author(), client=client.id, occurred_at=dt.datetime(2026, 3, 6, 19),
                                channel="email", kind="request", direction="inbound", summary=f"{client.name} asks")
    assign_reply(birch.id, taras, now=dt.datetime(2026, 3, 9, 12), by=firm_owner())
    db = ["--db", str(db_path)]
    code, out, _ = run(capsys, "today", "--user", "Olena K.", "--as-of", "2026-03-09", *db)
    assert code == 0 and "Replies awaited" in out
    assert "Acme asks (1 message waiting 9 working hours, past the firm's rule)" in out and "Birch asks" not in out
    code, out, _ = run(capsys, "today", "--user", "Taras", "--as-of", "2026-03-09", "--json", *db)
    [item] = json.loads(out)
    assert (item["section"], item["title"], item["overdue"], item["facts"]["assignee"]) == (
        "replies", "Birch asks", True, "Taras")
