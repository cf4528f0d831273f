"""The demo's episodes: an order from request to payment, a check-in, a complaint heard (or not),
a negotiation, the manager's pulse. Each writes a few interactions through a Teller."""

import datetime as dt

from app.demo import text as T
from app.demo.story import Deal, FeedbackItem, Teller

ISSUE_TAGS = {"color": "quality", "diecut": "quality", "late": "logistics", "damage": "logistics",
              "short": "logistics", "invoice": "invoicing"}
ISSUE_CONTACT = {"color": "quality", "diecut": "quality", "invoice": "finance"}


def order_cycle(t: Teller, day: dt.date, complaint_p: float = 0.0, answer: str = "fast") -> dt.date:
    """An order: request, proof, shipment, invoice, payment; sometimes a complaint after delivery.
    Returns the day it shipped."""
    rng = t.rng
    s = t.order_slots()
    buyer = t.contact("buyer")
    rush = rng.random() < 0.12
    ship = t.add_workdays(day, rng.randint(2, 4) if rush else rng.randint(6, 12))
    t.log(t.time_on(day), "order_rush" if rush else "order_new", "request",
          t.pick(("email", 5), ("call", 4), ("chat", 2)), "inbound", offset=0.2, effort=rng.choice((1, 1, 2)),
          tags=["rush"] if rush else [], person=buyer, slots=s, when=ship,
          follow_up_in=1 if rng.random() < 0.12 else None)
    if not rush and rng.random() < 0.55:
        sent = t.add_workdays(day, 1)
        t.log(t.time_on(sent), "proof_sent", "update", "email", "outbound", person=buyer, slots=s,
              when=t.add_workdays(sent, 2), follow_up_in=2 if rng.random() < 0.35 else None)
        if rng.random() < 0.2:
            t.log(t.time_on(t.add_workdays(sent, 1), 9, 12), "proof_changes", "request",
                  t.pick(("email", 3), ("call", 1)), "inbound", effort=2, person=t.contact("quality"), slots=s)
        t.log(t.time_on(t.add_workdays(sent, rng.randint(1, 3)), 12, 17.5), "proof_approved", "update",
              t.pick(("email", 3), ("chat", 2), ("call", 1)), "inbound", offset=0.2, effort=1, person=buyer,
              slots=s, when=t.add_workdays(sent, 5))
    shipper = "ihor" if rng.random() < 0.6 else None
    t.log(t.time_on(ship, 9, 14), "shipped", "delivery", t.pick(("email", 3), ("call", 1)), "outbound",
          person=buyer, slots=s, when=t.add_workdays(ship, 1), author=shipper)
    if rng.random() < 0.6:
        accountant = "svitlana" if rng.random() < 0.7 else None
        t.log(t.time_on(ship, 12, 17.5), "invoice", "update", "email", "outbound", person=t.contact("finance"),
              slots=s, author=accountant)
    if rng.random() < complaint_p:
        complaint(t, t.add_workdays(ship, rng.randint(1, 3)), s, answer=answer)
    elif rng.random() < 0.4:
        t.log(t.time_on(t.add_workdays(ship, 1)), "delivered", "delivery", t.pick(("email", 2), ("call", 1)),
              "inbound", offset=0.3, effort=1, person=buyer, slots=s)
    if rng.random() < 0.45:
        paid = t.add_workdays(ship, rng.randint(15, 25))
        late = rng.random() < 0.2
        t.log(t.time_on(paid), "payment_reminder" if late else "payment", "update",
              t.pick(("email", 3), ("call", 2)), "outbound" if late else "inbound", offset=-0.3 if late else 0.0,
              person=t.contact("finance"), slots=s, when=t.add_workdays(paid, 2),
              author="svitlana" if rng.random() < 0.6 else None, follow_up_in=3 if late else None)
    return ship


