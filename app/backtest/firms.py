"""Generated firms for the early-warning backtest: steady clients of many kinds, and clients that
go sour by one mechanism from a known day (the onset).

Each firm is a JSON bundle (shared/DOMAIN.md), imported like any other, so the backtest judges the
health engine exactly as a firm's own journal would be judged. The generator knows nothing of the
engine: it only lives the relationships (contact rhythm, mood, complaints and how they are heard,
negotiations, contracts) and writes them down.
"""

import datetime as dt
import random
from dataclasses import dataclass, field

HISTORY_DAYS = 800
STEADY_KINDS = ("steady", "demanding", "quiet", "seasonal", "noisy", "renewing")
SOURING_KINDS = ("silence", "unheard", "deadlock", "sliding", "drift", "expiring")
PER_FIRM = {"steady": 5, "demanding": 3, "quiet": 3, "seasonal": 3, "noisy": 3, "renewing": 3,
            "silence": 2, "unheard": 2, "deadlock": 2, "sliding": 2, "drift": 2, "expiring": 2}
RENEWAL_DAYS = 60  # as the engine's default: a contract ending within this needs renewal talk
DRIFT_TAGS = ("dismissive", "capitulating", "punishing")


@dataclass
class Profile:
    """How a client's relationship is lived: rhythm of contact (days), mood, complaints."""

    gap: float
    mood: float  # mean sentiment -2..+2
    spread: float  # how much one entry's sentiment varies
    complaint_rate: float
    effort: float  # mean effort of requests and complaints, 1..5
    lulls: tuple[tuple[int, int, int, int], ...] = ()  # (month, day, month, day): no contact


PROFILES = {
    "steady": lambda r: Profile(r.uniform(5, 10), r.uniform(0.8, 1.3), 0.6, 0.04, 2.0),
    "demanding": lambda r: Profile(r.uniform(2, 3.5), r.uniform(0.0, 0.4), 0.9, 0.15, 2.8),
    "quiet": lambda r: Profile(r.uniform(25, 45), r.uniform(0.8, 1.3), 0.5, 0.02, 1.8),
    "seasonal": lambda r: Profile(r.uniform(5, 9), r.uniform(0.7, 1.2), 0.6, 0.04, 2.0,
                                  ((7, 10, 8, 20), (12, 22, 1, 12))),
    "noisy": lambda r: Profile(r.uniform(3, 6), r.uniform(0.3, 0.8), 1.3, 0.08, 2.3),
}


@dataclass
class Client:
    """One generated client: its kind, when it went sour (None: never), and its journal."""

    ref: str
    name: str
    kind: str
    onset: dt.date | None
    profile: Profile
    manager: str
    contract_end: dt.date
    interactions: list[dict] = field(default_factory=list)
    feedback: list[dict] = field(default_factory=list)
    negotiations: list[dict] = field(default_factory=list)


@dataclass
class Firm:
    """A generated firm: its bundle, the last day of its history, and who went sour when."""

    seed: int
    end: dt.date
    clients: list[Client]
    bundle: dict


def build_firm(seed: int, end: dt.date = dt.date(2026, 6, 30)) -> Firm:
    rng = random.Random(seed)
    start = end - dt.timedelta(days=HISTORY_DAYS)
    managers = ["u1", "u2", "u3"]
    clients = []
    for kind, count in PER_FIRM.items():
        for i in range(count):
            ref = f"c{len(clients) + 1}"
            souring = kind in SOURING_KINDS
            onset = end - dt.timedelta(days=rng.randint(35, 150)) if souring else None
            base = kind if kind in PROFILES else rng.choice(("steady", "steady", "demanding", "noisy"))
            profile = PROFILES[base](rng)
            if kind == "silence":
                profile.gap = rng.uniform(4, 9)  # silence is noticed against a lived rhythm
            contract_end = end + dt.timedelta(days=rng.randint(120, 400))
            if kind == "renewing":
                contract_end = end + dt.timedelta(days=rng.randint(5, 50))
            if kind == "expiring":
                contract_end = onset + dt.timedelta(days=RENEWAL_DAYS)
            client = Client(ref, f"{kind.title()} client {i + 1} (seed {seed})", kind, onset, profile,
                            rng.choice(managers), contract_end)
            _live(client, rng, start, end)
            clients.append(client)
    return Firm(seed, end, clients, _bundle(clients, managers, start))


