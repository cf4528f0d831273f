"""The demo's phrasebook front: picks a template for a situation and fills its slots.

Templates live per language in app.demo.phrases_{en,ru,uk}. Russian and Ukrainian names decline,
so every person the notes can name carries its case forms; "[masculine|feminine]" agrees
with the contact's gender."""

import datetime as dt
import random
import re
from types import ModuleType

from app.demo import phrases_en as demo_phrases_en
from app.demo import phrases_ru as demo_phrases_ru
from app.demo import phrases_uk as demo_phrases_uk

LANGUAGES: dict[str, ModuleType] = {"en": demo_phrases_en, "ru": demo_phrases_ru, "uk": demo_phrases_uk}

# First names with their forms: genitive, dative, accusative, instrumental; then gender.
FIRST_NAMES = {
    "ru": {
        "Игорь": ("Игоря", "Игорю", "Игоря", "Игорем", "m"), "Сергей": ("Сергея", "Сергею", "Сергея", "Сергеем", "m"),
        "Андрей": ("Андрея", "Андрею", "Андрея", "Андреем", "m"), "Виктор": ("Виктора", "Виктору", "Виктора", "Виктором", "m"),
        "Олег": ("Олега", "Олегу", "Олега", "Олегом", "m"), "Дмитрий": ("Дмитрия", "Дмитрию", "Дмитрия", "Дмитрием", "m"),
        "Павел": ("Павла", "Павлу", "Павла", "Павлом", "m"), "Алексей": ("Алексея", "Алексею", "Алексея", "Алексеем", "m"),
        "Вадим": ("Вадима", "Вадиму", "Вадима", "Вадимом", "m"), "Роман": ("Романа", "Роману", "Романа", "Романом", "m"),
        "Ирина": ("Ирины", "Ирине", "Ирину", "Ириной", "f"), "Марина": ("Марины", "Марине", "Марину", "Мариной", "f"),
        "Елена": ("Елены", "Елене", "Елену", "Еленой", "f"), "Татьяна": ("Татьяны", "Татьяне", "Татьяну", "Татьяной", "f"),
        "Наталья": ("Натальи", "Наталье", "Наталью", "Натальей", "f"), "Ольга": ("Ольги", "Ольге", "Ольгу", "Ольгой", "f"),
        "Юлия": ("Юлии", "Юлии", "Юлию", "Юлией", "f"), "Анна": ("Анны", "Анне", "Анну", "Анной", "f"),
        "Светлана": ("Светланы", "Светлане", "Светлану", "Светланой", "f"),
    },
    "uk": {
        "Олександр": ("Олександра", "Олександрові", "Олександра", "Олександром", "m"),
        "Богдан": ("Богдана", "Богданові", "Богдана", "Богданом", "m"), "Тарас": ("Тараса", "Тарасові", "Тараса", "Тарасом", "m"),
        "Василь": ("Василя", "Василеві", "Василя", "Василем", "m"), "Микола": ("Миколи", "Миколі", "Миколу", "Миколою", "m"),
        "Юрій": ("Юрія", "Юрієві", "Юрія", "Юрієм", "m"), "Остап": ("Остапа", "Остапові", "Остапа", "Остапом", "m"),
        "Віталій": ("Віталія", "Віталієві", "Віталія", "Віталієм", "m"), "Андрій": ("Андрія", "Андрієві", "Андрія", "Андрієм", "m"),
        "Оксана": ("Оксани", "Оксані", "Оксану", "Оксаною", "f"), "Галина": ("Галини", "Галині", "Галину", "Галиною", "f"),
        "Наталія": ("Наталії", "Наталії", "Наталію", "Наталією", "f"), "Ірина": ("Ірини", "Ірині", "Ірину", "Іриною", "f"),
        "Марія": ("Марії", "Марії", "Марію", "Марією", "f"), "Тетяна": ("Тетяни", "Тетяні", "Тетяну", "Тетяною", "f"),
        "Леся": ("Лесі", "Лесі", "Лесю", "Лесею", "f"), "Христина": ("Христини", "Христині", "Христину", "Христиною", "f"),
        "Людмила": ("Людмили", "Людмилі", "Людмилу", "Людмилою", "f"),
    },
    "en": {name: (name, name, name, name, g) for name, g in (
        ("Tom", "m"), ("James", "m"), ("Piotr", "m"), ("Marek", "m"), ("Lukas", "m"), ("Jonas", "m"),
        ("Daniel", "m"), ("Andrei", "m"), ("Agnieszka", "f"), ("Sarah", "f"), ("Emma", "f"), ("Kasia", "f"),
        ("Laura", "f"), ("Ieva", "f"), ("Hannah", "f"))},
}

