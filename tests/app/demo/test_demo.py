"""`rapport demo`: a sample firm that looks like a real firm's year, the same for the same seed."""

import datetime as dt
import re
from collections import defaultdict

import pytest

from app.common.progress import Cancelled, no_progress
from app.demo.cast import CLIENTS
from app.demo.sample_firm import build_demo, first_day, orthodox_easter, tell_all, ukrainian_holidays
from app.hear.working_time import WorkCalendar, working_hours_between
from db import vocabulary as V
from db.models import (
    ALL_MODELS,
    AuditEntry,
    Client,
    Feedback,
    FeedbackContact,
    Holiday,
    Interaction,
    InteractionTag,
    Negotiation,
    NegotiationAction,
    NegotiationEvent,
    NegotiationSession,
    PortraitCriterion,
    Pulse,
    Qualification,
    StageChange,
    Tag,
    User,
)

TODAY = dt.date(2026, 6, 10)  # a Wednesday
SCENARIO = {spec.name: spec.scenario for spec in CLIENTS}
UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
RUSSIAN = re.compile(r"[ыэъёЫЭЪЁ]")
CYRILLIC = re.compile(r"[а-яА-Я]")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One demo journal per module (building it takes seconds); tests only read it."""
    from db.connection import close_database, open_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    open_database(path)
    summary = build_demo(seed=1, today=TODAY)
    close_database()
    return path, summary


@pytest.fixture
def demo(database, demo_file):
    """The module's demo journal, opened for this test."""
    from db.connection import open_database

    open_database(demo_file[0])
    return demo_file[1]


def dump() -> dict[str, list]:
    return {model.__name__: sorted(model.select().tuples(), key=repr) for model in ALL_MODELS
            if model is not AuditEntry}  # the trail is stamped with when it was written


def clients_in(scenario: str) -> list[Client]:
    return [c for c in Client.select() if SCENARIO[c.name] == scenario]


def interactions_of(client: Client) -> list[Interaction]:
    return list(Interaction.select().where(Interaction.client == client).order_by(Interaction.occurred_at))


# ---- the same firm every time -------------------------------------------------------------