def checkin(t: Teller, day: dt.date) -> None:
    rng = t.rng
    t.log(t.time_on(day), "checkin", "update", t.pick(("call", 6), ("chat", 1), ("email", 1)), "outbound",
          offset=0.1, person=t.contact(rng.choice(("buyer", "boss"))),
          when=t.add_workdays(day, rng.randint(3, 9)), follow_up_in=rng.randint(3, 7) if rng.random() < 0.15 else None)


def review_meeting(t: Teller, day: dt.date) -> None:
    tense = t.mood(day) < -0.3
    t.log(t.time_on(day, 10, 16), "review_tense" if tense else "review_meeting", "update", t.pick(("meeting", 3), ("visit", 2)), "outbound",
          offset=0.4, person=t.contact("boss"), author="andriy" if t.rng.random() < 0.3 else t.manager,
          notes_p=0.5, follow_up_in=t.rng.randint(3, 6) if t.rng.random() < 0.5 else None)


def information(t: Teller, day: dt.date) -> None:
    rng = t.rng
    s = t.order_slots()
    asked = t.log(t.time_on(day), "info_request", "request", t.pick(("email", 4), ("call", 2), ("chat", 1)),
                  "inbound", effort=rng.choice((1, 2)), slots=s, follow_up_in=rng.randint(1, 2))
    if asked and rng.random() < 0.85:
        t.log(t.after_work_hours(asked.at, rng.uniform(1, 10)), "info_answer", "update", "email", "outbound",
              person=asked.contact, slots=s, when=t.add_workdays(day, rng.randint(5, 10)))


def suggestion(t: Teller, day: dt.date) -> None:
    """Mild feedback: captured as a feedback item, heard and acted on."""
    rng = t.rng
    raised = t.log(t.time_on(day), "suggestion", "feedback", t.pick(("email", 2), ("call", 2), ("meeting", 1)),
                   "inbound", offset=-0.2, effort=1, tags=["hear"])
    if raised is None:
        return
    item = FeedbackItem(raised, raised.summary, "low", t.manager)
    t.story.feedback.append(item)
    ack_at = t.after_work_hours(raised.at, rng.uniform(0.2, 4))
    item.acknowledged_at = ack_at if ack_at <= t.horizon else None
    done = t.log(t.time_on(t.add_workdays(ack_at.date(), rng.randint(2, 8))), "suggestion_done", "update",
                 t.pick(("email", 2), ("call", 1)), "outbound", offset=0.6, tags=["hear"], person=raised.contact)
    if done and item.acknowledged_at:
        item.resolved_at, item.resolved_by = done.at, done


def praise(t: Teller, day: dt.date) -> None:
    staff = t.rng.random() < 0.3
    event = t.log(t.time_on(day), "staff_praise" if staff else "praise", "praise", t.pick(("email", 2), ("call", 2)),
                  "inbound", sentiment=2, effort=1, tags=["staff_praise"] if staff else [])
    if event is not None and staff:
        event.praised = event.staff  # the colleague the client praised, named as the text names them


def goodwill(t: Teller, day: dt.date) -> None:
    t.log(t.time_on(day), "like", "update", t.pick(("email", 2), ("visit", 1), ("letter", 1)), "outbound",
          offset=0.6, tags=["like"], person=t.contact(t.rng.choice(("boss", "buyer"))),
          author="andriy" if t.rng.random() < 0.25 else t.manager)