def _live(c: Client, rng: random.Random, start: dt.date, end: dt.date) -> None:
    """Write the client's journal day by day from start to end."""
    day = start + dt.timedelta(days=rng.randint(0, int(c.profile.gap)))
    while day <= end:
        after = c.onset is not None and day >= c.onset
        if day.weekday() >= 5:  # planned for a weekend: it happens on the Monday
            day += dt.timedelta(days=7 - day.weekday())
            after = c.onset is not None and day >= c.onset
        if not (c.kind == "silence" and after) and not _in_lull(day, c.profile.lulls):
            _contact(c, rng, day, after)
        day += dt.timedelta(days=max(1, round(rng.uniform(0.5, 1.5) * c.profile.gap)))
    if c.kind == "unheard":
        _unheard(c, rng, end)
    if c.kind == "deadlock":
        _deadlock(c, rng, end)
    if c.kind == "renewing":
        _renewal_talks(c, rng)
    if c.kind in ("steady", "demanding") and rng.random() < 0.6:
        _price_talks(c, rng, start, end)


def _in_lull(day: dt.date, lulls) -> bool:
    for m1, d1, m2, d2 in lulls:
        first, last = dt.date(day.year, m1, d1), dt.date(day.year, m2, d2)
        if first <= last and first <= day <= last:
            return True
        if first > last and (day >= first or day <= last):  # across the new year
            return True
    return False


def _mood(c: Client, day: dt.date) -> float:
    if c.kind == "sliding" and c.onset and day >= c.onset:
        weight = min(1.0, (day - c.onset).days / 21)
        return c.profile.mood + weight * (-1.3 - c.profile.mood)
    return c.profile.mood


def _at(rng: random.Random, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(9, 17), rng.choice((0, 15, 30, 45))))


def _contact(c: Client, rng: random.Random, day: dt.date, after: bool) -> None:
    sentiment = max(-2, min(2, round(rng.gauss(_mood(c, day), c.profile.spread))))
    complaint = rng.random() < c.profile.complaint_rate
    kind = "complaint" if complaint else rng.choice(("update", "update", "request", "delivery", "feedback"))
    if complaint:
        sentiment = min(sentiment, rng.choice((-1, -1, -2)))
    direction = "inbound" if complaint or rng.random() < 0.45 else "outbound"
    effort = None
    if kind in ("request", "complaint"):
        effort = max(1, min(5, round(rng.gauss(c.profile.effort, 0.7))))
    tags = []
    if kind in ("complaint", "feedback"):
        tags.append("hear")
    elif rng.random() < 0.25:
        tags.append("like")
    if c.kind == "drift" and after and rng.random() < 0.5:  # our side slips into stages 1-3
        tags.append(rng.choice(DRIFT_TAGS))
    ref = f"{c.ref}i{len(c.interactions) + 1}"
    at = _at(rng, day)
    c.interactions.append({"ref": ref, "client": c.ref, "author": c.manager, "occurred_at": at.isoformat(),
                           "channel": rng.choice(("call", "email", "email", "meeting", "chat")), "kind": kind,
                           "direction": direction, "sentiment": sentiment, "effort": effort,
                           "summary": f"{kind} with {c.name}", "tags": tags})
    if complaint:  # heard: acknowledged within hours, resolved within days
        acknowledged = at + dt.timedelta(hours=rng.uniform(0.3, 3))
        resolved = at + dt.timedelta(days=rng.uniform(1, 6))
        c.feedback.append({"ref": f"{ref}f", "client": c.ref, "interaction": ref, "raised_at": at.isoformat(),
                           "summary": f"complaint of {c.name}", "severity": "medium", "status": "resolved",
                           "acknowledged_at": acknowledged.isoformat(timespec="seconds"),
                           "resolved_at": resolved.isoformat(timespec="seconds"), "owner": c.manager})


def _unheard(c: Client, rng: random.Random, end: dt.date) -> None:
    """From the onset, complaints come in every few days and nobody acknowledges them."""
    day = c.onset
    while day <= end:
        if day.weekday() < 5:
            at = _at(rng, day)
            ref = f"{c.ref}i{len(c.interactions) + 1}"
            c.interactions.append({"ref": ref, "client": c.ref, "author": c.manager,
                                   "occurred_at": at.isoformat(), "channel": "email", "kind": "complaint",
                                   "direction": "inbound", "sentiment": rng.choice((-1, -2)),
                                   "effort": rng.randint(3, 5), "summary": f"complaint of {c.name}", "tags": []})
            c.feedback.append({"ref": f"{ref}f", "client": c.ref, "interaction": ref, "raised_at": at.isoformat(),
                               "summary": f"complaint of {c.name}", "severity": "high", "status": "open",
                               "owner": c.manager})
        day += dt.timedelta(days=rng.randint(3, 6))