def test_the_command_line_rebuilds_the_same_journal_and_then_refuses(demo_file, db_path, capsys):
    from app.cli.main import main

    assert main(["demo", "--db", str(db_path), "--seed", "1", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert f"{demo_file[1].interactions} interactions" in out
    from db.connection import open_database

    open_database(db_path)
    rebuilt = dump()
    open_database(demo_file[0])
    assert rebuilt == dump()
    assert main(["demo", "--db", str(db_path)]) == 2
    assert "already has clients" in capsys.readouterr().err


def test_another_seed_tells_another_year():
    start = first_day(TODAY)
    holidays = frozenset(ukrainian_holidays(start.year, TODAY.year))
    one = tell_all(1, start, TODAY, holidays, no_progress, len(CLIENTS))
    two = tell_all(2, start, TODAY, holidays, no_progress, len(CLIENTS))
    assert [e.summary for s in one for e in s.events] != [e.summary for s in two for e in s.events]
    assert [p.name for s in one for p in s.contacts] != [p.name for s in two for p in s.contacts]


def test_cancelling_leaves_the_journal_empty():
    def cancel_midway(done, total, message):
        if done >= len(CLIENTS) + 3:  # clients and interactions are written by then
            raise Cancelled()

    with pytest.raises(Cancelled):
        build_demo(seed=1, today=TODAY, progress=cancel_midway)
    assert Client.select().count() == 0 and Interaction.select().count() == 0 and User.select().count() == 0


# ---- the firm -------------------------------------------------------------------------------

def test_an_owner_three_account_managers_and_staff(demo):
    roles = defaultdict(int)
    for user in User.select():
        roles[user.role] += 1
    assert roles == {"owner": 1, "account_manager": 3, "staff": 2}


def test_at_least_forty_clients_in_every_stage_with_contacts(demo):
    assert demo.clients == Client.select().count() >= 40
    assert {c.stage for c in Client.select()} == set(V.CLIENT_STAGES)
    for client in Client.select():
        assert client.contacts.count() >= 2, client.name
        assert client.account_manager.role == "account_manager"
        if client.stage == "contracted":
            assert client.contract_start < TODAY and client.contract_value > 0 and client.contact_every_days


def test_eighteen_months_of_journal_ending_today(demo):
    days = [i.occurred_at.date() for i in Interaction.select(Interaction.occurred_at)]
    assert len(days) >= 5000
    assert max(days) == TODAY
    assert abs((min(days) - (TODAY - dt.timedelta(days=548))).days) <= 10
    assert len({(d.year, d.month) for d in days}) >= 18


def test_summaries_are_written_in_ukrainian_russian_and_english(demo):
    summaries = [s for (s,) in Interaction.select(Interaction.summary).tuples()]
    assert sum(bool(UKRAINIAN.search(s)) for s in summaries) > 1000
    assert sum(bool(RUSSIAN.search(s)) for s in summaries) > 500
    assert sum(not CYRILLIC.search(s) for s in summaries) > 500
    for client in Client.select():
        texts = " ".join(i.summary for i in interactions_of(client))
        assert not (UKRAINIAN.search(texts) and RUSSIAN.search(texts)), client.name
    assert not [s for s in summaries if "{" in s or "[" in s], "unfilled template slots"


def test_a_timeline_does_not_repeat_itself(demo):
    for client in Client.select():
        summaries = [i.summary for i in interactions_of(client)]
        assert len(set(summaries)) >= 0.9 * len(summaries), client.name


def test_every_interaction_keeps_to_the_vocabulary(demo):
    for i in Interaction.select():
        assert i.channel in V.CHANNELS and i.kind in V.KINDS and i.direction in V.DIRECTIONS
        assert i.sentiment is None or V.SENTIMENT_RANGE[0] <= i.sentiment <= V.SENTIMENT_RANGE[1]
        assert i.effort is None or V.EFFORT_RANGE[0] <= i.effort <= V.EFFORT_RANGE[1]
        assert i.summary.strip() and i.author_id
        assert i.occurred_at.weekday() < 5 and 9 <= i.occurred_at.hour <= 18
        assert i.follow_up_done is None or i.follow_up_due is not None
    assert {t.name for t in Tag.select()} >= set(V.BUILTIN_TAGS)
    assert Holiday.select().where(Holiday.day == orthodox_easter(2026) + dt.timedelta(days=1)).exists()


def test_records_agree_with_each_other(demo):
    for item in Feedback.select():
        assert item.interaction.client_id == item.client_id
        if item.acknowledged_at:
            assert item.acknowledged_at >= item.raised_at
        if item.status == "resolved":
            assert item.resolved_by.client_id == item.client_id and item.resolved_at >= item.raised_at
    for negotiation in Negotiation.select():
        history = list(negotiation.history.order_by(NegotiationEvent.at))
        assert history[0].status == "open" and history[-1].status == negotiation.status
    for session in NegotiationSession.select():
        assert session.interaction.kind == "negotiation"
        assert session.interaction.client_id == session.negotiation.client_id
    for client in Client.select():
        changes = list(client.stage_changes.order_by(StageChange.at))
        assert changes[-1].to_stage == client.stage, client.name
    assert PortraitCriterion.select().count() >= 3
    assert {q.decision for q in Qualification.select()} == set(V.QUALIFICATION_DECISIONS)


# ---- steady and souring -----------------------------------------------------------------------

def test_steady_clients_are_heard_within_a_working_day(demo):
    cal = WorkCalendar(holidays=frozenset(h.day for h in Holiday.select()))
    heard = 0
    for client in clients_in("steady") + clients_in("demanding"):
        for item in Feedback.select().where(Feedback.client == client):
            if item.acknowledged_at:
                assert working_hours_between(item.raised_at, item.acknowledged_at, cal) <= 9, client.name
                heard += 1
    assert heard >= 30


def test_a_contracted_client_has_gone_silent(demo):
    for client in clients_in("silent"):
        last = max(i.occurred_at.date() for i in interactions_of(client))
        assert (TODAY - last).days > 2 * client.contact_every_days
    for client in clients_in("steady"):
        last = max(i.occurred_at.date() for i in interactions_of(client))
        assert (TODAY - last).days <= client.contact_every_days, client.name


def test_complaints_left_unanswered(demo):
    week_ago = dt.datetime.combine(TODAY - dt.timedelta(days=7), dt.time())
    waiting = Feedback.select().where(Feedback.status == "open", Feedback.raised_at < week_ago)
    assert waiting.count() >= 2
    assert FeedbackContact.select().where(FeedbackContact.feedback.in_(waiting)).count() >= 2


def test_a_negotiation_in_deadlock(demo):
    stuck = Negotiation.select().where(Negotiation.status == "deadlock")
    assert stuck.count() >= 1
    for negotiation in stuck:
        assert [e.status for e in negotiation.history.order_by(NegotiationEvent.at)] == ["open", "deadlock"]
        assert negotiation.target_date < TODAY and negotiation.contract_refs
    overdue = NegotiationAction.select().where(NegotiationAction.done_at.is_null(), NegotiationAction.due < TODAY)
    assert overdue.count() >= 2
    assert Negotiation.select().where(Negotiation.status == "escalated").exists()


def test_sentiment_falls_for_some_and_not_for_the_steady(demo):
    turn = dt.datetime.combine(TODAY - dt.timedelta(days=60), dt.time())

    def fall(client):
        rows = interactions_of(client)
        early = [i.sentiment for i in rows if i.occurred_at < turn]
        late = [i.sentiment for i in rows if i.occurred_at >= turn]
        return sum(early) / len(early) - sum(late) / len(late)

    assert all(fall(c) >= 1.0 for c in clients_in("falling"))
    steady = sorted(fall(c) for c in clients_in("steady"))
    assert steady[-1] < 1.0 and steady[len(steady) // 2] < 0.3


def test_stance_drift_shows_in_recent_interactions(demo):
    recent = dt.datetime.combine(TODAY - dt.timedelta(days=60), dt.time())
    drifting = (Interaction.select(Interaction.client).join(InteractionTag).join(Tag)
                .where(Tag.name.in_(V.DRIFT_TAGS), Interaction.occurred_at >= recent).distinct())
    assert {c.client.name for c in drifting} >= {c.name for c in clients_in("drift")}
    names = {t.name for t in Tag.select().join(InteractionTag).distinct()}
    assert set(V.DRIFT_TAGS) | {"client_misconduct", "staff_praise", "like", "hear", "negotiate"} <= names


def test_a_contract_runs_out_with_no_renewal_talk(demo):
    for client in clients_in("ending"):
        assert 30 <= (client.contract_end - TODAY).days <= 60
        assert not Negotiation.select().where(Negotiation.client == client,
                                              Negotiation.opened_at > TODAY - dt.timedelta(days=90)).exists()


def test_promises_kept_late_and_some_still_open(demo):
    with_due = Interaction.select().where(Interaction.follow_up_due.is_null(False))
    share = with_due.count() / Interaction.select().count()
    assert 0.08 <= share <= 0.25
    on_time = with_due.where(Interaction.follow_up_done <= Interaction.follow_up_due).count()
    assert on_time / with_due.count() > 0.6
    assert with_due.where(Interaction.follow_up_done > Interaction.follow_up_due).exists()
    overdue = with_due.where(Interaction.follow_up_done.is_null(), Interaction.follow_up_due < TODAY)
    assert overdue.count() >= 3
    assert with_due.where(Interaction.follow_up_due >= TODAY).exists()


def test_pulses_include_a_manager_who_sees_nothing_wrong(demo):
    assert {p.reading for p in Pulse.select()} == set(V.PULSE_READINGS)
    blind = [c for c in clients_in("falling") if Pulse.select().where(
        Pulse.client == c, Pulse.at >= TODAY - dt.timedelta(days=40)).exists()]
    assert any(all(p.reading == "good" for p in Pulse.select().where(
        Pulse.client == c, Pulse.at >= TODAY - dt.timedelta(days=60))) for c in blind)


def test_holidays_cover_the_journal():
    days = ukrainian_holidays(2025, 2026)
    assert dt.date(2025, 8, 24) in days and dt.date(2026, 1, 1) in days
    assert orthodox_easter(2025) == dt.date(2025, 4, 20) and orthodox_easter(2026) == dt.date(2026, 4, 12)


# ---- entries that read true -----------------------------------------------------------------

def _template_pattern(template: str) -> re.Pattern:
    """A phrasebook template as a pattern its filled sentences match: slots and gendered choices free."""
    pattern = re.escape(template)
    pattern = re.sub(r"\\\{[a-z_]+\\\}", ".+?", pattern)
    pattern = re.sub(r"\\\[([^\[\]|]*?)\\\|([^\[\]]*?)\\\]", r"(?:\1|\2)", pattern)
    pattern = re.sub(r"(^|\\ )(с|С)\\ ", r"\1\2о?\\ ", pattern)  # "с" before "Св..." becomes "со"
    return re.compile(pattern, re.IGNORECASE | re.DOTALL)


def test_sentiment_and_kind_agree_with_what_each_entry_says(demo):
    """"Layout approved, printing starts" is never very negative, "payment received" never a complaint."""
    from app.demo.text import LANGUAGES, SITUATIONS, situation_templates

    patterns = [(_template_pattern(t), key) for lang in LANGUAGES
                for key, templates in situation_templates(lang).items() for t in templates]
    unmatched, wrong = [], []
    for summary, kind, sentiment in Interaction.select(Interaction.summary, Interaction.kind,
                                                       Interaction.sentiment).tuples():
        situations = {key for pattern, key in patterns if pattern.fullmatch(summary)}
        if not situations:
            unmatched.append(summary)
            continue
        if not any(low <= (sentiment if sentiment is not None else 0) <= high and kind in kinds
                   for (low, high), kinds in (SITUATIONS[key] for key in situations)):
            wrong.append((summary, kind, sentiment, sorted(situations)))
    assert not unmatched, f"{len(unmatched)} entries come from no known template, e.g. {unmatched[:3]}"
    assert not wrong, f"{len(wrong)} entries whose sentiment or kind contradicts their words, e.g. {wrong[:5]}"


def test_every_situation_says_what_it_allows():
    from app.demo.text import LANGUAGES, SITUATIONS, situation_templates

    for lang in LANGUAGES:
        assert set(situation_templates(lang)) <= set(SITUATIONS), lang
    assert all(-2 <= low <= high <= 2 and kinds and set(kinds) <= set(V.KINDS)
               for (low, high), kinds in SITUATIONS.values())


def test_the_sample_firm_was_written_as_it_happened_so_nothing_looks_backdated_and_replays_work(demo):
    """The audit trail records each sample row as written when it happened (a year of history made at
    once would otherwise mark every entry backdated, and a replay by written time would find nothing)."""
    from app.audit.written import backdated
    from app.health.replay import written_by
    from app.health.score import firm_health

    entries = [(i.id, i.occurred_at) for i in Interaction.select(Interaction.id, Interaction.occurred_at)]
    assert entries and not backdated(entries)
    day = TODAY - dt.timedelta(days=60)
    with written_by(day):
        as_written = {h.client: h.score for h in firm_health(day)}
    as_happened = {h.client: h.score for h in firm_health(day)}
    assert as_written and as_written == as_happened  # nothing was written late: both readings agree


def test_praise_of_staff_names_the_colleague_its_text_names(demo):
    from db.models import Interaction, InteractionTag, Tag, User

    tagged = (Interaction.select(Interaction.id).join(InteractionTag).join(Tag).where(Tag.name == "staff_praise"))
    roles = [role for (role,) in User.select(User.role).join(Interaction, on=(Interaction.praised == User.id))
             .where(Interaction.id.in_(tagged)).tuples()]
    assert roles and len(roles) == tagged.count()  # every praise of staff names whom
    assert set(roles) == {"staff"}  # the colleagues the texts name: Ihor and Svitlana


def test_the_firm_codes_its_entries_as_a_careful_firm_and_proposals_agree(demo):
    """At least 80 % of the entries carry like, hear or negotiate, coded by the story itself; the
    proposals (app.journal.coding) agree with that coding on entries they did not learn from."""
    from app.journal import coding
    from app.journal.records import tags_of

    policy = (InteractionTag.select(InteractionTag.interaction).join(Tag)
              .where(Tag.name.in_(V.POLICY_TAGS)).distinct().count())
    assert policy / Interaction.select().count() >= 0.8
    assert coding.coded_share(None, None).share >= 0.8
    rows = list(Interaction.select().order_by(Interaction.occurred_at, Interaction.id))
    tags = tags_of([r.id for r in rows])
    cut = len(rows) * 2 // 3  # learn from the first year, propose for the last six months
    model = coding.learn((r.kind, r.direction, r.sentiment, r.summary, r.notes, tags[r.id]) for r in rows[:cut])
    later = [(r, tuple(t for t in coding.CODING_TAGS if t in tags[r.id])) for r in rows[cut:]]
    later = [(r, coded) for r, coded in later if coded]
    learned = sum(coding.propose_for(r, model).tags == coded for r, coded in later) / len(later)
    rules = sum(coding.propose_for(r).tags == coded for r, coded in later) / len(later)
    assert learned >= 0.95, learned  # measured 0.98 (seed 1)
    assert rules >= 0.75, rules  # the rules alone, with nothing learned: measured 0.83
    assert learned > rules
    # The seeds' situations, coded by hand (tests/app/journal/coding_hand_set.json), read by what this
    # printing firm learned: its words pull some of them its own way (measured 30 of 36).
    import json
    from pathlib import Path

    hand = json.loads((Path(__file__).parents[1] / "journal" / "coding_hand_set.json").read_text(encoding="utf-8"))
    full = coding.firm_model()
    agree = sum(coding.propose(c["kind"], c["direction"], c["sentiment"], c["text"], model=full).tags == tuple(c["tags"])
                for c in hand)
    assert agree / len(hand) >= 0.75, f"{agree} of {len(hand)}"