def complaint(t: Teller, day: dt.date, s: dict | None = None, *, answer: str = "fast",
              issue: str | None = None, chase_limit: int = 6) -> FeedbackItem | None:
    """A complaint and what the firm did with it: answer is fast, slow, dismissive or never."""
    rng = t.rng
    s = s or t.order_slots()
    issue = issue or rng.choice(sorted(ISSUE_TAGS))
    words = t.book.ISSUES[issue]
    person = t.contact(ISSUE_CONTACT.get(issue, "buyer"))
    severity = t.pick(("low", 2), ("medium", 5), ("high", 3), ("critical", 1 if issue in ("late", "diecut") else 0))
    raised = t.log(t.time_on(day), words["complaint"], "complaint", t.pick(("call", 5), ("email", 4), ("chat", 1)),
                   "inbound", offset=-1.8 if severity in ("high", "critical") else -1.2,
                   effort=rng.randint(2, 4), tags=[ISSUE_TAGS[issue]], person=person, slots=s)
    if raised is None:
        return None
    raised.sentiment = min(raised.sentiment, -1)
    slots = {**s, "issue": words["about"]}
    item = FeedbackItem(raised, T.first_upper(T.fill(rng.choice(words["title"]), s)), severity, t.manager)
    t.story.feedback.append(item)
    if answer == "never":
        chase(t, item, slots, person, limit=chase_limit)
        return item
    delay = {"fast": rng.uniform(0.3, 3), "slow": rng.uniform(14, 40), "dismissive": rng.uniform(1, 6)}[answer]
    if answer == "slow" and rng.random() < 0.6:
        chase(t, item, slots, person, until=t.after_work_hours(raised.at, delay - 1), limit=1)
    ack_at = t.after_work_hours(raised.at, delay)
    dismissive = answer == "dismissive"
    ack = t.log(ack_at, "dismissive" if dismissive else "ack", "update", t.pick(("call", 3), ("email", 2)),
                "outbound", offset=-1.5 if dismissive else -0.4, tags=["dismissive"] if dismissive else ["hear"],
                person=person, slots=slots, when=t.add_workdays(ack_at.date(), 2),
                follow_up_in=None if dismissive else rng.randint(1, 3), notes_p=0.3)
    if ack is None:
        return item
    item.acknowledged_at = ack.at
    if dismissive:
        return item
    fix_days = rng.randint(1, 4) if answer == "fast" else rng.randint(6, 15)
    fixed = t.log(t.time_on(t.add_workdays(ack.at.date(), fix_days)), words["fix"], "update",
                  t.pick(("call", 2), ("email", 2), ("visit", 1)), "outbound", offset=0.8, tags=["hear"],
                  person=person, slots=slots, when=t.add_workdays(ack.at.date(), fix_days))
    if fixed:
        item.resolved_at, item.resolved_by = fixed.at, fixed
    return item


def chase(t: Teller, item: FeedbackItem, slots: dict, person, until=None, limit: int = 6) -> None:
    """The client comes back about the same problem, again and again: repeat contacts."""
    rng = t.rng
    day = item.raised.at.date()
    until = until or t.horizon
    for n in range(limit):
        day = t.add_workdays(day, rng.randint(3, 7))
        at = t.time_on(day)
        if at >= until:
            return
        again = t.log(at, "repeat", "complaint", t.pick(("call", 3), ("email", 3)), "inbound",
                      offset=-2, effort=min(5, 3 + n), tags=["hear"] if n == 0 else [], person=person,
                      slots=slots, notes_p=0.4)
        if again:
            item.repeats.append(again)


