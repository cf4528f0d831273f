"""One demo client's year as a story: the people, the working calendar and the routine episodes.

A Teller writes one client's journal in memory (events, feedback, negotiations, pulses); app.demo.plot
decides which episodes happen and when, and app.demo.sample_firm writes the result to the database."""

import datetime as dt
import random
import zlib
from dataclasses import dataclass, field

from app.demo import text as T
from app.demo.cast import ClientSpec, latin, phone_for

WORK_START, WORK_END = 9, 18

# Price of one piece in hryvnias, and the usual run size (low, high, step).
PRODUCT_ECONOMICS = {
    "juice_labels": (0.38, (40_000, 200_000, 5_000)), "cake_boxes": (11.5, (2_000, 15_000, 500)),
    "corrugated": (19.0, (1_000, 12_000, 500)), "sticker_labels": (0.42, (20_000, 150_000, 5_000)),
    "tea_packs": (3.4, (10_000, 60_000, 2_000)), "catalogs": (46.0, (1_000, 6_000, 500)),
    "wobblers": (6.5, (1_000, 8_000, 500)), "inserts": (0.45, (50_000, 300_000, 10_000)),
    "pos_stands": (1450.0, (40, 300, 10)), "gift_boxes": (39.0, (1_000, 10_000, 500)),
}
EUR_RATE = 45.0


@dataclass(eq=False)
class Person:
    """A contact at the client, with the forms the notes name them by."""

    name: str
    role: str
    category: str
    email: str
    phone: str
    slots: dict
    gender: str


@dataclass(eq=False)
class Event:
    """An interaction about to be written to the journal."""

    at: dt.datetime
    channel: str
    kind: str
    direction: str | None
    sentiment: int | None
    effort: int | None
    summary: str
    notes: str
    tags: list[str]
    contact: Person | None
    author: str | None
    follow_up_due: dt.date | None = None
    follow_up_done: dt.date | None = None
    id: int = 0
    staff: str = ""  # the colleague its text names ({staff})
    praised: str | None = None  # a staff_praise entry's praised colleague


# How a careful firm codes each situation (app.journal.coding proposes the same way): what pleases
# the client is like (a clear invoice on time too), what the client says or asks is heard, hard
# questions are negotiated. Payments and their reminders and prospects (the policy starts with the
# contract) are left uncoded, and so is about one entry in forty, forgotten (the Code entries
# dialog has them to offer).
CAREFUL_CODING = {
    "like": ("proof_sent", "proof_approved", "shipped", "delivered", "checkin", "review_meeting", "praise",
             "staff_praise", "like", "paused_checkin", "invoice"),
    "hear": ("order_new", "order_rush", "proof_changes", "info_request", "info_answer", "suggestion",
             "suggestion_done", "ack", "repeat", "review_tense", "cool", "misconduct", "escalation", "pause", "ended"),
    "negotiate": ("renewal_talk",),
}
_CAREFUL_BY_SITUATION = {situation: tag for tag, situations in CAREFUL_CODING.items() for situation in situations}
_CAREFUL_BY_KIND = {"complaint": "hear", "feedback": "hear", "escalation": "hear", "negotiation": "negotiate"}
FORGOTTEN_IN = 40


def careful_coding(situation: str | list[str], kind: str, tags: list[str], summary: str) -> list[str]:
    """The entry's tags with the policy tag a careful firm gives it (none if it shows stance drift)."""
    if any(t in ("like", "hear", "negotiate", "dismissive", "capitulating", "punishing") for t in tags):
        return tags
    if isinstance(situation, str):
        tag = _CAREFUL_BY_SITUATION.get(situation)
    else:
        tag = _CAREFUL_BY_KIND.get(kind)
    # Forgotten by a hash of the text, not the story's random numbers: the rest of the firm stays as it was.
    if tag is None or zlib.crc32(summary.encode()) % FORGOTTEN_IN == 0:
        return tags
    return [tag, *tags]


@dataclass(eq=False)
class FeedbackItem:
    """A complaint or piece of feedback on its clock."""

    raised: Event
    summary: str
    severity: str
    owner: str
    acknowledged_at: dt.datetime | None = None
    resolved_at: dt.datetime | None = None
    resolved_by: Event | None = None
    repeats: list[Event] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "resolved" if self.resolved_at else "acknowledged" if self.acknowledged_at else "open"


