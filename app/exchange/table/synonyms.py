"""What other programs call the journal table's columns and values, in English, Russian and Ukrainian.

Gathered from the export and import formats of Salesforce (Task, Event, activity reports),
HubSpot (activity exports), Pipedrive (activities), Zoho CRM (Calls, Tasks, Meetings),
Dynamics 365 (activities, phone calls), amoCRM, Bitrix24 (leads, activities), 1C (events) and
Odoo (lead template), and from public support-ticket data sets. Case, spaces, "-", "_" and "/"
do not matter (vocabulary.header_key). Within a field the names come best first: when a file
has two columns for one field ("Activity Date" and "Created Date"), the better one takes it.
A name may stand under two fields ("Due Date": the activity's date in Pipedrive and Salesforce,
else a follow-up): the column takes the first field no better-named column holds.
"""

HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "client": (
        "client", "client name", "customer", "customer name", "company", "company name", "account",
        "account name", "company / account", "organization", "organisation", "organization name",
        "associated company", "company (associated)", "related to", "regarding", "parent account",
        "клиент", "компания", "заказчик", "контрагент", "организация", "название компании",
        "компания контакта", "покупатель", "клієнт", "компанія", "замовник", "організація",
        "назва компанії", "компанія контакту", "покупець",
    ),
    "contact": (
        "contact", "contact name", "contact person", "person", "name of contact", "associated contact",
        "contact (associated)", "full name", "attendee", "who",
        "контакт", "контактное лицо", "полное имя контакта", "имя контакта", "фио", "фио контакта",
        "контактна особа", "повне імя контакту", "імя контакту", "піб", "піб контакту",
    ),
    "author": (
        "author", "account manager", "manager", "owner", "assigned to", "assigned", "activity owner",
        "task owner", "call owner", "event owner", "owner name", "activity assigned to",
        "assigned to user", "hubspot owner", "contact owner", "salesperson", "sales rep", "user",
        "employee", "created by", "host",
        "автор", "ответственный", "менеджер", "исполнитель", "сотрудник", "пользователь", "кем создан",
        "відповідальний", "виконавець", "співробітник", "працівник", "користувач", "ким створено",
    ),
    "occurred_at": (
        "occurred_at", "occurred at", "date", "datetime", "date time", "date/time", "when",
        "activity date", "activity date time", "activity datetime", "call start time", "start date",
        "start date time", "start time", "start", "event date", "meeting start time", "call date",
        "email send date", "actual start", "actual end", "due date", "due", "date of contact",
        "created date", "create date", "created on", "created time", "created", "date created",
        "completed date/time", "add time", "date of purchase",
        "дата", "дата и время", "когда", "дата события", "дата звонка", "дата начала", "начало",
        "дата создания", "создано", "дата і час", "коли", "дата події", "дата дзвінка", "дата початку",
        "початок", "дата створення", "створено",
    ),
    "time": ("time", "due time", "call time", "время", "время звонка", "час", "час дзвінка"),
    "channel": (
        "channel", "via", "activity type", "activity", "ticket channel", "task subtype", "event subtype",
        "activity subtype", "communication type", "contact method", "interaction type", "medium", "source",
        "канал", "способ связи", "тип дела", "тип активности", "вид события", "тип события",
        "тип задачи", "вид связи", "источник", "спосіб звязку", "тип справи", "вид події",
        "тип події", "тип завдання", "джерело",
    ),
    "kind": (
        "kind", "type", "ticket type", "call purpose", "purpose", "category", "reason",
        "тип", "вид", "характер", "тип обращения", "категория", "причина", "цель звонка",
        "тип звернення", "категорія", "мета дзвінка",
    ),
    "direction": (
        "direction", "call direction", "call type", "inbound/outbound", "incoming/outgoing",
        "направление", "тип звонка", "входящий/исходящий", "напрям", "напрямок", "тип дзвінка",
        "вхідний/вихідний",
    ),
    "sentiment": ("sentiment", "mood", "tone", "настроение", "тон", "настрій"),
    "effort": ("effort", "client effort", "customer effort", "усилия", "усилие", "зусилля"),
    "summary": (
        "summary", "subject", "topic", "title", "call title", "email subject", "meeting name",
        "meeting title", "task title", "ticket subject", "activity subject", "lead name", "opportunity",
        "тема", "суть", "кратко", "название", "название лида", "название сделки",
        "заголовок", "зміст", "коротко", "назва", "назва ліда", "назва угоди",
    ),
    "notes": (
        "notes", "note", "comment", "comments", "description", "full comments", "details", "note body",
        "call notes", "body", "body preview", "email body", "ticket description", "internal notes",
        "public description", "activity description", "call outcome", "call result", "outcome",
        "resolution", "result",
        "примечание", "примечания", "заметки", "комментарий", "описание", "содержание", "текст", "текст задачи",
        "результат", "итог", "примітки", "примітка", "нотатки", "коментар", "опис", "текст завдання",
        "підсумок",
    ),
    "tags": ("tags", "tag", "labels", "label", "теги", "тег", "метки", "мітки", "теґи"),
    "follow_up_due": (
        "follow_up_due", "follow up due", "follow up", "follow-up", "follow up date", "next step date",
        "reminder", "reminder date", "next contact", "due date", "due",
        "срок", "обещано к", "крайний срок", "напомнить", "следующий контакт", "термін", "строк",
        "нагадати", "наступний контакт",
    ),
    "follow_up_done": (
        "follow_up_done", "follow up done", "done", "marked as done time", "completed date", "completed on",
        "выполнено", "сделано", "дата завершения", "виконано", "зроблено", "дата завершення",
    ),
}

