"""Every entry coded: the policy tag (like, hear, negotiate) and any stance drift proposed for an
entry, each with its reason, learned from the firm's own past coding; and the share of entries coded.

A proposal starts from rules on the entry's kind, direction and sentiment (an inbound complaint is
heard, a negotiation session negotiated, praise and deliveries liked) and learns from the entries
the firm has coded: how it codes each shape of entry (kind, direction, sign of the sentiment) and
which words its like, hear and negotiate entries use (a naive Bayes over the dictionary forms the
search index uses, db/search_words, so Russian, Ukrainian and English words in any form count).
Stance drift is proposed only where the text says so: phrases of dismissal, capitulation or
punishment, or words of entries the firm itself tagged so. An entry showing drift is proposed the
drift tag alone: it fell out of the policy rather than applying it.

Deterministic (no randomness, ties broken in POLICY_TAGS order) and fast: a learned model proposes
for thousands of entries a second; without the firm's coding (a new journal) no word is read.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import Case, fn

from app.common.wording import QT_TRANSLATE_NOOP, Message
from db import search_words
from db.models import Client, Interaction, InteractionTag, Tag, User
from db.vocabulary import DRIFT_TAGS, POLICY_TAGS

CODING_TAGS = POLICY_TAGS + DRIFT_TAGS
RULE_WEIGHT = 6.0  # the rules count as this many of the firm's own entries of the same shape
WORD_SMOOTHING = 0.5
LEARN_FROM = 20_000  # the firm's latest coded entries a model learns from (recent coding counts)
DRIFT_MARGIN = math.log(10.0)  # a drift tag is proposed from words only when ten times likelier than not
MIN_DRIFT_EXAMPLES = 3
DRIFT_PRIOR_MASS = 100.0  # words' weight of the firm's whole vocabulary in a drift tag's own
_CHUNK = 500  # ids per IN (...) within SQLite's limit of bound values


@dataclass(frozen=True)
class Proposal:
    """The tags proposed for one entry, each with why; tags are in POLICY_TAGS/DRIFT_TAGS order."""

    tags: tuple[str, ...]
    reasons: tuple[Message, ...]  # one per tag

    def reason(self, tag: str) -> Message:
        return self.reasons[self.tags.index(tag)]


# ---- the rules: a proposal with nothing learned -------------------------------------------------

REASONS = {
    "negotiation": QT_TRANSLATE_NOOP("Messages", "a negotiation session"),
    "escalation_in": QT_TRANSLATE_NOOP("Messages", "the client escalated"),
    "escalation_out": QT_TRANSLATE_NOOP("Messages", "a hard question taken higher"),
    "complaint": QT_TRANSLATE_NOOP("Messages", "a complaint"),
    "feedback": QT_TRANSLATE_NOOP("Messages", "the client's feedback"),
    "praise": QT_TRANSLATE_NOOP("Messages", "praise from the client"),
    "request_in": QT_TRANSLATE_NOOP("Messages", "an inbound request"),
    "request_out": QT_TRANSLATE_NOOP("Messages", "a request to the client"),
    "delivery": QT_TRANSLATE_NOOP("Messages", "a delivery"),
    "unhappy_in": QT_TRANSLATE_NOOP("Messages", "the client is unhappy"),
    "unhappy_out": QT_TRANSLATE_NOOP("Messages", "a hard conversation with the client"),
    "update_in": QT_TRANSLATE_NOOP("Messages", "news from the client"),
    "update_out": QT_TRANSLATE_NOOP("Messages", "keeping the client informed"),
}
FIRM_HABIT = QT_TRANSLATE_NOOP("Messages", "{count} of {total} such entries coded so")
FIRM_WORDS = QT_TRANSLATE_NOOP("Messages", "like the firm's entries with {words}")
RULE_AND_HABIT = QT_TRANSLATE_NOOP("Messages", "{rule} ({habit})")
FIRM_TAGGED = QT_TRANSLATE_NOOP("Messages", "like entries the firm tagged so")
DRIFT_SAID = QT_TRANSLATE_NOOP("Messages", "the text says so: {words}")


def rule(kind: str | None, direction: str | None, sentiment: int | None) -> tuple[str, str]:
    """The policy tag the rules give an entry of this shape, and the key of its reason."""
    inbound = direction == "inbound"
    negative = sentiment is not None and sentiment <= -1
    if kind == "negotiation":
        return "negotiate", "negotiation"
    if kind == "escalation":
        return ("hear", "escalation_in") if inbound or direction is None else ("negotiate", "escalation_out")
    if kind in ("complaint", "feedback"):
        return "hear", kind
    if kind == "praise":
        return "like", "praise"
    if kind == "request":
        return ("hear", "request_in") if inbound or direction is None else ("like", "request_out")
    if negative:
        return "hear", "unhappy_in" if inbound else "unhappy_out"
    if kind == "delivery":
        return "like", "delivery"
    return ("hear", "update_in") if inbound else ("like", "update_out")


def shape(kind: str | None, direction: str | None, sentiment: int | None) -> tuple:
    sign = 0 if sentiment is None else (sentiment > 0) - (sentiment < 0)
    return kind or "", direction or "", sign


# Stance drift said in so many words (folded text: lower case, ё as е, one apostrophe).
DRIFT_PHRASES = {
    "dismissive": [
        r"nothing to discuss", r"not our (?:problem|fault|concern)", r"their (?:own )?(?:fault|problem|responsibility)",
        r"we know better", r"other clients too", r"клиент\? кто это", r"клієнт\? хто це", r"мы лучше знаем",
        r"ми краще знаємо", r"ships? when it ships", r"not (?:worth|our) (?:the )?time",
        r"обсуждать нечего", r"не наша проблема", r"сами виноват", r"нам виднее", r"есть и другие клиенты",
        r"утверждали они сами", r"не наши проблемы",
        r"обговорювати нічого", r"не наша проблема", r"самі винні", r"нам видніше", r"є й інші клієнти",
        r"затверджували вони самі",
    ],
    "capitulating": [
        r"for free although", r"without asking anything in return", r"(?:client|customer) is always right",
        r"to calm \w+(?: \w+)? down", r"promised (?:what|something) we (?:cannot|can't|could not)",
        r"agreed to everything", r"пообещали (?:то, )?что (?:\w+ )*не (?:сможем|можем|сможет)", r"согласились на вс[её]",
        r"пообіцяли (?:те, )?що (?:\w+ )*не (?:зможемо|можемо|зможе)", r"погодилися на вс[еі]", r"although production says", r"whatever (?:they|the client) (?:want|ask)",
        r"бесплатно, хотя", r"просто так", r"клиент всегда прав", r"лишь бы", r"хотя цех говорит",
        r"безкоштовно, хоча", r"клієнт завжди правий", r"аби (?:тільки |лише )?\w+ заспоко", r"хоча цех каже",
    ],
    "punishing": [
        r"(?:back|end) of the queue", r"with their attitude", r"because of how", r"teach them a lesson",
        r"конец очереди", r"при таком отношении", r"нахамил", r"нагрубил", r"rude back", r"were rude to", r"проучить", r"в наказание",
        r"кінець черги", r"за такого ставлення", r"нахамил", r"нагрубил", r"провчити", r"на покарання",
    ],
}
_DRIFT_RE = {tag: re.compile("|".join(phrases)) for tag, phrases in DRIFT_PHRASES.items()}


_FOLD = str.maketrans({"ё": "е"} | {c: "'" for c in search_words.APOSTROPHES})


def _folded(text: str) -> str:
    return search_words.nfc(text).casefold().translate(_FOLD)


# ---- what the firm's own coding teaches -----------------------------------------------------------

@dataclass(frozen=True)
class _Tables:
    policy: dict[str, tuple[float, ...]]  # word -> log P(word | tag) for each policy tag
    drift: dict[str, dict[str, float]]  # drift tag -> word -> log P(word | tag) - log P(word | not tag)
    drift_prior: dict[str, float]  # drift tag -> log odds of the tag before reading (tags seen often enough)

    @classmethod
    def of(cls, model: CodingModel) -> _Tables:
        size = len(model.all_words)

        def log_p(count: int, total: int) -> float:
            return math.log((count + WORD_SMOOTHING) / (total + WORD_SMOOTHING * size))

        policy = {w: tuple(log_p(model.words[t][w], model.totals[t]) for t in POLICY_TAGS) for w in model.all_words}
        drift, prior = {}, {}
        everything = sum(model.totals.values())
        p_all = {w: (count + WORD_SMOOTHING) / (everything + WORD_SMOOTHING * size)
                     for w, count in model.all_words.items()}
        for tag in DRIFT_TAGS:
            n = model.entries[tag]
            if n < MIN_DRIFT_EXAMPLES:
                continue
            prior[tag] = math.log((n + 1) / (model.learned - n + 1))
            # A drift tag has few entries: smoothed towards how common each word is in all coded
            # entries (a Dirichlet prior), a word it never used counts a little against it, as it should,
            # instead of for it (add-half smoothing over a small total favours every rare word).
            mine, total, rest_total = model.words[tag], model.totals[tag], everything - model.totals[tag]
            drift[tag] = {w: math.log((mine[w] + DRIFT_PRIOR_MASS * p_all[w]) / (total + DRIFT_PRIOR_MASS))
                          - log_p(count - mine[w], rest_total) for w, count in model.all_words.items()}
        return cls(policy, drift, prior)


@dataclass
class CodingModel:
    """What the firm's coded entries say: how each shape of entry is coded, and the words of each tag."""

    shapes: dict[tuple, Counter] = field(default_factory=dict)  # shape -> policy tag -> entries
    words: dict[str, Counter] = field(default_factory=lambda: {t: Counter() for t in CODING_TAGS})
    totals: Counter = field(default_factory=Counter)  # tag -> words counted
    entries: Counter = field(default_factory=Counter)  # tag -> entries
    all_words: Counter = field(default_factory=Counter)  # every coded entry's words
    learned: int = 0  # coded entries read
    _tables: _Tables | None = field(default=None, repr=False, compare=False)

    def knows_words(self) -> bool:
        return bool(self.all_words)

    def tables(self) -> _Tables:
        """Each known word's log-likelihood per policy tag and its weight for each drift tag, computed
        once per model, so proposing is a few lookups a word."""
        if self._tables is None:
            self._tables = _Tables.of(self)
        return self._tables


