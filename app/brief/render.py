"""A brief laid out once as blocks (headings, fields, tables, lists), then written as Markdown or DOCX.

The PDF (and the desktop's print preview) draws the same blocks through Qt: app.brief.pdf.
"""

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from app.brief.contents import Brief, BriefAction, BriefNegotiation
from app.brief.labels import LABELS
from app.common.wording import Number


def _plain_word(kind: str, value: str) -> str:
    return (value or "").replace("_", " ")


def _iso_date(day: dt.date) -> str:
    return day.isoformat()


def _iso_datetime(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _plain_number(number: float, decimals: int | None = None) -> str:
    """English digits grouped by thin spaces: 12 000, 98.1."""
    if decimals is None:
        decimals = 0 if float(number).is_integer() else 2
    return f"{number:,.{decimals}f}".replace(",", "\u202f")


def _engine_detail(factor: str, values: dict, detail: str) -> str:
    return detail


LETTER_TERRITORIES = ("US", "CA")  # where paper is US Letter; A4 everywhere else


def paper_for_locale(name: str | None = None) -> str:
    """"letter" or "a4" for a locale name such as en_US.UTF-8 or ru_RU (default: the system's paper locale)."""
    import os

    if name is None:
        name = next((os.environ[k] for k in ("LC_ALL", "LC_PAPER", "LANG") if os.environ.get(k)), "")
    territory = name.split(".")[0].split("@")[0].partition("_")[2].upper()
    return "letter" if territory in LETTER_TERRITORIES else "a4"


@dataclass
class Wording:
    """How the brief says things: its labels, vocabulary words, dates and numbers (English by default)."""

    labels: Mapping[str, str] = field(default_factory=lambda: dict(LABELS))
    word: Callable[[str, str], str] = _plain_word  # (kind, stored value) -> display text
    date: Callable[[dt.date], str] = _iso_date
    datetime: Callable[[dt.datetime], str] = _iso_datetime
    number: Callable[..., str] = _plain_number  # (value, decimals or None for as many as it needs)
    reason: Callable[[str, dict, str], str] = _engine_detail  # (factor, values, detail) -> sentence
    health: Callable[[str], str] = str  # a text of the health engine's own words ("Health") in this language
    paper: str = field(default_factory=paper_for_locale)  # "a4" or "letter"

    def value(self, value) -> str:
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            return self.datetime(value)
        if isinstance(value, dt.date):
            return self.date(value)
        if isinstance(value, Number):  # a fixed count of decimals, none for a whole number: 93, 91.3
            return self.number(float(value), 0 if float(value).is_integer() else value.decimals)
        if isinstance(value, float):
            return self.number(value)
        return str(value)

    def text(self, key: str, **values) -> str:
        shown = {k: self.value(v) for k, v in values.items()}
        try:
            return self.labels.get(key, LABELS[key]).format(**shown)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return LABELS[key].format(**shown)


def current_wording() -> Wording:
    """The brief in the language installed for messages (app.common.wording), as the command line uses it.

    Labels, vocabulary words and health reasons come from the same translations as the desktop's."""
    from app.common import wording
    from app.health.reason_words import reason_sentence

    def word(kind: str, value: str) -> str:
        # The desktop's vocabulary labels (context "Labels") are keyed by the word itself.
        return wording.translated("Labels", (value or "").replace("_", " "))

    return Wording(labels={key: wording.translated("Brief", text) for key, text in LABELS.items()},
                   word=word, date=lambda day: wording.shown_value(day), datetime=lambda m: wording.shown_value(m),
                   number=lambda value, decimals=None: wording.shown_value(Number(
                       value, decimals if decimals is not None else 0 if float(value).is_integer() else 2)),
                   reason=reason_sentence, health=lambda text: wording.translated("Health", text))


def fit_shares(planned: list[float], needs: list[float]) -> list[float]:
    """Column widths (per cent) of at least needs[i] each, as close to planned as a total of 100 allows.

    A column too narrow for its longest word takes the room from the columns with the most to spare."""
    if sum(needs) >= 100:
        return [n * 100 / sum(needs) for n in needs]
    widths = [max(p, n) for p, n in zip(planned, needs, strict=True)]
    for _ in range(len(widths)):
        excess = sum(widths) - 100
        spare = [w - n for w, n in zip(widths, needs, strict=True)]
        if excess <= 1e-6 or sum(spare) <= 0:
            break
        widths = [w - excess * s / sum(spare) for w, s in zip(widths, spare, strict=True)]
    return widths


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Paragraph:
    text: str
    small: bool = False
    caption: bool = False  # introduces the table below it


@dataclass
class Fields:
    rows: list[tuple[str, str]]


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: tuple[int, ...] = ()  # per cent of the page width, per column (paper formats only)


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Layout:
    """A brief ready to write: title, the running header's text, and its blocks in order."""

    title: str
    running_header: str
    blocks: list


def lay_out(brief: Brief, w: Wording | None = None) -> Layout:
    w = w or Wording()
    blocks: list = [Heading(1, w.text("title", client=brief.client)),
                    Paragraph(w.text("prepared", date=brief.as_of), small=True)]
    if brief.date_from or brief.date_to:
        blocks.append(Paragraph(w.text("period", start=brief.date_from or "...", end=brief.date_to or brief.as_of),
                                small=True))
    if brief.tags:
        blocks.append(Paragraph(w.text("period_tags", tags=", ".join(w.word("tag", t) for t in brief.tags)),
                                small=True))
    for section in (_client, _health, _points, _contacts, _feedback, _negotiations, _promises, _respect,
                    _interactions):
        blocks.extend(section(brief, w))
    return Layout(w.text("title", client=brief.client),
                  f"{brief.client} · {w.date(brief.as_of)}", blocks)


def _client(b: Brief, w: Wording) -> list:
    contract = " – ".join(w.value(d) for d in (b.contract_start, b.contract_end) if d) or "-"
    rows = [(w.text("f.stage"), w.word("stage", b.stage)), (w.text("f.segment"), b.segment or "-"),
            (w.text("f.manager"), b.account_manager or "-"), (w.text("f.contract"), contract),
            (w.text("f.value"), w.value(b.contract_value) or "-"),
            (w.text("f.rhythm"), w.text("f.days", n=b.contact_every_days) if b.contact_every_days else "-")]
    if b.notes.strip():
        rows.append((w.text("f.notes"), b.notes.strip()))
    return [Heading(2, w.text("sec.client")), Fields(rows)]


def _health(b: Brief, w: Wording) -> list:
    blocks: list = [Heading(2, w.text("sec.health"))]
    h = b.health
    trend = "-" if h.trend_30d is None else _signed(h.trend_30d)
    rows = [(w.text("f.score"), w.value(h.score)), (w.text("f.band"), w.word("band", h.band)),
            (w.text("f.trend"), trend)]
    if h.warning:
        rows.append((w.text("f.warning"), w.text("warning.yes")))
    if h.pulse:
        reading = w.word("reading", h.pulse)
        comment = h.pulse_comment.strip()
        rows.append((w.text("f.pulse"), w.text("f.pulse_comment", reading=reading, comment=comment) if comment
                     else reading))
    if h.warning:
        rows.append((w.text("f.why_now"), _why_now(b, w)))
    blocks.append(Fields(rows))
    if h.reasons:
        blocks.append(Paragraph(w.text("f.reasons"), caption=True))
        blocks.append(Table([w.text("f.factor"), w.text("f.points")],
                            [[_reason(w, factor, values, detail, h.sure.get(factor, 1.0)), _signed(round(points))]
                             for factor, points, detail, values in h.reasons], (88, 12)))
    return blocks


def _reason(w: Wording, factor: str, values: dict, detail: str, sure: float) -> str:
    """A reason as the Health tab words it, saying how sure the engine is when it read a sample."""
    from app.health.reason_words import SURE_ENOUGH

    sentence = w.reason(factor, values, detail)
    if sure >= SURE_ENOUGH:
        return sentence
    return w.text("f.reason_sure", reason=sentence, percent=w.text("f.percent", value=round(sure * 100)))


def _why_now(b: Brief, w: Wording) -> str:
    """An early warning explained as the Health tab explains it: since when, why, what would clear it."""
    from app.health.reason_words import CLEARED_BY, FACTOR_NAMES, WHY_NOW_SHOWN

    h = b.health
    parts = []
    if h.previous_score is not None:
        parts.append(w.text("why.fell", since=b.as_of - dt.timedelta(days=30), before=h.previous_score, now=h.score))
    shown = h.why_now[:WHY_NOW_SHOWN]
    if shown:
        parts.append(w.text("why.causes", causes=", ".join(
            f"{w.health(FACTOR_NAMES.get(f, f))} {_signed(p)}" for f, p in shown)))
        clears = "; ".join(w.health(CLEARED_BY[f]) for f, _p in shown if f in CLEARED_BY)
        if clears:
            parts.append(w.text("why.clears", clears=clears))
    return " ".join(parts) or w.text("warning.yes")


def _contacts(b: Brief, w: Wording) -> list:
    if not b.contacts:
        return [Heading(2, w.text("sec.contacts")), Paragraph(w.text("none"))]
    return [Heading(2, w.text("sec.contacts")),
            Table([w.text(k) for k in ("f.name", "f.role", "f.email", "f.phone")], [list(c) for c in b.contacts],
                  (24, 24, 30, 22))]


def _feedback(b: Brief, w: Wording) -> list:
    blocks: list = [Heading(2, w.text("sec.feedback"))]
    if not b.feedback:
        return blocks + [Paragraph(w.text("none"))]
    rows = [[w.value(f.raised_at), f.summary, w.word("severity", f.severity), w.word("feedback_status", f.status),
             f.owner, w.text("f.clock_late" if f.late else "f.clock_value", hours=Number(f.hours_open, 1)),
             str(f.repeat_contacts) if f.repeat_contacts else ""] for f in b.feedback]
    headers = [w.text(k) for k in ("f.raised", "f.summary", "f.severity", "f.status", "f.owner", "f.clock",
                                   "f.repeats")]
    return blocks + [Table(headers, rows, (12, 34, 9, 11, 14, 13, 7))]


def _actions_table(actions: list[BriefAction], w: Wording) -> Table:
    return Table([w.text(k) for k in ("f.text", "f.owner", "f.due", "f.done", "f.kept")],
                 [[a.description, a.owner, w.value(a.due), w.value(a.done_at), w.text(f"state.{a.state}")]
                  for a in actions], (40, 18, 13, 13, 16))


def _negotiation(item: BriefNegotiation, w: Wording) -> list:
    n = item.detail
    rows = [(w.text("f.status"), w.word("negotiation_status", n.status)), (w.text("f.opened"), w.value(n.opened_at)),
            (w.text("f.target"), w.value(n.target_date) or "-")]
    for key, value in (("f.client_position", n.client_position), ("f.our_position", n.our_position),
                       ("f.contract_refs", n.contract_refs), ("f.spec_refs", n.spec_refs),
                       ("f.options", n.options), ("f.outcome", n.outcome)):
        if value.strip():
            rows.append((w.text(key), value.strip()))
    blocks: list = [Heading(3, n.topic), Fields(rows)]
    for key, entries in (("f.positions", n.positions), ("f.concessions", n.concessions)):
        if entries:
            blocks += [Paragraph(w.text(key), caption=True),
                       Table([w.text("f.when"), w.text("f.side"), w.text("f.text")],
                             [[w.value(e.at), w.text(f"side.{e.side_or_status}"), e.text] for e in entries],
                             (18, 10, 72))]
    if item.actions:
        blocks += [Paragraph(w.text("f.actions"), caption=True), _actions_table(item.actions, w)]
    return blocks


def _negotiations(b: Brief, w: Wording) -> list:
    blocks: list = [Heading(2, w.text("sec.negotiations"))]
    if not b.negotiations:
        return blocks + [Paragraph(w.text("none"))]
    for n in b.negotiations:
        blocks += _negotiation(n, w)
    return blocks


def _promises(b: Brief, w: Wording) -> list:
    if not b.promises:
        return []
    return [Heading(2, w.text("sec.promises")), _actions_table(b.promises, w)]


def _respect(b: Brief, w: Wording) -> list:
    """Misconduct towards our people (to support them) and praise of them, each with the colleague named."""
    if not b.respect:
        return []
    rows = [[w.value(r.at), w.word("tag", r.tag), r.colleague or "-", r.summary] for r in b.respect]
    headers = [w.text(k) for k in ("f.when", "f.text", "f.colleague", "f.summary")]
    return [Heading(2, w.text("sec.respect")), Paragraph(w.text("respect.note"), small=True),
            Table(headers, rows, (14, 18, 18, 50))]


def _interactions(b: Brief, w: Wording) -> list:
    blocks: list = [Heading(2, w.text("sec.interactions"))]
    if not b.interactions:
        return blocks + [Paragraph(w.text("none"))]
    headers = [w.text(k) for k in ("f.when", "f.channel_kind", "f.author", "f.sentiment", "f.summary", "f.tags")]
    rows = [[w.value(r.occurred_at), f"{w.word('channel', r.channel)},\n{w.word('kind', r.kind)}", r.author,
             _signed(r.sentiment), r.summary, ", ".join(w.word("tag", t) for t in r.tags)] for r in b.interactions]
    return blocks + [Table(headers, rows, (12, 11, 12, 6, 51, 8))]


def _signed(number: int | None) -> str:
    """+2, 0, −27 (a true minus sign, as the screens write it)."""
    return "" if number is None else f"{number:+d}".replace("-", "\u2212") if number else "0"


def _points(b: Brief, w: Wording) -> list:
    blocks: list = [Heading(2, w.text("sec.points"))]
    for key, points in (("sec.like", b.like), ("sec.hear", b.hear), ("sec.negotiate", b.negotiate)):
        blocks += [Heading(3, w.text(key)), Bullets([w.text(p.template, **p.values) for p in points])]
    return blocks
