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