def _tokens(summary: str, notes: str) -> tuple[list[str], list[str]]:
    """(folded forms, dictionary forms) of an entry's words, one each per word, short words left out."""
    forms, lemmas = search_words.index_lines(f"{summary or ''}\n{notes or ''}")
    pairs = [(f, lm) for f, lm in zip(forms.split(), lemmas.split(), strict=False) if len(lm) > 2 and not lm.isdigit()]
    return [f for f, _ in pairs], [lm for _, lm in pairs]


def learn(rows: Iterable[tuple], model: CodingModel | None = None) -> CodingModel:
    """A model from coded entries: rows of (kind, direction, sentiment, summary, notes, tags); given
    a model, it learns these too."""
    model = model if model is not None else CodingModel()
    model._tables = None
    for kind, direction, sentiment, summary, notes, tags in rows:
        policy = [t for t in POLICY_TAGS if t in tags]
        drift = [t for t in DRIFT_TAGS if t in tags]
        if not policy and not drift:
            continue
        model.learned += 1
        words = set(_tokens(summary, notes)[1])
        model.all_words.update(words)
        for tag in policy + drift:
            model.entries[tag] += 1
            model.words[tag].update(words)
            model.totals[tag] += len(words)
        if policy and not drift:  # a drifting entry says nothing of how the policy is applied
            counts = model.shapes.setdefault(shape(kind, direction, sentiment), Counter())
            for tag in policy:
                counts[tag] += 1
    return model


