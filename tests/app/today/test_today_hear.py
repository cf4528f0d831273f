"""Today lists the user's feedback to acknowledge and negotiation actions due."""

import datetime as dt

from app.hear import feedback
from app.negotiate import negotiations as N
from app.today import agenda as today
from tests.authors import firm_owner


def test_today_lists_my_unacknowledged_feedback_and_due_actions(make_user, make_client):
    olena, taras = make_user("Olena"), make_user("Taras")
    acme = make_client("Acme", account_manager=olena.id)
    late = feedback.open_feedback(acme.id, "Wrong invoice", raised_at=dt.datetime(2026, 3, 2, 10), by=firm_owner())
    feedback.open_feedback(acme.id, "Taras's item", owner=taras.id, raised_at=dt.datetime(2026, 3, 2, 10), by=firm_owner())
    heard = feedback.open_feedback(acme.id, "Heard already", raised_at=dt.datetime(2026, 3, 2, 10), by=firm_owner())
    feedback.acknowledge_feedback(heard.id, at=dt.datetime(2026, 3, 2, 11), by=firm_owner())
    talk = N.open_negotiation(acme.id, "Price", opened_at="2026-03-01", by=firm_owner())
    N.add_action(talk.id, "Send the price list", owner=olena.id, due="2026-03-03", by=firm_owner())
    N.add_action(talk.id, "Later", owner=olena.id, due="2026-03-30", by=firm_owner())

    items = [i for i in today.items_for(olena.id, dt.date(2026, 3, 4))
             if i.section in ("feedback", "negotiation_actions")]
    assert [(i.section, i.title, i.overdue) for i in items] == [
        ("feedback", "Wrong invoice", True), ("negotiation_actions", "Send the price list", True)]
    assert items[0].ref_id == late.id and items[0].due == dt.date(2026, 3, 3)


def test_a_fresh_item_is_listed_but_not_overdue(make_user, make_client):
    olena = make_user("Olena")
    acme = make_client("Acme", account_manager=olena.id)
    feedback.open_feedback(acme.id, "Just in", raised_at=dt.datetime(2026, 3, 4, 17), by=firm_owner())
    items = [i for i in today.items_for(olena.id, dt.date(2026, 3, 4)) if i.section == "feedback"]
    assert [(i.title, i.overdue) for i in items] == [("Just in", False)]
