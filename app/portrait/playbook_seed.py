"""The default playbook: situations from the seed articles and the conscious action for each.

Each entry is (position, kinds, tags, {language: (situation, action)}). Entries with the same
position are translations of one another.
"""

DEFAULT_PLAYBOOK = [
    (10, "", "like", {
        "en": ("A client arrives, calls or writes",
               "Greet the client warmly and with pleasure, by name, before anything else."),
        "ru": ("Клиент пришёл, позвонил или написал",
               "Поприветствуйте клиента с радостью и теплотой, по имени, прежде всего остального."),
        "uk": ("Клієнт прийшов, зателефонував або написав",
               "Привітайте клієнта з радістю і теплом, на ім'я, перш за все інше."),
    }),
    (20, "", "like", {
        "en": ("Serving one client kept others waiting",
               "Apologise to the others who were kept waiting, and tell them how long it will be."),
        "ru": ("Из-за одного клиента другие ждут",
               "Извинитесь перед другими клиентами за ожидание и скажите, сколько ещё ждать."),
        "uk": ("Через одного клієнта інші чекають",
               "Вибачтеся перед іншими клієнтами за очікування і скажіть, скільки ще чекати."),
    }),
    (30, "complaint,escalation", "", {
        "en": ("The client is in a bad mood and looks ready for a row",
               "Disarm them with politeness and apologise. If there is a problem and we erred, "
               "fix it properly."),
        "ru": ("Клиент в плохом настроении и, похоже, хочет поскандалить",
               "Обезоружьте его вежливостью, извинитесь. Если есть проблема и мы допустили ошибку, "
               "решите её подобающим образом."),
        "uk": ("Клієнт у поганому настрої і, схоже, хоче посваритися",
               "Обеззбройте його ввічливістю, вибачтеся. Якщо є проблема і ми припустилися помилки, "
               "розв'яжіть її належним чином."),
    }),
    (40, "request", "", {
        "en": ("We cannot answer the client's question right now",
               "Never end on \"I don't know\": apologise, find out from someone who knows, and promise "
               "a follow-up with a date and a channel; log it as a follow-up."),
        "ru": ("Мы не можем сразу ответить на вопрос клиента",
               "Никогда не заканчивайте на «я не знаю»: извинитесь, узнайте у того, кто знает, и "
               "пообещайте ответ с датой и каналом связи; запишите это как обещанный ответ."),
        "uk": ("Ми не можемо одразу відповісти на запитання клієнта",
               "Ніколи не закінчуйте на «я не знаю»: вибачтеся, дізнайтеся в того, хто знає, і "
               "пообіцяйте відповідь з датою і каналом зв'язку; запишіть це як обіцяну відповідь."),
    }),
    (50, "complaint", "hear", {
        "en": ("A complaint or a return after the sale",
               "After-sales is where the client forms its opinion of us. Listen, take full "
               "responsibility, solve it with the fewest steps for the client, and acknowledge it "
               "within one working day."),
        "ru": ("Жалоба или возврат после продажи",
               "Именно в послепродажном обслуживании клиент составляет мнение о нас. Выслушайте, "
               "возьмите на себя полную ответственность, решите вопрос с минимальными усилиями для "
               "клиента и подтвердите получение в течение одного рабочего дня."),
        "uk": ("Скарга або повернення після продажу",
               "Саме в післяпродажному обслуговуванні клієнт складає думку про нас. Вислухайте, "
               "візьміть на себе повну відповідальність, розв'яжіть питання з мінімальними зусиллями "
               "для клієнта і підтвердьте отримання протягом одного робочого дня."),
    }),
    (60, "feedback", "", {
        "en": ("The client comes back about the same problem",
               "Link this contact to the open feedback item: every repeat contact is effort the "
               "client should not have spent. Give it one owner and resolve it now."),
        "ru": ("Клиент снова обращается с той же проблемой",
               "Свяжите это обращение с открытым отзывом: каждое повторное обращение — лишние усилия "
               "клиента. Назначьте одного ответственного и решите вопрос сейчас."),
        "uk": ("Клієнт знову звертається з тією самою проблемою",
               "Пов'яжіть це звернення з відкритим відгуком: кожне повторне звернення — зайві зусилля "
               "клієнта. Призначте одного відповідального і розв'яжіть питання зараз."),
    }),
    (70, "", "client_misconduct", {
        "en": ("The client is rude to or abuses our staff",
               "Stay calm and polite but firm: name the behaviour, set the boundary, and record it "
               "as client misconduct. Respect runs both ways."),
        "ru": ("Клиент грубит или оскорбляет наших сотрудников",
               "Сохраняйте спокойствие и вежливость, но будьте твёрдыми: назовите поведение, обозначьте "
               "границу и запишите это как недопустимое поведение клиента. Уважение должно быть взаимным."),
        "uk": ("Клієнт грубить або ображає наших працівників",
               "Зберігайте спокій і ввічливість, але будьте твердими: назвіть поведінку, позначте межу "
               "і запишіть це як неприпустиму поведінку клієнта. Повага має бути взаємною."),
    }),
    (80, "negotiation,escalation", "negotiate", {
        "en": ("A hard question: price, scope, deadlines, a dispute",
               "Take it to the negotiating table: open a negotiation, be guided by the contract and "
               "the technical specification, keep the relationship and look for a solution, not a "
               "deadlock."),
        "ru": ("Сложный вопрос: цена, объём, сроки, спор",
               "Вынесите его за стол переговоров: откройте переговоры, руководствуйтесь договором и "
               "техническим заданием, сохраняйте отношения и ищите решение, а не тупик."),
        "uk": ("Складне питання: ціна, обсяг, терміни, суперечка",
               "Винесіть його за стіл переговорів: відкрийте переговори, керуйтеся договором і "
               "технічним завданням, зберігайте стосунки і шукайте рішення, а не глухий кут."),
    }),
    (90, "", "dismissive", {
        "en": ("Stance drift: we were dismissive (\"we know better\")",
               "Coach the team: the client is not a nuisance. Listen for the real need, explain without "
               "jargon and follow up personally."),
        "ru": ("Отклонение: мы были пренебрежительны («мы лучше знаем»)",
               "Поработайте с командой: клиент — не помеха. Выясните его настоящую потребность, "
               "объясняйте без жаргона и лично доведите вопрос до конца."),
        "uk": ("Відхилення: ми були зневажливі («ми краще знаємо»)",
               "Попрацюйте з командою: клієнт — не перешкода. З'ясуйте його справжню потребу, "
               "пояснюйте без жаргону і особисто доведіть питання до кінця."),
    }),
    (100, "", "capitulating", {
        "en": ("Stance drift: we capitulated (\"the client is always right\")",
               "Coach the team: soft in form, firm in principle. Do not promise what we cannot "
               "deliver; take hard questions to the negotiating table."),
        "ru": ("Отклонение: мы капитулировали («клиент всегда прав»)",
               "Поработайте с командой: мягко по форме, твёрдо по сути. Не обещайте того, что не "
               "можем выполнить; сложные вопросы — за стол переговоров."),
        "uk": ("Відхилення: ми капітулювали («клієнт завжди має рацію»)",
               "Попрацюйте з командою: м'яко за формою, твердо по суті. Не обіцяйте того, чого не "
               "можемо виконати; складні питання — за стіл переговорів."),
    }),
    (110, "", "punishing", {
        "en": ("Stance drift: we lectured or punished the client",
               "Coach the team: no rudeness back, no moving the client's order to the end of the "
               "queue. Apologise where it is due and restore a respectful footing."),
        "ru": ("Отклонение: мы поучали или наказывали клиента",
               "Поработайте с командой: никакой ответной грубости, никакого переноса заказа клиента "
               "в конец очереди. Извинитесь, где это нужно, и верните отношения к уважению."),
        "uk": ("Відхилення: ми повчали або карали клієнта",
               "Попрацюйте з командою: жодної грубості у відповідь, жодного перенесення замовлення "
               "клієнта в кінець черги. Вибачтеся, де це потрібно, і поверніть стосунки до поваги."),
    }),
    (120, "praise", "staff_praise", {
        "en": ("The client praises one of our people",
               "Record it, thank the client, and pass the praise on to the employee: good stories "
               "are worth keeping too."),
        "ru": ("Клиент хвалит нашего сотрудника",
               "Запишите это, поблагодарите клиента и передайте похвалу сотруднику: хорошие истории "
               "тоже стоит хранить."),
        "uk": ("Клієнт хвалить нашого працівника",
               "Запишіть це, подякуйте клієнтові і передайте похвалу працівникові: добрі історії "
               "теж варто зберігати."),
    }),
]