EMPTY_MODEL = CodingModel()
_cache_lock = threading.Lock()
_cache: dict = {}


def firm_model() -> CodingModel:
    """The model of this journal's own coding, learned again only when its coding changed."""
    key = _coding_key()
    with _cache_lock:
        if _cache.get("key") == key:
            return _cache["model"]
    model = learn(_coded_rows())
    with _cache_lock:
        _cache.update(key=key, model=model)
    return model


def _coding_key() -> tuple:
    from db.models import db

    coded = (InteractionTag.select(fn.COUNT(InteractionTag.interaction), fn.MAX(InteractionTag.interaction))
             .join(Tag).where(Tag.name.in_(CODING_TAGS)).tuples().first())
    return id(db.obj), db.obj.database if db.obj is not None else None, tuple(coded or ())


def _coded_rows() -> list[tuple]:
    """The latest LEARN_FROM coded entries as rows for learn(), in two queries per chunk of ids."""
    tagged: dict[int, list[str]] = {}
    query = (InteractionTag.select(InteractionTag.interaction_id, Tag.name).join(Tag)
             .where(Tag.name.in_(CODING_TAGS)).order_by(InteractionTag.interaction.desc()).tuples())
    for interaction_id, name in query:
        if interaction_id not in tagged and len(tagged) >= LEARN_FROM:
            break
        tagged.setdefault(interaction_id, []).append(name)
    ids = sorted(tagged)
    rows = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for iid, kind, direction, sentiment, summary, notes in (
                Interaction.select(Interaction.id, Interaction.kind, Interaction.direction, Interaction.sentiment,
                                   Interaction.summary, Interaction.notes)
                .where(Interaction.id.in_(chunk)).order_by(Interaction.id).tuples()):
            rows.append((kind, direction, sentiment, summary, notes, tagged[iid]))
    return rows


