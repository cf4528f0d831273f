<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
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
            <translation>Змінити клієнта…</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договір</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>не призначено</translation>
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
            <translation>нікого не записано</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ніколи</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s), last %1</source>
            <translation>
                <numerusform>кожен %n день, останній %1</numerusform>
                <numerusform>кожні %n дні, останній %1</numerusform>
                <numerusform>кожні %n днів, останній %1</numerusform>
            </translation>
        </message>
        <message>
            <source>last %1</source>
            <translation>останній %1</translation>
        </message>
    </context>
    <context>
        <name>ClientList</name>
        <message>
            <source>never</source>
            <translation>ніколи</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клієнт</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Ост. контакт</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Відкрито</translation>
        </message>
    </context>
    <context>
        <name>ClientListPanel</name>
        <message>
            <source>Filter clients (Ctrl+F)</source>
            <translation>Фільтр клієнтів (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>ClientPage</name>
        <message>
            <source>Timeline</source>
            <translation>Хроніка</translation>
        </message>
        <message>
            <source>Choose a client on the left, or add one with Ctrl+Shift+N.</source>
            <translation>Виберіть клієнта ліворуч або додайте нового: Ctrl+Shift+N.</translation>
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
            <translation>У Rapport сталася внутрішня помилка. Ваш журнал у безпеці; подробиці — у журналі роботи програми.</translation>
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
            <translation>потенційний</translation>
        </message>
        <message>
            <source>qualified</source>
            <translation>кваліфікований</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>відхилений</translation>
        </message>
        <message>
            <source>contracted</source>
            <translation>за договором</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>на паузі</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>завершений</translation>
        </message>
        <message>
            <source>call</source>
            <translation>дзвінок</translation>
        </message>
        <message>
            <source>email</source>
            <translation>ел. пошта</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>зустріч</translation>
        </message>
        <message>
            <source>chat</source>
            <translation>чат</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>візит</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>лист</translation>
        </message>
        <message>
            <source>other</source>
            <translation>інше</translation>
        </message>
        <message>
            <source>update</source>
            <translation>новини</translation>
        </message>
        <message>
            <source>request</source>
            <translation>запит</translation>
        </message>
        <message>
            <source>feedback</source>
            <translation>відгук</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>скарга</translation>
        </message>
        <message>
            <source>negotiation</source>
            <translation>переговори</translation>
        </message>
        <message>
            <source>praise</source>
            <translation>похвала</translation>
        </message>
        <message>
            <source>escalation</source>
            <translation>ескалація</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>постачання</translation>
        </message>
        <message>
            <source>inbound</source>
            <translation>вхідний</translation>
        </message>
        <message>
            <source>outbound</source>
            <translation>вихідний</translation>
        </message>
        <message>
            <source>like</source>
            <translation>подобатися</translation>
        </message>
        <message>
            <source>hear</source>
            <translation>чути</translation>
        </message>
        <message>
            <source>negotiate</source>
            <translation>домовлятися</translation>
        </message>
        <message>
            <source>dismissive</source>
            <translation>зневага</translation>
        </message>
        <message>
            <source>capitulating</source>
            <translation>капітуляція</translation>
        </message>
        <message>
            <source>punishing</source>
            <translation>покарання</translation>
        </message>
        <message>
            <source>client misconduct</source>
            <translation>грубість клієнта</translation>
        </message>
        <message>
            <source>staff praise</source>
            <translation>похвала працівнику</translation>
        </message>
        <message>
            <source>open</source>
            <translation>відкрито</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>прийнято</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>вирішено</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>домовилися</translation>
        </message>
        <message>
            <source>deadlock</source>
            <translation>глухий кут</translation>
        </message>
        <message>
            <source>escalated</source>
            <translation>ескальовано</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>відкликано</translation>
        </message>
        <message>
            <source>low</source>
            <translation>низька</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>середня</translation>
        </message>
        <message>
            <source>high</source>
            <translation>висока</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>критична</translation>
        </message>
        <message>
            <source>good</source>
            <translation>добре</translation>
        </message>
        <message>
            <source>uneasy</source>
            <translation>тривожно</translation>
        </message>
        <message>
            <source>bad</source>
            <translation>погано</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>власник</translation>
        </message>
        <message>
            <source>account manager</source>
            <translation>менеджер з клієнтів</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>працівник</translation>
        </message>
        <message>
            <source>healthy</source>
            <translation>здорові</translation>
        </message>
        <message>
            <source>watch</source>
            <translation>під наглядом</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>під загрозою</translation>
        </message>
        <message>
            <source>souring</source>
            <translation>псуються</translation>
        </message>
        <message>
            <source>interesting</source>
            <translation>цікавий</translation>
        </message>
        <message>
            <source>not interesting</source>
            <translation>не цікавий</translation>
        </message>
        <message>
            <source>ours</source>
            <translation>наша</translation>
        </message>
        <message>
            <source>client's</source>
            <translation>клієнта</translation>
        </message>
        <message>
            <source>Like: leave the client with a positive impression.</source>
            <translation>Подобатися: залишити клієнту позитивні враження.</translation>
        </message>
        <message>
            <source>Hear: feedback or a complaint captured, acknowledged fast and routed, never sat on.</source>
            <translation>Чути: відгук чи скаргу записано, швидко прийнято й передано далі, а не відкладено.</translation>
        </message>
        <message>
            <source>Negotiate: a hard question taken to the table, guided by the specification and the contract, looking for a solution.</source>
            <translation>Домовлятися: складне питання винесено за стіл переговорів; опора на технічне завдання й договір, пошук рішення.</translation>
        </message>
        <message>
            <source>Stance drift, stage 1: "the client? who is that?" - arrogant, dismissive, "we know better".</source>
            <translation>Зсув позиції, стадія 1: «Клієнт? А хто це?» — зверхність, зневага, «ми краще знаємо».</translation>
        </message>
        <message>
            <source>Stance drift, stage 2: "the client is always right" - capitulating, promising what the firm cannot deliver.</source>
            <translation>Зсув позиції, стадія 2: «Клієнт завжди правий» — капітуляція, обіцянки того, що фірма не може виконати.</translation>
        </message>
        <message>
            <source>Stance drift, stage 3: "the client is usually wrong" - lecturing, rudeness back, punishing the client.</source>
            <translation>Зсув позиції, стадія 3: «Клієнт зазвичай неправий» — повчання, грубість у відповідь, покарання клієнта.</translation>
        </message>
        <message>
            <source>The client abused or disrespected our staff.</source>
            <translation>Клієнт образив наших працівників або виявив до них неповагу.</translation>
        </message>
        <message>
            <source>The client praised one of our people.</source>
            <translation>Клієнт похвалив нашого працівника.</translation>
        </message>
        <message>
            <source>very negative</source>
            <translation>дуже негативно</translation>
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
            <translation>дуже позитивно</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Main</source>
            <translation>Головна</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Журнал</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Редагування</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
        <message>
            <source>&amp;Client</source>
            <translation>&amp;Клієнт</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>New &amp;interaction...</source>
            <translation>Нова &amp;взаємодія…</translation>
        </message>
        <message>
            <source>&amp;New client...</source>
            <translation>&amp;Новий клієнт…</translation>
        </message>
        <message>
            <source>&amp;Edit client...</source>
            <translation>&amp;Змінити клієнта…</translation>
        </message>
        <message>
            <source>&amp;Open database...</source>
            <translation>&amp;Відкрити базу даних…</translation>
        </message>
        <message>
            <source>Open the &amp;sample firm</source>
            <translation>Відкрити &amp;демонстраційну фірму</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ихід</translation>
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation>&amp;Знайти клієнта</translation>
        </message>
        <message>
            <source>&amp;Settings...</source>
            <translation>&amp;Налаштування…</translation>
        </message>
        <message>
            <source>&amp;Keyboard and policy help</source>
            <translation>&amp;Клавіші та політика</translation>
        </message>
        <message>
            <source>Choose a client first.</source>
            <translation>Спершу виберіть клієнта.</translation>
        </message>
        <message>
            <source>Open a Rapport database</source>
            <translation>Відкрити базу даних Rapport</translation>
        </message>
        <message>
            <source>Rapport databases (*.db *.sqlite);;All files (*)</source>
            <translation>Бази даних Rapport (*.db *.sqlite);;Усі файли (*)</translation>
        </message>
        <message>
            <source>database server</source>
            <translation>сервер баз даних</translation>
        </message>
        <message>
            <source>Rapport - %1</source>
            <translation>Rapport — %1</translation>
        </message>
        <message>
            <source>You: %1</source>
            <translation>Ви: %1</translation>
        </message>
        <message>
            <source>Who are you? Choose in Settings</source>
            <translation>Хто ви? Виберіть у налаштуваннях</translation>
        </message>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n клієнт</numerusform>
                <numerusform>%n клієнти</numerusform>
                <numerusform>%n клієнтів</numerusform>
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
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Cancelling...</source>
            <translation>Скасування…</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>by %1</source>
            <translation>записав(ла) %1</translation>
        </message>
        <message>
            <source>effort %1/5</source>
            <translation>зусилля %1/5</translation>
        </message>
        <message>
            <source>Follow-up %1, done %2</source>
            <translation>Нагадування %1, виконано %2</translation>
        </message>
        <message>
            <source>Follow-up %1, overdue</source>
            <translation>Нагадування %1, прострочено</translation>
        </message>
        <message>
            <source>Follow-up %1</source>
            <translation>Нагадування %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Nothing logged with this client yet.
Press Ctrl+N to log the first interaction.</source>
            <translation>З цим клієнтом ще нічого не записано.
Натисніть Ctrl+N, щоб записати першу взаємодію.</translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <source>Follow-ups due or overdue</source>
            <translation>Обіцяні дії на сьогодні та прострочені</translation>
        </message>
        <message>
            <source>Clients not contacted for longer than their rhythm</source>
            <translation>Клієнти, з якими давно не було контакту</translation>
        </message>
        <message>
            <source>Feedback to acknowledge or resolve</source>
            <translation>Відгуки, які треба прийняти або вирішити</translation>
        </message>
        <message>
            <source>Negotiation actions due</source>
            <translation>Дії за переговорами</translation>
        </message>
        <message>
            <source>Early warnings</source>
            <translation>Ранні попередження</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>раз на %n день</numerusform>
                <numerusform>раз на %n дні</numerusform>
                <numerusform>раз на %n днів</numerusform>
            </translation>
        </message>
        <message>
            <source>No contact logged yet (%1)</source>
            <translation>Контактів ще не було (%1)</translation>
        </message>
        <message numerus="yes">
            <source>No contact for %n day(s) (%1)</source>
            <translation>
                <numerusform>Немає контакту %n день (%1)</numerusform>
                <numerusform>Немає контакту %n дні (%1)</numerusform>
                <numerusform>Немає контакту %n днів (%1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %n day(s) late</source>
            <translation>
                <numerusform>%1, прострочено на %n день</numerusform>
                <numerusform>%1, прострочено на %n дні</numerusform>
                <numerusform>%1, прострочено на %n днів</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клієнт</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Що</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Термін</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Nothing needs your hand today.</source>
            <translation>Сьогодні ніщо не потребує вашої участі.</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Сьогодні, %1</translation>
        </message>
        <message>
            <source>For %1</source>
            <translation>Для: %1</translation>
        </message>
        <message>
            <source>For the whole firm: choose who you are in Settings (Ctrl+,)</source>
            <translation>Для всієї фірми: вкажіть, хто ви, у налаштуваннях (Ctrl+,)</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Rapport</source>
            <translation>Ласкаво просимо до Rapport</translation>
        </message>
        <message>
            <source>Rapport is your firm's journal of every call, email, meeting, complaint and negotiation with your clients. With a client we chose to work with, we choose to like, to hear and, in hard questions, to negotiate: soft in form, firm in principle.</source>
            <translation>Rapport — журнал вашої фірми: кожен дзвінок, лист, зустріч, скарга й переговори з клієнтами. З клієнтом, якого ми обрали, ми обираємо подобатися, чути й у складних питаннях домовлятися: м’яко за формою, твердо по суті.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ваше ім’я</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>Це я</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Хто ви?</translation>
        </message>
        <message>
            <source>Add the first client...</source>
            <translation>Додати першого клієнта…</translation>
        </message>
        <message>
            <source>Open the sample firm</source>
            <translation>Відкрити демонстраційну фірму</translation>
        </message>
        <message>
            <source>A made-up firm with a year of journal, to see Rapport at work. It goes into a new database file; your own journal stays as it is.</source>
            <translation>Вигадана фірма з журналом за рік, щоб побачити Rapport у роботі. Вона створюється в новому файлі бази даних; ваш журнал залишиться як є.</translation>
        </message>
        <message>
            <source>Hello, %1. What you log is stamped with your name.</source>
            <translation>Вітаємо, %1. Усе, що ви запишете, буде підписано вашим ім’ям.</translation>
        </message>
        <message>
            <source>Building the sample firm...</source>
            <translation>Створюємо демонстраційну фірму…</translation>
        </message>
    </context>
</TS>