def _negotiation(c: Client, topic: str, opened: dt.date, target: dt.date, history: list[tuple]) -> None:
    c.negotiations.append({"ref": f"{c.ref}n{len(c.negotiations) + 1}", "client": c.ref, "topic": topic,
                           "opened_at": opened.isoformat(), "status": history[-1][1],
                           "target_date": target.isoformat(),
                           "history": [{"at": at.isoformat(), "status": status, "note": ""}
                                       for at, status in history]})


def _talk(c: Client, rng: random.Random, day: dt.date, sentiment: int) -> None:
    c.interactions.append({"ref": f"{c.ref}i{len(c.interactions) + 1}", "client": c.ref, "author": c.manager,
                           "occurred_at": _at(rng, day).isoformat(), "channel": "meeting", "kind": "negotiation",
                           "direction": "outbound", "sentiment": sentiment, "summary": f"talks with {c.name}",
                           "tags": ["negotiate"]})


def _deadlock(c: Client, rng: random.Random, end: dt.date) -> None:
    """Talks opened before the onset reach deadlock at it, and are escalated a little later."""
    opened = c.onset - dt.timedelta(days=rng.randint(10, 25))
    history = [(dt.datetime.combine(opened, dt.time(10)), "open"),
               (dt.datetime.combine(c.onset, dt.time(16)), "deadlock")]
    escalated = c.onset + dt.timedelta(days=rng.randint(7, 14))
    if escalated <= end:
        history.append((dt.datetime.combine(escalated, dt.time(11)), "escalated"))
    _negotiation(c, "Price for next year", opened, c.onset + dt.timedelta(days=30), history)
    for offset in (0, (c.onset - opened).days // 2):
        _talk(c, rng, opened + dt.timedelta(days=offset), 0)


def _renewal_talks(c: Client, rng: random.Random) -> None:
    """A contract ending soon, talked about in time and agreed."""
    opened = c.contract_end - dt.timedelta(days=rng.randint(65, 85))
    agreed = opened + dt.timedelta(days=rng.randint(10, 25))
    _negotiation(c, "Renewal", opened, opened + dt.timedelta(days=40),
                 [(dt.datetime.combine(opened, dt.time(10)), "open"),
                  (dt.datetime.combine(agreed, dt.time(15)), "agreed")])
    for day in (opened, opened + dt.timedelta(days=7), agreed):
        _talk(c, rng, day, 1)


def _price_talks(c: Client, rng: random.Random, start: dt.date, end: dt.date) -> None:
    """A yearly price negotiation that ends in agreement before its target date."""
    opened = start + dt.timedelta(days=rng.randint(60, HISTORY_DAYS - 60))
    agreed = opened + dt.timedelta(days=rng.randint(5, 20))
    if agreed > end:
        return
    _negotiation(c, "Yearly prices", opened, opened + dt.timedelta(days=30),
                 [(dt.datetime.combine(opened, dt.time(10)), "open"),
                  (dt.datetime.combine(agreed, dt.time(15)), "agreed")])
    _talk(c, rng, opened, 0)


def _bundle(clients: list[Client], managers: list[str], start: dt.date) -> dict:
    contract_start = start - dt.timedelta(days=30)
    return {
        "format": "rapport-bundle", "version": 1,
        "users": [{"ref": ref, "name": f"Manager {ref}", "role": "account_manager"} for ref in managers],
        "clients": [{"ref": c.ref, "name": c.name, "stage": "contracted", "account_manager": c.manager,
                     "contract_start": contract_start.isoformat(), "contract_end": c.contract_end.isoformat()}
                    for c in clients],
        # Contracted only after sales judged each one interesting (the two-stage relationship).
        "qualifications": [{"client": c.ref, "decided_by": c.manager, "decision": "interesting",
                            "decided_at": f"{(contract_start - dt.timedelta(days=20)).isoformat()}T10:00:00",
                            "reason": "Fits the portrait"} for c in clients],
        "interactions": [i for c in clients for i in c.interactions],
        "feedback": [f for c in clients for f in c.feedback],
        "negotiations": [n for c in clients for n in c.negotiations],
    }