def negotiation(t: Teller, key: str, opened: dt.date, ending: str = "agreed", rounds: int = 3,
                gap: tuple[int, int] = (4, 10), slots: dict | None = None) -> Deal:
    """A hard question at the table, from opening to its end (which may still be ahead)."""
    rng, book = t.rng, t.book
    s = {**T.day_slots(t.spec.lang, opened - dt.timedelta(days=rng.randint(15, 40))), **(slots or t.order_slots()),
         "year": opened.year + (1 if opened.month >= 9 else 0)}
    words = {k: T.fill(v, s) if isinstance(v, str) else v for k, v in book.TOPICS[key].items()}
    deal = Deal(words["topic"], opened, words["client_position"], words["our_position"], words["contract_refs"],
                T.fill(words["spec_refs"], s), words["options"], t.add_workdays(opened, rng.randint(20, 30)))
    t.story.deals.append(deal)
    lead = "andriy" if rng.random() < 0.4 else t.manager
    deal.history.append((t.time_on(opened, 9, 11), "open", book.EVENT_NOTES["open"], lead))
    s = {**s, "topic": words["short"]}
    day = opened
    for n in range(rounds):
        phase = "open" if n == 0 else ending if n == rounds - 1 else "middle"
        offset = {"open": -0.2, "middle": 0.0, "agreed": 0.7, "deadlock": -1.6, "escalated": -1.6}[phase]
        at = t.time_on(day, 10, 17)
        session = t.log(at, book.SESSIONS["deadlock" if phase == "escalated" else phase], "negotiation",
                        t.pick(("meeting", 3), ("call", 2), ("email", 1)), t.pick(("outbound", 3), ("inbound", 1)),
                        offset=offset, tags=["negotiate"], person=t.contact("boss"), author=lead, slots=s,
                        when=t.add_workdays(day, 5), effort=rng.choice((2, 3)) if phase == "deadlock" else None)
        if session is None:
            break
        deal.sessions.append(session)
        _round_effects(t, deal, phase, session.at, words, lead)
        day = t.add_workdays(day, rng.randint(*gap))
    return deal


def _round_effects(t: Teller, deal: Deal, phase: str, at: dt.datetime, words: dict, lead: str) -> None:
    rng = t.rng
    if phase == "open":
        deal.positions += [(at, "ours", deal.our_position), (at, "client", deal.client_position)]
    elif phase == "middle":
        deal.positions.append((at, "ours", words["options"]))
        if rng.random() < 0.6:
            deal.concessions.append((at, "ours", words["ours"]))
    elif phase == "agreed":
        deal.positions += [(at, "ours", words["outcome"]), (at, "client", words["outcome"])]
        deal.concessions.append((at, "client", words["theirs"]))
        deal.outcome = words["outcome"]
        deal.history.append((at, "agreed", t.book.EVENT_NOTES["agreed"], lead))
        _actions(t, deal, at.date(), words["actions"], kept=True)
    else:  # deadlock, maybe escalated after it
        deal.positions.append((at, "client", deal.client_position))
        deal.history.append((at, "deadlock", t.book.EVENT_NOTES["deadlock"], lead))
        if phase == "escalated":
            later = t.after_work_hours(at, rng.uniform(20, 40))
            if later <= t.horizon:
                deal.history.append((later, "escalated", t.book.EVENT_NOTES["escalated"], "andriy"))
        _actions(t, deal, at.date(), words["actions"], kept=False)


def _actions(t: Teller, deal: Deal, day: dt.date, descriptions: list[str], kept: bool) -> None:
    """Promises made at the table; kept on time in a healthy deal, left hanging in a stuck one."""
    rng = t.rng
    for n, text in enumerate(descriptions):
        due = t.add_workdays(day, rng.randint(3, 10))
        owner = t.manager if n % 2 == 0 else deal.history[0][3]
        if kept:
            done = due - dt.timedelta(days=rng.randint(0, 2)) if rng.random() < 0.85 else due + dt.timedelta(days=rng.randint(1, 4))
            done = max(done, day)
        else:
            done = due if n == 0 and rng.random() < 0.5 else None
        deal.actions.append((text, owner, due, done if done and done <= t.today else None))


def pulses(t: Teller, first: dt.date, last: dt.date, blind: bool = False) -> None:
    """The manager's own reading every few weeks; a blind manager keeps saying 'good'."""
    rng = t.rng
    day = t.workday(first + dt.timedelta(days=rng.randint(3, 20)))
    while day <= min(last, t.today):
        mood = t.mood(day) + rng.gauss(0, 0.25)
        reading = "good" if mood > 0.2 or blind else "uneasy" if mood > -0.7 else "bad"
        t.story.pulses.append((day, reading, rng.choice(t.book.PULSE[reading]), t.manager))
        day = t.workday(day + dt.timedelta(days=rng.randint(21, 40)))