SURNAMES = {
    "ru": ["Кравец", "Мельник", "Лысенко", "Гончар", "Зайцев", "Орлов", "Шевченко", "Белый", "Кузьменко",
           "Морозов", "Павленко", "Руденко", "Соколов", "Бондаренко", "Ткач"],
    "uk": ["Бойко", "Ковальчук", "Олійник", "Кравчук", "Савчук", "Гнатюк", "Поліщук", "Марченко", "Ярошенко",
           "Дячук", "Петрук", "Возняк", "Костенко", "Гуменюк", "Стасюк"],
    "en": ["Kowalski", "Nowak", "Smith", "Walsh", "Brown", "Murphy", "Lewandowski", "Carter", "Popescu",
           "Fischer", "Hughes", "Zielinski", "Baker"],
}

ROLES = {
    "ru": {"boss": ["директор", "коммерческий директор"], "buyer": ["начальник отдела закупок", "менеджер по закупкам"],
           "finance": ["главный бухгалтер", "финансовый директор"], "quality": ["начальник ОТК", "бренд-менеджер"]},
    "uk": {"boss": ["директор", "комерційний директор"], "buyer": ["керівник відділу закупівель", "менеджер із закупівель"],
           "finance": ["головний бухгалтер", "фінансовий директор"], "quality": ["начальник ВТК", "бренд-менеджер"]},
    "en": {"boss": ["Managing Director", "Head of Operations"], "buyer": ["Head of Procurement", "Purchasing Manager"],
           "finance": ["CFO", "Accounts Payable"], "quality": ["QA Manager", "Brand Manager"]},
}

# Our own people, as the notes name them in each language.
STAFF_FORMS = {
    "ihor": {"ru": ("Игорь", "Игоря", "Игорю", "Игоря", "Игорем"), "uk": ("Ігор", "Ігоря", "Ігореві", "Ігоря", "Ігорем"),
             "en": ("Ihor",) * 5},
    "svitlana": {"ru": ("Светлана", "Светланы", "Светлане", "Светлану", "Светланой"),
                 "uk": ("Світлана", "Світлани", "Світлані", "Світлану", "Світланою"), "en": ("Svitlana",) * 5},
}

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CASES = ("", "_gen", "_dat", "_acc", "_ins")
_GENDERED = re.compile(r"\[([^\[\]|]*)\|([^\[\]]*)\]")


# Words in a note that say how the contact happened: the channel must not contradict them.
CHANNEL_WORDS = {
    "en": ((("call",), r"\b(call|called|phone|rang)\b"), (("email",), r"\b(e-?mail|emailed|wrote|note|sent)\b"),
           (("meeting", "visit"), r"\b(meeting|met|visited)\b")),
    "ru": ((("call",), r"звон|звонок|по телефону|трубк"), (("email",), r"по почте|письм|написал|отправили|выслали|скинули"),
           (("meeting", "visit"), r"встреч|были у них|выезжали")),
    "uk": ((("call",), r"дзвін|дзвон|телефону|слухавк"), (("email",), r"поштою|лист|написал|написав|надіслали|відправили|скинули"),
           (("meeting", "visit"), r"зустріч|були в них|їздили")),
}
_CHANNEL_RES = {lang: [(channels, re.compile(words, re.I)) for channels, words in rules]
                for lang, rules in CHANNEL_WORDS.items()}


def channel_named(lang: str, summary: str, channel: str) -> str:
    """The channel, unless the note's own words ("called", "by email", "met") name another one."""
    for channels, words in _CHANNEL_RES[lang]:
        if words.search(summary):
            return channel if channel in channels else channels[0]
    return channel