def coding_key() -> tuple:
    """What the learned model depends on; read it before a write, then give it to remember_coded."""
    return _coding_key()


def remember_coded(key_before: tuple, rows: list[tuple]) -> None:
    """The entries just coded, added to the learned model (if it was learned from the journal as it was
    before the write), so a bulk acceptance does not have the whole journal read again."""
    with _cache_lock:
        if _cache.get("key") != key_before:
            return
        model = copy.deepcopy(_cache["model"])  # proposals being made with the old one read it meanwhile
    learn(rows, model)
    key = _coding_key()
    with _cache_lock:
        if _cache.get("key") == key_before:
            _cache.update(key=key, model=model)


def forget_firm_model() -> None:
    """Drop the learned model (another journal opened)."""
    with _cache_lock:
        _cache.clear()


# ---- proposing ---------------------------------------------------------------------------------

def propose(kind: str | None, direction: str | None = None, sentiment: int | None = None, summary: str = "",
            notes: str = "", model: CodingModel | None = None) -> Proposal:
    """The tags proposed for an entry, each with its reason (see the module docstring)."""
    model = model or EMPTY_MODEL
    text = f"{summary or ''}\n{notes or ''}"
    forms, lemmas = _tokens(summary, notes) if model.knows_words() and text.strip() else ([], [])
    drift = _drift(text, forms, lemmas, model)
    if drift:
        return Proposal(tuple(t for t, _ in drift), tuple(r for _, r in drift))
    tag, reason = _policy(kind, direction, sentiment, forms, lemmas, model)
    return Proposal((tag,), (reason,))


def _policy(kind, direction, sentiment, forms, lemmas, model: CodingModel) -> tuple[str, Message]:
    rule_tag, rule_key = rule(kind, direction, sentiment)
    seen = model.shapes.get(shape(kind, direction, sentiment), Counter())
    total = sum(seen.values())
    scores = [math.log((seen[tag] + RULE_WEIGHT * (0.8 if tag == rule_tag else 0.1)) / (total + RULE_WEIGHT))
              for tag in POLICY_TAGS]
    table = model.tables().policy
    known = [w for w in dict.fromkeys(lemmas) if w in table]
    for w in known:
        for i, value in enumerate(table[w]):
            scores[i] += value
    best_i = max(range(len(POLICY_TAGS)), key=lambda i: (scores[i], -i))
    best = POLICY_TAGS[best_i]
    if best == rule_tag:
        if total >= 5 and seen[best] * 2 > total:
            return best, Message(RULE_AND_HABIT, rule=Message(REASONS[rule_key]),
                                 habit=Message(FIRM_HABIT, count=seen[best], total=total))
        return best, Message(REASONS[rule_key])
    margin = {w: table[w][best_i] - max(v for i, v in enumerate(table[w]) if i != best_i) for w in known}
    telling = [w for w in sorted((w for w in known if len(w) > 3), key=lambda w: -margin[w])[:2] if margin[w] > 0]
    if telling:
        return best, Message(FIRM_WORDS, words=_shown_words(telling, forms, lemmas))
    if seen[best] * 2 > total:
        return best, Message(FIRM_HABIT, count=seen[best], total=total)
    return best, Message(FIRM_TAGGED)