@dataclass(eq=False)
class Deal:
    """A negotiation with its history, positions, concessions, sessions and actions."""

    topic: str
    opened_at: dt.date
    client_position: str
    our_position: str
    contract_refs: str
    spec_refs: str
    options: str
    target_date: dt.date
    outcome: str = ""
    history: list[tuple] = field(default_factory=list)  # (at, status, note, author)
    positions: list[tuple] = field(default_factory=list)  # (at, side, text)
    concessions: list[tuple] = field(default_factory=list)  # (at, side, text)
    sessions: list[Event] = field(default_factory=list)
    actions: list[tuple] = field(default_factory=list)  # (description, owner, due, done_at)

    @property
    def status(self) -> str:
        return self.history[-1][1]


@dataclass(eq=False)
class Story:
    """Everything the demo writes about one client."""

    spec: ClientSpec
    stage: str
    contacts: list[Person]
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    events: list[Event] = field(default_factory=list)
    feedback: list[FeedbackItem] = field(default_factory=list)
    deals: list[Deal] = field(default_factory=list)
    pulses: list[tuple] = field(default_factory=list)  # (day, reading, comment, author)
    stage_changes: list[tuple] = field(default_factory=list)  # (at, from, to, author, note)
    qualifications: list[tuple] = field(default_factory=list)  # (at, decision, reason, score, criteria, author)