# What each situation's sentences allow: the sentiment range (-2 very negative .. +2 very positive)
# and the kinds of interaction. The client's mood moves an entry within its range, never out of it:
# "payment received, nothing owed" is never logged as very negative, nor "approved" as a complaint.
SITUATIONS: dict[str, tuple[tuple[int, int], tuple[str, ...]]] = {
    "order_new": ((0, 2), ("request",)), "order_rush": ((-1, 1), ("request",)),
    "proof_sent": ((0, 1), ("update",)), "proof_approved": ((0, 2), ("update",)),
    "proof_changes": ((-1, 1), ("request",)), "shipped": ((0, 1), ("delivery",)),
    "delivered": ((0, 2), ("delivery",)), "invoice": ((0, 1), ("update",)), "payment": ((0, 2), ("update",)),
    "payment_reminder": ((-1, 0), ("update",)), "review_tense": ((-2, -1), ("update",)),
    "checkin": ((0, 2), ("update",)), "review_meeting": ((0, 2), ("update",)),
    "info_request": ((-1, 1), ("request",)), "info_answer": ((0, 1), ("update",)),
    "suggestion": ((-1, 1), ("feedback",)), "suggestion_done": ((0, 2), ("update",)),
    "praise": ((1, 2), ("praise",)), "staff_praise": ((1, 2), ("praise",)), "like": ((0, 2), ("update",)),
    "ack": ((-1, 1), ("update",)), "repeat": ((-2, -1), ("complaint",)),
    "escalation": ((-2, -1), ("escalation",)), "misconduct": ((-2, -1), ("update", "complaint")),
    "dismissive": ((-2, -1), ("update",)), "capitulating": ((-2, 0), ("update",)),
    "punishing": ((-2, -1), ("update",)), "cool": ((-2, -1), ("update",)),
    "prospect_first": ((0, 2), ("request", "update")), "prospect_meeting": ((0, 2), ("update",)),
    "prospect_samples": ((0, 1), ("update",)), "prospect_proposal": ((0, 1), ("update",)),
    "prospect_followup": ((-1, 1), ("update",)), "declined_note": ((-1, 0), ("update",)),
    "pause": ((-1, 0), ("update",)), "paused_checkin": ((-1, 1), ("update",)), "ended": ((-2, 0), ("update",)),
    "renewal_talk": ((0, 2), ("update",)),
    # the complaint stories (ISSUES) and the rounds of a negotiation (SESSIONS)
    "issue.complaint": ((-2, -1), ("complaint",)), "issue.fix": ((-1, 2), ("update",)),
    "session.open": ((-1, 1), ("negotiation",)), "session.middle": ((-1, 1), ("negotiation",)),
    "session.agreed": ((0, 2), ("negotiation",)), "session.deadlock": ((-2, -1), ("negotiation",)),
}


def situation_templates(lang: str) -> dict[str, list[str]]:
    """Every template of a language's phrasebook by its situation (ISSUES and SESSIONS prefixed)."""
    book = phrases(lang)
    out = {key: list(templates) for key, templates in book.PHRASES.items()}
    for issue in book.ISSUES.values():
        for part in ("complaint", "fix"):
            out.setdefault(f"issue.{part}", []).extend(issue[part])
    for phase, templates in book.SESSIONS.items():
        out[f"session.{phase}"] = list(templates)
    return out


_RANGE_OF: dict[str, dict[str, tuple[int, int]]] = {}


def sentiment_range(lang: str, template: str) -> tuple[int, int]:
    """The sentiment a sentence made from this template allows (any, for a template of no known situation)."""
    if lang not in _RANGE_OF:
        _RANGE_OF[lang] = {t: SITUATIONS[key][0] for key, templates in situation_templates(lang).items()
                           for t in templates}
    return _RANGE_OF[lang].get(template, (-2, 2))


def phrases(lang: str) -> ModuleType:
    return LANGUAGES[lang]


def person_slots(prefix: str, forms: tuple) -> dict[str, str]:
    """{contact}, {contact_gen}, ... from a name's nominative and case forms."""
    return {f"{prefix}{case}": form for case, form in zip(CASES, forms, strict=False)}


def contact_forms(lang: str, first_name: str) -> tuple[tuple, str]:
    """(nominative, genitive, dative, accusative, instrumental) and gender of a first name."""
    gen, dat, acc, ins, gender = FIRST_NAMES[lang][first_name]
    return (first_name, gen, dat, acc, ins), gender


def staff_slots(lang: str, who: str) -> dict[str, str]:
    return person_slots("staff", STAFF_FORMS[who][lang])


def group_digits(lang: str, number: float) -> str:
    text = f"{number:,.0f}"
    return text if lang == "en" else text.replace(",", "\u00a0")


def money(lang: str, amount: float) -> str:
    return phrases(lang).CURRENCY.format(amount).replace(",", "," if lang == "en" else "\u00a0")


def day_slots(lang: str, day: dt.date) -> dict[str, str]:
    book = phrases(lang)
    date = day.strftime("%d.%m") if lang != "en" else f"{day.day} {MONTHS_EN[day.month - 1]}"
    return {"day": book.WEEKDAYS[day.weekday()], "by_day": book.BY_WEEKDAYS[day.weekday()], "date": date}


# Russian "с" becomes "со" before a name starting with с/з/ш/ж and another consonant ("со Светланой").
_RU_SO = re.compile(r"\b([сС]) (?=[СсЗзШшЖж][бвгджзклмнпрстфхцчшщ])")


def fill(template: str, slots: dict, gender: str = "m") -> str:
    """A template with its gendered choices made and its slots filled."""
    chosen = _GENDERED.sub(lambda m: m.group(2 if gender == "f" else 1), template)
    return _RU_SO.sub(r"\1о ", chosen.format_map(slots))


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def say(rng: random.Random, templates: list[str], slots: dict, gender: str, used: set[str]) -> str:
    """A filled template this client's timeline has not shown yet, when one can be found."""
    text = ""
    for template in rng.sample(templates, len(templates)):
        text = first_upper(fill(template, slots, gender))
        if text not in used:
            break
    used.add(text)
    return text