# Stored vocabulary words (English), with what other programs and people write instead.
VALUE_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "channel": {
        "call": ("phone", "phone call", "telephone", "call log", "logged call", "log a call", "inbound call",
                 "outbound call", "incoming call", "outgoing call", "missed call", "voicemail", "callback",
                 "звонок", "телефон", "телефонный звонок", "входящий звонок", "исходящий звонок",
                 "пропущенный звонок", "обратный звонок", "звонок клиенту", "дзвінок", "телефонний дзвінок",
                 "вхідний дзвінок", "вихідний дзвінок", "пропущений дзвінок", "зворотний дзвінок"),
        "email": ("e-mail", "mail", "email message", "list email", "sent email", "incoming email", "outgoing email",
                  "почта", "письмо по почте", "имейл", "электронная почта", "электронное письмо", "e-mail письмо",
                  "пошта", "електронна пошта", "електронний лист", "імейл"),
        "meeting": ("appointment", "event", "meeting request", "video call", "video meeting", "conference",
                    "demo", "presentation", "lunch", "встреча", "совещание", "видеозвонок", "презентация",
                    "зустріч", "нарада", "відеодзвінок", "презентація"),
        "chat": ("sms", "text", "text message", "whatsapp", "telegram", "viber", "signal", "messenger",
                 "facebook", "instagram", "linkedin", "twitter", "social", "social media", "social activity",
                 "live chat", "web chat", "online chat", "open channel",
                 "чат", "мессенджер", "смс", "соцсети", "социальные сети", "онлайн-чат", "открытая линия",
                 "месенджер", "соцмережі", "соціальні мережі", "онлайн чат"),
        "visit": ("site visit", "on-site visit", "field visit", "визит", "выезд", "выезд к клиенту", "візит",
                  "виїзд", "виїзд до клієнта"),
        "letter": ("post", "postal letter", "fax", "письмо", "почтовое письмо", "факс", "лист",
                   "поштовий лист"),
        "other": ("task", "to-do", "todo", "deadline", "web", "website", "web form", "crm form", "note",
                  "другое", "прочее", "задача", "дело", "веб-сайт", "сайт", "crm-форма", "інше", "завдання",
                  "справа"),
    },
    "kind": {
        "update": ("information", "info", "status update", "news", "completed", "done", "closed", "general",
                   "обновление", "информация", "завершено", "выполнено", "оновлення", "інформація",
                   "завершено", "виконано"),
        "request": ("inquiry", "enquiry", "question", "billing inquiry", "product inquiry", "cancellation request",
                    "service request", "open", "pending", "in progress", "not started", "prospecting", "demo",
                    "запрос", "просьба", "вопрос", "заявка", "запит", "прохання", "питання", "заявка"),
        "feedback": ("review", "suggestion", "survey", "отзыв", "обратная связь", "предложение", "відгук",
                     "зворотний звязок", "пропозиція"),
        "complaint": ("issue", "problem", "technical issue", "refund request", "claim", "incident", "bug",
                      "жалоба", "претензия", "проблема", "рекламация", "скарга", "претензія"),
        "negotiation": ("negotiations", "negotiation/review", "переговоры", "переговори"),
        "praise": ("thanks", "compliment", "testimonial", "похвала", "благодарность", "подяка"),
        "escalation": ("escalated", "эскалация", "ескалація"),
        "delivery": ("shipment", "shipping", "delivered", "поставка", "доставка", "отгрузка", "постачання",
                     "відвантаження"),
    },
    "direction": {
        "inbound": ("in", "incoming", "received", "inbound call", "incoming call", "missed",
                    "входящий", "входящее", "входящая", "входящий звонок", "вхідний", "вхідне", "вхідна",
                    "вхідний дзвінок"),
        "outbound": ("out", "outgoing", "sent", "outbound call", "outgoing call",
                     "исходящий", "исходящее", "исходящая", "исходящий звонок", "вихідний", "вихідне",
                     "вихідна", "вихідний дзвінок"),
    },
    "tags": {
        "like": ("нравиться", "понравиться", "радовать", "подобатися", "сподобатися"),
        "hear": ("слышать", "услышать", "чути", "почути"),
        "negotiate": ("договариваться", "договориться", "домовлятися", "домовитися"),
        "staff_praise": ("похвала сотрудника", "похвала співробітника"),
        "client_misconduct": ("грубость клиента", "грубість клієнта"),
    },
}
