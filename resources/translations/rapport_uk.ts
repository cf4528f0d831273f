<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add user</source>
            <translation>Новий користувач</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Ім'я</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Роль</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
    </context>
    <context>
        <name>BackupAtStart</name>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>The journal %1 cannot be opened: it is empty or damaged.</source>
            <translation>Журнал %1 не відкривається: він порожній або пошкоджений.</translation>
        </message>
        <message>
            <source>There is no backup of it to restore.</source>
            <translation>Резервної копії для відновлення немає.</translation>
        </message>
        <message>
            <source>Restore its latest good backup, taken %1? The damaged file is kept beside it.</source>
            <translation>Відновити останню справну резервну копію від %1? Пошкоджений файл буде збережено поруч.</translation>
        </message>
    </context>
    <context>
        <name>BackupKeeper</name>
        <message>
            <source>Back &amp;up now</source>
            <translation>Зробити резервну &amp;копію</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Відновити з резервної копії…</translation>
        </message>
        <message>
            <source>Checking the journal</source>
            <translation>Перевірка журналу</translation>
        </message>
        <message>
            <source>Damaged: read-only</source>
            <translation>Пошкоджений: лише читання</translation>
        </message>
        <message>
            <source>The journal failed its check; nothing is written to it. Restore a backup: File &gt; Restore from a backup.</source>
            <translation>Журнал не пройшов перевірку; до нього нічого не записується. Відновіть резервну копію: Файл &gt; Відновити з резервної копії.</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Лише читання</translation>
        </message>
        <message>
            <source>This journal cannot be written here (%1): it can be read, nothing can be saved.</source>
            <translation>Цей журнал тут не можна змінювати (%1): його можна читати, але зберегти нічого не можна.</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>Резервне копіювання</translation>
        </message>
        <message>
            <source>Backing up the journal…</source>
            <translation>Резервне копіювання журналу…</translation>
        </message>
        <message>
            <source>Backed up (%1, checked): %2</source>
            <translation>Резервну копію зроблено (%1, перевірено): %2</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Відновлення резервної копії…</translation>
        </message>
        <message>
            <source>The previous journal is kept as %1.</source>
            <translation>Попередній журнал збережено як %1.</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Відновлено</translation>
        </message>
        <message>
            <source>The journal now holds the backup %1.</source>
            <translation>Тепер у журналі резервна копія %1.</translation>
        </message>
    </context>
    <context>
        <name>BackupSettings</name>
        <message>
            <source>C&amp;hoose…</source>
            <translation>О&amp;брати…</translation>
        </message>
        <message>
            <source>Back up &amp;every</source>
            <translation>Резервна копія &amp;кожні</translation>
        </message>
        <message>
            <source>&amp;Keep the newest</source>
            <translation>&amp;Зберігати останні</translation>
        </message>
        <message>
            <source>&amp;Then one a day for</source>
            <translation>&amp;Потім по одній на день за</translation>
        </message>
        <message>
            <source>One a &amp;week for</source>
            <translation>По одній на &amp;тиждень за</translation>
        </message>
        <message>
            <source>One a &amp;month for</source>
            <translation>По одній на &amp;місяць за</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> хв</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> копій</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> тиж.</translation>
        </message>
        <message>
            <source> months</source>
            <translation> міс.</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Тека</translation>
        </message>
        <message>
            <source>never automatically</source>
            <translation>ніколи автоматично</translation>
        </message>
        <message>
            <source>Each backup is a complete copy of the journal, checked before it is kept. Restore one with File &gt; Restore from a backup. The folder should be on another disk, or one that is itself backed up.</source>
            <translation>Кожна резервна копія — повна копія журналу, перевірена перед збереженням. Відновити її можна через Файл &gt; Відновити з резервної копії. Теку краще тримати на іншому диску або на диску, який сам резервується.</translation>
        </message>
        <message>
            <source>Folder for backups</source>
            <translation>Тека для резервних копій</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Taken</source>
            <translation>Зроблено</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Розмір</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
    </context>
    <context>
        <name>Brief</name>
        <message>
            <source>Negotiation brief: {client}</source>
            <translation>Бриф до переговорів: {client}</translation>
        </message>
        <message>
            <source>Prepared on {date}</source>
            <translation>Підготовлено {date}</translation>
        </message>
        <message>
            <source>Interactions from {start} to {end}</source>
            <translation>Взаємодії з {start} по {end}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Теги: {tags}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Сторінка {page} з {pages}</translation>
        </message>
        <message>
            <source>Client and contract</source>
            <translation>Клієнт і договір</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здоровʼя стосунків</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакти</translation>
        </message>
        <message>
            <source>Open feedback</source>
            <translation>Відкритий зворотний звʼязок</translation>
        </message>
        <message>
            <source>Negotiations</source>
            <translation>Переговори</translation>
        </message>
        <message>
            <source>Promised follow-ups</source>
            <translation>Обіцяні відповіді</translation>
        </message>
        <message>
            <source>Recent interactions</source>
            <translation>Останні взаємодії</translation>
        </message>
        <message>
            <source>Talking points</source>
            <translation>Тези до зустрічі</translation>
        </message>
        <message>
            <source>Like: leave a good impression</source>
            <translation>Подобатися: залишити добре враження</translation>
        </message>
        <message>
            <source>Hear: acknowledge and own it</source>
            <translation>Чути: визнати й узяти відповідальність</translation>
        </message>
        <message>
            <source>Negotiate: soft in form, firm in principle</source>
            <translation>Домовлятися: мʼяко за формою, твердо по суті</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Стадія</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Менеджер клієнта</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договір</translation>
        </message>
        <message>
            <source>Contract value</source>
            <translation>Сума договору</translation>
        </message>
        <message>
            <source>Contact every</source>
            <translation>Контакт кожні</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} дн.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оцінка</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Зона</translation>
        </message>
        <message>
            <source>Trend, 30 days</source>
            <translation>Тренд за 30 днів</translation>
        </message>
        <message>
            <source>Early warning</source>
            <translation>Раннє попередження</translation>
        </message>
        <message>
            <source>yes: a worse band, or 15 points or more lost in 30 days</source>
            <translation>так: гірша зона, або втрачено 15 і більше балів за 30 днів</translation>
        </message>
        <message>
            <source>Account manager's reading</source>
            <translation>Оцінка менеджера</translation>
        </message>
        <message>
            <source>What moves the score</source>
            <translation>Що впливає на оцінку</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Бали</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Імʼя</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Надійшло</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Суть</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Важливість</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Годинник</translation>
        </message>
        <message>
            <source>{hours} working h</source>
            <translation>{hours} роб. год</translation>
        </message>
        <message>
            <source>{hours} working h, late</source>
            <translation>{hours} роб. год, прострочено</translation>
        </message>
        <message>
            <source>Came back</source>
            <translation>Повторно</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Відкрито</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Цільова дата</translation>
        </message>
        <message>
            <source>Their position</source>
            <translation>Їхня позиція</translation>
        </message>
        <message>
            <source>Our position</source>
            <translation>Наша позиція</translation>
        </message>
        <message>
            <source>Contract references</source>
            <translation>Посилання на договір</translation>
        </message>
        <message>
            <source>Specification references</source>
            <translation>Посилання на ТЗ</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Варіанти</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Підсумок</translation>
        </message>
        <message>
            <source>How the positions moved</source>
            <translation>Як змінювалися позиції</translation>
        </message>
        <message>
            <source>Concessions</source>
            <translation>Поступки</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Узгоджені дії</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Що</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Термін</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Виконано</translation>
        </message>
        <message>
            <source>Kept?</source>
            <translation>Виконано?</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Sentiment</source>
            <translation>Настрій</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>we</source>
            <translation>ми</translation>
        </message>
        <message>
            <source>they</source>
            <translation>вони</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>виконано</translation>
        </message>
        <message>
            <source>kept late</source>
            <translation>виконано із запізненням</translation>
        </message>
        <message>
            <source>not yet due</source>
            <translation>термін не настав</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>ПРОСТРОЧЕНО</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Немає.</translation>
        </message>
        <message>
            <source>They praised us ({date}): {text}</source>
            <translation>Нас похвалили ({date}): {text}</translation>
        </message>
        <message>
            <source>A good moment to recall ({date}): {text}</source>
            <translation>Добрий момент, щоб нагадати ({date}): {text}</translation>
        </message>
        <message>
            <source>No good moments recorded in this period: find one to open with.</source>
            <translation>За цей період добрих моментів не записано: знайдіть, з чого почати.</translation>
        </message>
        <message>
            <source>Show what is being done about: {text} (raised {date})</source>
            <translation>Покажіть, що робиться щодо: {text} (надійшло {date})</translation>
        </message>
        <message>
            <source>Acknowledge first, and own it: {text} (raised {date}, {hours} working hours without an answer)</source>
            <translation>Спершу визнайте й візьміть відповідальність: {text} (надійшло {date}, {hours} роб. год без відповіді)</translation>
        </message>
        <message>
            <source>Repeat contacts ({count}): they had to come back about {text}</source>
            <translation>Повторні звернення ({count}): клієнтові довелося повернутися до питання {text}</translation>
        </message>
        <message>
            <source>Complaint of {date}: {text}: take responsibility</source>
            <translation>Скарга від {date}: {text}: візьміть відповідальність</translation>
        </message>
        <message>
            <source>It cost them effort ({date}): {text}: make the next step easy</source>
            <translation>Клієнтові це коштувало зусиль ({date}): {text}: зробіть наступний крок легким</translation>
        </message>
        <message>
            <source>Nothing waits for an answer: ask what could be better.</source>
            <translation>Ніщо не чекає відповіді: запитайте, що можна покращити.</translation>
        </message>
        <message>
            <source>{topic}: they want {client}; we hold {ours}</source>
            <translation>{topic}: вони хочуть {client}; наша позиція {ours}</translation>
        </message>
        <message>
            <source>{topic}: ground it in {text}</source>
            <translation>{topic}: спирайтеся на {text}</translation>
        </message>
        <message>
            <source>{topic}: options to offer: {text}</source>
            <translation>{topic}: що можна запропонувати: {text}</translation>
        </message>
        <message>
            <source>{topic}: given so far by us: {ours}; by them: {theirs}</source>
            <translation>{topic}: уже поступилися ми: {ours}; вони: {theirs}</translation>
        </message>
        <message>
            <source>Our promise is overdue: {text} (due {date}, {owner})</source>
            <translation>Наша обіцянка прострочена: {text} (термін {date}, {owner})</translation>
        </message>
        <message>
            <source>{topic}: the target date {date} has passed</source>
            <translation>{topic}: цільова дата {date} минула</translation>
        </message>
        <message>
            <source>No open negotiation: take any hard question to the table.</source>
            <translation>Відкритих переговорів немає: будь-яке складне питання виносьте за стіл переговорів.</translation>
        </message>
        <message>
            <source>Playbook: {text}</source>
            <translation>Збірка правил: {text}</translation>
        </message>
    </context>
    <context>
        <name>BriefDialog</name>
        <message>
            <source>Negotiation brief</source>
            <translation>Бриф до переговорів</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Клієнт:</translation>
        </message>
        <message>
            <source>Interactions:</source>
            <translation>Взаємодії:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>Print pre&amp;view...</source>
            <translation>Попередній пере&amp;гляд друку...</translation>
        </message>
        <message>
            <source>&amp;Save...</source>
            <translation>&amp;Зберегти...</translation>
        </message>
        <message>
            <source>Choose a client first.</source>
            <translation>Спершу виберіть клієнта.</translation>
        </message>
        <message>
            <source>client</source>
            <translation>клієнт</translation>
        </message>
        <message>
            <source>Brief %1 %2</source>
            <translation>Бриф %1 %2</translation>
        </message>
        <message>
            <source>Save the brief</source>
            <translation>Зберегти бриф</translation>
        </message>
        <message>
            <source>Writing the brief</source>
            <translation>Запис брифу</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Збережено в %1</translation>
        </message>
        <message>
            <source>Preparing the brief</source>
            <translation>Підготовка брифу</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check the rows</source>
            <translation>Перевірка рядків</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Імпортувати</translation>
        </message>
        <message>
            <source>Checking every row; nothing is written yet...</source>
            <translation>Перевіряється кожен рядок; поки нічого не записано...</translation>
        </message>
        <message>
            <source>Checking the rows</source>
            <translation>Перевірка рядків</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be imported; nothing has been written. Fix them in the file (or the column matching) and check again.</source>
            <translation>
                <numerusform>%n рядок не можна імпортувати; нічого не записано. Виправте файл (або зіставлення стовпців) і перевірте знову.</numerusform>
                <numerusform>%n рядки не можна імпортувати; нічого не записано. Виправте файл (або зіставлення стовпців) і перевірте знову.</numerusform>
                <numerusform>%n рядків не можна імпортувати; нічого не записано. Виправте файл (або зіставлення стовпців) і перевірте знову.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) are ready to import.</source>
            <translation>
                <numerusform>%n рядок готовий до імпорту.</numerusform>
                <numerusform>Усі %n рядки готові до імпорту.</numerusform>
                <numerusform>Усі %n рядків готові до імпорту.</numerusform>
            </translation>
        </message>
        <message>
            <source>New clients: %1.</source>
            <translation>Нові клієнти: %1.</translation>
        </message>
        <message>
            <source>New users: %1.</source>
            <translation>Нові користувачі: %1.</translation>
        </message>
        <message>
            <source>Check cancelled. Go back, or check again.</source>
            <translation>Перевірку скасовано. Поверніться назад або перевірте знову.</translation>
        </message>
        <message>
            <source>Importing...</source>
            <translation>Імпорт...</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Імпорт</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>Імпорт скасовано: нічого не записано.</translation>
        </message>
    </context>
    <context>
        <name>ClientEditor</name>
        <message>
            <source>Edit client</source>
            <translation>Змінити клієнта</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Новий клієнт</translation>
        </message>
        <message>
            <source>the reason, kept in the journal</source>
            <translation>причина, запишеться в журнал</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>&amp;Add contact</source>
            <translation>&amp;Додати контакт</translation>
        </message>
        <message>
            <source>&amp;Remove contact</source>
            <translation>При&amp;брати контакт</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Назва</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Чому</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Стадія</translation>
        </message>
        <message>
            <source>S&amp;egment</source>
            <translation>С&amp;егмент</translation>
        </message>
        <message>
            <source>Account &amp;manager</source>
            <translation>&amp;Менеджер</translation>
        </message>
        <message>
            <source>Contract &amp;from</source>
            <translation>Договір &amp;з</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;по</translation>
        </message>
        <message>
            <source>Contract &amp;value</source>
            <translation>С&amp;ума договору</translation>
        </message>
        <message>
            <source>Conta&amp;ct every</source>
            <translation>Зв'язок &amp;кожні</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>Но&amp;татки</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакти</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Зберегти (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>“%1” is not a date: type e.g. %2</source>
            <translation>«%1» — не дата: введіть, наприклад, %2</translation>
        </message>
        <message>
            <source>“%1” is not a sum of money: type e.g. %2</source>
            <translation>«%1» — не сума: введіть, наприклад, %2</translation>
        </message>
        <message>
            <source>Contact %1, %2: %3</source>
            <translation>Контакт %1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ClientHeaderCard</name>
        <message>
            <source>Edit client...</source>
            <translation>Змінити клієнта…</translation>
        </message>
        <message>
            <source>Negotiation brief...</source>
            <translation>Бриф до переговорів...</translation>
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
        <message>
            <source>Health</source>
            <translation>Здоров'я</translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) not acknowledged within the rule</source>
            <translation>
                <numerusform>%n відгук не підтверджено вчасно</numerusform>
                <numerusform>%n відгуки не підтверджено вчасно</numerusform>
                <numerusform>%n відгуків не підтверджено вчасно</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientListPanel</name>
        <message>
            <source>Filter clients (Ctrl+F)</source>
            <translation>Фільтр клієнтів (Ctrl+F)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Завантаження…</translation>
        </message>
        <message>
            <source>The client list could not be read: %1</source>
            <translation>Не вдалося прочитати список клієнтів: %1</translation>
        </message>
    </context>
    <context>
        <name>ClientPage</name>
        <message>
            <source>Timeline</source>
            <translation>Хроніка</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Відгуки</translation>
        </message>
        <message>
            <source>Negotiations</source>
            <translation>Переговори</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здоров'я</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Кваліфікація</translation>
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
            <translation>Почніть вводити назву клієнта</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <source>Name</source>
            <translation>Ім'я</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Посада</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
    </context>
    <context>
        <name>CriteriaChecklist</name>
        <message>
            <source>The portrait has no criteria yet (Edit &gt; Client portrait).</source>
            <translation>У портреті ще немає критеріїв (Зміни &gt; Портрет клієнта).</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n клієнт</numerusform>
                <numerusform>%n клієнти</numerusform>
                <numerusform>%n клієнтів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n early warning(s)</source>
            <translation>
                <numerusform>%n раннє попередження</numerusform>
                <numerusform>%n ранні попередження</numerusform>
                <numerusform>%n ранніх попереджень</numerusform>
            </translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Панель власника</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Оновити</translation>
        </message>
        <message>
            <source>&amp;Weights...</source>
            <translation>&amp;Ваги...</translation>
        </message>
        <message>
            <source>The owner's weights and thresholds of the health score</source>
            <translation>Ваги і пороги оцінки здоров'я, які задає власник</translation>
        </message>
        <message>
            <source>The firm's clients by band, month by month</source>
            <translation>Клієнти фірми за зонами, помісячно</translation>
        </message>
        <message>
            <source>Score history</source>
            <translation>Історія оцінки</translation>
        </message>
        <message>
            <source>Like, hear, negotiate: interactions by month</source>
            <translation>Подобатися, чути, домовлятися: контакти за місяцями</translation>
        </message>
        <message>
            <source>Stance drift by manager, last 90 days</source>
            <translation>Відхилення від політики за менеджерами, останні 90 днів</translation>
        </message>
        <message>
            <source>Manager:</source>
            <translation>Менеджер:</translation>
        </message>
        <message>
            <source>Segment:</source>
            <translation>Сегмент:</translation>
        </message>
        <message>
            <source>Band:</source>
            <translation>Зона:</translation>
        </message>
        <message>
            <source>Computing the firm's health</source>
            <translation>Розрахунок здоров'я фірми</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Усі</translation>
        </message>
        <message>
            <source>All segments</source>
            <translation>Усі сегменти</translation>
        </message>
        <message>
            <source>All bands</source>
            <translation>Усі зони</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>ніхто</translation>
        </message>
        <message>
            <source>Score history: %1</source>
            <translation>Історія оцінки: %1</translation>
        </message>
    </context>
    <context>
        <name>DayField</name>
        <message>
            <source>none · %1 · +1d · +1w</source>
            <translation>немає · %1 · +1д · +1т</translation>
        </message>
        <message>
            <source>none or %1</source>
            <translation>немає або %1</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Imported</source>
            <translation>Імпортовано</translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s) imported.</source>
            <translation>
                <numerusform>Імпортовано %n взаємодію.</numerusform>
                <numerusform>Імпортовано %n взаємодії.</numerusform>
                <numerusform>Імпортовано %n взаємодій.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new client(s): %1.</source>
            <translation>
                <numerusform>%n новий клієнт: %1.</numerusform>
                <numerusform>%n нових клієнти: %1.</numerusform>
                <numerusform>%n нових клієнтів: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new user(s): %1.</source>
            <translation>
                <numerusform>%n новий користувач: %1.</numerusform>
                <numerusform>%n нових користувачі: %1.</numerusform>
                <numerusform>%n нових користувачів: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new contact(s).</source>
            <translation>
                <numerusform>%n новий контакт.</numerusform>
                <numerusform>%n нових контакти.</numerusform>
                <numerusform>%n нових контактів.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>&amp;Restore</source>
            <translation>Ві&amp;дновити</translation>
        </message>
        <message>
            <source>Disc&amp;ard</source>
            <translation>Відкин&amp;ути</translation>
        </message>
        <message>
            <source>Restore the unsaved entry from %1?</source>
            <translation>Відновити незбережений запис від %1?</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The disk is full. Free some space (or choose another place) and try again. Nothing was saved.</source>
            <translation>Диск заповнено. Звільніть місце (або оберіть інше місце) і спробуйте знову. Нічого не збережено.</translation>
        </message>
        <message>
            <source>Another program is writing to the journal and has held it too long. Try again in a moment, or close the other program. Nothing was saved.</source>
            <translation>Інша програма пише в журнал і надто довго його тримає. Спробуйте за хвилину або закрийте іншу програму. Нічого не збережено.</translation>
        </message>
        <message>
            <source>This file or its folder cannot be written (read-only, or no permission). Nothing was saved. Choose a place you can write to, or ask for permission.</source>
            <translation>Цей файл або його теку не можна змінювати (лише читання або немає прав). Нічого не збережено. Оберіть місце, куди можна писати, або попросіть права на запис.</translation>
        </message>
        <message>
            <source>The journal is damaged. Nothing was saved. Restore the latest good backup: File &gt; Restore from a backup.</source>
            <translation>Журнал пошкоджено. Нічого не збережено. Відновіть останню справну резервну копію: Файл &gt; Відновити з резервної копії.</translation>
        </message>
        <message>
            <source>The disk failed to write or read. Check that it is connected and has space, then try again. Nothing was saved.</source>
            <translation>Диск не зміг записати або прочитати дані. Перевірте, що його під'єднано і на ньому є місце, і спробуйте знову. Нічого не збережено.</translation>
        </message>
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
        <name>ExchangeActions</name>
        <message>
            <source>&amp;Import a table (CSV, XLSX)...</source>
            <translation>&amp;Імпорт таблиці (CSV, XLSX)...</translation>
        </message>
        <message>
            <source>E&amp;xport...</source>
            <translation>Е&amp;кспорт...</translation>
        </message>
        <message>
            <source>Negotiation &amp;brief...</source>
            <translation>&amp;Бриф до переговорів...</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the journal</source>
            <translation>Експорт журналу</translation>
        </message>
        <message>
            <source>Only %1</source>
            <translation>Лише %1</translation>
        </message>
        <message>
            <source>any kind</source>
            <translation>будь-який вид</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Огляд...</translation>
        </message>
        <message>
            <source>The bundle is always the whole journal, with nothing left out.</source>
            <translation>Пакет — це завжди весь журнал, без пропусків.</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>Interactions:</source>
            <translation>Взаємодії:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>Ф&amp;айл:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Експортувати</translation>
        </message>
        <message>
            <source>Rapport journal</source>
            <translation>Журнал Rapport</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Експортувати до</translation>
        </message>
        <message>
            <source>Choose a file to write.</source>
            <translation>Виберіть файл для запису.</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>Експорт...</translation>
        </message>
        <message>
            <source>Exporting the journal</source>
            <translation>Експорт журналу</translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s) written to %1.</source>
            <translation>
                <numerusform>%n взаємодію записано до %1.</numerusform>
                <numerusform>%n взаємодії записано до %1.</numerusform>
                <numerusform>%n взаємодій записано до %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The whole journal was written to %1.</source>
            <translation>Увесь журнал записано до %1.</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written.</source>
            <translation>Експорт скасовано: файл не записано.</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Resolve feedback</source>
            <translation>Вирішити відгук</translation>
        </message>
        <message>
            <source>Resolved: “%1”</source>
            <translation>Вирішено: «%1»</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <translation>Чим вирішено</translation>
        </message>
        <message>
            <source>(no interaction)</source>
            <translation>(без взаємодії)</translation>
        </message>
        <message>
            <source>Repeat contact</source>
            <translation>Повторне звернення</translation>
        </message>
        <message>
            <source>The client came back about “%1” in:</source>
            <translation>Клієнт знову звернувся щодо «%1»:</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Взаємодія</translation>
        </message>
        <message>
            <source>New feedback</source>
            <translation>Новий відгук</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Що</translation>
        </message>
        <message>
            <source>&amp;Severity</source>
            <translation>&amp;Серйозність</translation>
        </message>
        <message>
            <source>Raised &amp;in</source>
            <translation>&amp;Надійшов у</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Відгуки</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Надійшов</translation>
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
            <source>Severity</source>
            <translation>Серйозність</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <source>To acknowledge</source>
            <translation>До підтвердження</translation>
        </message>
        <message>
            <source>Open for</source>
            <translation>Відкритий</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Повтори</translation>
        </message>
        <message>
            <source>Working hours from when it was raised until it was acknowledged (or until now): the rule is one working day</source>
            <translation>Робочі години від надходження до підтвердження (або дотепер): правило — один робочий день</translation>
        </message>
        <message>
            <source>Working hours from when it was raised until it was resolved (or until now)</source>
            <translation>Робочі години від надходження до вирішення (або дотепер)</translation>
        </message>
        <message>
            <source>How many times the client had to come back about it</source>
            <translation>Скільки разів клієнтові довелося звертатися повторно</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 год</translation>
        </message>
        <message>
            <source>%1 so far</source>
            <translation>%1 поки</translation>
        </message>
        <message>
            <source>Acknowledged after %1 working hours (the rule: within %2).</source>
            <translation>Підтверджено через %1 робочих год. (правило: протягом %2).</translation>
        </message>
        <message>
            <source>Not acknowledged; overdue since %1 (rule: %2 working hours).</source>
            <translation>Не підтверджено; прострочено з %1 (правило: %2 робочих год.).</translation>
        </message>
        <message>
            <source>To be acknowledged by %1 (within %2 working hours).</source>
            <translation>Підтвердити до %1 (протягом %2 робочих год.).</translation>
        </message>
        <message>
            <source>Raised %1</source>
            <translation>Надійшов %1</translation>
        </message>
        <message>
            <source>Acknowledged %1</source>
            <translation>Підтверджено %1</translation>
        </message>
        <message>
            <source>Resolved %1</source>
            <translation>Вирішено %1</translation>
        </message>
        <message>
            <source>Resolved by: %1</source>
            <translation>Чим вирішено: %1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>ніхто</translation>
        </message>
    </context>
    <context>
        <name>FeedbackInboxPage</name>
        <message>
            <source>Only &amp;mine</source>
            <translation>Лише &amp;мої</translation>
        </message>
        <message>
            <source>&amp;Acknowledge</source>
            <translation>&amp;Підтвердити</translation>
        </message>
        <message>
            <source>&amp;Resolve...</source>
            <translation>&amp;Вирішити...</translation>
        </message>
        <message>
            <source>Open &amp;client</source>
            <translation>Відкрити &amp;клієнта</translation>
        </message>
        <message>
            <source>Feedback inbox</source>
            <translation>Вхідні відгуки</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) not yet resolved</source>
            <translation>
                <numerusform>%n відгук ще не вирішено</numerusform>
                <numerusform>%n відгуки ще не вирішено</numerusform>
                <numerusform>%n відгуків ще не вирішено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting past the acknowledgement rule</source>
            <translation>
                <numerusform>%n чекає на підтвердження довше за правило</numerusform>
                <numerusform>%n чекають на підтвердження довше за правило</numerusform>
                <numerusform>%n чекають на підтвердження довше за правило</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackTab</name>
        <message>
            <source>&amp;New feedback...</source>
            <translation>&amp;Новий відгук...</translation>
        </message>
        <message>
            <source>&amp;Acknowledge</source>
            <translation>&amp;Підтвердити</translation>
        </message>
        <message>
            <source>&amp;Resolve...</source>
            <translation>&amp;Вирішити...</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>&amp;Відкрити знову</translation>
        </message>
        <message>
            <source>Repeat &amp;contact...</source>
            <translation>Повторне &amp;звернення...</translation>
        </message>
        <message>
            <source>The client came back about this item: count the interaction against the effort the client had to spend</source>
            <translation>Клієнт знову звернувся з цього приводу: врахувати взаємодію як зайві зусилля клієнта</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) not yet resolved</source>
            <translation>
                <numerusform>%n відгук ще не вирішено</numerusform>
                <numerusform>%n відгуки ще не вирішено</numerusform>
                <numerusform>%n відгуків ще не вирішено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not acknowledged within the rule</source>
            <translation>
                <numerusform>%n не підтверджено вчасно</numerusform>
                <numerusform>%n не підтверджено вчасно</numerusform>
                <numerusform>%n не підтверджено вчасно</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the client came back %n time(s) about them</source>
            <translation>
                <numerusform>клієнт звертався повторно %n раз</numerusform>
                <numerusform>клієнт звертався повторно %n рази</numerusform>
                <numerusform>клієнт звертався повторно %n разів</numerusform>
            </translation>
        </message>
        <message>
            <source>No feedback from this client yet.</source>
            <translation>Від цього клієнта ще немає відгуків.</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n overdue)</source>
            <translation>
                <numerusform>%1 (%n прострочений)</numerusform>
                <numerusform>%1 (%n прострочені)</numerusform>
                <numerusform>%1 (%n прострочених)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Виберіть файл</translation>
        </message>
        <message>
            <source>A CSV or XLSX table, one interaction per row, with a header row. Column names may be in English, Russian or Ukrainian.</source>
            <translation>Таблиця CSV або XLSX: одна взаємодія в рядку, перший рядок — заголовки. Назви стовпців — англійською, російською або українською.</translation>
        </message>
        <message>
            <source>journal.csv or journal.xlsx</source>
            <translation>journal.csv або journal.xlsx</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Огляд...</translation>
        </message>
        <message>
            <source>Import a table</source>
            <translation>Імпорт таблиці</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.xlsm)</source>
            <translation>Таблиці (*.csv *.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>Reading the file...</source>
            <translation>Читання файлу...</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Читання файлу</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) read.</source>
            <translation>
                <numerusform>Прочитано %n рядок.</numerusform>
                <numerusform>Прочитано %n рядки.</numerusform>
                <numerusform>Прочитано %n рядків.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message numerus="yes">
            <source>%n feedback item(s) not acknowledged within a working day</source>
            <translation>
                <numerusform>%n звернення не підтверджено протягом робочого дня</numerusform>
                <numerusform>%n звернення не підтверджені протягом робочого дня</numerusform>
                <numerusform>%n звернень не підтверджені протягом робочого дня</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) acknowledged late</source>
            <translation>
                <numerusform>%n звернення підтверджено із запізненням</numerusform>
                <numerusform>%n звернення підтверджені із запізненням</numerusform>
                <numerusform>%n звернень підтверджені із запізненням</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s) in deadlock</source>
            <translation>
                <numerusform>%n переговори в глухому куті</numerusform>
                <numerusform>%n переговорів у глухому куті</numerusform>
                <numerusform>%n переговорів у глухому куті</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s) escalated</source>
            <translation>
                <numerusform>%n переговори передано вище</numerusform>
                <numerusform>%n переговорів передано вище</numerusform>
                <numerusform>%n переговорів передано вище</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s) past the target date</source>
            <translation>
                <numerusform>%n переговори не завершено до строку</numerusform>
                <numerusform>%n переговорів не завершено до строку</numerusform>
                <numerusform>%n переговорів не завершено до строку</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no contact since the contract began %n day(s) ago</source>
            <translation>
                <numerusform>немає контакту від початку договору, %n день тому</numerusform>
                <numerusform>немає контакту від початку договору, %n дні тому</numerusform>
                <numerusform>немає контакту від початку договору, %n днів тому</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no contact for %n day(s)</source>
            <translation>
                <numerusform>немає контакту %n день</numerusform>
                <numerusform>немає контакту %n дні</numerusform>
                <numerusform>немає контакту %n днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>agreed rhythm: every %n day(s)</source>
            <translation>
                <numerusform>узгоджений ритм: раз на %n день</numerusform>
                <numerusform>узгоджений ритм: раз на %n дні</numerusform>
                <numerusform>узгоджений ритм: раз на %n днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>usual rhythm: every %n day(s)</source>
            <translation>
                <numerusform>звичайний ритм: раз на %n день</numerusform>
                <numerusform>звичайний ритм: раз на %n дні</numerusform>
                <numerusform>звичайний ритм: раз на %n днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>default rhythm: every %n day(s)</source>
            <translation>
                <numerusform>типовий ритм: раз на %n день</numerusform>
                <numerusform>типовий ритм: раз на %n дні</numerusform>
                <numerusform>типовий ритм: раз на %n днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mean sentiment %1 over the last %n day(s), against the client's usual %2</source>
            <translation>
                <numerusform>середній настрій %1 за останній %n день при звичайному для клієнта %2</numerusform>
                <numerusform>середній настрій %1 за останні %n дні при звичайному для клієнта %2</numerusform>
                <numerusform>середній настрій %1 за останні %n днів при звичайному для клієнта %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mean sentiment %1 over the last %n day(s)</source>
            <translation>
                <numerusform>середній настрій %1 за останній %n день</numerusform>
                <numerusform>середній настрій %1 за останні %n дні</numerusform>
                <numerusform>середній настрій %1 за останні %n днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the contract ends in %n day(s) with no renewal talk</source>
            <translation>
                <numerusform>договір закінчується через %n день, а про продовження не говорили</numerusform>
                <numerusform>договір закінчується через %n дні, а про продовження не говорили</numerusform>
                <numerusform>договір закінчується через %n днів, а про продовження не говорили</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the contract ended %n day(s) ago with no renewal talk</source>
            <translation>
                <numerusform>договір закінчився %n день тому, а про продовження не говорили</numerusform>
                <numerusform>договір закінчився %n дні тому, а про продовження не говорили</numerusform>
                <numerusform>договір закінчився %n днів тому, а про продовження не говорили</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) unresolved for more than %1 days</source>
            <translation>
                <numerusform>%n звернення не вирішено довше за %1 днів</numerusform>
                <numerusform>%n звернення не вирішені довше за %1 днів</numerusform>
                <numerusform>%n звернень не вирішені довше за %1 днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n promise(s) to the client overdue</source>
            <translation>
                <numerusform>%n обіцянку клієнтові прострочено</numerusform>
                <numerusform>%n обіцянки клієнтові прострочені</numerusform>
                <numerusform>%n обіцянок клієнтові прострочені</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n promise(s) kept after the date given</source>
            <translation>
                <numerusform>%n обіцянку виконано пізніше обіцяного строку</numerusform>
                <numerusform>%n обіцянки виконані пізніше обіцяного строку</numerusform>
                <numerusform>%n обіцянок виконані пізніше обіцяного строку</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s) tagged dismissive, capitulating or punishing</source>
            <translation>
                <numerusform>%n контакт із міткою «зневага», «капітуляція» або «покарання»</numerusform>
                <numerusform>%n контакти з міткою «зневага», «капітуляція» або «покарання»</numerusform>
                <numerusform>%n контактів з міткою «зневага», «капітуляція» або «покарання»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the client came back %n time(s) about the same problem</source>
            <translation>
                <numerusform>клієнт %n раз повертався до тієї самої проблеми</numerusform>
                <numerusform>клієнт %n рази повертався до тієї самої проблеми</numerusform>
                <numerusform>клієнт %n разів повертався до тієї самої проблеми</numerusform>
            </translation>
        </message>
        <message>
            <source>the client's effort averaged %1 of 5</source>
            <translation>зусилля клієнта в середньому %1 з 5</translation>
        </message>
        <message>
            <source>the account manager's pulse reads “%1”</source>
            <translation>пульс менеджера: «%1»</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>unchanged over 30 days</source>
            <translation>без змін за 30 днів</translation>
        </message>
        <message numerus="yes">
            <source>up %n point(s) in 30 days</source>
            <translation>
                <numerusform>плюс %n бал за 30 днів</numerusform>
                <numerusform>плюс %n бали за 30 днів</numerusform>
                <numerusform>плюс %n балів за 30 днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>down %n point(s) in 30 days</source>
            <translation>
                <numerusform>мінус %n бал за 30 днів</numerusform>
                <numerusform>мінус %n бали за 30 днів</numerusform>
                <numerusform>мінус %n балів за 30 днів</numerusform>
            </translation>
        </message>
        <message>
            <source>Now %1, %2</source>
            <translation>Зараз: %1, %2</translation>
        </message>
        <message>
            <source>The account manager's pulse (“%1”) and the computed band (%2) are two bands or more apart.</source>
            <translation>Пульс менеджера («%1») і розрахована зона (%2) розходяться на дві зони або більше.</translation>
        </message>
    </context>
    <context>
        <name>HealthCache</name>
        <message>
            <source>Computing the health of every client</source>
            <translation>Розрахунок здоров'я всіх клієнтів</translation>
        </message>
    </context>
    <context>
        <name>HealthPanel</name>
        <message>
            <source>Early warning: this relationship turned worse in the last 30 days.</source>
            <translation>Раннє попередження: стосунки погіршилися за останні 30 днів.</translation>
        </message>
        <message>
            <source>Log &amp;pulse...</source>
            <translation>Записати &amp;пульс...</translation>
        </message>
        <message>
            <source>Score, last six months</source>
            <translation>Оцінка за останні пів року</translation>
        </message>
        <message>
            <source>No pulse from the account manager in the last two months.</source>
            <translation>За останні два місяці менеджер не записував пульс.</translation>
        </message>
        <message>
            <source>Account manager's pulse: %1 (%2)</source>
            <translation>Пульс менеджера: %1 (%2)</translation>
        </message>
        <message>
            <source>Nothing takes points off: 100.</source>
            <translation>Бали нічого не знімає: 100.</translation>
        </message>
        <message>
            <source>Why %1 and not 100:</source>
            <translation>Чому %1, а не 100:</translation>
        </message>
        <message>
            <source>Replaying the health history</source>
            <translation>Відтворення історії здоров'я</translation>
        </message>
    </context>
    <context>
        <name>HealthWeights</name>
        <message>
            <source>How far back late acknowledgements, drift tags, effort and late promises count</source>
            <translation>Наскільки далеко в минуле враховуються пізні підтвердження, мітки відхилення, зусилля і прострочені обіцянки</translation>
        </message>
        <message>
            <source>The recent window whose mean sentiment is judged</source>
            <translation>Недавній період, за яким оцінюється середній настрій</translation>
        </message>
        <message>
            <source>The window before it that sets the client's own baseline</source>
            <translation>Період перед ним, що задає власний рівень клієнта</translation>
        </message>
        <message>
            <source>Rated interactions needed in the recent window</source>
            <translation>Скільки оцінених контактів потрібно в недавньому періоді</translation>
        </message>
        <message>
            <source>A drop below baseline smaller than this is noise</source>
            <translation>Падіння нижче звичайного рівня, менше за це, вважається шумом</translation>
        </message>
        <message>
            <source>Points per step (1.0) of drop below the baseline</source>
            <translation>Балів за кожен ступінь (1,0) падіння нижче звичайного рівня</translation>
        </message>
        <message>
            <source>Most points a sentiment slide can take</source>
            <translation>Скільки балів найбільше знімає падіння настрою</translation>
        </message>
        <message>
            <source>Per feedback item still not acknowledged after its clock</source>
            <translation>За кожне звернення, досі не підтверджене після строку</translation>
        </message>
        <message>
            <source>Per feedback item acknowledged, but after its clock</source>
            <translation>За кожне звернення, підтверджене, але пізніше строку</translation>
        </message>
        <message>
            <source>Most points the feedback clock can take</source>
            <translation>Скільки балів найбільше знімають строки підтвердження</translation>
        </message>
        <message>
            <source>Feedback open longer than this counts as unresolved</source>
            <translation>Звернення, відкрите довше за це, вважається невирішеним</translation>
        </message>
        <message>
            <source>Per feedback item left unresolved</source>
            <translation>За кожне невирішене звернення</translation>
        </message>
        <message>
            <source>Most points unresolved feedback can take</source>
            <translation>Скільки балів найбільше знімають невирішені звернення</translation>
        </message>
        <message>
            <source>Per negotiation in deadlock</source>
            <translation>За кожні переговори в глухому куті</translation>
        </message>
        <message>
            <source>Per negotiation escalated</source>
            <translation>За кожні переговори, передані вище</translation>
        </message>
        <message>
            <source>Per open negotiation past its target date</source>
            <translation>За кожні відкриті переговори після цільової дати</translation>
        </message>
        <message>
            <source>Most points negotiations can take</source>
            <translation>Скільки балів найбільше знімають переговори</translation>
        </message>
        <message>
            <source>Rhythm for a client with no contact_every_days and too little history</source>
            <translation>Ритм для клієнта без заданої частоти контактів і з короткою історією</translation>
        </message>
        <message>
            <source>Silence up to rhythm x (1 + grace) is not counted</source>
            <translation>Мовчання до ритм × (1 + запас) не враховується</translation>
        </message>
        <message>
            <source>Points per whole rhythm of silence beyond the first</source>
            <translation>Балів за кожен пропущений ритм понад перший</translation>
        </message>
        <message>
            <source>Most points silence can take</source>
            <translation>Скільки балів найбільше знімає мовчання</translation>
        </message>
        <message>
            <source>Per promised follow-up or negotiation action overdue</source>
            <translation>За кожну прострочену обіцянку або дію з переговорів</translation>
        </message>
        <message>
            <source>Most points overdue promises can take</source>
            <translation>Скільки балів найбільше знімають прострочені обіцянки</translation>
        </message>
        <message>
            <source>Per promise kept, but after its date (lookback)</source>
            <translation>За кожну обіцянку, виконану пізніше строку (за період)</translation>
        </message>
        <message>
            <source>Most points late promises can take</source>
            <translation>Скільки балів найбільше знімають пізно виконані обіцянки</translation>
        </message>
        <message>
            <source>Per interaction tagged dismissive, capitulating or punishing</source>
            <translation>За кожен контакт із міткою «зневага», «капітуляція» або «покарання»</translation>
        </message>
        <message>
            <source>Most points stance drift can take</source>
            <translation>Скільки балів найбільше знімає відхилення від політики</translation>
        </message>
        <message>
            <source>Mean client effort (1..5) from which effort counts</source>
            <translation>Середні зусилля клієнта (1..5), від яких вони враховуються</translation>
        </message>
        <message>
            <source>Rated interactions needed to judge effort</source>
            <translation>Скільки контактів з оцінкою зусиль потрібно для судження</translation>
        </message>
        <message>
            <source>Points per step of mean effort above 3</source>
            <translation>Балів за кожен ступінь середніх зусиль понад 3</translation>
        </message>
        <message>
            <source>Most points high effort can take</source>
            <translation>Скільки балів найбільше знімають великі зусилля</translation>
        </message>
        <message>
            <source>Per time the client had to come back about feedback</source>
            <translation>За кожне повторне звернення клієнта щодо тієї самої проблеми</translation>
        </message>
        <message>
            <source>Most points repeat contacts can take</source>
            <translation>Скільки балів найбільше знімають повторні звернення</translation>
        </message>
        <message>
            <source>A contract ending within this many days needs renewal talk</source>
            <translation>Договір, що закінчується в межах стількох днів, потребує розмови про продовження</translation>
        </message>
        <message>
            <source>A negotiation or negotiate-tagged contact this recent counts as renewal talk</source>
            <translation>Переговори або контакт із міткою «домовлятися» за цей строк вважаються розмовою про продовження</translation>
        </message>
        <message>
            <source>A contract ending soon with no renewal talk</source>
            <translation>Договір скоро закінчується, а про продовження не говорили</translation>
        </message>
        <message>
            <source>A pulse older than this is no longer counted</source>
            <translation>Пульс, старший за це, більше не враховується</translation>
        </message>
        <message>
            <source>The manager's pulse reads uneasy</source>
            <translation>Пульс менеджера: тривожно</translation>
        </message>
        <message>
            <source>The manager's pulse reads bad</source>
            <translation>Пульс менеджера: погано</translation>
        </message>
        <message>
            <source>A loss of this many points in 30 days raises a warning</source>
            <translation>Втрата стількох балів за 30 днів викликає попередження</translation>
        </message>
    </context>
    <context>
        <name>HealthWeightsDialog</name>
        <message>
            <source>Health weights and thresholds</source>
            <translation>Ваги і пороги здоров'я</translation>
        </message>
        <message>
            <source>Points are what a factor takes off the score of 100; no factor takes more than its cap. Changes apply to the whole firm, to every past day replayed too.</source>
            <translation>Бали — це те, що фактор знімає зі 100; жоден фактор не знімає більше за свою межу. Зміни стосуються всієї фірми і всіх відтворених минулих днів.</translation>
        </message>
        <message>
            <source>Default: %1</source>
            <translation>Типово: %1</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Rapport help</source>
            <translation>Довідка Rapport</translation>
        </message>
        <message>
            <source>Log an interaction with the client shown (or pick one)</source>
            <translation>Записати взаємодію з відкритим клієнтом (або вибрати клієнта)</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Новий клієнт</translation>
        </message>
        <message>
            <source>Edit the client shown</source>
            <translation>Змінити відкритого клієнта</translation>
        </message>
        <message>
            <source>Save the entry being edited</source>
            <translation>Зберегти запис, що редагується</translation>
        </message>
        <message>
            <source>Close the editor; what you typed is kept as a draft</source>
            <translation>Закрити редактор; введене збережеться як чернетка</translation>
        </message>
        <message>
            <source>Filter the client list</source>
            <translation>Відфільтрувати список клієнтів</translation>
        </message>
        <message>
            <source>Search the whole journal</source>
            <translation>Пошук у всьому журналі</translation>
        </message>
        <message>
            <source>%1, %2, %3…</source>
            <translation>%1, %2, %3…</translation>
        </message>
        <message>
            <source>Switch pages: Journal, Today, and the others</source>
            <translation>Перемкнути сторінки: Журнал, Сьогодні та інші</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>Ця довідка</translation>
        </message>
        <message>
            <source>Settings: who you are, language, database, working time</source>
            <translation>Налаштування: хто ви, мова, база даних, робочий час</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Вихід</translation>
        </message>
        <message>
            <source>Next field, in the order you type them</source>
            <translation>Наступне поле, в порядку введення</translation>
        </message>
        <message>
            <source>First letters</source>
            <translation>Перші літери</translation>
        </message>
        <message>
            <source>Pick a channel, kind, direction or effort</source>
            <translation>Вибрати канал, вид, напрямок або зусилля</translation>
        </message>
        <message>
            <source>← →</source>
            <translation>← →</translation>
        </message>
        <message>
            <source>Move the sentiment from neutral down or up</source>
            <translation>Зсунути настрій від нейтрального вниз або вгору</translation>
        </message>
        <message>
            <source>Letter, then Space</source>
            <translation>Літера, потім Пробіл</translation>
        </message>
        <message>
            <source>Jump to a tag and switch it on or off</source>
            <translation>Перейти до тегу й увімкнути або вимкнути його</translation>
        </message>
        <message>
            <source>+1d, +2w, +1m</source>
            <translation>+1д, +2т, +1м</translation>
        </message>
        <message>
            <source>A follow-up date counted from today</source>
            <translation>Дата нагадування, рахуючи від сьогодні</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Клавіатура</translation>
        </message>
        <message>
            <source>In the interaction editor</source>
            <translation>У редакторі взаємодії</translation>
        </message>
        <message>
            <source>&lt;b&gt;“The client? Who is that?”&lt;/b&gt; Arrogance: dismissive, “we know better”.</source>
            <translation>&lt;b&gt;«Клієнт? А хто це?»&lt;/b&gt; Зарозумілість: зневага, «ми краще знаємо».</translation>
        </message>
        <message>
            <source>&lt;b&gt;“The client is always right.”&lt;/b&gt; Capitulation: swallowed resentment, and promises the firm cannot keep.</source>
            <translation>&lt;b&gt;«Клієнт завжди правий».&lt;/b&gt; Капітуляція: проковтнута образа й обіцянки, яких фірма не може виконати.</translation>
        </message>
        <message>
            <source>&lt;b&gt;“The client is usually wrong.”&lt;/b&gt; Lecturing and punishing: rudeness back, a disliked client's order moved to the end of the queue.</source>
            <translation>&lt;b&gt;«Клієнт зазвичай неправий».&lt;/b&gt; Повчання й покарання: грубість у відповідь, замовлення неприємного клієнта — в кінець черги.</translation>
        </message>
        <message>
            <source>&lt;b&gt;“With a client we have chosen to work with, we choose to like, to hear and, in hard questions, to negotiate.”&lt;/b&gt; Soft in form, firm in principle.</source>
            <translation>&lt;b&gt;«З клієнтом, з яким ми вирішили працювати, ми обираємо подобатися, чути й у складних питаннях домовлятися».&lt;/b&gt; М'яко за формою, твердо по суті.</translation>
        </message>
        <message>
            <source>Like, hear, negotiate</source>
            <translation>Подобатися, чути, домовлятися</translation>
        </message>
        <message>
            <source>A firm’s attitude to its clients passes through four stages. The first three are failures; the fourth is the policy this journal keeps.</source>
            <translation>Ставлення фірми до клієнтів проходить чотири стадії. Перші три — провали; четверта — політика, якої дотримується цей журнал.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Like&lt;/b&gt;: leave every contracted client with a positive impression. &lt;b&gt;Hear&lt;/b&gt;: capture feedback and complaints, acknowledge them within one working day and route them — bad news must fly. &lt;b&gt;Negotiate&lt;/b&gt;: take hard questions to the table with the specification and the contract in hand, to keep the relationship and find a solution, not to drive it into a deadlock.</source>
            <translation>&lt;b&gt;Подобатися&lt;/b&gt;: залишати в кожного клієнта за договором позитивне враження. &lt;b&gt;Чути&lt;/b&gt;: фіксувати відгуки й скарги, підтверджувати їх протягом робочого дня та передавати далі — погані новини мають літати. &lt;b&gt;Домовлятися&lt;/b&gt;: виносити складні питання за стіл переговорів із техзавданням і договором у руках, щоб зберегти стосунки й знайти рішення, а не загнати ситуацію в глухий кут.</translation>
        </message>
        <message>
            <source>Stance drift</source>
            <translation>Зсув позиції</translation>
        </message>
        <message>
            <source>When an interaction shows stage 1, 2 or 3 behaviour, tag it dismissive, capitulating or punishing. It is an early sign that a relationship is going sour and that someone needs coaching — a signal, not a reprimand.</source>
            <translation>Коли у взаємодії видно поведінку стадії 1, 2 або 3, позначте її тегом «зневага», «капітуляція» або «покарання». Це ранній знак того, що стосунки псуються і комусь потрібна допомога наставника, — сигнал, а не догана.</translation>
        </message>
        <message>
            <source>Respect both ways</source>
            <translation>Повага в обидва боки</translation>
        </message>
        <message>
            <source>Good stories are worth recording, not only bad ones. Tag client misconduct when a client abuses our people, and staff praise when a client praises one of them. Record the client’s effort too (1 = none, 5 = exhausting): loyalty grows from how little effort a problem costs the client, not from red carpets.</source>
            <translation>Варто записувати хороші історії, а не лише погані. Тег «грубість клієнта» — коли клієнт ображає наших людей, «похвала працівнику» — коли клієнт хвалить когось із них. Записуйте й зусилля клієнта (1 — жодних, 5 — виснажливо): лояльність росте від того, як мало сил клієнтові коштує розв'язати проблему, а не від червоних доріжок.</translation>
        </message>
        <message>
            <source>The tags</source>
            <translation>Теги</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>Client</source>
            <translation>Клієнт</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Date (and time)</source>
            <translation>Дата (і час)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Час</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Напрям</translation>
        </message>
        <message>
            <source>Sentiment</source>
            <translation>Настрій</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Зусилля клієнта</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Суть</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Термін відповіді</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Відповідь надано</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(не імпортувати)</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a table</source>
            <translation>Імпорт таблиці</translation>
        </message>
    </context>
    <context>
        <name>InteractionEditor</name>
        <message>
            <source>Edit interaction</source>
            <translation>Змінити взаємодію</translation>
        </message>
        <message>
            <source>Log an interaction</source>
            <translation>Записати взаємодію</translation>
        </message>
        <message>
            <source>no effort</source>
            <translation>без зусиль</translation>
        </message>
        <message>
            <source>little</source>
            <translation>трохи</translation>
        </message>
        <message>
            <source>some</source>
            <translation>помітно</translation>
        </message>
        <message>
            <source>a lot</source>
            <translation>багато</translation>
        </message>
        <message>
            <source>exhausting</source>
            <translation>виснажливо</translation>
        </message>
        <message>
            <source>One line on what happened</source>
            <translation>Один рядок про те, що сталося</translation>
        </message>
        <message>
            <source>&amp;Client</source>
            <translation>&amp;Клієнт</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>Конт&amp;акт</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>Ко&amp;ли</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>Нап&amp;рямок</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>Ка&amp;нал</translation>
        </message>
        <message>
            <source>&amp;Sentiment</source>
            <translation>Настрі&amp;й</translation>
        </message>
        <message>
            <source>Client's &amp;effort</source>
            <translation>&amp;Зусилля клієнта</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>&amp;Суть</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>Н&amp;отатки</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation>&amp;Теги</translation>
        </message>
        <message>
            <source>Own ta&amp;gs</source>
            <translation>Власн&amp;і теги</translation>
        </message>
        <message>
            <source>&amp;Follow up on</source>
            <translation>На&amp;гадати</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Видалити…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Зберегти (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Logged by %1</source>
            <translation>Записує: %1</translation>
        </message>
        <message>
            <source>No current user: choose who you are in Settings</source>
            <translation>Користувача не вибрано: вкажіть себе в налаштуваннях</translation>
        </message>
        <message>
            <source>No client is named “%1”: pick one from the list</source>
            <translation>Немає клієнта «%1»: виберіть зі списку</translation>
        </message>
        <message>
            <source>Choose the client</source>
            <translation>Виберіть клієнта</translation>
        </message>
        <message>
            <source>“%1” is not a date: type e.g. %2, +1d or +1w</source>
            <translation>«%1» — не дата: введіть, наприклад, %2, +1д або +1т</translation>
        </message>
        <message>
            <source>Write one line on what happened</source>
            <translation>Напишіть один рядок про те, що сталося</translation>
        </message>
        <message>
            <source>Delete interaction</source>
            <translation>Видалити взаємодію</translation>
        </message>
        <message>
            <source>Delete this interaction from the journal? This cannot be undone.</source>
            <translation>Видалити цю взаємодію з журналу? Скасувати це буде неможливо.</translation>
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
        <message>
            <source>Clients: %1</source>
            <translation>Клієнтів: %1</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Зіставте стовпці</translation>
        </message>
        <message>
            <source>Client, date, channel and kind are needed; columns left out are not imported.</source>
            <translation>Потрібні клієнт, дата, канал і вид; пропущені стовпці не імпортуються.</translation>
        </message>
        <message>
            <source>(column %1)</source>
            <translation>(стовпець %1)</translation>
        </message>
    </context>
    <context>
        <name>NegotiationDetailView</name>
        <message>
            <source>Change &amp;status...</source>
            <translation>Змінити &amp;статус...</translation>
        </message>
        <message>
            <source>State a &amp;position...</source>
            <translation>Заявити &amp;позицію...</translation>
        </message>
        <message>
            <source>Con&amp;cession...</source>
            <translation>&amp;Поступка...</translation>
        </message>
        <message>
            <source>Link a s&amp;ession...</source>
            <translation>Прив'язати &amp;зустріч...</translation>
        </message>
        <message>
            <source>De&amp;tails...</source>
            <translation>&amp;Подробиці...</translation>
        </message>
        <message>
            <source>&amp;Add action...</source>
            <translation>&amp;Додати дію...</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>&amp;Виконано</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Узгоджені дії</translation>
        </message>
        <message>
            <source>No negotiation chosen</source>
            <translation>Переговори не вибрано</translation>
        </message>
        <message>
            <source>The client's position</source>
            <translation>Позиція клієнта</translation>
        </message>
        <message>
            <source>Our position</source>
            <translation>Наша позиція</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Відкрито</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Мета</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договір</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>ТЗ</translation>
        </message>
        <message>
            <source>Options considered</source>
            <translation>Розглянуті варіанти</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Підсумок</translation>
        </message>
        <message>
            <source>&amp;Not done</source>
            <translation>&amp;Не виконано</translation>
        </message>
    </context>
    <context>
        <name>NegotiationLedgerTab</name>
        <message>
            <source>&amp;New negotiation...</source>
            <translation>&amp;Нові переговори...</translation>
        </message>
    </context>
    <context>
        <name>Negotiations</name>
        <message>
            <source>the client</source>
            <translation>клієнт</translation>
        </message>
        <message>
            <source>our side</source>
            <translation>наша сторона</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Термін</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Виконано</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Статус: %1</translation>
        </message>
        <message>
            <source>Position of %1: %2</source>
            <translation>Позиція (%1): %2</translation>
        </message>
        <message>
            <source>Concession by %1: %2</source>
            <translation>Поступка (%1): %2</translation>
        </message>
        <message>
            <source>Session (%1): %2</source>
            <translation>Зустріч (%1): %2</translation>
        </message>
        <message>
            <source>New negotiation</source>
            <translation>Нові переговори</translation>
        </message>
        <message>
            <source>Be guided by the contract and the specification; keep the relationship; look for a solution.</source>
            <translation>Керуйтеся договором і технічним завданням; зберігайте стосунки; шукайте рішення.</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>Tar&amp;get date</source>
            <translation>&amp;Цільова дата</translation>
        </message>
        <message>
            <source>The &amp;client's position</source>
            <translation>Позиція &amp;клієнта</translation>
        </message>
        <message>
            <source>&amp;Our position</source>
            <translation>&amp;Наша позиція</translation>
        </message>
        <message>
            <source>Contract &amp;clauses</source>
            <translation>&amp;Пункти договору</translation>
        </message>
        <message>
            <source>&amp;Specification</source>
            <translation>&amp;Технічне завдання</translation>
        </message>
        <message>
            <source>Change the status</source>
            <translation>Змінити статус</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Зараз: %1</translation>
        </message>
        <message>
            <source>&amp;New status</source>
            <translation>&amp;Новий статус</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Причина</translation>
        </message>
        <message>
            <source>A stated position</source>
            <translation>Заявлена позиція</translation>
        </message>
        <message>
            <source>&amp;Whose</source>
            <translation>&amp;Чия</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>&amp;Позиція</translation>
        </message>
        <message>
            <source>A concession</source>
            <translation>Поступка</translation>
        </message>
        <message>
            <source>&amp;Given by</source>
            <translation>&amp;Хто поступився</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Що</translation>
        </message>
        <message>
            <source>A session of the negotiation</source>
            <translation>Зустріч у переговорах</translation>
        </message>
        <message>
            <source>&amp;Interaction</source>
            <translation>&amp;Взаємодія</translation>
        </message>
        <message>
            <source>An agreed action</source>
            <translation>Узгоджена дія</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Дія</translation>
        </message>
        <message>
            <source>(the account manager)</source>
            <translation>(менеджер клієнта)</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Відповідальний</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Термін</translation>
        </message>
        <message>
            <source>Negotiation details</source>
            <translation>Подробиці переговорів</translation>
        </message>
        <message>
            <source>O&amp;ptions considered</source>
            <translation>&amp;Розглянуті варіанти</translation>
        </message>
        <message>
            <source>Out&amp;come</source>
            <translation>&amp;Підсумок</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Відкрито</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Мета</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Відкриті дії</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) overdue</source>
            <translation>
                <numerusform>%n дію прострочено</numerusform>
                <numerusform>%n дії прострочено</numerusform>
                <numerusform>%n дій прострочено</numerusform>
            </translation>
        </message>
        <message>
            <source>Promises to this client: none came due yet.</source>
            <translation>Обіцянки цьому клієнтові: термін ще жодної не настав.</translation>
        </message>
        <message>
            <source>Promises kept on time: %1 (%2 of %3 that came due)</source>
            <translation>Обіцянки виконано вчасно: %1 (%2 з %3, термін яких настав)</translation>
        </message>
    </context>
    <context>
        <name>OwnerListDialog</name>
        <message>
            <source>Only an owner may change it.</source>
            <translation>Змінювати це може лише власник.</translation>
        </message>
        <message>
            <source>&amp;Add...</source>
            <translation>&amp;Додати...</translation>
        </message>
        <message>
            <source>&amp;Edit...</source>
            <translation>&amp;Змінити...</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Видалити</translation>
        </message>
    </context>
    <context>
        <name>PeriodFilter</name>
        <message>
            <source>any tag</source>
            <translation>будь-який тег</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;З:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;По:</translation>
        </message>
        <message>
            <source>T&amp;ag:</source>
            <translation>Т&amp;ег:</translation>
        </message>
        <message>
            <source>From</source>
            <translation>З</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>%1 is not a day; type one like %2</source>
            <translation>%1 — не дата; введіть, наприклад, %2</translation>
        </message>
        <message>
            <source>is before the first day</source>
            <translation>раніше за перший день</translation>
        </message>
    </context>
    <context>
        <name>Playbook</name>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Ситуація</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <source>Shown for</source>
            <translation>Показується для</translation>
        </message>
        <message>
            <source>Translate the entry</source>
            <translation>Перекласти запис</translation>
        </message>
        <message>
            <source>Edit the entry</source>
            <translation>Змінити запис</translation>
        </message>
        <message>
            <source>New playbook entry</source>
            <translation>Новий запис сценарію</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Мова</translation>
        </message>
        <message>
            <source>&amp;Situation</source>
            <translation>&amp;Ситуація</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Дія</translation>
        </message>
        <message>
            <source>When the &amp;kind is</source>
            <translation>Коли &amp;вид</translation>
        </message>
        <message>
            <source>or a &amp;tag is</source>
            <translation>або &amp;мітка</translation>
        </message>
        <message>
            <source>&amp;Playbook...</source>
            <translation>&amp;Сценарії...</translation>
        </message>
        <message>
            <source>Client &amp;portrait...</source>
            <translation>&amp;Портрет клієнта...</translation>
        </message>
        <message>
            <source>&amp;Qualify the prospect...</source>
            <translation>&amp;Кваліфікувати потенційного клієнта...</translation>
        </message>
    </context>
    <context>
        <name>PlaybookDialog</name>
        <message>
            <source>Playbook</source>
            <translation>Сценарії</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Усі мови</translation>
        </message>
        <message>
            <source>The playbook shows its action in the interaction editor when a logged interaction matches the kind or a tag.</source>
            <translation>Сценарій показує дію в редакторі взаємодії, коли вид або мітка запису збігаються.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Показати:</translation>
        </message>
        <message>
            <source>&amp;Translate...</source>
            <translation>&amp;Перекласти...</translation>
        </message>
    </context>
    <context>
        <name>PlaybookHint</name>
        <message>
            <source>Playbook</source>
            <translation>Сценарій</translation>
        </message>
    </context>
    <context>
        <name>Portfolio</name>
        <message>
            <source>Client</source>
            <translation>Клієнт</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здоров'я</translation>
        </message>
        <message>
            <source>Last 12 weeks</source>
            <translation>12 тижнів</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Останній контакт</translation>
        </message>
        <message>
            <source>Open feedback</source>
            <translation>Відкриті звернення</translation>
        </message>
        <message>
            <source>Open negotiations</source>
            <translation>Відкриті переговори</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <translation>Обіцянки вчасно</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ніколи</translation>
        </message>
    </context>
    <context>
        <name>Portrait</name>
        <message>
            <source>Interesting: we will work with them</source>
            <translation>Цікавий: працюватимемо</translation>
        </message>
        <message>
            <source>Not interesting</source>
            <translation>Не цікавий</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Критерій</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вага</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Зміст</translation>
        </message>
        <message>
            <source>Portrait criterion</source>
            <translation>Критерій портрета</translation>
        </message>
        <message>
            <source>&amp;Criterion</source>
            <translation>&amp;Критерій</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>&amp;Вага</translation>
        </message>
        <message>
            <source>&amp;Meaning</source>
            <translation>&amp;Зміст</translation>
        </message>
        <message>
            <source>Qualify %1 (now %2). Only an owner or an account manager decides.</source>
            <translation>Кваліфікація: %1 (зараз %2). Вирішує лише власник або менеджер клієнта.</translation>
        </message>
        <message>
            <source>Qualify the prospect</source>
            <translation>Кваліфікувати потенційного клієнта</translation>
        </message>
        <message>
            <source>&amp;Decision</source>
            <translation>&amp;Рішення</translation>
        </message>
        <message>
            <source>Criteria &amp;met</source>
            <translation>&amp;Виконані критерії</translation>
        </message>
        <message>
            <source>Portrait score</source>
            <translation>Відповідність портрету</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Чому</translation>
        </message>
        <message>
            <source>Choose who you are first (Settings).</source>
            <translation>Спершу вкажіть, хто ви (Налаштування).</translation>
        </message>
        <message>
            <source>Staff cannot qualify a prospect: ask an owner or an account manager.</source>
            <translation>Працівник не може кваліфікувати клієнта: зверніться до власника або менеджера клієнта.</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Вирішено</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Хто</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Рішення</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Чому</translation>
        </message>
        <message>
            <source>Criteria met</source>
            <translation>Виконані критерії</translation>
        </message>
    </context>
    <context>
        <name>PortraitDialog</name>
        <message>
            <source>Client portrait</source>
            <translation>Портрет клієнта</translation>
        </message>
        <message>
            <source>A prospect is qualified against these criteria: the share of the weight it meets is its portrait score.</source>
            <translation>Потенційного клієнта оцінюють за цими критеріями: частка виконаної ваги — його відповідність портрету.</translation>
        </message>
    </context>
    <context>
        <name>PulseDialog</name>
        <message>
            <source>Log pulse</source>
            <translation>Записати пульс</translation>
        </message>
        <message>
            <source>How does the relationship with %1 feel to you? The health score counts your reading, and shows where it and the computed band disagree.</source>
            <translation>Як ви відчуваєте стосунки з %1? Оцінка здоров'я враховує вашу думку і показує, де вона розходиться з розрахованою зоною.</translation>
        </message>
        <message>
            <source>this client</source>
            <translation>цим клієнтом</translation>
        </message>
        <message>
            <source>What makes you say so (optional)</source>
            <translation>Чому ви так вважаєте (необов'язково)</translation>
        </message>
        <message>
            <source>Reading:</source>
            <translation>Пульс:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Коментар:</translation>
        </message>
    </context>
    <context>
        <name>QualificationTab</name>
        <message>
            <source>&amp;Qualify...</source>
            <translation>&amp;Кваліфікувати...</translation>
        </message>
        <message>
            <source>Stage one: the front office (an owner or an account manager) decides, against the portrait and the sales plan, whether to work with this client.</source>
            <translation>Етап перший: фронт-офіс (власник або менеджер клієнта) вирішує, за портретом і планом продажів, чи працювати з цим клієнтом.</translation>
        </message>
        <message>
            <source>Past stage one: the client is %1.</source>
            <translation>Перший етап пройдено: клієнт — %1.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Відновлення з резервної копії</translation>
        </message>
        <message>
            <source>The journal %1 will be replaced by the backup you choose. The current file is kept beside it (named …before-restore-DATE), so nothing is thrown away.</source>
            <translation>Журнал %1 буде замінено обраною резервною копією. Поточний файл збережеться поруч (з назвою …before-restore-ДАТА), тож нічого не пропаде.</translation>
        </message>
        <message>
            <source>This journal is damaged, so Rapport has stopped writing to it.</source>
            <translation>Цей журнал пошкоджено, тому Rapport більше до нього не пише.</translation>
        </message>
        <message>
            <source>No backups of this journal in %1 yet.</source>
            <translation>У теці %1 ще немає резервних копій цього журналу.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Відновити</translation>
        </message>
        <message>
            <source>Choose a &amp;file…</source>
            <translation>Обрати &amp;файл…</translation>
        </message>
        <message>
            <source>Restore the backup taken %1?</source>
            <translation>Відновити резервну копію від %1?</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Оберіть резервну копію</translation>
        </message>
        <message>
            <source>Rapport backups (*.db *.bak *.sqlite);;All files (*)</source>
            <translation>Резервні копії Rapport (*.db *.bak *.sqlite);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Restore %1?</source>
            <translation>Відновити %1?</translation>
        </message>
        <message>
            <source>What was written after it will be in the file kept aside, not in the journal.</source>
            <translation>Записане після неї залишиться у збереженому поруч файлі, а не в журналі.</translation>
        </message>
    </context>
    <context>
        <name>Saving</name>
        <message>
            <source>Saving...</source>
            <translation>Збереження...</translation>
        </message>
        <message>
            <source>Journal busy</source>
            <translation>Журнал зайнятий</translation>
        </message>
        <message>
            <source>Another program is writing to the journal and has held it longer than Rapport waits. Nothing was saved yet, and what you typed is still here.</source>
            <translation>Інша програма пише в журнал і тримає його довше, ніж Rapport чекає. Поки нічого не збережено, а все, що ви ввели, на місці.</translation>
        </message>
        <message>
            <source>Retry when the other program has finished, or Cancel to keep editing.</source>
            <translation>Натисніть «Повторити», коли інша програма закінчить, або «Скасувати», щоб продовжити редагування.</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Search</source>
            <translation>Пошук</translation>
        </message>
        <message>
            <source>&amp;Search the journal</source>
            <translation>&amp;Пошук у журналі</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search the journal (%1)</source>
            <translation>Пошук у журналі (%1)</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Any kind</source>
            <translation>Будь-який вид</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Будь-який тег</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Будь-який автор</translation>
        </message>
        <message>
            <source>Only the selected client</source>
            <translation>Лише вибраний клієнт</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>З:</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>по:</translation>
        </message>
        <message>
            <source>Searching...</source>
            <translation>Триває пошук...</translation>
        </message>
        <message>
            <source>Searching the journal</source>
            <translation>Пошук у журналі</translation>
        </message>
        <message>
            <source>Type words into the search box and press Enter. Other endings of a word are found too; "quoted words" are a phrase.</source>
            <translation>Введіть слова в поле пошуку й натисніть Enter. Знаходяться й інші форми слова; "слова в лапках" шукаються як фраза.</translation>
        </message>
        <message>
            <source>Nothing matches "%1".</source>
            <translation>За запитом «%1» нічого не знайдено.</translation>
        </message>
        <message>
            <source>Matches for "%3": %1%2, best first.</source>
            <translation>Знайдено за запитом «%3»: %1%2, спершу найкращі.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Загальні</translation>
        </message>
        <message>
            <source>&amp;Working time</source>
            <translation>&amp;Робочий час</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>&amp;Користувачі</translation>
        </message>
        <message>
            <source>&amp;Backups</source>
            <translation>&amp;Резервні копії</translation>
        </message>
        <message>
            <source>Who am &amp;I</source>
            <translation>&amp;Хто я</translation>
        </message>
        <message>
            <source>What you log is signed with this name.</source>
            <translation>Усе, що ви записуєте, підписується цим ім'ям.</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Як у системі</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Мова</translation>
        </message>
        <message>
            <source>A new language is used from the next start of Rapport.</source>
            <translation>Нова мова ввімкнеться під час наступного запуску Rapport.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База даних</translation>
        </message>
        <message>
            <source>&amp;Open another…</source>
            <translation>&amp;Відкрити іншу…</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Нова база…</translation>
        </message>
        <message>
            <source>— nobody chosen —</source>
            <translation>— нікого не вибрано —</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Додати користувача…</translation>
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
            <source>New Rapport database</source>
            <translation>Нова база даних Rapport</translation>
        </message>
        <message>
            <source>Rapport databases (*.db)</source>
            <translation>Бази даних Rapport (*.db)</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Додати користувача…</translation>
        </message>
        <message>
            <source>An inactive user keeps what they logged but is no longer offered as an account manager.</source>
            <translation>Записи неактивного користувача зберігаються, але його більше не пропонують у менеджери.</translation>
        </message>
    </context>
    <context>
        <name>SettingsModels</name>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Свято</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім'я</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активний</translation>
        </message>
    </context>
    <context>
        <name>TagLine</name>
        <message>
            <source>the firm's own tags, separated by commas</source>
            <translation>власні теги фірми, через кому</translation>
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
        <message>
            <source>Loading…</source>
            <translation>Завантаження…</translation>
        </message>
        <message>
            <source>Today's list could not be read: %1</source>
            <translation>Не вдалося прочитати список на сьогодні: %1</translation>
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
            <source>A made-up firm with a year and a half of journal, to see Rapport at work. It goes into a new database file; your own journal stays as it is.</source>
            <translation>Вигадана фірма з журналом за півтора року, щоб побачити Rapport у роботі. Вона створюється в новому файлі бази даних; ваш журнал залишиться як є.</translation>
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
    <context>
        <name>WorkTimeEditor</name>
        <message>
            <source>Working &amp;days</source>
            <translation>Робочі &amp;дні</translation>
        </message>
        <message>
            <source>Working &amp;hours</source>
            <translation>Робочі &amp;години</translation>
        </message>
        <message>
            <source>name, e.g. New Year</source>
            <translation>назва, наприклад Новий рік</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Дода&amp;ти</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Прибрати</translation>
        </message>
        <message>
            <source>Ho&amp;lidays</source>
            <translation>&amp;Свята</translation>
        </message>
        <message>
            <source>The clock for acknowledging feedback runs only in working hours.</source>
            <translation>Строк підтвердження відгуків іде лише в робочий час.</translation>
        </message>
        <message>
            <source>Type the holiday's date first, e.g. %1</source>
            <translation>Спершу введіть дату свята, наприклад %1</translation>
        </message>
    </context>
</TS>