class Teller:
    """Writes one client's journal: picks people, times and words; keeps to the working calendar."""

    def __init__(self, spec: ClientSpec, rng: random.Random, start: dt.date, today: dt.date,
                 holidays: frozenset[dt.date]):
        self.spec, self.rng, self.start, self.today, self.holidays = spec, rng, start, today, holidays
        self.book = T.phrases(spec.lang)
        self.used: set[str] = set()
        self.next_order = rng.randrange(1200, 4800)
        self.horizon = dt.datetime.combine(today, dt.time(23, 59))
        self.manager = spec.manager
        self.mood = lambda day: 0.6
        self.story = Story(spec, stage=_stage_of(spec.scenario), contacts=self._people())

    # ---- people ----------------------------------------------------------------------------

    def _people(self) -> list[Person]:
        lang, rng = self.spec.lang, self.rng
        firsts = rng.sample(sorted(T.FIRST_NAMES[lang]), 3)
        surnames = rng.sample(T.SURNAMES[lang], 3)
        categories = ["buyer", rng.choice(["boss", "finance"]), "quality"][: rng.choice((2, 3, 3))]
        people = []
        for first, last, category in zip(firsts, surnames, categories, strict=False):
            forms, gender = T.contact_forms(lang, first)
            last = _surname_for(last, gender)
            email = f"{latin(first)}.{latin(last)}@{self.spec.domain}".replace("'", "")
            people.append(Person(f"{first} {last}", rng.choice(T.ROLES[lang][category]), category, email,
                                 phone_for(self.spec.domain, rng), T.person_slots("contact", forms), gender))
        return people

    def contact(self, category: str) -> Person:
        matching = [p for p in self.story.contacts if p.category == category]
        if matching and self.rng.random() < 0.85:
            return matching[0]
        return self.story.contacts[0] if self.rng.random() < 0.7 else self.rng.choice(self.story.contacts)

    # ---- the calendar ----------------------------------------------------------------------

    def is_workday(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def workday(self, day: dt.date) -> dt.date:
        while not self.is_workday(day):
            day += dt.timedelta(days=1)
        return day

    def add_workdays(self, day: dt.date, n: int) -> dt.date:
        day = self.workday(day)
        for _ in range(n):
            day = self.workday(day + dt.timedelta(days=1))
        return day

    def time_on(self, day: dt.date, lo: float = WORK_START, hi: float = WORK_END - 0.25) -> dt.datetime:
        minutes = self.rng.randrange(int(lo * 60), int(hi * 60))
        return dt.datetime.combine(self.workday(day), dt.time(minutes // 60, minutes % 60))

    def after_work_hours(self, at: dt.datetime, hours: float) -> dt.datetime:
        """The moment `hours` of working time after `at` (the feedback clock's way of counting)."""
        left = int(hours * 60)
        cur = at
        while True:
            if not self.is_workday(cur.date()) or cur.hour >= WORK_END:
                cur = dt.datetime.combine(self.workday(cur.date() + dt.timedelta(days=1)), dt.time(WORK_START))
                continue
            if cur.hour < WORK_START:
                cur = cur.replace(hour=WORK_START, minute=0)
            room = int((dt.datetime.combine(cur.date(), dt.time(WORK_END)) - cur).total_seconds() // 60)
            if left <= room:
                return cur + dt.timedelta(minutes=left)
            left -= room
            cur = dt.datetime.combine(cur.date(), dt.time(WORK_END))

    # ---- words -----------------------------------------------------------------------------

    def order_slots(self, product: str | None = None) -> dict:
        """Slots for one order: its number, product, quantity and amount."""
        rng, lang = self.rng, self.spec.lang
        product = product or rng.choice(self.spec.products)
        price, (lo, hi, step) = PRODUCT_ECONOMICS[product]
        qty = rng.randrange(lo, hi + step, step)
        amount = qty * price * rng.uniform(0.95, 1.08)
        amount = round(amount / EUR_RATE, -1) if lang == "en" else round(amount, -2)
        self.next_order += rng.randint(1, 9)
        nom, gen = self.book.PRODUCTS[product]
        return {"order": self.book.ORDER.format(self.next_order), "product": nom, "product_gen": gen,
                "qty": T.group_digits(lang, qty), "amount": T.money(lang, amount), "pct": rng.choice((3, 5, 7))}

    def sentiment(self, day: dt.date, offset: float) -> int:
        value = round(self.mood(day) + offset + self.rng.gauss(0, 0.45))
        return max(-2, min(2, value))

    def log(self, at: dt.datetime, situation: str | list[str], kind: str, channel: str, direction: str | None,
            *, offset: float = 0.0, effort: int | None = None, tags=(), person: Person | None = None,
            author: str | None = None, slots: dict | None = None, when: dt.date | None = None,
            follow_up_in: int | None = None, sentiment: int | None = None, notes_p: float = 0.2) -> Event | None:
        """Write one interaction, unless it would fall after today (the story stops there)."""
        if at > self.horizon:
            return None
        person = person if person is not None else self.contact("buyer")
        templates = self.book.PHRASES[situation] if isinstance(situation, str) else situation
        staff = self.rng.choice(("ihor", "svitlana"))
        filled = {**T.day_slots(self.spec.lang, when or at.date()), **T.staff_slots(self.spec.lang, staff),
                  **person.slots, **(slots or self.order_slots())}
        summary = T.say(self.rng, templates, filled, person.gender, self.used)
        channel = T.channel_named(self.spec.lang, summary, channel)
        notes = ""
        extra = self.book.NOTES.get(situation) if isinstance(situation, str) else None
        if extra and self.rng.random() < notes_p:
            notes = self.rng.choice(extra)
        low, high = T.sentiment_range(self.spec.lang, templates[0])
        mood = sentiment if sentiment is not None else self.sentiment(at.date(), offset)
        event = Event(at, channel, kind, direction, max(low, min(high, mood)),
                      effort, summary, notes, careful_coding(situation, kind, list(tags), summary), person,
                      author or self.author(), staff=staff)
        if follow_up_in is not None:
            event.follow_up_due = self.add_workdays(at.date(), follow_up_in)
        self.story.events.append(event)
        return event

    def author(self) -> str:
        return self.manager

    def pick(self, *weighted: tuple[str, int]) -> str:
        return self.rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


def _surname_for(last: str, gender: str) -> str:
    """Russian and Polish surnames agree with the person's gender."""
    if gender != "f":
        return last
    if last.endswith(("ов", "ев", "ин")):
        return last + "а"
    if last.endswith("ый"):
        return last[:-2] + "ая"
    if last.endswith("ski"):
        return last[:-1] + "a"
    return last


def _stage_of(scenario: str) -> str:
    return scenario if scenario in ("prospect", "qualified", "declined", "paused", "ended") else "contracted"
