"""Words a journal table may use, in English, Russian and Ukrainian: column headers and values."""

import re

# Column headers, per field of the journal table (app.exchange.table.exporter.COLUMNS, plus a separate time).
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "client": ("client", "client name", "customer", "company", "клиент", "компания", "заказчик",
               "клієнт", "компанія", "замовник"),
    "contact": ("contact", "contact person", "person", "контакт", "контактное лицо", "контактна особа"),
    "author": ("author", "user", "manager", "account manager", "employee", "автор", "менеджер",
               "сотрудник", "пользователь", "співробітник", "працівник", "користувач"),
    "occurred_at": ("occurred_at", "occurred at", "date", "datetime", "date time", "when", "дата",
                    "дата и время", "когда", "дата і час", "коли"),
    "time": ("time", "время", "час"),
    "channel": ("channel", "via", "канал", "способ связи", "спосіб звязку"),
    "kind": ("kind", "type", "тип", "вид", "характер"),
    "direction": ("direction", "направление", "напрям", "напрямок"),
    "sentiment": ("sentiment", "mood", "tone", "настроение", "тон", "настрій"),
    "effort": ("effort", "client effort", "усилия", "усилие", "зусилля"),
    "summary": ("summary", "subject", "topic", "title", "суть", "содержание", "тема", "кратко",
                "зміст", "коротко"),
    "notes": ("notes", "note", "comment", "comments", "details", "примечание", "примечания", "заметки",
              "комментарий", "примітки", "примітка", "нотатки", "коментар"),
    "tags": ("tags", "tag", "labels", "теги", "тег", "метки", "мітки", "теґи"),
    "follow_up_due": ("follow_up_due", "follow up due", "follow up", "follow-up", "due", "срок",
                      "обещано к", "термін", "строк"),
    "follow_up_done": ("follow_up_done", "follow up done", "done", "выполнено", "сделано", "виконано",
                       "зроблено"),
}

# Stored vocabulary words (English), with what a Russian or Ukrainian table may say instead.
VALUE_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "channel": {
        "call": ("звонок", "телефон", "дзвінок"),
        "email": ("e-mail", "mail", "почта", "письмо по почте", "имейл", "пошта", "електронна пошта",
                  "электронная почта"),
        "meeting": ("встреча", "зустріч"),
        "chat": ("чат", "мессенджер", "месенджер"),
        "visit": ("визит", "візит"),
        "letter": ("письмо", "лист"),
        "other": ("другое", "інше"),
    },
    "kind": {
        "update": ("обновление", "информация", "оновлення", "інформація"),
        "request": ("запрос", "просьба", "запит", "прохання"),
        "feedback": ("отзыв", "обратная связь", "відгук", "зворотний звязок"),
        "complaint": ("жалоба", "претензия", "скарга", "претензія"),
        "negotiation": ("переговоры", "переговори"),
        "praise": ("похвала", "благодарность", "подяка"),
        "escalation": ("эскалация", "ескалація"),
        "delivery": ("поставка", "доставка", "постачання"),
    },
    "direction": {
        "inbound": ("in", "incoming", "входящий", "входящее", "вхідний", "вхідне"),
        "outbound": ("out", "outgoing", "исходящий", "исходящее", "вихідний", "вихідне"),
    },
    "tags": {
        "like": ("нравиться", "понравиться", "радовать", "подобатися", "сподобатися"),
        "hear": ("слышать", "услышать", "чути", "почути"),
        "negotiate": ("договариваться", "договориться", "домовлятися", "домовитися"),
        "staff_praise": ("похвала сотрудника", "похвала співробітника"),
        "client_misconduct": ("грубость клиента", "грубість клієнта"),
    },
}

# The words the screens show for stored values (docs/glossary.md), so what a person copies from
# the screen into a table reads back as the same value.
SCREEN_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "channel": {"email": ("эл. почта", "ел. пошта")},
    "kind": {"update": ("новости", "новини")},
    "tags": {"dismissive": ("пренебрежение", "зневага"), "capitulating": ("капитуляция", "капітуляція"),
             "punishing": ("наказание", "покарання"),
             "staff_praise": ("похвала сотруднику", "похвала працівнику")},
}
for _kind, _table in SCREEN_WORDS.items():
    for _stored, _words in _table.items():
        VALUE_SYNONYMS[_kind][_stored] = (*VALUE_SYNONYMS[_kind].get(_stored, ()), *_words)


def header_key(text) -> str:
    """A header or value reduced to its letters and digits, so 'Follow-up due' == 'follow_up_due'."""
    text = str(text or "").casefold().replace("ё", "е").replace("ʼ", "").replace("'", "").replace("’", "")
    return re.sub(r"[\W_]+", "", text)


_HEADERS = {header_key(name): field for field, names in HEADER_SYNONYMS.items() for name in names}
_VALUES = {kind: {header_key(word): stored for stored, words in table.items() for word in (stored, *words)}
           for kind, table in VALUE_SYNONYMS.items()}


def field_for_header(header) -> str | None:
    return _HEADERS.get(header_key(header))


def stored_word(kind: str, value: str) -> str:
    """The stored English word for a value in any of the three languages (unchanged if unknown)."""
    return _VALUES[kind].get(header_key(value), value.strip())