def _drift(text: str, forms, lemmas, model: CodingModel) -> list[tuple[str, Message]]:
    found = []
    folded = _folded(text)
    for tag in DRIFT_TAGS:
        match = _DRIFT_RE[tag].search(folded)
        if match:
            found.append((tag, Message(DRIFT_SAID, words=f"“{match.group(0)}”")))
            continue
        learned = _learned_drift(tag, forms, lemmas, model)
        if learned:
            found.append((tag, learned))
    return found


def _learned_drift(tag: str, forms, lemmas, model: CodingModel) -> Message | None:
    tables = model.tables()
    if tag not in tables.drift_prior or not lemmas:
        return None
    gains = tables.drift[tag]
    known = [w for w in dict.fromkeys(lemmas) if w in gains]
    score = tables.drift_prior[tag] + sum(gains[w] for w in known)
    if score <= DRIFT_MARGIN:
        return None
    telling = [w for w in sorted((w for w in known if len(w) > 3), key=lambda w: -gains[w])[:2] if gains[w] > 0]
    if not telling:
        return Message(FIRM_TAGGED)
    return Message(FIRM_WORDS, words=_shown_words(telling, forms, lemmas))


def _shown_words(wanted: list[str], forms: list[str], lemmas: list[str]) -> str:
    """The words of the entry itself (as typed, folded) that stand for these dictionary forms."""
    shown = [next((f for f, lm in zip(forms, lemmas, strict=False) if lm == w), w) for w in wanted]
    return ", ".join(f"“{w}”" for w in shown)


def propose_for(interaction: Interaction, model: CodingModel | None = None) -> Proposal:
    return propose(interaction.kind, interaction.direction, interaction.sentiment, interaction.summary,
                   interaction.notes, model)


# ---- the share of entries coded ----------------------------------------------------------------

@dataclass(frozen=True)
class CodedShare:
    """How many entries of a period carry a policy or stance-drift tag."""

    coded: int
    total: int

    @property
    def share(self) -> float | None:
        return self.coded / self.total if self.total else None


def in_period(query, since: dt.date | None, until: dt.date | None):
    if since:
        query = query.where(Interaction.occurred_at >= dt.datetime.combine(since, dt.time()))
    if until:
        query = query.where(Interaction.occurred_at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()))
    return query


def coded_condition():
    """An interaction carries a policy or stance-drift tag."""
    return Interaction.id.in_(InteractionTag.select(InteractionTag.interaction).join(Tag).where(
        Tag.name.in_(CODING_TAGS)))


def manager_of_entry():
    """Whose entry it is: who logged it, or (nobody signed it) the client's account manager; as the
    dashboard's stance drift per manager counts it."""
    return fn.COALESCE(Interaction.author, Client.account_manager)


def coded_share(since: dt.date | None, until: dt.date | None, manager_id: int | None = None,
                segment: str | None = None) -> CodedShare:
    """The share of the period's entries coded, for the firm, one manager's entries or one segment."""
    coded = fn.SUM(Case(None, ((coded_condition(), 1),), 0))
    query = in_period(Interaction.select(fn.COUNT(Interaction.id), coded).join(Client), since, until)
    if manager_id is not None:
        query = query.where(manager_of_entry() == manager_id)
    if segment is not None:
        query = query.where(Client.segment == segment)
    total, done = query.tuples().first() or (0, 0)
    return CodedShare(int(done or 0), int(total or 0))


def coded_share_by_manager(since: dt.date | None, until: dt.date | None) -> list[tuple[str, CodedShare]]:
    """The share coded per manager (name; "" for entries nobody holds), lowest share first."""
    who = manager_of_entry()
    coded = fn.SUM(Case(None, ((coded_condition(), 1),), 0))
    query = in_period(Interaction.select(who, fn.COUNT(Interaction.id), coded).join(Client), since, until).group_by(who)
    rows = list(query.tuples())
    names = {u.id: u.name for u in User.select(User.id, User.name)}
    out = [(names.get(uid, ""), CodedShare(int(done or 0), int(total))) for uid, total, done in rows]
    return sorted(out, key=lambda r: (r[1].share if r[1].share is not None else 1.0, r[0]))
