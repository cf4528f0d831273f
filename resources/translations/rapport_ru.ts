<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>Application</name>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
    </context>
    <context>
        <name>ClientHeaderCard</name>
        <message>
            <source>Edit client...</source>
            <translation>Изменить клиента…</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>не назначен</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>никого не записано</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s), last %1</source>
            <translation>
                <numerusform>каждый %n день, последний %1</numerusform>
                <numerusform>каждые %n дня, последний %1</numerusform>
                <numerusform>каждые %n дней, последний %1</numerusform>
            </translation>
        </message>
        <message>
            <source>last %1</source>
            <translation>последний %1</translation>
        </message>
    </context>
    <context>
        <name>ClientList</name>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Посл. контакт</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
    </context>
    <context>
        <name>ClientListPanel</name>
        <message>
            <source>Filter clients (Ctrl+F)</source>
            <translation>Фильтр клиентов (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>ClientPage</name>
        <message>
            <source>Timeline</source>
            <translation>Хроника</translation>
        </message>
        <message>
            <source>Choose a client on the left, or add one with Ctrl+Shift+N.</source>
            <translation>Выберите клиента слева или добавьте нового: Ctrl+Shift+N.</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <source>Type part of the client's name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DayField</name>
        <message>
            <source>none · %1 · +1d · +1w</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the unsaved entry from %1?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Something went wrong inside Rapport. Your journal is safe; the details are in the log.</source>
            <translation>В Rapport произошла внутренняя ошибка. Ваш журнал в сохранности; подробности — в журнале работы программы.</translation>
        </message>
    </context>
    <context>
        <name>InteractionEditor</name>
        <message>
            <source>Edit interaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log an interaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>little</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>some</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exhausting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One line on what happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sentiment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's &amp;effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Own ta&amp;gs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Follow up on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No current user: choose who you are in Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No client is named “%1”: pick one from the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a date: type e.g. %2, +1d or +1w</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write one line on what happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete interaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this interaction from the journal? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>prospect</source>
            <translation>потенциальный</translation>
        </message>
        <message>
            <source>qualified</source>
            <translation>квалифицирован</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>отклонён</translation>
        </message>
        <message>
            <source>contracted</source>
            <translation>по договору</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>на паузе</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>завершён</translation>
        </message>
        <message>
            <source>call</source>
            <translation>звонок</translation>
        </message>
        <message>
            <source>email</source>
            <translation>эл. почта</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>встреча</translation>
        </message>
        <message>
            <source>chat</source>
            <translation>чат</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>визит</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>письмо</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <source>update</source>
            <translation>новости</translation>
        </message>
        <message>
            <source>request</source>
            <translation>запрос</translation>
        </message>
        <message>
            <source>feedback</source>
            <translation>отзыв</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>жалоба</translation>
        </message>
        <message>
            <source>negotiation</source>
            <translation>переговоры</translation>
        </message>
        <message>
            <source>praise</source>
            <translation>похвала</translation>
        </message>
        <message>
            <source>escalation</source>
            <translation>эскалация</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>поставка</translation>
        </message>
        <message>
            <source>inbound</source>
            <translation>входящий</translation>
        </message>
        <message>
            <source>outbound</source>
            <translation>исходящий</translation>
        </message>
        <message>
            <source>like</source>
            <translation>нравиться</translation>
        </message>
        <message>
            <source>hear</source>
            <translation>слышать</translation>
        </message>
        <message>
            <source>negotiate</source>
            <translation>договариваться</translation>
        </message>
        <message>
            <source>dismissive</source>
            <translation>пренебрежение</translation>
        </message>
        <message>
            <source>capitulating</source>
            <translation>капитуляция</translation>
        </message>
        <message>
            <source>punishing</source>
            <translation>наказание</translation>
        </message>
        <message>
            <source>client misconduct</source>
            <translation>грубость клиента</translation>
        </message>
        <message>
            <source>staff praise</source>
            <translation>похвала сотруднику</translation>
        </message>
        <message>
            <source>open</source>
            <translation>открыто</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>принято</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>решено</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>договорились</translation>
        </message>
        <message>
            <source>deadlock</source>
            <translation>тупик</translation>
        </message>
        <message>
            <source>escalated</source>
            <translation>эскалировано</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>отозвано</translation>
        </message>
        <message>
            <source>low</source>
            <translation>низкая</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>средняя</translation>
        </message>
        <message>
            <source>high</source>
            <translation>высокая</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>критическая</translation>
        </message>
        <message>
            <source>good</source>
            <translation>хорошо</translation>
        </message>
        <message>
            <source>uneasy</source>
            <translation>тревожно</translation>
        </message>
        <message>
            <source>bad</source>
            <translation>плохо</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>владелец</translation>
        </message>
        <message>
            <source>account manager</source>
            <translation>менеджер по клиентам</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>сотрудник</translation>
        </message>
        <message>
            <source>healthy</source>
            <translation>здоровые</translation>
        </message>
        <message>
            <source>watch</source>
            <translation>под наблюдением</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>под угрозой</translation>
        </message>
        <message>
            <source>souring</source>
            <translation>портятся</translation>
        </message>
        <message>
            <source>interesting</source>
            <translation>интересен</translation>
        </message>
        <message>
            <source>not interesting</source>
            <translation>не интересен</translation>
        </message>
        <message>
            <source>ours</source>
            <translation>наша</translation>
        </message>
        <message>
            <source>client's</source>
            <translation>клиента</translation>
        </message>
        <message>
            <source>Like: leave the client with a positive impression.</source>
            <translation>Нравиться: оставить клиенту положительные впечатления.</translation>
        </message>
        <message>
            <source>Hear: feedback or a complaint captured, acknowledged fast and routed, never sat on.</source>
            <translation>Слышать: отзыв или жалоба записаны, быстро приняты и переданы дальше, а не отложены.</translation>
        </message>
        <message>
            <source>Negotiate: a hard question taken to the table, guided by the specification and the contract, looking for a solution.</source>
            <translation>Договариваться: трудный вопрос вынесен за стол переговоров; опора на техническое задание и договор, поиск решения.</translation>
        </message>
        <message>
            <source>Stance drift, stage 1: "the client? who is that?" - arrogant, dismissive, "we know better".</source>
            <translation>Сдвиг позиции, стадия 1: «Клиент? А кто это?» — высокомерие, пренебрежение, «мы лучше знаем».</translation>
        </message>
        <message>
            <source>Stance drift, stage 2: "the client is always right" - capitulating, promising what the firm cannot deliver.</source>
            <translation>Сдвиг позиции, стадия 2: «Клиент всегда прав» — капитуляция, обещания того, что фирма не может выполнить.</translation>
        </message>
        <message>
            <source>Stance drift, stage 3: "the client is usually wrong" - lecturing, rudeness back, punishing the client.</source>
            <translation>Сдвиг позиции, стадия 3: «Клиент обычно неправ» — поучения, ответная грубость, наказание клиента.</translation>
        </message>
        <message>
            <source>The client abused or disrespected our staff.</source>
            <translation>Клиент оскорбил или проявил неуважение к нашим сотрудникам.</translation>
        </message>
        <message>
            <source>The client praised one of our people.</source>
            <translation>Клиент похвалил нашего сотрудника.</translation>
        </message>
        <message>
            <source>very negative</source>
            <translation>очень негативно</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>негативно</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>нейтрально</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>позитивно</translation>
        </message>
        <message>
            <source>very positive</source>
            <translation>очень позитивно</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Main</source>
            <translation>Главная</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Журнал</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Client</source>
            <translation>&amp;Клиент</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>New &amp;interaction...</source>
            <translation>Новое &amp;взаимодействие…</translation>
        </message>
        <message>
            <source>&amp;New client...</source>
            <translation>&amp;Новый клиент…</translation>
        </message>
        <message>
            <source>&amp;Edit client...</source>
            <translation>&amp;Изменить клиента…</translation>
        </message>
        <message>
            <source>&amp;Open database...</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <source>Open the &amp;sample firm</source>
            <translation>Открыть &amp;демонстрационную фирму</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation>&amp;Найти клиента</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>&amp;Keyboard and policy help</source>
            <translation>&amp;Клавиши и политика</translation>
        </message>
        <message>
            <source>Choose a client first.</source>
            <translation>Сначала выберите клиента.</translation>
        </message>
        <message>
            <source>Open a Rapport database</source>
            <translation>Открыть базу данных Rapport</translation>
        </message>
        <message>
            <source>Rapport databases (*.db *.sqlite);;All files (*)</source>
            <translation>Базы данных Rapport (*.db *.sqlite);;Все файлы (*)</translation>
        </message>
        <message>
            <source>database server</source>
            <translation>сервер баз данных</translation>
        </message>
        <message>
            <source>Rapport - %1</source>
            <translation>Rapport — %1</translation>
        </message>
        <message>
            <source>You: %1</source>
            <translation>Вы: %1</translation>
        </message>
        <message>
            <source>Who are you? Choose in Settings</source>
            <translation>Кто вы? Выберите в настройках</translation>
        </message>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n клиент</numerusform>
                <numerusform>%n клиента</numerusform>
                <numerusform>%n клиентов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagLine</name>
        <message>
            <source>the firm's own tags, separated by commas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Cancelling...</source>
            <translation>Отмена…</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>by %1</source>
            <translation>записал(а) %1</translation>
        </message>
        <message>
            <source>effort %1/5</source>
            <translation>усилия %1/5</translation>
        </message>
        <message>
            <source>Follow-up %1, done %2</source>
            <translation>Напоминание %1, выполнено %2</translation>
        </message>
        <message>
            <source>Follow-up %1, overdue</source>
            <translation>Напоминание %1, просрочено</translation>
        </message>
        <message>
            <source>Follow-up %1</source>
            <translation>Напоминание %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Nothing logged with this client yet.
Press Ctrl+N to log the first interaction.</source>
            <translation>С этим клиентом пока ничего не записано.
Нажмите Ctrl+N, чтобы записать первое взаимодействие.</translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>Follow-ups due or overdue</source>
            <translation>Обещанные действия на сегодня и просроченные</translation>
        </message>
        <message>
            <source>Clients not contacted for longer than their rhythm</source>
            <translation>Клиенты, с которыми давно не было контакта</translation>
        </message>
        <message>
            <source>Feedback to acknowledge or resolve</source>
            <translation>Отзывы, которые нужно принять или решить</translation>
        </message>
        <message>
            <source>Negotiation actions due</source>
            <translation>Действия по переговорам</translation>
        </message>
        <message>
            <source>Early warnings</source>
            <translation>Ранние предупреждения</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>раз в %n день</numerusform>
                <numerusform>раз в %n дня</numerusform>
                <numerusform>раз в %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>No contact logged yet (%1)</source>
            <translation>Контактов ещё не было (%1)</translation>
        </message>
        <message numerus="yes">
            <source>No contact for %n day(s) (%1)</source>
            <translation>
                <numerusform>Нет контакта %n день (%1)</numerusform>
                <numerusform>Нет контакта %n дня (%1)</numerusform>
                <numerusform>Нет контакта %n дней (%1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %n day(s) late</source>
            <translation>
                <numerusform>%1, просрочено на %n день</numerusform>
                <numerusform>%1, просрочено на %n дня</numerusform>
                <numerusform>%1, просрочено на %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Nothing needs your hand today.</source>
            <translation>Сегодня ничего не требует вашего участия.</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Сегодня, %1</translation>
        </message>
        <message>
            <source>For %1</source>
            <translation>Для: %1</translation>
        </message>
        <message>
            <source>For the whole firm: choose who you are in Settings (Ctrl+,)</source>
            <translation>Для всей фирмы: укажите, кто вы, в настройках (Ctrl+,)</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Rapport</source>
            <translation>Добро пожаловать в Rapport</translation>
        </message>
        <message>
            <source>Rapport is your firm's journal of every call, email, meeting, complaint and negotiation with your clients. With a client we chose to work with, we choose to like, to hear and, in hard questions, to negotiate: soft in form, firm in principle.</source>
            <translation>Rapport — журнал вашей фирмы: каждый звонок, письмо, встреча, жалоба и переговоры с клиентами. С клиентом, которого мы выбрали, мы выбираем нравиться, слышать и в трудных вопросах договариваться: мягко по форме, твёрдо по сути.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>Это я</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Кто вы?</translation>
        </message>
        <message>
            <source>Add the first client...</source>
            <translation>Добавить первого клиента…</translation>
        </message>
        <message>
            <source>Open the sample firm</source>
            <translation>Открыть демонстрационную фирму</translation>
        </message>
        <message>
            <source>A made-up firm with a year of journal, to see Rapport at work. It goes into a new database file; your own journal stays as it is.</source>
            <translation>Вымышленная фирма с журналом за год, чтобы увидеть Rapport в работе. Она создаётся в новом файле базы данных; ваш журнал останется как есть.</translation>
        </message>
        <message>
            <source>Hello, %1. What you log is stamped with your name.</source>
            <translation>Здравствуйте, %1. Всё, что вы запишете, будет подписано вашим именем.</translation>
        </message>
        <message>
            <source>Building the sample firm...</source>
            <translation>Создаём демонстрационную фирму…</translation>
        </message>
    </context>
</TS>
