<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Rapport</source>
            <translation>Про Rapport</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Версія %1</translation>
        </message>
        <message>
            <source>A client-relationship journal for small firms: like, hear, negotiate.</source>
            <translation>Журнал стосунків із клієнтами для невеликих фірм: подобатися, чути, домовлятися.</translation>
        </message>
        <message>
            <source>Free software under the %1 licence. Built with Qt %2 and PySide6 %3 (LGPL v3) on Python %4; briefs are set in the DejaVu fonts.</source>
            <translation>Вільна програма за ліцензією %1. Зібрана на Qt %2 і PySide6 %3 (LGPL v3) та Python %4; брифи набираються шрифтами DejaVu.</translation>
        </message>
        <message>
            <source>Journal:</source>
            <translation>Журнал:</translation>
        </message>
        <message>
            <source>Backups:</source>
            <translation>Резервні копії:</translation>
        </message>
        <message>
            <source>Settings:</source>
            <translation>Налаштування:</translation>
        </message>
        <message>
            <source>Log file:</source>
            <translation>Файл журналу подій:</translation>
        </message>
        <message>
            <source>Checked backups, made every half hour while the journal changes, in %1 (File &gt; Restore from a backup)</source>
            <translation>Перевірені резервні копії, щопівгодини, поки журнал змінюється, у %1 (Файл &gt; Відновити з резервної копії)</translation>
        </message>
        <message>
            <source>A database server (see the status bar).</source>
            <translation>Сервер бази даних (див. рядок стану).</translation>
        </message>
        <message>
            <source>The server's own backups (pg_dump), kept by whoever runs it.</source>
            <translation>Власні резервні копії сервера (pg_dump); їх веде той, хто обслуговує сервер.</translation>
        </message>
    </context>
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
        <message>
            <source>The journal's first person is its owner, who adds everyone else.</source>
            <translation>Перша людина в журналі — його власник: він додає всіх інших.</translation>
        </message>
        <message>
            <source>&amp;Login</source>
            <translation>&amp;Логін</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Пароль</translation>
        </message>
        <message>
            <source>Password a&amp;gain</source>
            <translation>Пароль &amp;ще раз</translation>
        </message>
        <message>
            <source>They connect to the server with this login and password. A login the server already has keeps its own password: leave the password empty then.</source>
            <translation>З цим логіном і паролем людина підключається до сервера. Логін, який на сервері вже є, зберігає свій пароль: тоді залиште пароль порожнім.</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Rapport could not connect to the journal on the server %1, so it opens the journal on this computer instead. To try the server again: File &gt; Connect to a server.</source>
            <translation>Rapport не вдалося під’єднатися до журналу на сервері %1, тому він відкриває журнал цього комп’ютера. Щоб знову спробувати сервер: Файл &gt; Під’єднатися до сервера.</translation>
        </message>
        <message>
            <source>%1 is on a network drive (%2).

A SQLite journal must not be shared on a network drive: SQLite's write-ahead log does not work over a network file system, and two people writing it can damage it. Keep the journal on this computer's own disk, or share one PostgreSQL server as a team: File &gt; Connect to a server (see the README, "A shared PostgreSQL server").</source>
            <translation>%1 лежить на мережевому диску (%2).

Журнал SQLite не можна спільно використовувати через мережевий диск: журнал попереднього запису SQLite не працює в мережевій файловій системі, і двоє людей, записуючи в нього, можуть його пошкодити. Тримайте журнал на власному диску цього комп’ютера або працюйте командою з одним сервером PostgreSQL: Файл &gt; Під’єднатися до сервера (див. README, «A shared PostgreSQL server»).</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>created</source>
            <translation>створення</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>зміна</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>видалення</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>взаємодія</translation>
        </message>
        <message>
            <source>client</source>
            <translation>клієнт</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>контакт</translation>
        </message>
        <message>
            <source>feedback item</source>
            <translation>відгук</translation>
        </message>
        <message>
            <source>negotiation</source>
            <translation>переговори</translation>
        </message>
        <message>
            <source>pulse</source>
            <translation>пульс</translation>
        </message>
        <message>
            <source>user</source>
            <translation>користувач</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>налаштування</translation>
        </message>
        <message>
            <source>playbook</source>
            <translation>сценарії</translation>
        </message>
        <message>
            <source>client portrait</source>
            <translation>портрет клієнта</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>мітка</translation>
        </message>
        <message>
            <source>trash item</source>
            <translation>елемент кошика</translation>
        </message>
        <message>
            <source>repeat contact</source>
            <translation>повторне звернення</translation>
        </message>
        <message>
            <source>status change</source>
            <translation>зміна статусу</translation>
        </message>
        <message>
            <source>position</source>
            <translation>позиція</translation>
        </message>
        <message>
            <source>concession</source>
            <translation>поступка</translation>
        </message>
        <message>
            <source>session</source>
            <translation>раунд переговорів</translation>
        </message>
        <message>
            <source>agreed action</source>
            <translation>узгоджена дія</translation>
        </message>
        <message>
            <source>stage change</source>
            <translation>зміна стадії</translation>
        </message>
        <message>
            <source>qualification</source>
            <translation>кваліфікація</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>свято</translation>
        </message>
        <message>
            <source>Stage before</source>
            <translation>Стадія до</translation>
        </message>
        <message>
            <source>Stage after</source>
            <translation>Стадія після</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Хто вирішив</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <translation>Чим розв'язано</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Мітка</translation>
        </message>
        <message>
            <source>Feedback item</source>
            <translation>Відгук</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Переговори</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активний</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логін</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значення</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оцінка</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Елемент</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запис</translation>
        </message>
        <message>
            <source>Deleted by</source>
            <translation>Хто видалив</translation>
        </message>
        <message>
            <source>Deleted at</source>
            <translation>Коли видалено</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>так</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ні</translation>
        </message>
    </context>
    <context>
        <name>AuditMenu</name>
        <message>
            <source>Client &amp;history...</source>
            <translation>&amp;Історія клієнта...</translation>
        </message>
        <message>
            <source>&amp;Audit trail...</source>
            <translation>&amp;Журнал змін...</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Хто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Що</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запис</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клієнт</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Зміни</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Select a change to see every field it touched.</source>
            <translation>Виберіть зміну, щоб побачити всі поля, яких вона торкнулася.</translation>
        </message>
        <message>
            <source>Reading the audit trail...</source>
            <translation>Читання журналу змін...</translation>
        </message>
        <message>
            <source>No changes recorded that match.</source>
            <translation>Відповідних змін не записано.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s).</source>
            <translation>
                <numerusform>%n зміна.</numerusform>
                <numerusform>%n зміни.</numerusform>
                <numerusform>%n змін.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) shown; scroll down for older ones.</source>
            <translation>
                <numerusform>Показано %n зміну; прокрутіть униз, щоб побачити давніші.</numerusform>
                <numerusform>Показано %n зміни; прокрутіть униз, щоб побачити давніші.</numerusform>
                <numerusform>Показано %n змін; прокрутіть униз, щоб побачити давніші.</numerusform>
            </translation>
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
            <translation>Відкриті відгуки</translation>
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
            <source>Mutual respect</source>
            <translation>Взаємна повага</translation>
        </message>
        <message>
            <source>Client misconduct towards our people is recorded so that we support them; it does not lower the client's health score.</source>
            <translation>Некоректна поведінка клієнта щодо наших працівників записується, щоб ми їх підтримали; оцінку здоров'я клієнта вона не знижує.</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>Like: leave a good impression</source>
            <translation>Подобатися: залишити добре враження</translation>
        </message>
        <message>
            <source>Hear: acknowledge and own it</source>
            <translation>Чути: підтвердити й узяти відповідальність</translation>
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
            <translation>Зв'язок кожні</translation>
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
            <source>{reading}: “{comment}”</source>
            <translation>{reading}: «{comment}»</translation>
        </message>
        <message>
            <source>What moves the score</source>
            <translation>Що впливає на оцінку</translation>
        </message>
        <message>
            <source>{reason} ({percent} sure)</source>
            <translation>{reason} (упевненість {percent})</translation>
        </message>
        <message>
            <source>{value}%</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>Why now</source>
            <translation>Чому зараз</translation>
        </message>
        <message>
            <source>Since {since} the score fell from {before} to {now}.</source>
            <translation>З {since} оцінка впала з {before} до {now}.</translation>
        </message>
        <message>
            <source>The factors behind it: {causes}.</source>
            <translation>Причини: {causes}.</translation>
        </message>
        <message>
            <source>What would clear it: {clears}.</source>
            <translation>Що це виправить: {clears}.</translation>
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
            <translation>Надійшов</translation>
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
            <translation>Позиція клієнта</translation>
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
            <source>Channel, kind</source>
            <translation>Канал, вид</translation>
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
            <translation>Спершу підтвердіть отримання й візьміть відповідальність: {text} (надійшов {date}, {hours} роб. год без відповіді)</translation>
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
            <translation>Сценарій: {text}</translation>
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
            <source>Saved to %1</source>
            <translation>Збережено в %1</translation>
        </message>
        <message>
            <source>Preparing the brief</source>
            <translation>Підготовка брифу</translation>
        </message>
    </context>
    <context>
        <name>CaptureClients</name>
        <message>
            <source>Address</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім'я</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Записів</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клієнт</translation>
        </message>
        <message>
            <source>(no address)</source>
            <translation>(без адреси)</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— оберіть —</translation>
        </message>
        <message>
            <source>First: %1</source>
            <translation>Перший: %1</translation>
        </message>
    </context>
    <context>
        <name>CaptureClientsDialog</name>
        <message>
            <source>Which client?</source>
            <translation>Який клієнт?</translation>
        </message>
        <message numerus="yes">
            <source>%n captured entry(ies) match no client's contact. Choose the client for each address; Rapport remembers the address as a contact of that client.</source>
            <translation>
                <numerusform>%n прийнятий запис не збігся з жодним контактом клієнтів. Оберіть клієнта для кожної адреси; Rapport запам'ятає адресу як контакт цього клієнта.</numerusform>
                <numerusform>%n прийняті записи не збіглися з жодним контактом клієнтів. Оберіть клієнта для кожної адреси; Rapport запам'ятає адресу як контакт цього клієнта.</numerusform>
                <numerusform>%n прийнятих записів не збіглися з жодним контактом клієнтів. Оберіть клієнта для кожної адреси; Rapport запам'ятає адресу як контакт цього клієнта.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client for &amp;all:</source>
            <translation>Клієнт для &amp;всіх:</translation>
        </message>
        <message>
            <source>Use for all</source>
            <translation>Для всіх</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Новий клієнт…</translation>
        </message>
        <message>
            <source>Capture</source>
            <translation>Прийняти</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Новий клієнт</translation>
        </message>
        <message>
            <source>Name of the new client:</source>
            <translation>Назва нового клієнта:</translation>
        </message>
    </context>
    <context>
        <name>CaptureDrop</name>
        <message>
            <source>&amp;Capture mail and meetings...</source>
            <translation>&amp;Прийняти пошту та зустрічі...</translation>
        </message>
        <message>
            <source>Capture mail and meetings</source>
            <translation>Прийняти пошту та зустрічі</translation>
        </message>
        <message>
            <source>Mail and calendars (%1);;All files (*)</source>
            <translation>Пошта й календарі (%1);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Put every message and meeting with %1?

No: each goes to the client its addresses match.</source>
            <translation>Записати всі листи та зустрічі клієнту %1?

Ні: кожен запис потрапить до клієнта, якому відповідають його адреси.</translation>
        </message>
        <message>
            <source>Reading mail and calendars</source>
            <translation>Читання пошти й календарів</translation>
        </message>
        <message>
            <source>Capturing mail and meetings</source>
            <translation>Запис пошти й зустрічей до журналу</translation>
        </message>
        <message>
            <source>Playbook for a complaint:</source>
            <translation>Сценарій у разі скарги:</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was captured: %n problem(s) to fix first.</source>
            <translation>
                <numerusform>Нічого не записано: спершу виправте %n проблему.</numerusform>
                <numerusform>Нічого не записано: спершу виправте %n проблеми.</numerusform>
                <numerusform>Нічого не записано: спершу виправте %n проблем.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>... and %n more</source>
            <translation>
                <numerusform>... і ще %n</numerusform>
                <numerusform>... і ще %n</numerusform>
                <numerusform>... і ще %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: %n entry(ies) already in the journal.</source>
            <translation>
                <numerusform>Нічого нового: %n запис уже в журналі.</numerusform>
                <numerusform>Нічого нового: %n записи вже в журналі.</numerusform>
                <numerusform>Нічого нового: %n записів уже в журналі.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to capture.</source>
            <translation>Нічого записувати.</translation>
        </message>
        <message numerus="yes">
            <source>Captured: %n email(s)</source>
            <translation>
                <numerusform>Записано: %n лист</numerusform>
                <numerusform>Записано: %n листи</numerusform>
                <numerusform>Записано: %n листів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n зустріч</numerusform>
                <numerusform>%n зустрічі</numerusform>
                <numerusform>%n зустрічей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n дзвінок</numerusform>
                <numerusform>%n дзвінки</numerusform>
                <numerusform>%n дзвінків</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s) opened as feedback.</source>
            <translation>
                <numerusform>%n скаргу відкрито як відгук.</numerusform>
                <numerusform>%n скарги відкрито як відгуки.</numerusform>
                <numerusform>%n скарг відкрито як відгуки.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n address(es) remembered as contacts.</source>
            <translation>
                <numerusform>%n адресу запам'ятано як контакт.</numerusform>
                <numerusform>%n адреси запам'ятано як контакти.</numerusform>
                <numerusform>%n адрес запам'ятано як контакти.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the journal, skipped.</source>
            <translation>
                <numerusform>%n уже в журналі, пропущено.</numerusform>
                <numerusform>%n уже в журналі, пропущено.</numerusform>
                <numerusform>%n уже в журналі, пропущено.</numerusform>
            </translation>
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
            <source>&amp;Skip the bad rows: import the good ones and list the bad ones in a file beside this one</source>
            <translation>&amp;Пропустити погані рядки: імпортувати добрі, а погані перелічити у файлі поруч із цим</translation>
        </message>
        <message>
            <source>Save these choices as a &amp;profile...</source>
            <translation>Зберегти ці налаштування як &amp;профіль...</translation>
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
            <source>Or skip them: the other %n row(s) can be imported.</source>
            <translation>
                <numerusform>Або пропустіть їх: тоді імпортується %n рядок.</numerusform>
                <numerusform>Або пропустіть їх: тоді імпортуються %n рядки.</numerusform>
                <numerusform>Або пропустіть їх: тоді імпортуються %n рядків.</numerusform>
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
        <message numerus="yes">
            <source>%n row(s) are ready to import.</source>
            <translation>
                <numerusform>%n рядок готовий до імпорту.</numerusform>
                <numerusform>%n рядки готові до імпорту.</numerusform>
                <numerusform>%n рядків готові до імпорту.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bad row(s) will be left out and listed in %1.</source>
            <translation>
                <numerusform>%n поганий рядок буде пропущено й записано в %1.</numerusform>
                <numerusform>%n погані рядки буде пропущено й записано в %1.</numerusform>
                <numerusform>%n поганих рядків буде пропущено й записано в %1.</numerusform>
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
            <source>Save the import profile</source>
            <translation>Зберегти профіль імпорту</translation>
        </message>
        <message>
            <source>Import profiles (*.json)</source>
            <translation>Профілі імпорту (*.json)</translation>
        </message>
        <message>
            <source>Saving the profile</source>
            <translation>Профіль зберігається</translation>
        </message>
        <message>
            <source>Profile saved: %1</source>
            <translation>Профіль збережено: %1</translation>
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
        <name>ClientDelete</name>
        <message>
            <source>Choose a client first.</source>
            <translation>Спершу виберіть клієнта.</translation>
        </message>
        <message>
            <source>Delete %1 from the journal? It goes to the trash, where an owner can restore it.</source>
            <translation>Видалити %1 з журналу? Клієнт потрапить до кошика, звідки власник може його відновити.</translation>
        </message>
        <message>
            <source>Its journal goes with it: %1.</source>
            <translation>Разом з ним іде його журнал: %1.</translation>
        </message>
        <message>
            <source>Delete client</source>
            <translation>Видалити клієнта</translation>
        </message>
        <message>
            <source>Deleting...</source>
            <translation>Видалення...</translation>
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
            <source>Close</source>
            <translation>Закрити</translation>
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
            <source>History...</source>
            <translation>Історія...</translation>
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
            <source>%1 h</source>
            <translation>%1 год</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клієнт</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Стадія</translation>
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
        <message>
            <source>Reply</source>
            <translation>Відповідь</translation>
        </message>
        <message>
            <source>The client's message waits for our reply: past the firm's rule</source>
            <translation>Повідомлення клієнта чекає на нашу відповідь: правило фірми вже порушено</translation>
        </message>
        <message>
            <source>The client's message waits for our reply</source>
            <translation>Повідомлення клієнта чекає на нашу відповідь</translation>
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
        <name>CodeEntriesDialog</name>
        <message>
            <source>Code entries</source>
            <translation>Розмітка записів</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>&amp;Попередня сторінка</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>&amp;Наступна сторінка</translation>
        </message>
        <message>
            <source>Accept &amp;selected (Ctrl+T)</source>
            <translation>Прийняти &amp;вибрані (Ctrl+T)</translation>
        </message>
        <message>
            <source>Accept &amp;all shown</source>
            <translation>Прийняти &amp;всі показані</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
        <message>
            <source>Any client</source>
            <translation>Будь-який клієнт</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Будь-хто</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Клієнт:</translation>
        </message>
        <message>
            <source>&amp;Manager:</source>
            <translation>&amp;Менеджер:</translation>
        </message>
        <message>
            <source>&amp;From / to:</source>
            <translation>&amp;З / по:</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Читаємо…</translation>
        </message>
        <message>
            <source>Entries %1–%2 of %3 not coded yet</source>
            <translation>Записи %1–%2 з %3 ще без розмітки</translation>
        </message>
        <message>
            <source>Every entry here is coded.</source>
            <translation>Усі записи тут розмічені.</translation>
        </message>
        <message>
            <source>No entries in this period.</source>
            <translation>За цей період записів немає.</translation>
        </message>
        <message numerus="yes">
            <source>Coded: %1 of %Ln entries (%2).</source>
            <translation>
                <numerusform>Розмічено: %1 з %Ln запису (%2).</numerusform>
                <numerusform>Розмічено: %1 з %Ln записів (%2).</numerusform>
                <numerusform>Розмічено: %1 з %Ln записів (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>By manager: %1.</source>
            <translation>За менеджерами: %1.</translation>
        </message>
        <message>
            <source>Coding entries…</source>
            <translation>Розмічаємо записи…</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>CodingMenu</name>
        <message>
            <source>&amp;Code entries...</source>
            <translation>&amp;Розмітка записів...</translation>
        </message>
    </context>
    <context>
        <name>CodingProposal</name>
        <message>
            <source>Proposed: %1 — %2 (chosen)</source>
            <translation>Запропоновано: %1 — %2 (обрано)</translation>
        </message>
        <message>
            <source>Proposed: %1 — %2. &lt;a href="accept"&gt;Accept&lt;/a&gt; (%3)</source>
            <translation>Запропоновано: %1 — %2. &lt;a href="accept"&gt;Прийняти&lt;/a&gt; (%3)</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to a database server</source>
            <translation>Під’єднання до сервера баз даних</translation>
        </message>
        <message>
            <source>db.example.com</source>
            <translation>db.example.com</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Порт:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;База даних:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Користувач:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>A team shares one journal on a PostgreSQL server; each person connects with their own login.</source>
            <translation>Команда працює з одним журналом на сервері PostgreSQL; кожен під’єднується під власним логіном.</translation>
        </message>
        <message>
            <source>The password is kept in the system keyring, never in Rapport's settings.</source>
            <translation>Пароль зберігається в системному сховищі паролів і ніколи — в налаштуваннях Rapport.</translation>
        </message>
        <message>
            <source>There is no system keyring here: Rapport will ask for the password each time it connects, and never writes it to disk.</source>
            <translation>Системного сховища паролів тут немає: Rapport питатиме пароль під час кожного під’єднання і ніколи не запише його на диск.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Під’єднатися</translation>
        </message>
        <message>
            <source>Name the server.</source>
            <translation>Вкажіть сервер.</translation>
        </message>
        <message>
            <source>Name the database.</source>
            <translation>Вкажіть базу даних.</translation>
        </message>
        <message>
            <source>Name the user you log in as.</source>
            <translation>Вкажіть користувача, під яким ви входите.</translation>
        </message>
    </context>
    <context>
        <name>ConstantsForm</name>
        <message>
            <source>The same for every row</source>
            <translation>Одне значення для всіх рядків</translation>
        </message>
        <message>
            <source>For a field the file has no column for</source>
            <translation>Для поля, якого у файлі немає</translation>
        </message>
        <message>
            <source>(from the file)</source>
            <translation>(з файлу)</translation>
        </message>
        <message>
            <source>2026-03-01</source>
            <translation>2026-03-01</translation>
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
            <translation>Подобатися, чути, домовлятися: взаємодії за місяцями</translation>
        </message>
        <message>
            <source>Stance drift by manager</source>
            <translation>Відхилення позиції за менеджерами</translation>
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
            <source>Cl&amp;ients</source>
            <translation>Кл&amp;ієнти</translation>
        </message>
        <message>
            <source>Tea&amp;m</source>
            <translation>Ко&amp;манда</translation>
        </message>
        <message>
            <source>Mutual res&amp;pect</source>
            <translation>Взаємна &amp;повага</translation>
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
            <source>Stance drift by manager, %1</source>
            <translation>Відхилення позиції за менеджерами, %1</translation>
        </message>
        <message>
            <source>Stance drift by segment, %1</source>
            <translation>Відхилення позиції за сегментами, %1</translation>
        </message>
        <message>
            <source>Clients by band, month by month</source>
            <translation>Клієнти за зонами, помісячно</translation>
        </message>
        <message>
            <source>Score history: %1</source>
            <translation>Історія оцінки: %1</translation>
        </message>
    </context>
    <context>
        <name>DateOrderBox</name>
        <message>
            <source>Dates</source>
            <translation>Дати</translation>
        </message>
        <message>
            <source>As detected</source>
            <translation>Як визначено</translation>
        </message>
        <message>
            <source>Day first (31.12.2026, 31/12/2026)</source>
            <translation>Спершу день (31.12.2026, 31/12/2026)</translation>
        </message>
        <message>
            <source>Month first (12/31/2026)</source>
            <translation>Спершу місяць (12/31/2026)</translation>
        </message>
        <message>
            <source>Year first (2026/12/31)</source>
            <translation>Спершу рік (2026/12/31)</translation>
        </message>
        <message>
            <source>&amp;Order:</source>
            <translation>&amp;Порядок:</translation>
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
        <message>
            <source>“%1” is not a date: type e.g. %2, +1d or +1w</source>
            <translation>«%1» — не дата: введіть, наприклад, %2, +1д або +1т</translation>
        </message>
    </context>
    <context>
        <name>DeclinedPanel</name>
        <message>
            <source>Declined per manager</source>
            <translation>Відхилено за менеджерами</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Період</translation>
        </message>
        <message>
            <source>Every decision on record, up to %1.</source>
            <translation>Усі рішення в журналі, по %1.</translation>
        </message>
        <message>
            <source>Decisions from %1 to %2.</source>
            <translation>Рішення з %1 по %2.</translation>
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
            <source>%n row(s) had been imported before and were not added again.</source>
            <translation>
                <numerusform>%n рядок уже був імпортований раніше й не доданий знову.</numerusform>
                <numerusform>%n рядки вже були імпортовані раніше й не додані знову.</numerusform>
                <numerusform>%n рядків уже були імпортовані раніше й не додані знову.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bad row(s) left out, listed with their reasons in %1.</source>
            <translation>
                <numerusform>%n поганий рядок пропущено й записано з причиною в %1.</numerusform>
                <numerusform>%n погані рядки пропущено й записано з причинами в %1.</numerusform>
                <numerusform>%n поганих рядків пропущено й записано з причинами в %1.</numerusform>
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
            <source>Route feedback</source>
            <translation>Доручити відгук</translation>
        </message>
        <message>
            <source>Who takes “%1”? They see it in their Today.</source>
            <translation>Хто візьме «%1»? Він побачить це у своєму «Сьогодні».</translation>
        </message>
        <message>
            <source>&amp;Colleague</source>
            <translation>&amp;Колега</translation>
        </message>
        <message>
            <source>(the account manager)</source>
            <translation>(менеджер клієнта)</translation>
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
            <translation>&amp;Важливість</translation>
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
            <source>Ass&amp;ign...</source>
            <translation>Дору&amp;чити...</translation>
        </message>
        <message>
            <source>Route the item to a colleague: they see it in their Today</source>
            <translation>Доручити колезі: він побачить це у своєму «Сьогодні»</translation>
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
            <source>Route the re&amp;ply...</source>
            <translation>Передати відпові&amp;дь...</translation>
        </message>
        <message>
            <source>No reply nee&amp;ded</source>
            <translation>Відповідь не по&amp;трібна</translation>
        </message>
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
            <source>Ass&amp;ign...</source>
            <translation>Дору&amp;чити...</translation>
        </message>
        <message>
            <source>Route the item to a colleague: they see it in their Today</source>
            <translation>Доручити колезі: він побачить це у своєму «Сьогодні»</translation>
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
            <source>%n message(s) from the client await our reply</source>
            <translation>
                <numerusform>%n повідомлення клієнта чекає на нашу відповідь</numerusform>
                <numerusform>%n повідомлення клієнта чекають на нашу відповідь</numerusform>
                <numerusform>%n повідомлень клієнта чекають на нашу відповідь</numerusform>
            </translation>
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
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
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
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Contract from</source>
            <translation>Договір з</translation>
        </message>
        <message>
            <source>Contract to</source>
            <translation>Договір по</translation>
        </message>
        <message>
            <source>Contract value</source>
            <translation>Сума договору</translation>
        </message>
        <message>
            <source>Contact every</source>
            <translation>Зв'язок кожні</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логін</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
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
            <source>When</source>
            <translation>Коли</translation>
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
            <translation>Напрямок</translation>
        </message>
        <message>
            <source>Sentiment</source>
            <translation>Настрій</translation>
        </message>
        <message>
            <source>Client's effort</source>
            <translation>Зусилля клієнта</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Суть</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Нагадати</translation>
        </message>
        <message>
            <source>Followed up on</source>
            <translation>Виконано</translation>
        </message>
        <message>
            <source>Praised colleague</source>
            <translation>Кого похвалили</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Взаємодія</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Надійшов</translation>
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
            <source>Acknowledged</source>
            <translation>Підтверджено</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Вирішено</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
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
            <translation>Позиція клієнта</translation>
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
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Що</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
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
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Пульс</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Коментар</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вага</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Рішення</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Дата рішення</translation>
        </message>
        <message>
            <source>Criteria met</source>
            <translation>Виконані критерії</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Ситуація</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>Kinds</source>
            <translation>Види</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категорія</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Робочі дні</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Робочі години</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Свята</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Години</translation>
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
            <source>Columns</source>
            <translation>Стовпці</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Виберіть файл</translation>
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
            <source>A CSV, XLSX or XLS table, one interaction per row, with a header row. Column names may be in English, Russian or Ukrainian, as other programs export them.</source>
            <translation>Таблиця CSV, XLSX або XLS: одна взаємодія в рядку, з рядком заголовків. Назви стовпців можуть бути англійською, російською чи українською, як їх вивантажують інші програми.</translation>
        </message>
        <message>
            <source>journal.csv, journal.xlsx or journal.xls</source>
            <translation>journal.csv, journal.xlsx або journal.xls</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Визначити</translation>
        </message>
        <message>
            <source>How the text of a CSV file is encoded; change it if the preview shows garbled letters</source>
            <translation>Кодування тексту CSV-файлу; змініть його, якщо в перегляді літери спотворені</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(немає)</translation>
        </message>
        <message>
            <source>&amp;Use a profile...</source>
            <translation>&amp;Взяти профіль...</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Кодування:</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>Профіль:</translation>
        </message>
        <message>
            <source>Tables (*.csv *.tsv *.xlsx *.xlsm *.xls)</source>
            <translation>Таблиці (*.csv *.tsv *.xlsx *.xlsm *.xls)</translation>
        </message>
        <message>
            <source>Use an import profile</source>
            <translation>Взяти профіль імпорту</translation>
        </message>
        <message>
            <source>Import profiles (*.json)</source>
            <translation>Профілі імпорту (*.json)</translation>
        </message>
        <message>
            <source>Reading the profile</source>
            <translation>Профіль читається</translation>
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
        <message>
            <source>detected</source>
            <translation>визначено</translation>
        </message>
        <message>
            <source>as chosen</source>
            <translation>як вибрано</translation>
        </message>
        <message>
            <source>Read as %1 (%2); if letters look wrong below, choose another encoding.</source>
            <translation>Прочитано як %1 (%2); якщо літери нижче спотворені, виберіть інше кодування.</translation>
        </message>
    </context>
    <context>
        <name>FirmLogWindow</name>
        <message>
            <source>Audit trail</source>
            <translation>Журнал змін</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Клієнт:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Працівник:</translation>
        </message>
        <message>
            <source>&amp;Kind of record:</source>
            <translation>&amp;Вид запису:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Дія:</translation>
        </message>
        <message>
            <source>&amp;From / to:</source>
            <translation>&amp;З / по:</translation>
        </message>
        <message>
            <source>Any client</source>
            <translation>Будь-який клієнт</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Будь-хто</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Будь-який вид</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Будь-яка дія</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>Кінець періоду раніше за його початок.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpRow</name>
        <message>
            <source>The client's message asks for no answer: no reply is awaited</source>
            <translation>Повідомлення клієнта не потребує відповіді: відповіді не чекають</translation>
        </message>
    </context>
    <context>
        <name>FutureQuestion</name>
        <message>
            <source>A date in the future</source>
            <translation>Дата в майбутньому</translation>
        </message>
        <message>
            <source>%1 is %2 from now: log it as planned?</source>
            <translation>%1 — це через %2: записати як заплановане?</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n хвилину</numerusform>
                <numerusform>%n хвилини</numerusform>
                <numerusform>%n хвилин</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n годину</numerusform>
                <numerusform>%n години</numerusform>
                <numerusform>%n годин</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дні</numerusform>
                <numerusform>%n днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n тиждень</numerusform>
                <numerusform>%n тижні</numerusform>
                <numerusform>%n тижнів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n місяць</numerusform>
                <numerusform>%n місяці</numerusform>
                <numerusform>%n місяців</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>sentiment</source>
            <translation>настрій</translation>
        </message>
        <message>
            <source>feedback waiting</source>
            <translation>відгуки чекають підтвердження</translation>
        </message>
        <message>
            <source>replies awaited</source>
            <translation>відповіді клієнту</translation>
        </message>
        <message>
            <source>feedback unresolved</source>
            <translation>невирішені відгуки</translation>
        </message>
        <message>
            <source>negotiations</source>
            <translation>переговори</translation>
        </message>
        <message>
            <source>silence</source>
            <translation>мовчання</translation>
        </message>
        <message>
            <source>promises overdue</source>
            <translation>прострочені обіцянки</translation>
        </message>
        <message>
            <source>promises kept late</source>
            <translation>обіцянки виконані із запізненням</translation>
        </message>
        <message>
            <source>stance drift</source>
            <translation>відхилення від політики</translation>
        </message>
        <message>
            <source>client effort</source>
            <translation>зусилля клієнта</translation>
        </message>
        <message>
            <source>repeat contacts</source>
            <translation>повторні звернення</translation>
        </message>
        <message>
            <source>contract ending</source>
            <translation>закінчення договору</translation>
        </message>
        <message>
            <source>pulse</source>
            <translation>пульс</translation>
        </message>
        <message>
            <source>hear what is behind the worse ratings and put it right</source>
            <translation>вислухати, що стоїть за гіршими оцінками, і виправити</translation>
        </message>
        <message>
            <source>acknowledge the feedback that is waiting</source>
            <translation>підтвердити відгуки, що чекають</translation>
        </message>
        <message>
            <source>answer the client's waiting messages</source>
            <translation>відповісти на повідомлення клієнта, що чекають</translation>
        </message>
        <message>
            <source>resolve the open feedback</source>
            <translation>вирішити відкриті відгуки</translation>
        </message>
        <message>
            <source>bring the negotiation back to the table and agree</source>
            <translation>повернути переговори за стіл і домовитися</translation>
        </message>
        <message>
            <source>contact the client</source>
            <translation>зв'язатися з клієнтом</translation>
        </message>
        <message>
            <source>keep the overdue promises</source>
            <translation>виконати прострочені обіцянки</translation>
        </message>
        <message>
            <source>keep the next promises on their dates</source>
            <translation>виконувати наступні обіцянки вчасно</translation>
        </message>
        <message>
            <source>coach the team back to like, hear, negotiate</source>
            <translation>повернути команду до принципів «подобатися, чути, домовлятися»</translation>
        </message>
        <message>
            <source>make it easier for the client to get things done</source>
            <translation>зробити так, щоб клієнтові було простіше вирішувати питання</translation>
        </message>
        <message>
            <source>solve the problem the client keeps raising</source>
            <translation>вирішити проблему, з якою клієнт звертається знову</translation>
        </message>
        <message>
            <source>open renewal talks</source>
            <translation>почати переговори про продовження</translation>
        </message>
        <message>
            <source>talk with the account manager about the relationship</source>
            <translation>обговорити стосунки з менеджером</translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) not acknowledged within a working day</source>
            <translation>
                <numerusform>%n відгук не підтверджено протягом робочого дня</numerusform>
                <numerusform>%n відгуки не підтверджено протягом робочого дня</numerusform>
                <numerusform>%n відгуків не підтверджено протягом робочого дня</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) acknowledged late</source>
            <translation>
                <numerusform>%n відгук підтверджено із запізненням</numerusform>
                <numerusform>%n відгуки підтверджено із запізненням</numerusform>
                <numerusform>%n відгуків підтверджено із запізненням</numerusform>
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
                <numerusform>%n відгук не вирішено довше за %1 днів</numerusform>
                <numerusform>%n відгуки не вирішено довше за %1 днів</numerusform>
                <numerusform>%n відгуків не вирішено довше за %1 днів</numerusform>
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
                <numerusform>%n взаємодія з міткою «зневага», «капітуляція» або «покарання»</numerusform>
                <numerusform>%n взаємодії з міткою «зневага», «капітуляція» або «покарання»</numerusform>
                <numerusform>%n взаємодій з міткою «зневага», «капітуляція» або «покарання»</numerusform>
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
        <message numerus="yes">
            <source>%n message(s) from the client awaiting a reply past the firm's rule</source>
            <translation>
                <numerusform>%n повідомлення клієнта чекає на відповідь довше, ніж дозволяє правило фірми</numerusform>
                <numerusform>%n повідомлення клієнта чекають на відповідь довше, ніж дозволяє правило фірми</numerusform>
                <numerusform>%n повідомлень клієнта чекають на відповідь довше, ніж дозволяє правило фірми</numerusform>
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
            <source>%1 (%2 sure)</source>
            <translation>%1 (упевненість %2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Since %1 the score fell from %2 to %3.</source>
            <translation>З %1 оцінка впала з %2 до %3.</translation>
        </message>
        <message>
            <source>Why now: %1.</source>
            <translation>Чому зараз: %1.</translation>
        </message>
        <message>
            <source>What would clear it: %1.</source>
            <translation>Що це виправить: %1.</translation>
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
            <source>Days back in which late answers, stance, effort and late promises count</source>
            <translation>Скільки днів назад враховуються пізні відповіді, наш тон, зусилля клієнта й пізно виконані обіцянки</translation>
        </message>
        <message>
            <source>Days of recent entries whose mood is judged</source>
            <translation>За скільки останніх днів оцінюється настрій записів</translation>
        </message>
        <message>
            <source>Days before those that show the client's usual mood</source>
            <translation>Скільки днів перед ними показують звичайний настрій клієнта</translation>
        </message>
        <message>
            <source>Entries with a mood needed in the recent days before mood counts</source>
            <translation>Скільки записів із настроєм потрібно за останні дні, щоб настрій враховувався</translation>
        </message>
        <message>
            <source>A fall in mood smaller than this is ignored</source>
            <translation>Падіння настрою менше за це не враховується</translation>
        </message>
        <message>
            <source>How sure (%) the journal must be that the mood fell before it counts</source>
            <translation>Наскільки впевнено (%) журнал має показувати падіння настрою, щоб воно враховувалося</translation>
        </message>
        <message>
            <source>Points only for the part of the fall that is this sure (%): few entries, fewer points</source>
            <translation>Бали лише за ту частину падіння, яка настільки достовірна (%): мало записів — менше балів</translation>
        </message>
        <message>
            <source>Entries with a mood in the recent days for a fall to count in full</source>
            <translation>Записів із настроєм за останні дні, щоб падіння враховувалося повністю</translation>
        </message>
        <message>
            <source>Points for each full step the mood falls below the usual</source>
            <translation>Балів за кожен повний щабель падіння настрою нижче звичайного</translation>
        </message>
        <message>
            <source>At most this many points for mood</source>
            <translation>Не більше стількох балів за настрій</translation>
        </message>
        <message>
            <source>Points for each feedback item still not acknowledged in time</source>
            <translation>Балів за кожен відгук, не підтверджений вчасно</translation>
        </message>
        <message>
            <source>Points for each feedback item acknowledged late</source>
            <translation>Балів за кожен відгук, підтверджений із запізненням</translation>
        </message>
        <message>
            <source>At most this many points for late answers</source>
            <translation>Не більше стількох балів за пізні відповіді</translation>
        </message>
        <message>
            <source>Points for each message from the client still unanswered past the reply rule</source>
            <translation>Бали за кожне повідомлення клієнта без відповіді довше за правило</translation>
        </message>
        <message>
            <source>At most this many points for replies awaited</source>
            <translation>Не більше стількох балів за відповіді клієнту</translation>
        </message>
        <message>
            <source>Days after which open feedback counts as left open</source>
            <translation>Через скільки днів відкритий відгук вважається невирішеним</translation>
        </message>
        <message>
            <source>Points for each feedback item left open</source>
            <translation>Балів за кожен невирішений відгук</translation>
        </message>
        <message>
            <source>At most this many points for feedback left open</source>
            <translation>Не більше стількох балів за невирішені відгуки</translation>
        </message>
        <message>
            <source>Points for each negotiation at a deadlock</source>
            <translation>Балів за кожні переговори в глухому куті</translation>
        </message>
        <message>
            <source>Points for each escalated negotiation</source>
            <translation>Балів за кожні переговори, передані вище</translation>
        </message>
        <message>
            <source>Points for each open negotiation past its target date</source>
            <translation>Балів за кожні відкриті переговори після цільової дати</translation>
        </message>
        <message>
            <source>At most this many points for negotiations</source>
            <translation>Не більше стількох балів за переговори</translation>
        </message>
        <message>
            <source>Days between contacts expected of a client with no agreed rhythm and little history</source>
            <translation>Скільки днів між контактами очікується від клієнта без заданої частоти й з короткою історією</translation>
        </message>
        <message>
            <source>Extra time allowed before silence counts, as a share of the rhythm (0.25 is a quarter more)</source>
            <translation>Запас часу, перш ніж мовчання враховується, у частках ритму (0,25 — на чверть довше)</translation>
        </message>
        <message>
            <source>Days with contact in a year before the client's own rhythm is learned</source>
            <translation>Днів із контактом за рік, щоб вивчити власний ритм клієнта</translation>
        </message>
        <message>
            <source>How much longer than the client's usual longest gaps silence must run (in deviations)</source>
            <translation>Наскільки довше за звичайні найдовші паузи клієнта має тривати мовчання (у відхиленнях)</translation>
        </message>
        <message>
            <source>How much longer than the client's usual gaps silence must run to take all its points (in deviations)</source>
            <translation>Наскільки довше за звичайні паузи клієнта має тривати мовчання, щоб зняти всі свої бали (у відхиленнях)</translation>
        </message>
        <message>
            <source>Points for each further rhythm of silence</source>
            <translation>Балів за кожен наступний ритм мовчання</translation>
        </message>
        <message>
            <source>At most this many points for silence</source>
            <translation>Не більше стількох балів за мовчання</translation>
        </message>
        <message>
            <source>Points for each overdue follow-up or agreed action</source>
            <translation>Балів за кожну прострочену обіцянку чи узгоджену дію</translation>
        </message>
        <message>
            <source>At most this many points for overdue promises</source>
            <translation>Не більше стількох балів за прострочені обіцянки</translation>
        </message>
        <message>
            <source>Points for each promise kept after its date</source>
            <translation>Балів за кожну обіцянку, виконану після терміну</translation>
        </message>
        <message>
            <source>At most this many points for promises kept late</source>
            <translation>Не більше стількох балів за обіцянки, виконані пізно</translation>
        </message>
        <message>
            <source>Points for each entry tagged dismissive, capitulating or punishing</source>
            <translation>Балів за кожен запис із міткою «зневага», «поступка» чи «покарання»</translation>
        </message>
        <message>
            <source>At most this many points for our stance</source>
            <translation>Не більше стількох балів за наш тон</translation>
        </message>
        <message>
            <source>Average effort (1 to 5) from which effort counts</source>
            <translation>Середні зусилля (від 1 до 5), з яких вони враховуються</translation>
        </message>
        <message>
            <source>Entries with an effort rating needed before effort counts</source>
            <translation>Скільки записів з оцінкою зусиль потрібно, щоб зусилля враховувалися</translation>
        </message>
        <message>
            <source>Points for each step of average effort above 3</source>
            <translation>Балів за кожен щабель середніх зусиль понад 3</translation>
        </message>
        <message>
            <source>At most this many points for effort</source>
            <translation>Не більше стількох балів за зусилля</translation>
        </message>
        <message>
            <source>Points for each time the client came back</source>
            <translation>Балів за кожне повторне звернення клієнта</translation>
        </message>
        <message>
            <source>At most this many points for the client coming back</source>
            <translation>Не більше стількох балів за повторні звернення</translation>
        </message>
        <message>
            <source>Days before the contract ends from which renewal should be discussed</source>
            <translation>За скільки днів до кінця договору час обговорювати продовження</translation>
        </message>
        <message>
            <source>Days back in which a negotiation or a talk about terms counts as discussing renewal</source>
            <translation>Скільки днів назад переговори чи розмова про умови вважаються обговоренням продовження</translation>
        </message>
        <message>
            <source>Points when renewal has not been discussed</source>
            <translation>Балів, якщо продовження не обговорювали</translation>
        </message>
        <message>
            <source>Days a pulse reading counts for</source>
            <translation>Скільки днів враховується пульс</translation>
        </message>
        <message>
            <source>Points when the pulse is uneasy</source>
            <translation>Балів, якщо пульс тривожний</translation>
        </message>
        <message>
            <source>Points when the pulse is bad</source>
            <translation>Балів, якщо пульс поганий</translation>
        </message>
        <message>
            <source>A fall of this many points in 30 days raises an early warning</source>
            <translation>Падіння на стільки балів за 30 днів дає раннє попередження</translation>
        </message>
        <message>
            <source>Points below the band it left before a move to a worse band warns</source>
            <translation>На скільки балів нижче покинутої зони має бути оцінка, щоб перехід у гіршу зону попереджав</translation>
        </message>
        <message>
            <source>Mood of the conversations</source>
            <translation>Настрій розмов</translation>
        </message>
        <message>
            <source>Feedback answered in time</source>
            <translation>Відповідь на відгуки вчасно</translation>
        </message>
        <message>
            <source>Replies in time</source>
            <translation>Відповіді вчасно</translation>
        </message>
        <message>
            <source>Feedback left open</source>
            <translation>Невирішені відгуки</translation>
        </message>
        <message>
            <source>The client coming back</source>
            <translation>Повторні звернення</translation>
        </message>
        <message>
            <source>Hard negotiations</source>
            <translation>Важкі переговори</translation>
        </message>
        <message>
            <source>Silence</source>
            <translation>Мовчання</translation>
        </message>
        <message>
            <source>Promises</source>
            <translation>Обіцянки</translation>
        </message>
        <message>
            <source>Our stance</source>
            <translation>Наш тон</translation>
        </message>
        <message>
            <source>The client's effort</source>
            <translation>Зусилля клієнта</translation>
        </message>
        <message>
            <source>Contract renewal</source>
            <translation>Продовження договору</translation>
        </message>
        <message>
            <source>The manager's pulse</source>
            <translation>Пульс менеджера</translation>
        </message>
        <message>
            <source>Period and warning</source>
            <translation>Період і попередження</translation>
        </message>
        <message>
            <source>Takes points when the client's recent entries read worse than the client usually does.</source>
            <translation>Знімає бали, коли останні записи про клієнта звучать гірше, ніж зазвичай для нього.</translation>
        </message>
        <message>
            <source>Takes points for feedback the firm did not acknowledge within its working-hours limit.</source>
            <translation>Знімає бали за відгуки, які фірма не підтвердила вчасно за робочими годинами.</translation>
        </message>
        <message>
            <source>Takes points for messages from the client still waiting for our answer past the firm's reply rule.</source>
            <translation>Знімає бали за повідомлення клієнта, що чекають на нашу відповідь довше, ніж дозволяє правило фірми.</translation>
        </message>
        <message>
            <source>Takes points for feedback that stays unresolved for too long.</source>
            <translation>Знімає бали за відгуки, що надто довго лишаються невирішеними.</translation>
        </message>
        <message>
            <source>Takes points each time the client had to come back about the same feedback.</source>
            <translation>Знімає бали щоразу, коли клієнтові довелося звернутися знову щодо того самого відгуку.</translation>
        </message>
        <message>
            <source>Takes points for negotiations that are stuck, escalated or past their target date.</source>
            <translation>Знімає бали за переговори в глухому куті, передані вище або після цільової дати.</translation>
        </message>
        <message>
            <source>Takes points when nobody has talked to the client for longer than the client's usual rhythm.</source>
            <translation>Знімає бали, коли з клієнтом ніхто не говорив довше за його звичайний ритм.</translation>
        </message>
        <message>
            <source>Takes points for follow-ups and agreed actions that are overdue or were kept late.</source>
            <translation>Знімає бали за обіцянки й узгоджені дії, що прострочені або виконані пізно.</translation>
        </message>
        <message>
            <source>Takes points for our entries tagged dismissive, capitulating or punishing.</source>
            <translation>Знімає бали за наші записи з мітками «зневага», «поступка» чи «покарання».</translation>
        </message>
        <message>
            <source>Takes points when dealing with us costs the client a lot of effort.</source>
            <translation>Знімає бали, коли робота з нами коштує клієнтові великих зусиль.</translation>
        </message>
        <message>
            <source>Takes points when a contract ends soon and nobody has talked about renewing it.</source>
            <translation>Знімає бали, коли договір скоро закінчується, а про продовження ніхто не говорив.</translation>
        </message>
        <message>
            <source>Takes points when the account manager's own reading of the client is uneasy or bad.</source>
            <translation>Знімає бали, коли власна оцінка менеджера тривожна або погана.</translation>
        </message>
        <message>
            <source>How far back the score looks, and how steep a fall raises an early warning.</source>
            <translation>Як далеко в минуле дивиться оцінка і яке падіння дає раннє попередження.</translation>
        </message>
    </context>
    <context>
        <name>HealthWeightsDialog</name>
        <message>
            <source>Health weights and thresholds</source>
            <translation>Ваги і пороги здоров'я</translation>
        </message>
        <message>
            <source>The score starts at 100; each factor below takes points off, never more than its most. Changes apply to the whole firm, to past days replayed too.</source>
            <translation>Оцінка починається зі 100; кожен чинник нижче знімає бали, але не більше за свою межу. Зміни стосуються всієї фірми, і перерахованих минулих днів теж.</translation>
        </message>
        <message>
            <source>Only an owner can change the weights.</source>
            <translation>Змінювати ваги може лише власник.</translation>
        </message>
        <message>
            <source>Change a number to see what it does to today's portfolio.</source>
            <translation>Змініть число, щоб побачити, що воно зробить із сьогоднішнім портфелем.</translation>
        </message>
        <message>
            <source>Working out the effect on today's portfolio…</source>
            <translation>Рахую, що зміниться в сьогоднішньому портфелі…</translation>
        </message>
        <message>
            <source>Working out the effect of the weights</source>
            <translation>Розрахунок дії ваг</translation>
        </message>
        <message numerus="yes">
            <source>Today, no client of %n would change band.</source>
            <translation>
                <numerusform>Сьогодні жоден з %n клієнта не змінив би зону.</numerusform>
                <numerusform>Сьогодні жоден з %n клієнтів не змінив би зону.</numerusform>
                <numerusform>Сьогодні жоден з %n клієнтів не змінив би зону.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today, %n client(s) would change band:</source>
            <translation>
                <numerusform>Сьогодні %n клієнт змінив би зону:</numerusform>
                <numerusform>Сьогодні %n клієнти змінили б зону:</numerusform>
                <numerusform>Сьогодні %n клієнтів змінили б зону:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n down</source>
            <translation>
                <numerusform>%n вниз</numerusform>
                <numerusform>%n вниз</numerusform>
                <numerusform>%n вниз</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n up</source>
            <translation>
                <numerusform>%n вгору</numerusform>
                <numerusform>%n вгору</numerusform>
                <numerusform>%n вгору</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>і ще %n</numerusform>
                <numerusform>і ще %n</numerusform>
                <numerusform>і ще %n</numerusform>
            </translation>
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
            <source>Opens the editor with the cursor in Summary: type one line, then Ctrl+Enter (a call, an update, now, signed by you)</source>
            <translation>Відкриває редактор із курсором у полі «Суть»: один рядок, потім Ctrl+Enter (дзвінок, новини, зараз, від вашого імені)</translation>
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
            <source>Pick a contact, channel, kind, direction or effort; text that matches nothing is said under the field</source>
            <translation>Вибрати контакт, канал, вид, напрямок або зусилля; якщо текст нічому не відповідає, про це сказано під полем</translation>
        </message>
        <message>
            <source>Open a drop-down's list (Space does not)</source>
            <translation>Відкрити список (пробіл його не відкриває)</translation>
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
            <source>yesterday 9:30, -2d</source>
            <translation>вчора 9:30, -2д</translation>
        </message>
        <message>
            <source>When: your locale's date and time, ISO, or counted from today</source>
            <translation>«Коли»: дата й час, як заведено у вас, ISO або відлік від сьогодні</translation>
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
            <source>Accept the tags proposed under Tags (like, hear, negotiate or a drift)</source>
            <translation>Прийняти теги, запропоновані під «Теги» (подобатися, чути, домовлятися або відхід від політики)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Зберегти</translation>
        </message>
        <message>
            <source>Close; what you typed is kept as a draft for this client</source>
            <translation>Закрити; набране збережеться як чернетка для цього клієнта</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Перейти до поля «%1»</translation>
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
        <name>HistoryDialog</name>
        <message>
            <source>Everything</source>
            <translation>Усе</translation>
        </message>
        <message>
            <source>This record's history...</source>
            <translation>Історія цього запису...</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Показати:</translation>
        </message>
        <message>
            <source>History: %1</source>
            <translation>Історія: %1</translation>
        </message>
        <message>
            <source>History of %1</source>
            <translation>Історія: %1</translation>
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
            <translation>Напрямок</translation>
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
            <source>&amp;Praised colleague</source>
            <translation>Кого по&amp;хвалили</translation>
        </message>
        <message>
            <source>&amp;Follow up on</source>
            <translation>На&amp;гадати</translation>
        </message>
        <message>
            <source>b&amp;y</source>
            <translation>&amp;через</translation>
        </message>
        <message>
            <source>No re&amp;ply needed</source>
            <translation>Відповідь не &amp;потрібна</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Видалити…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Історія…</translation>
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
            <source>Write one line on what happened</source>
            <translation>Напишіть один рядок про те, що сталося</translation>
        </message>
        <message>
            <source>In the future: correct the date, or save again and say yes</source>
            <translation>Дата в майбутньому: виправте її або збережіть ще раз і дайте відповідь «Так»</translation>
        </message>
        <message>
            <source>Nothing was saved: say who you are first, so the entry has an author</source>
            <translation>Нічого не збережено: спершу вкажіть, хто ви, щоб запис мав автора</translation>
        </message>
        <message>
            <source>“%1” matches nothing in this list; it stays as “%2”. To write it down, use %3 (%4)</source>
            <translation>«%1» немає в списку; залишилося «%2». Щоб записати текст, скористайтеся полем «%3» (%4)</translation>
        </message>
        <message>
            <source>Delete interaction</source>
            <translation>Видалити взаємодію</translation>
        </message>
        <message>
            <source>Delete this interaction from the journal? It goes to the trash, where an owner can restore it.</source>
            <translation>Видалити цю взаємодію з журналу? Вона потрапить до кошика, звідки власник може її відновити.</translation>
        </message>
    </context>
    <context>
        <name>JournalUpgrade</name>
        <message>
            <source>Indexing the journal for search: %1 of %2 entries</source>
            <translation>Журнал індексується для пошуку: %1 з %2 записів</translation>
        </message>
        <message>
            <source>Updating the journal</source>
            <translation>Журнал оновлюється</translation>
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
            <translation>підтверджено</translation>
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
            <translation>Чути: відгук чи скаргу записано, швидко підтверджено й передано далі, а не відкладено.</translation>
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
        <message numerus="yes">
            <source>last %n day(s)</source>
            <translation>
                <numerusform>за останній %n день</numerusform>
                <numerusform>за останні %n дні</numerusform>
                <numerusform>за останні %n днів</numerusform>
            </translation>
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
            <source>&amp;Connect to a server...</source>
            <translation>&amp;Під’єднатися до сервера…</translation>
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
            <source>&amp;About Rapport</source>
            <translation>&amp;Про Rapport</translation>
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
            <source>Client, date, channel and kind are needed, from a column or the same for every row; columns left out are not imported.</source>
            <translation>Потрібні клієнт, дата, канал і вид — зі стовпця або одне значення для всіх рядків; невибрані стовпці не імпортуються.</translation>
        </message>
        <message>
            <source>No column holds %1: match one above, or give one value under "The same for every row".</source>
            <translation>Жоден стовпець не містить поле «%1»: виберіть стовпець вище або задайте значення в блоці «Одне значення для всіх рядків».</translation>
        </message>
        <message>
            <source>%1 is given by more than one column: %2.</source>
            <translation>Поле «%1» задано кількома стовпцями: %2.</translation>
        </message>
        <message>
            <source>The dates of %1 could be day-first or month-first, and no value over 12 settles it: choose the order.</source>
            <translation>Дати в %1 можуть починатися і з дня, і з місяця, і жодне число понад 12 цього не вирішує: виберіть порядок.</translation>
        </message>
        <message>
            <source>(column %1)</source>
            <translation>(стовпець %1)</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>format {fmt} is not one of {formats}</source>
            <translation>формат {fmt} не входить до списку: {formats}</translation>
        </message>
        <message>
            <source>rapport bench: need at least 1 client and at least one interaction per client</source>
            <translation>rapport bench: потрібен хоча б 1 клієнт і хоча б одна взаємодія на клієнта</translation>
        </message>
        <message>
            <source>rapport bench: --reuse needs --db naming a journal an earlier rapport bench built</source>
            <translation>rapport bench: для --reuse потрібен --db із журналом, який раніше побудував rapport bench</translation>
        </message>
        <message>
            <source>rapport bench: {path} already exists; give --db a new file to build</source>
            <translation>rapport bench: {path} уже існує; вкажіть у --db новий файл</translation>
        </message>
        <message>
            <source>rapport bench: --only: unknown measurement {name}; choose from {choices}</source>
            <translation>rapport bench: --only: невідоме вимірювання {name}; виберіть із: {choices}</translation>
        </message>
        <message>
            <source>rapport export brief: --format {name} is not one of {formats}</source>
            <translation>rapport export brief: --format {name} — не зі списку: {formats}</translation>
        </message>
        <message>
            <source>rapport export brief: {path} is a folder; give a file name with -o</source>
            <translation>rapport export brief: {path} — тека; вкажіть назву файлу в -o</translation>
        </message>
        <message>
            <source>{text} is not a date (use YYYY-MM-DD)</source>
            <translation>{text} — не дата (введіть РРРР-ММ-ДД)</translation>
        </message>
        <message>
            <source>--seed: {seed} must be 0 or more</source>
            <translation>--seed: {seed} — має бути 0 або більше</translation>
        </message>
        <message>
            <source>rapport export: say what to export (see rapport export --help)</source>
            <translation>rapport export: вкажіть, що експортувати (див. rapport export --help)</translation>
        </message>
        <message>
            <source>rapport export journal: --format {name} is not available yet (use {available})</source>
            <translation>rapport export journal: --format {name} поки недоступний (використовуйте {available})</translation>
        </message>
        <message>
            <source>rapport export journal: --format {name} is not one of {available}</source>
            <translation>rapport export journal: --format {name} — не зі списку: {available}</translation>
        </message>
        <message>
            <source>rapport export journal: {path} is a folder; give a file name with -o</source>
            <translation>rapport export journal: {path} — тека; вкажіть назву файлу в -o</translation>
        </message>
        <message>
            <source>--as-of: {text} is not a date (use YYYY-MM-DD)</source>
            <translation>--as-of: {text} — не дата (введіть РРРР-ММ-ДД)</translation>
        </message>
        <message>
            <source>note: nothing in this journal had been written by {day} (its first client was written on {first}); --by-occurrence judges that day by when things happened</source>
            <translation>примітка: до {day} у цьому журналі ще нічого не було записано (першого клієнта записано {first}); --by-occurrence оцінює цей день за тим, коли все відбувалося</translation>
        </message>
        <message numerus="yes">
            <source>{path}: %n problem(s)</source>
            <translation>
                <numerusform>{path}: %n помилка</numerusform>
                <numerusform>{path}: %n помилки</numerusform>
                <numerusform>{path}: %n помилок</numerusform>
            </translation>
        </message>
        <message>
            <source>... and {count} more</source>
            <translation>... і ще {count}</translation>
        </message>
        <message>
            <source>{path}: unsupported file type {suffix} (use {known})</source>
            <translation>{path}: непідтримуваний тип файлу {suffix} (використовуйте {known})</translation>
        </message>
        <message>
            <source>{path}: only mail and calendar files can be imported together ({suffixes}); import {suffix} on its own</source>
            <translation>{path}: разом можна імпортувати лише листи й календарі ({suffixes}); імпортуйте {suffix} окремо</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: такого файлу немає</translation>
        </message>
        <message>
            <source>{path}: is not a Rapport backup (an empty file); nothing was changed</source>
            <translation>{path}: це не резервна копія Rapport (порожній файл); нічого не змінено</translation>
        </message>
        <message>
            <source>{path}: is not a Rapport backup (not a SQLite database); nothing was changed</source>
            <translation>{path}: це не резервна копія Rapport (не база даних SQLite); нічого не змінено</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({reason}); nothing was changed</source>
            <translation>{path}: не вдається прочитати ({reason}); нічого не змінено</translation>
        </message>
        <message>
            <source>{path}: this backup is damaged ({reason}); nothing was changed: choose an older backup</source>
            <translation>{path}: ця резервна копія пошкоджена ({reason}); нічого не змінено: виберіть старішу резервну копію</translation>
        </message>
        <message>
            <source>{path}: this backup is damaged ({reason}); nothing was changed</source>
            <translation>{path}: ця резервна копія пошкоджена ({reason}); нічого не змінено</translation>
        </message>
        <message>
            <source>{path}: is not a Rapport journal or backup; nothing was changed</source>
            <translation>{path}: це не журнал Rapport і не його резервна копія; нічого не змінено</translation>
        </message>
        <message>
            <source>{path}: was made by a newer Rapport (schema {version}); open it with that version</source>
            <translation>{path}: створено новішою версією Rapport (схема {version}); відкрийте його в цій версії</translation>
        </message>
        <message>
            <source>the journal is open in another program: close it there, then restore</source>
            <translation>журнал відкрито в іншій програмі: закрийте його там, потім відновіть</translation>
        </message>
        <message>
            <source>{path}: is the journal itself; choose a backup</source>
            <translation>{path}: це сам журнал; виберіть резервну копію</translation>
        </message>
        <message>
            <source>{path}: is a folder, not a file</source>
            <translation>{path}: це тека, а не файл</translation>
        </message>
        <message>
            <source>{path}: --profile applies to table files (.csv, .tsv, .xlsx, .xls)</source>
            <translation>{path}: --profile застосовується лише до таблиць (.csv, .tsv, .xlsx, .xls)</translation>
        </message>
        <message>
            <source>{path}: is on a network drive ({drive}). A SQLite journal must not be shared on a network drive: SQLite's write-ahead log does not work over a network file system, and two people writing it can damage it. Keep the journal on this computer's own disk, or share one PostgreSQL server as a team (README, "A shared PostgreSQL server"): rapport --db postgresql://USER@SERVER/DATABASE</source>
            <translation>{path}: лежить на мережевому диску ({drive}). Журнал SQLite не можна спільно використовувати через мережевий диск: журнал попереднього запису SQLite не працює в мережевій файловій системі, і двоє людей, записуючи в нього, можуть його пошкодити. Тримайте журнал на власному диску цього комп’ютера або працюйте командою з одним сервером PostgreSQL (README, «A shared PostgreSQL server»): rapport --db postgresql://КОРИСТУВАЧ@СЕРВЕР/БАЗА</translation>
        </message>
        <message>
            <source>rapport: no command given (see rapport --help)</source>
            <translation>rapport: команду не вказано (див. rapport --help)</translation>
        </message>
        <message>
            <source>rapport search: TEXT is empty; say what to look for</source>
            <translation>rapport search: TEXT порожній; вкажіть, що шукати</translation>
        </message>
        <message>
            <source>rapport search: --limit {limit} must be 1 or more</source>
            <translation>rapport search: --limit {limit} — має бути 1 або більше</translation>
        </message>
        <message>
            <source>no client with id {id}</source>
            <translation>немає клієнта з номером {id}</translation>
        </message>
        <message>
            <source>no contact with id {id}</source>
            <translation>немає контакту з номером {id}</translation>
        </message>
        <message>
            <source>no user with id {id}</source>
            <translation>немає користувача з номером {id}</translation>
        </message>
        <message>
            <source>no interaction with id {id}</source>
            <translation>немає взаємодії з номером {id}</translation>
        </message>
        <message>
            <source>no feedback item with id {id}</source>
            <translation>немає відгуку з номером {id}</translation>
        </message>
        <message>
            <source>no negotiation with id {id}</source>
            <translation>немає переговорів з номером {id}</translation>
        </message>
        <message>
            <source>no negotiation action with id {id}</source>
            <translation>немає дії щодо переговорів з номером {id}</translation>
        </message>
        <message>
            <source>no playbook entry with id {id}</source>
            <translation>немає сценарію з номером {id}</translation>
        </message>
        <message>
            <source>no portrait criterion with id {id}</source>
            <translation>немає критерію портрета з номером {id}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>рядок {line}</translation>
        </message>
        <message>
            <source>{value} is not a {type}</source>
            <translation>{value} — неправильне значення ({type})</translation>
        </message>
        <message>
            <source>an owner</source>
            <translation>власник</translation>
        </message>
        <message>
            <source>an account manager</source>
            <translation>менеджер з клієнтів</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>працівник</translation>
        </message>
        <message>
            <source>log an entry</source>
            <translation>вносити записи до журналу</translation>
        </message>
        <message>
            <source>edit or delete this entry</source>
            <translation>змінювати або видаляти цей запис</translation>
        </message>
        <message>
            <source>add a client</source>
            <translation>додавати клієнтів</translation>
        </message>
        <message>
            <source>change this client's record, contacts and negotiations</source>
            <translation>змінювати картку цього клієнта, його контакти й переговори</translation>
        </message>
        <message>
            <source>acknowledge, resolve or route this feedback</source>
            <translation>підтверджувати, розв'язувати або передавати цей відгук</translation>
        </message>
        <message>
            <source>route this client's awaited reply</source>
            <translation>доручити комусь відповідь, на яку чекає цей клієнт</translation>
        </message>
        <message>
            <source>record a pulse reading for this client</source>
            <translation>записувати пульс стосунків із цим клієнтом</translation>
        </message>
        <message>
            <source>delete a client</source>
            <translation>видаляти клієнтів</translation>
        </message>
        <message>
            <source>manage users and their roles</source>
            <translation>керувати користувачами та їхніми ролями</translation>
        </message>
        <message>
            <source>change the firm's settings and health weights</source>
            <translation>змінювати налаштування фірми й ваги здоров'я</translation>
        </message>
        <message>
            <source>edit the playbook</source>
            <translation>змінювати сценарії</translation>
        </message>
        <message>
            <source>edit the client portrait</source>
            <translation>змінювати портрет клієнта</translation>
        </message>
        <message>
            <source>set the sales plan</source>
            <translation>задавати план продажів</translation>
        </message>
        <message>
            <source>restore from the trash or empty it</source>
            <translation>відновлювати з кошика або очищати його</translation>
        </message>
        <message>
            <source>import a whole journal (it carries settings, weights and users)</source>
            <translation>імпортувати журнал цілком (у ньому є налаштування, ваги й користувачі)</translation>
        </message>
        <message>
            <source>read the firm-wide audit trail</source>
            <translation>читати журнал змін усієї фірми</translation>
        </message>
        <message>
            <source>the entry's author</source>
            <translation>автор запису</translation>
        </message>
        <message>
            <source>the client's account manager</source>
            <translation>менеджер клієнта</translation>
        </message>
        <message>
            <source>qualify a prospect</source>
            <translation>кваліфікувати потенційного клієнта</translation>
        </message>
        <message>
            <source>set whether owners sell</source>
            <translation>вирішувати, чи продають власники</translation>
        </message>
        <message>
            <source>see the share of prospects declined per manager</source>
            <translation>бачити частку відхилених потенційних клієнтів за менеджерами</translation>
        </message>
        <message>
            <source>choose who you are first (Settings): this needs a named user</source>
            <translation>спершу вкажіть, хто ви (Налаштування): це може зробити лише названий користувач</translation>
        </message>
        <message>
            <source>{one} or {other}</source>
            <translation>{one} або {other}</translation>
        </message>
        <message>
            <source>only {allowed} may {doing}; {user} is {role}</source>
            <translation>{doing} може лише {allowed}; {user} — {role}</translation>
        </message>
        <message>
            <source>unknown key{hint}</source>
            <translation>невідомий ключ{hint}</translation>
        </message>
        <message>
            <source>is required (a text such as 'c1' that other records use)</source>
            <translation>обов'язково (текст на кшталт «c1», на який посилаються інші записи)</translation>
        </message>
        <message>
            <source>{ref} is not a ref (use a short text such as 'c1')</source>
            <translation>{ref} — не посилання (використовуйте короткий текст на кшталт «c1»)</translation>
        </message>
        <message>
            <source>{ref} is already the ref of {first}</source>
            <translation>{ref} уже посилання на {first}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>обов'язково</translation>
        </message>
        <message>
            <source>{value} is not a {section} ref in this bundle</source>
            <translation>{value} — не посилання на {section} у цьому файлі</translation>
        </message>
        <message>
            <source>{ref} belongs to client {owner}, not {client}</source>
            <translation>{ref} належить клієнту {owner}, а не {client}</translation>
        </message>
        <message>
            <source>is {values}, not a list of {section} refs</source>
            <translation>це {values}, а не список посилань на {section}</translation>
        </message>
        <message>
            <source>{value} is also the {field_name} of {first}</source>
            <translation>{value} уже значення {field_name} у {first}</translation>
        </message>
        <message>
            <source>{value} is not true or false</source>
            <translation>{value} — не true і не false</translation>
        </message>
        <message>
            <source>is {values}, not a list</source>
            <translation>це {values}, а не список</translation>
        </message>
        <message>
            <source>{path}: cannot read the file ({strerror})</source>
            <translation>{path}: не вдається прочитати файл ({strerror})</translation>
        </message>
        <message>
            <source>{path}: not UTF-8 text (byte {start} at offset {start2})</source>
            <translation>{path}: не текст UTF-8 (байт {start} у позиції {start2})</translation>
        </message>
        <message>
            <source>{path}: invalid JSON at line {lineno}, column {colno}: {msg}</source>
            <translation>{path}: помилка JSON у рядку {lineno}, стовпці {colno}: {msg}</translation>
        </message>
        <message>
            <source>{path}: cannot read this JSON ({exc})</source>
            <translation>{path}: не вдається прочитати цей JSON ({exc})</translation>
        </message>
        <message>
            <source>{show} is not a tag (letters, digits, _ and -, up to 60)</source>
            <translation>{show} — не тег (літери, цифри, _ і -, до 60)</translation>
        </message>
        <message>
            <source>is {value}, not an object</source>
            <translation>це {value}, а не об'єкт</translation>
        </message>
        <message>
            <source>{status} is not the last status of its history ({last})</source>
            <translation>{status} — не останній статус в історії ({last})</translation>
        </message>
        <message>
            <source>is not a setting name (1 to 100 characters)</source>
            <translation>не назва налаштування (від 1 до 100 символів)</translation>
        </message>
        <message>
            <source>{item} cannot be stored (not a finite number)</source>
            <translation>{item} не можна зберегти (не скінченне число)</translation>
        </message>
        <message>
            <source>is {data}, not a JSON object</source>
            <translation>це {data}, а не об'єкт JSON</translation>
        </message>
        <message>
            <source>is {records}, not a list</source>
            <translation>це {records}, а не список</translation>
        </message>
        <message>
            <source>is {record}, not an object</source>
            <translation>це {record}, а не об'єкт</translation>
        </message>
        <message>
            <source>{value} could be day-first or month-first; say which ("date_order": dmy or mdy)</source>
            <translation>{value}: день може стояти і першим, і другим; вкажіть порядок ("date_order": dmy або mdy)</translation>
        </message>
        <message>
            <source>{value} is not a whole number {low}..{high}</source>
            <translation>{value} — не ціле число {low}..{high}</translation>
        </message>
        <message>
            <source>{value} is not a date and time (use {iso}, {day} or {moment})</source>
            <translation>{value} — не дата й час (введіть {day}, {moment} або {iso})</translation>
        </message>
        <message>
            <source>is kept on each computer, not in the journal</source>
            <translation>зберігається на кожному комп'ютері, а не в журналі</translation>
        </message>
        <message>
            <source>{value} is outside 0..{limit} working hours</source>
            <translation>{value} поза межами 0..{limit} робочих годин</translation>
        </message>
        <message>
            <source>{value} is not a time of day (use HH:MM)</source>
            <translation>{value} — не час доби (пишіть ГГ:ХХ)</translation>
        </message>
        <message>
            <source>{value} is not a list of weekday numbers 0..6 (Monday = 0)</source>
            <translation>{value} — не список номерів днів тижня 0..6 (понеділок = 0)</translation>
        </message>
        <message>
            <source>names no working day: choose at least one</source>
            <translation>не вказано жодного робочого дня: виберіть хоча б один</translation>
        </message>
        <message>
            <source>{author} is not a known user</source>
            <translation>{author} — невідомий користувач</translation>
        </message>
        <message>
            <source>{day} is in the future</source>
            <translation>{day} — ще не настало</translation>
        </message>
        <message>
            <source>is not a health setting</source>
            <translation>не налаштування здоров'я</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} — не число</translation>
        </message>
        <message>
            <source>{value} is outside {minimum}..{maximum}</source>
            <translation>{value} поза межами {minimum}..{maximum}</translation>
        </message>
        <message>
            <source>{day} is not a date</source>
            <translation>{day} — не дата</translation>
        </message>
        <message>
            <source>{day} is listed twice</source>
            <translation>{day} зазначено двічі</translation>
        </message>
        <message>
            <source>the name is longer than 200 characters</source>
            <translation>назва довша за 200 символів</translation>
        </message>
        <message>
            <source>{value} is not 0 (the same working day) or a number of working hours up to {limit}</source>
            <translation>{value} — не 0 (того ж робочого дня) і не число робочих годин до {limit}</translation>
        </message>
        <message>
            <source>choose at least one working day</source>
            <translation>виберіть хоча б один робочий день</translation>
        </message>
        <message>
            <source>{value} is not a known user</source>
            <translation>{value} — невідомий користувач</translation>
        </message>
        <message>
            <source>{value} is not a known interaction</source>
            <translation>{value} — невідома взаємодія</translation>
        </message>
        <message>
            <source>interaction {value} belongs to another client</source>
            <translation>взаємодія {value} належить іншому клієнту</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>нікуди</translation>
        </message>
        <message>
            <source>feedback {id} is {status}; it cannot go from {status} to {new_status} (allowed: {allowed})</source>
            <translation>відгук {id}: статус «{status}»; зі «{status}» не можна перейти в «{new_status}» (можна: {allowed})</translation>
        </message>
        <message>
            <source>{moment} is in the future: record it when it has happened</source>
            <translation>{moment} — у майбутньому: позначте, коли це станеться</translation>
        </message>
        <message>
            <source>{moment} is before the item was raised ({raised})</source>
            <translation>{moment} — раніше, ніж відгук надійшов ({raised})</translation>
        </message>
        <message>
            <source>feedback {id} is {status}; only an open item can be acknowledged</source>
            <translation>відгук {id}: статус «{status}»; підтвердити можна лише відкритий відгук</translation>
        </message>
        <message>
            <source>{moment} is before it was acknowledged ({acknowledged})</source>
            <translation>{moment} — раніше, ніж його підтвердили ({acknowledged})</translation>
        </message>
        <message>
            <source>{value} is no longer active</source>
            <translation>{value} більше не працює у фірмі</translation>
        </message>
        <message>
            <source>feedback {id} is resolved; reopen it before linking a repeat contact</source>
            <translation>відгук {id} вирішено; відкрийте його знову, перш ніж пов'язувати повторне звернення</translation>
        </message>
        <message>
            <source>interaction {interaction_id} is the one that raised this item</source>
            <translation>взаємодія {interaction_id} і є та, з якої почався цей відгук</translation>
        </message>
        <message>
            <source>{text} is not a time of day (use HH:MM)</source>
            <translation>{text} — не час доби (введіть ГГ:ХХ)</translation>
        </message>
        <message>
            <source>{end} is not after the start of the day {start}</source>
            <translation>{end} — не пізніше за початок дня {start}</translation>
        </message>
        <message>
            <source>{bad} is not a weekday number 0..6</source>
            <translation>{bad} — не номер дня тижня 0..6</translation>
        </message>
        <message>
            <source>{hours} is negative</source>
            <translation>{hours} — від'ємне число</translation>
        </message>
        <message>
            <source>the working calendar has no working hours</source>
            <translation>у робочому календарі немає робочих годин</translation>
        </message>
        <message>
            <source>interaction {id} does not wait for a reply: only an inbound email, request or feedback does</source>
            <translation>взаємодія {id} не чекає на відповідь: чекають лише вхідні листи, запити й відгуки</translation>
        </message>
        <message>
            <source>{client} has no message waiting for a reply</source>
            <translation>у {client} немає повідомлень, що чекають на відповідь</translation>
        </message>
        <message>
            <source>{login} is not a login name: use Latin letters, digits and _ . @ - , starting with a letter</source>
            <translation>{login} — не ім'я логіна: використовуйте латинські літери, цифри та _ . @ - , починаючи з літери</translation>
        </message>
        <message>
            <source>this journal already has its people: an owner adds you (Settings &gt; Users or rapport users add)</source>
            <translation>у цьому журналі вже є люди: вас додає власник (Налаштування &gt; Користувачі або rapport users add)</translation>
        </message>
        <message>
            <source>{name} already exists</source>
            <translation>{name} уже існує</translation>
        </message>
        <message>
            <source>the login {login} is already {name}'s</source>
            <translation>логін {login} вже належить користувачу {name}</translation>
        </message>
        <message>
            <source>nobody changes their own role: another owner may</source>
            <translation>ніхто не змінює власну роль: це може зробити інший власник</translation>
        </message>
        <message>
            <source>{name} is the journal's only owner: make someone else an owner first</source>
            <translation>{name} — єдиний власник журналу: спершу зробіть власником когось іншого</translation>
        </message>
        <message>
            <source>{manager} is not a known user</source>
            <translation>{manager} — невідомий користувач</translation>
        </message>
        <message>
            <source>{end} is before the contract start {start}</source>
            <translation>{end} — раніше за початок договору {start}</translation>
        </message>
        <message>
            <source>unknown field(s) {unknown}</source>
            <translation>невідомі поля: {unknown}</translation>
        </message>
        <message>
            <source>a client named {name} already exists</source>
            <translation>клієнт з назвою {name} уже існує</translation>
        </message>
        <message>
            <source>no client matches {text}</source>
            <translation>немає клієнта, що відповідає {text}</translation>
        </message>
        <message>
            <source>{text} matches {count} clients ({names}...): be more precise or use the id</source>
            <translation>{text} відповідає кільком клієнтам ({count}: {names}...): уточніть або вкажіть номер</translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>%n взаємодія</numerusform>
                <numerusform>%n взаємодії</numerusform>
                <numerusform>%n взаємодій</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n контакт</numerusform>
                <numerusform>%n контакти</numerusform>
                <numerusform>%n контактів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s)</source>
            <translation>
                <numerusform>%n відгук</numerusform>
                <numerusform>%n відгуки</numerusform>
                <numerusform>%n відгуків</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s)</source>
            <translation>
                <numerusform>%n переговори</numerusform>
                <numerusform>%n переговорів</numerusform>
                <numerusform>%n переговорів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pulse reading(s)</source>
            <translation>
                <numerusform>%n оцінка пульсу</numerusform>
                <numerusform>%n оцінки пульсу</numerusform>
                <numerusform>%n оцінок пульсу</numerusform>
            </translation>
        </message>
        <message>
            <source>client {client} still has {listing}; delete them first or ask to delete the client with its journal</source>
            <translation>у клієнта {client} ще є: {listing}; спершу видаліть їх або видаліть клієнта разом із журналом</translation>
        </message>
        <message>
            <source>{email} is not an email address</source>
            <translation>{email} — не адреса ел. пошти</translation>
        </message>
        <message>
            <source>{values} is not a list of tags</source>
            <translation>{values} — не список тегів</translation>
        </message>
        <message>
            <source>{value} is not a tag (letters, digits, _ and -, up to 60)</source>
            <translation>{value} — не тег (літери, цифри, _ і -, до 60)</translation>
        </message>
        <message>
            <source>has more than {limit} different tags; at most {limit} are allowed on one interaction</source>
            <translation>понад {limit} різних міток; в однієї взаємодії їх може бути не більше {limit}</translation>
        </message>
        <message>
            <source>... and {count} more that are not tags</source>
            <translation>... і ще {count}, що не є мітками</translation>
        </message>
        <message>
            <source>the file names {count} different tags; at most {limit} may come in one import (a firm's own tags are usually a few dozen)</source>
            <translation>у файлі {count} різних міток; за один імпорт можна не більше {limit} (власних міток у фірми зазвичай кілька десятків)</translation>
        </message>
        <message>
            <source>{client_id} is not a known client</source>
            <translation>{client_id} — невідомий клієнт</translation>
        </message>
        <message>
            <source>{contact_id} is not a known contact</source>
            <translation>{contact_id} — невідомий контакт</translation>
        </message>
        <message>
            <source>{contact} is a contact of another client</source>
            <translation>{contact} — контакт іншого клієнта</translation>
        </message>
        <message>
            <source>{author_id} is not a known user</source>
            <translation>{author_id} — невідомий користувач</translation>
        </message>
        <message>
            <source>goes with a promised follow-up: give its date too</source>
            <translation>стосується обіцяного нагадування: вкажіть і його дату</translation>
        </message>
        <message>
            <source>{user_id} is not a known user</source>
            <translation>{user_id} — невідомий користувач</translation>
        </message>
        <message>
            <source>names a colleague only on an entry tagged staff_praise</source>
            <translation>працівника вказують лише в записі з тегом «похвала працівнику»</translation>
        </message>
        <message>
            <source>is required (a line on what happened)</source>
            <translation>обов'язково (рядок про те, що сталося)</translation>
        </message>
        <message>
            <source>is required (who logs it: choose who you are in Settings)</source>
            <translation>обов'язково (хто записує: оберіть себе в налаштуваннях)</translation>
        </message>
        <message>
            <source>{value} is not a date (use YYYY-MM-DD)</source>
            <translation>{value} — не дата (введіть ДД.ММ.РРРР або РРРР-ММ-ДД)</translation>
        </message>
        <message>
            <source>{value} is not a date and time (use YYYY-MM-DDTHH:MM:SS)</source>
            <translation>{value} — не дата й час (введіть ДД.ММ.РРРР ГГ:ХХ)</translation>
        </message>
        <message>
            <source>is required (one of {choices})</source>
            <translation>обов'язково (одне з: {choices})</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>має бути об'єктом JSON</translation>
        </message>
        <message>
            <source>must be text or a number</source>
            <translation>має бути текстом або числом</translation>
        </message>
        <message>
            <source>not a field of the journal table (use {fields})</source>
            <translation>не поле таблиці журналу (допустимі: {fields})</translation>
        </message>
        <message>
            <source>unknown key (use {keys})</source>
            <translation>невідомий ключ (допустимі: {keys})</translation>
        </message>
        <message>
            <source>{encoding} is not an encoding Python knows (e.g. utf-8, cp1251, iso-8859-1)</source>
            <translation>{encoding} — невідоме Python кодування (наприклад, utf-8, cp1251, iso-8859-1)</translation>
        </message>
        <message>
            <source>is too large for a profile (at most 1 MB)</source>
            <translation>завеликий для профілю (не більше 1 МБ)</translation>
        </message>
        <message>
            <source>cannot read the profile ({reason})</source>
            <translation>не вдається прочитати профіль ({reason})</translation>
        </message>
        <message>
            <source>the profile is not UTF-8 text</source>
            <translation>профіль — не текст у UTF-8</translation>
        </message>
        <message>
            <source>{path}: line {line}</source>
            <translation>{path}: рядок {line}</translation>
        </message>
        <message>
            <source>not valid JSON ({reason})</source>
            <translation>неправильний JSON ({reason})</translation>
        </message>
        <message>
            <source>{target} is not a field of the journal table (use {fields})</source>
            <translation>{target} — не поле таблиці журналу (допустимі: {fields})</translation>
        </message>
        <message>
            <source>must be a JSON object of {"value in file": "value in Rapport"}</source>
            <translation>має бути об'єктом JSON виду {"значення у файлі": "значення в Rapport"}</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} — не зі списку: {choices}</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} — не ціле число</translation>
        </message>
        <message>
            <source>{end} is before the first day of the period ({start})</source>
            <translation>{end} — раніше за перший день періоду ({start})</translation>
        </message>
        <message>
            <source>{value} is outside {low}..{high}</source>
            <translation>{value} поза межами {low}..{high}</translation>
        </message>
        <message>
            <source>{value} is below {minimum}</source>
            <translation>{value} менше за {minimum}</translation>
        </message>
        <message>
            <source>{value} is not text</source>
            <translation>{value} — не текст</translation>
        </message>
        <message>
            <source>is {length} characters long; at most {limit} are allowed</source>
            <translation>довжина {length} символів; допускається не більше {limit}</translation>
        </message>
        <message>
            <source>contains a NUL character</source>
            <translation>містить символ NUL</translation>
        </message>
        <message>
            <source>contains a character that is not valid Unicode</source>
            <translation>містить символ, неприпустимий у Юнікоді</translation>
        </message>
        <message>
            <source>{target} is before the day it opened ({opened})</source>
            <translation>{target} — раніше за день відкриття ({opened})</translation>
        </message>
        <message>
            <source>is required: say why the status changes</source>
            <translation>обов'язково: вкажіть, чому змінюється статус</translation>
        </message>
        <message>
            <source>negotiation {topic} cannot go from {status} to {new_status}; from {status} it can go to {allowed}</source>
            <translation>переговори {topic} не можуть перейти зі «{status}» у «{new_status}»; зі «{status}» можна перейти в: {allowed}</translation>
        </message>
        <message>
            <source>{interaction_id} is not a known interaction</source>
            <translation>{interaction_id} — невідома взаємодія</translation>
        </message>
        <message>
            <source>interaction {interaction_id} belongs to another client</source>
            <translation>взаємодія {interaction_id} належить іншому клієнту</translation>
        </message>
        <message>
            <source>{owner_id} is not a known user</source>
            <translation>{owner_id} — невідомий користувач</translation>
        </message>
        <message>
            <source>name at least one interaction kind or tag, or the entry never shows</source>
            <translation>вкажіть хоча б один вид взаємодії або тег, інакше запис ніколи не з'явиться</translation>
        </message>
        <message>
            <source>{position} is not a whole number</source>
            <translation>{position} — не ціле число</translation>
        </message>
        <message>
            <source>entry {position} already has a {language} text</source>
            <translation>запис {position} уже має текст мовою {language}</translation>
        </message>
        <message>
            <source>only an account manager may qualify a prospect: in this firm owners do not sell ({user} is an owner; an owner may change that in Settings &gt; Sales)</source>
            <translation>кваліфікувати потенційного клієнта може лише менеджер з клієнтів: у цій фірмі власники не продають ({user} — власник; власник може змінити це в Налаштування &gt; Продажі)</translation>
        </message>
        <message>
            <source>{user} is inactive: only an active account manager may qualify a prospect</source>
            <translation>{user} неактивний: кваліфікувати потенційного клієнта може лише активний менеджер з клієнтів</translation>
        </message>
        <message>
            <source>is required: say why, against the portrait and the sales plan</source>
            <translation>обов'язково: поясніть чому, з огляду на портрет і план продажів</translation>
        </message>
        <message>
            <source>{criterion_id} is not a criterion of the portrait</source>
            <translation>{criterion_id} — не критерій портрета</translation>
        </message>
        <message>
            <source>{client} is {stage}: only a prospect is qualified</source>
            <translation>{client}: стадія «{stage}»; кваліфікують лише потенційного клієнта</translation>
        </message>
        <message>
            <source>imported as contracted from {source}</source>
            <translation>імпортовано як клієнта за договором з {source}</translation>
        </message>
        <message>
            <source>not a readable calendar ({reason})</source>
            <translation>календар не читається ({reason})</translation>
        </message>
        <message>
            <source>the calendar holds no events</source>
            <translation>у календарі немає подій</translation>
        </message>
        <message>
            <source>the events cannot be read ({reason})</source>
            <translation>події не читаються ({reason})</translation>
        </message>
        <message>
            <source>the event has no start (DTSTART)</source>
            <translation>у події немає початку (DTSTART)</translation>
        </message>
        <message>
            <source>not a mail or calendar file (use {suffixes})</source>
            <translation>це не лист і не календар (підходять {suffixes})</translation>
        </message>
        <message>
            <source>cannot read the file ({reason})</source>
            <translation>файл не читається ({reason})</translation>
        </message>
        <message>
            <source>the mailbox holds no messages (no line starts with 'From ')</source>
            <translation>у поштовій скриньці немає листів (жоден рядок не починається з 'From ')</translation>
        </message>
        <message>
            <source>not an email address or a domain: {addresses}</source>
            <translation>не адреса електронної пошти й не домен: {addresses}</translation>
        </message>
        <message>
            <source>{file}: {encoding} is not an encoding Python knows</source>
            <translation>{file}: {encoding} — невідоме Python кодування</translation>
        </message>
        <message>
            <source>{file}: the file is not valid {encoding} text</source>
            <translation>{file}: файл — не правильний текст у {encoding}</translation>
        </message>
        <message>
            <source>{file}: the file is {encoding} but line {lines} holds bytes that are not {encoding}; fix or remove them (nothing was imported)</source>
            <translation>{file}: файл у кодуванні {encoding}, але в рядку {lines} є байти не з {encoding}; виправте або видаліть їх (нічого не імпортовано)</translation>
        </message>
        <message>
            <source>{file}: the file is {encoding} but lines {lines} hold bytes that are not {encoding}; fix or remove them (nothing was imported)</source>
            <translation>{file}: файл у кодуванні {encoding}, але в рядках {lines} є байти не з {encoding}; виправте або видаліть їх (нічого не імпортовано)</translation>
        </message>
        <message>
            <source>{file}: the text is not UTF-8, UTF-16, Windows-1251, KOI8-R, ISO-8859-1/15 or Windows-1252; save it as CSV UTF-8</source>
            <translation>{file}: текст не в UTF-8, UTF-16, Windows-1251, KOI8-R, ISO-8859-1/15 і не в Windows-1252; збережіть його як CSV UTF-8</translation>
        </message>
        <message>
            <source>{file}: the text could be {names} equally well{example}; say which ("encoding" in a profile, --profile)</source>
            <translation>{file}: текст однаково може бути в {names}{example}; вкажіть кодування ("encoding" у профілі, --profile)</translation>
        </message>
        <message>
            <source>there are no rows below the header</source>
            <translation>під заголовком немає жодного рядка</translation>
        </message>
        <message>
            <source>{headers} and {more} more</source>
            <translation>{headers} і ще {more}</translation>
        </message>
        <message>
            <source>no column holds {field} (headers: {headers}); match one, or give a constant ("constants" in a profile)</source>
            <translation>жоден стовпець не містить {field} (заголовки: {headers}); зіставте стовпець або задайте стале значення ("constants" у профілі)</translation>
        </message>
        <message>
            <source>column {column} is not in the file (headers: {headers})</source>
            <translation>стовпця {column} у файлі немає (заголовки: {headers})</translation>
        </message>
        <message>
            <source>{field} is given by more than one column ({columns})</source>
            <translation>{field} задано в кількох стовпцях ({columns})</translation>
        </message>
        <message>
            <source>{field} is not a field of the journal</source>
            <translation>{field} — не поле журналу</translation>
        </message>
        <message>
            <source>column {column}</source>
            <translation>стовпець {column}</translation>
        </message>
        <message>
            <source>dates such as {example} could be day-first or month-first and no value over 12 settles it; say which ("date_order": "dmy" or "mdy" in a profile)</source>
            <translation>у датах виду {example} день може стояти і першим, і другим, і жодне значення понад 12 цього не вирішує; вкажіть порядок ("date_order": "dmy" або "mdy" у профілі)</translation>
        </message>
        <message>
            <source>the row has {cells} cells but the header only {width} (a delimiter inside an unquoted value?)</source>
            <translation>клітинок у рядку: {cells}, а в заголовку лише {width} (роздільник усередині значення без лапок?)</translation>
        </message>
        <message>
            <source>none of the {total} rows can be imported; the first: line {line}: {problem}</source>
            <translation>жоден рядок не можна імпортувати (усього рядків: {total}); перший: рядок {line}: {problem}</translation>
        </message>
        <message>
            <source>more than {count} problems; checking stopped</source>
            <translation>помилок понад {count}; перевірку зупинено</translation>
        </message>
        <message>
            <source>{file}: cannot read the file ({reason})</source>
            <translation>{file}: не вдається прочитати файл ({reason})</translation>
        </message>
        <message>
            <source>{file}: not a readable XLSX workbook ({reason})</source>
            <translation>{file}: книгу XLSX не вдається прочитати ({reason})</translation>
        </message>
        <message>
            <source>{file}: not a readable XLS workbook ({reason})</source>
            <translation>{file}: книгу XLS не вдається прочитати ({reason})</translation>
        </message>
        <message>
            <source>{file}: line {line}: the row has {count} cells; at most {most} can be imported</source>
            <translation>{file}: рядок {line}: клітинок у рядку: {count}; імпортувати можна не більше {most}</translation>
        </message>
        <message>
            <source>{file}: line {line}: the header has {count} columns; at most {most} can be imported</source>
            <translation>{file}: рядок {line}: стовпців у заголовку: {count}; імпортувати можна не більше {most}</translation>
        </message>
        <message>
            <source>{file}: more than {count} rows; split the file</source>
            <translation>{file}: рядків понад {count}; розділіть файл</translation>
        </message>
        <message>
            <source>{file}: the file has no header row</source>
            <translation>{file}: у файлі немає рядка заголовка</translation>
        </message>
        <message>
            <source>{file}: line {line}: a cell is longer than {count} characters</source>
            <translation>{file}: рядок {line}: у клітинці понад {count} знаків</translation>
        </message>
        <message>
            <source>{file}: line {line}: not valid CSV ({reason})</source>
            <translation>{file}: рядок {line}: неправильний CSV ({reason})</translation>
        </message>
        <message>
            <source>{file}: line {line}: not valid {encoding} text</source>
            <translation>{file}: рядок {line}: не правильний текст у {encoding}</translation>
        </message>
        <message>
            <source>{file}: its shared strings unpack to {size} MB (at most {most} MB); save a smaller workbook or CSV</source>
            <translation>{file}: спільні рядки книги розпаковуються в {size} МБ (допустимо не більше {most} МБ); збережіть меншу книгу або CSV</translation>
        </message>
        <message>
            <source>{file}: {part} unpacks {ratio} times larger than it is packed; refused as a zip bomb</source>
            <translation>{file}: {part} у розпакованому вигляді в {ratio} разів більший за стиснутий; відхилено як zip-бомбу</translation>
        </message>
        <message>
            <source>{path}: there is no journal here to back up</source>
            <translation>{path}: тут немає журналу, резервну копію якого можна зробити</translation>
        </message>
        <message>
            <source>{path}: is a folder; give a file name for the backup</source>
            <translation>{path}: це папка; вкажіть ім'я файлу для резервної копії</translation>
        </message>
        <message>
            <source>{path}: the backup was not kept: {reason}. The journal itself may be damaged: run `rapport check`</source>
            <translation>{path}: резервну копію не збережено: {reason}. Можливо, пошкоджено сам журнал: виконайте `rapport check`</translation>
        </message>
        <message>
            <source>rapport {command}: the journal is on a database server; back it up with the server's own tools (e.g. pg_dump)</source>
            <translation>rapport {command}: журнал розміщено на сервері баз даних; робіть його резервні копії засобами самого сервера (наприклад, pg_dump)</translation>
        </message>
        <message>
            <source>{path}: no such journal to back up</source>
            <translation>{path}: немає такого журналу, резервну копію якого можна зробити</translation>
        </message>
        <message>
            <source>{path}: damaged ({parts})</source>
            <translation>{path}: пошкоджено ({parts})</translation>
        </message>
        <message>
            <source>on a server you are who you log in as: an owner links your login to your name (rapport users)</source>
            <translation>на сервері ви — той, під чиїм логіном увійшли: власник пов'язує ваш логін із вашим ім'ям (rapport users)</translation>
        </message>
        <message>
            <source>{user} is deactivated: ask an owner to reactivate them</source>
            <translation>{user} вимкнено: попросіть власника знову ввімкнути цього користувача</translation>
        </message>
        <message>
            <source>{option}: {text} is not a date (use YYYY-MM-DD)</source>
            <translation>{option}: {text} — не дата (формат РРРР-ММ-ДД)</translation>
        </message>
        <message>
            <source>--client: no client {name} in the journal or its history</source>
            <translation>--client: клієнта {name} немає ні в журналі, ні в його історії</translation>
        </message>
        <message>
            <source>--user: no user {name} in the journal</source>
            <translation>--user: користувача {name} немає в журналі</translation>
        </message>
        <message>
            <source>--until: {until} is before --since {since}</source>
            <translation>--until: {until} раніше, ніж --since {since}</translation>
        </message>
        <message>
            <source>No changes recorded that match.</source>
            <translation>Відповідних змін не записано.</translation>
        </message>
        <message>
            <source>nobody named {name} in this journal (see rapport users list)</source>
            <translation>у цьому журналі немає нікого з ім'ям {name} (див. rapport users list)</translation>
        </message>
        <message>
            <source>is shorter than {count} characters</source>
            <translation>коротший за {count} символів</translation>
        </message>
        <message>
            <source>the two passwords differ: type the same one twice</source>
            <translation>паролі не збігаються: введіть той самий пароль двічі</translation>
        </message>
        <message>
            <source>on a server every person logs in with a login of their own: name it</source>
            <translation>на сервері кожен входить під своїм логіном: вкажіть його</translation>
        </message>
        <message>
            <source>a journal on a server is set up by the login that created it (its tables' owner)</source>
            <translation>журнал на сервері налаштовує логін, який його створив (власник його таблиць)</translation>
        </message>
        <message>
            <source>is required (your name)</source>
            <translation>обов'язково (ваше ім'я)</translation>
        </message>
        <message>
            <source>nobody named {name} is among the firm's people: pick yourself from the list, or ask an owner to add you (Settings &gt; Users)</source>
            <translation>серед людей фірми немає нікого на ім'я {name}: виберіть себе зі списку або попросіть власника додати вас (Налаштування &gt; Користувачі)</translation>
        </message>
        <message>
            <source>you cannot deactivate yourself: another owner may</source>
            <translation>не можна вимкнути самого себе: це може зробити інший власник</translation>
        </message>
        <message>
            <source>the server has no login {login}: add the person with rapport users add, which creates it</source>
            <translation>на сервері немає логіна {login}: додайте людину командою rapport users add, вона створить логін</translation>
        </message>
        <message>
            <source>{login} is a group of logins on the server, not a person's login: name another</source>
            <translation>{login} — група логінів на сервері, а не логін людини: вкажіть інший</translation>
        </message>
        <message>
            <source>the server does not let your login {login} create or change logins: an owner's login needs CREATEROLE (ALTER ROLE {login} CREATEROLE, by the server's administrator)</source>
            <translation>сервер не дозволяє вашому логіну {login} створювати та змінювати логіни: логіну власника потрібне право CREATEROLE (ALTER ROLE {login} CREATEROLE, виконує адміністратор сервера)</translation>
        </message>
        <message>
            <source>your login {login} is not linked to anyone of this journal: ask an owner to add you (rapport users add "YOUR NAME" --role ROLE --login {login}, or Settings &gt; Users)</source>
            <translation>ваш логін {login} не пов'язаний ні з ким у цьому журналі: попросіть власника додати вас (rapport users add "ВАШЕ ІМ'Я" --role РОЛЬ --login {login} або Налаштування &gt; Користувачі)</translation>
        </message>
        <message>
            <source>{ref} is staff: staff never decide stage one (sales does: {who})</source>
            <translation>{ref} — співробітник: співробітники не вирішують перший етап (вирішують продажі: {who})</translation>
        </message>
        <message>
            <source>{client} is {stage}, but the bundle has no matching qualification decision for it: add it to "qualifications", or bring the client in as a prospect</source>
            <translation>{client}: етап «{stage}», але в пакеті немає відповідного рішення кваліфікації: додайте його до "qualifications" або імпортуйте клієнта як потенційного</translation>
        </message>
        <message>
            <source>an account manager or an owner</source>
            <translation>менеджер з клієнтів або власник</translation>
        </message>
        <message>
            <source>names clients the journal does not have ({names}): they would come in as contracted, and a client is contracted only through a qualification decision by sales ({who}); import the table as sales (Settings &gt; Who am I) and the import records that decision on your behalf, or add these clients to the journal first</source>
            <translation>називає клієнтів, яких немає в журналі ({names}): вони прийшли б як клієнти за договором, а договір можливий лише після рішення кваліфікації, ухваленого продажами ({who}); імпортуйте таблицю від імені продажів (Налаштування &gt; Хто я), і імпорт запише це рішення від вашого імені, або спершу додайте цих клієнтів до журналу</translation>
        </message>
        <message>
            <source>{stage} is the outcome of a qualification decision: record it with Qualify on the client's Qualification tab (decided by {who})</source>
            <translation>етап «{stage}» — підсумок рішення кваліфікації: запишіть його кнопкою «Кваліфікувати» на вкладці клієнта «Кваліфікація» (вирішує {who})</translation>
        </message>
        <message>
            <source>a prospect becomes {stage} only after a qualification decision "interesting": {who} records it with Qualify on the client's Qualification tab</source>
            <translation>потенційний клієнт переходить на етап «{stage}» лише після рішення кваліфікації «цікавий»: його записує {who} кнопкою «Кваліфікувати» на вкладці клієнта «Кваліфікація»</translation>
        </message>
        <message>
            <source>{value} is outside 0..{limit}</source>
            <translation>{value} поза діапазоном 0..{limit}</translation>
        </message>
        <message>
            <source>{value} is not an object</source>
            <translation>{value} — не об'єкт</translation>
        </message>
        <message>
            <source>is not part of a sales plan (per_quarter, segments)</source>
            <translation>не частина плану продажів (per_quarter, segments)</translation>
        </message>
        <message>
            <source>{value} is not an object of segment -&gt; contracts</source>
            <translation>{value} — не об'єкт «сегмент -&gt; договори»</translation>
        </message>
        <message>
            <source>names {count} segments; at most {limit}</source>
            <translation>називає сегментів: {count}; не більше {limit}</translation>
        </message>
        <message>
            <source>is not a segment name (1 to {limit} characters)</source>
            <translation>не назва сегмента (від 1 до {limit} символів)</translation>
        </message>
        <message>
            <source>{segment} is named twice (also as {other})</source>
            <translation>{segment} названо двічі (ще як {other})</translation>
        </message>
        <message>
            <source>the segments add up to {sum} contracts, more than the {total} of the whole quarter</source>
            <translation>сегменти в сумі дають договорів: {sum}, більше, ніж {total} на весь квартал</translation>
        </message>
        <message>
            <source>Restored: {label}</source>
            <translation>Відновлено: {label}</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) took a new id: the journal had given the old one to a newer record</source>
            <translation>
                <numerusform>%n запис отримав новий номер: журнал віддав попередній новішому запису</numerusform>
                <numerusform>%n записи отримали нові номери: журнал віддав попередні новішим записам</numerusform>
                <numerusform>%n записів отримали нові номери: журнал віддав попередні новішим записам</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) deleted for good</source>
            <translation>
                <numerusform>%n елемент видалено назавжди</numerusform>
                <numerusform>%n елементи видалено назавжди</numerusform>
                <numerusform>%n елементів видалено назавжди</numerusform>
            </translation>
        </message>
        <message>
            <source>The trash is empty</source>
            <translation>Кошик порожній</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>взаємодія</translation>
        </message>
        <message>
            <source>client with its journal</source>
            <translation>клієнт з його журналом</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>контакт</translation>
        </message>
        <message>
            <source>playbook entry</source>
            <translation>сценарій</translation>
        </message>
        <message>
            <source>portrait criterion</source>
            <translation>критерій портрета</translation>
        </message>
        <message>
            <source>its client</source>
            <translation>його клієнт</translation>
        </message>
        <message>
            <source>its contact</source>
            <translation>його контакт</translation>
        </message>
        <message>
            <source>the entry it belongs to</source>
            <translation>запис, до якого воно належить,</translation>
        </message>
        <message>
            <source>a person it names</source>
            <translation>людина, яку воно називає,</translation>
        </message>
        <message>
            <source>one of its tags</source>
            <translation>один з його тегів</translation>
        </message>
        <message>
            <source>the feedback item it belongs to</source>
            <translation>відгук, до якого воно належить,</translation>
        </message>
        <message>
            <source>the negotiation it belongs to</source>
            <translation>переговори, до яких воно належить,</translation>
        </message>
        <message>
            <source>the trash holds no item {id}</source>
            <translation>у кошику немає елемента {id}</translation>
        </message>
        <message>
            <source>{label} cannot be restored: the journal already holds a record with its id</source>
            <translation>{label} не можна відновити: у журналі вже є запис з таким номером</translation>
        </message>
        <message>
            <source>{label} cannot be restored: another client is named {name} now; rename that client first</source>
            <translation>{label} не можна відновити: інший клієнт тепер називається {name}; спершу перейменуйте його</translation>
        </message>
        <message>
            <source>{label} cannot be restored: {parent} {name} is no longer in the journal; restore {name} first (trash item {id})</source>
            <translation>{label} не можна відновити: {parent} {name} вже не в журналі; спершу відновіть {name} (елемент кошика {id})</translation>
        </message>
        <message>
            <source>{label} cannot be restored: {parent} is no longer in the journal, and not in the trash either</source>
            <translation>{label} не можна відновити: {parent} вже не в журналі й не в кошику</translation>
        </message>
        <message>
            <source>--client: {problem}</source>
            <translation>--client: {problem}</translation>
        </message>
        <message>
            <source>Entries coded as proposed: {count}</source>
            <translation>Розмічено як запропоновано: {count}</translation>
        </message>
        <message>
            <source>Entries not coded yet: {count}</source>
            <translation>Записів без розмітки: {count}</translation>
        </message>
        <message>
            <source>a negotiation session</source>
            <translation>раунд переговорів</translation>
        </message>
        <message>
            <source>the client escalated</source>
            <translation>клієнт звернувся вище</translation>
        </message>
        <message>
            <source>a hard question taken higher</source>
            <translation>складне питання передано вище</translation>
        </message>
        <message>
            <source>a complaint</source>
            <translation>скарга</translation>
        </message>
        <message>
            <source>the client's feedback</source>
            <translation>відгук клієнта</translation>
        </message>
        <message>
            <source>praise from the client</source>
            <translation>похвала від клієнта</translation>
        </message>
        <message>
            <source>an inbound request</source>
            <translation>вхідний запит</translation>
        </message>
        <message>
            <source>a request to the client</source>
            <translation>наш запит клієнту</translation>
        </message>
        <message>
            <source>a delivery</source>
            <translation>поставка</translation>
        </message>
        <message>
            <source>the client is unhappy</source>
            <translation>клієнт незадоволений</translation>
        </message>
        <message>
            <source>a hard conversation with the client</source>
            <translation>складна розмова з клієнтом</translation>
        </message>
        <message>
            <source>news from the client</source>
            <translation>новини від клієнта</translation>
        </message>
        <message>
            <source>keeping the client informed</source>
            <translation>тримаємо клієнта в курсі</translation>
        </message>
        <message>
            <source>{count} of {total} such entries coded so</source>
            <translation>так розмічено {count} з {total} таких записів</translation>
        </message>
        <message>
            <source>like the firm's entries with {words}</source>
            <translation>як записи фірми зі словами {words}</translation>
        </message>
        <message>
            <source>{rule} ({habit})</source>
            <translation>{rule} ({habit})</translation>
        </message>
        <message>
            <source>like entries the firm tagged so</source>
            <translation>як записи, які фірма так розмітила</translation>
        </message>
        <message>
            <source>the text says so: {words}</source>
            <translation>так сказано в тексті: {words}</translation>
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
            <translation>Раунд переговорів (%1): %2</translation>
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
            <translation>Раунд переговорів</translation>
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
            <source>Promises kept on time, %1: %2 (%3 of %4 that came due)</source>
            <translation>Обіцянки виконано вчасно, %1: %2 (%3 з %4, строк яких настав)</translation>
        </message>
        <message>
            <source>Promises to this client, %1: none came due.</source>
            <translation>Обіцянки цьому клієнтові, %1: у жодної не настав строк.</translation>
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
        <name>PasswordDialog</name>
        <message>
            <source>Password for the database server</source>
            <translation>Пароль для сервера баз даних</translation>
        </message>
        <message>
            <source>The password of %1 on the server %2 (database %3).</source>
            <translation>Пароль користувача %1 на сервері %2 (база даних %3).</translation>
        </message>
        <message>
            <source>The server did not accept the password: type it again.</source>
            <translation>Сервер не прийняв пароль: введіть його ще раз.</translation>
        </message>
        <message>
            <source>Rapport keeps it in the system keyring, never in its own settings.</source>
            <translation>Rapport зберігає його в системному сховищі паролів і ніколи — у своїх налаштуваннях.</translation>
        </message>
        <message>
            <source>There is no system keyring here, so Rapport keeps the password nowhere: it asks for it each time it connects, and never writes it to disk.</source>
            <translation>Системного сховища паролів тут немає, тому Rapport ніде не зберігає пароль: він питає його під час кожного під’єднання і ніколи не записує на диск.</translation>
        </message>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>There is no system keyring here, so Rapport keeps the server's password nowhere: it will ask for it at the next start. It is never written to disk.</source>
            <translation>Системного сховища паролів тут немає, тому Rapport ніде не зберігає пароль сервера: під час наступного запуску він спитає його знову. На диск пароль не записується.</translation>
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
        <name>PlanPanel</name>
        <message>
            <source>Sales &amp;plan…</source>
            <translation>&amp;План продажів…</translation>
        </message>
        <message>
            <source>Sales plan, Q%1 %2</source>
            <translation>План продажів, %1 кв. %2</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left in the quarter.</source>
            <translation>
                <numerusform>До кінця кварталу %n день.</numerusform>
                <numerusform>До кінця кварталу %n дні.</numerusform>
                <numerusform>До кінця кварталу %n днів.</numerusform>
            </translation>
        </message>
        <message>
            <source>No plan is set: new contracts this quarter: %1.</source>
            <translation>План не задано; нових договорів цього кварталу: %1.</translation>
        </message>
        <message>
            <source>An owner sets the plan (Sales plan…), so that sales judges each prospect against what the firm must win.</source>
            <translation>План задає власник («План продажів…»), щоб продажі оцінювали кожного потенційного клієнта з огляду на те, що фірма має виграти.</translation>
        </message>
        <message>
            <source>New contracts: %1</source>
            <translation>Нові договори: %1</translation>
        </message>
        <message>
            <source>This client's segment (%1) has no plan of its own; it counts in the total.</source>
            <translation>Сегмент цього клієнта (%1) не має власного плану; він входить до загального.</translation>
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
            <translation>Відкриті відгуки</translation>
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
            <source>Qualify %1 (now %2). Only sales decides, against the portrait and the sales plan.</source>
            <translation>Кваліфікація: %1 (зараз: %2). Вирішують лише продажі — за портретом і планом продажів.</translation>
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
            <source>Sales plan</source>
            <translation>План продажів</translation>
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
            <source>This quarter</source>
            <translation>Цей квартал</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Минулий квартал</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Останні 12 місяців</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>За весь час</translation>
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
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Рішень</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Відхилено</translation>
        </message>
        <message>
            <source>Share declined</source>
            <translation>Частка відхилених</translation>
        </message>
        <message>
            <source>(nobody on record)</source>
            <translation>(нікого не записано)</translation>
        </message>
        <message>
            <source>%1 won</source>
            <translation>виграно %1</translation>
        </message>
        <message>
            <source>%1 of %2 won</source>
            <translation>виграно %1 з %2</translation>
        </message>
        <message>
            <source>%1 to go</source>
            <translation>лишилося %1</translation>
        </message>
        <message>
            <source>plan met</source>
            <translation>план виконано</translation>
        </message>
        <message>
            <source>in the pipeline: %1 qualified, %2 prospects to judge</source>
            <translation>у воронці: кваліфіковано %1, чекають рішення %2</translation>
        </message>
        <message>
            <source>No sales plan is set (an owner sets it).</source>
            <translation>План продажів не задано (його задає власник).</translation>
        </message>
        <message>
            <source>This quarter: %1</source>
            <translation>Цей квартал: %1</translation>
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
        <message>
            <source>Type the day of this reading, e.g. %1</source>
            <translation>Введіть день оцінки, наприклад, %1</translation>
        </message>
        <message>
            <source>Nothing was saved: say who you are first, so the reading has an author</source>
            <translation>Нічого не збережено: спершу вкажіть, хто ви, щоб оцінка мала автора</translation>
        </message>
    </context>
    <context>
        <name>QualificationTab</name>
        <message>
            <source>&amp;Qualify...</source>
            <translation>&amp;Кваліфікувати...</translation>
        </message>
        <message>
            <source>Stage one: sales (%1) decides, against the portrait and the sales plan, whether to work with this client. It becomes contracted only after a decision "interesting".</source>
            <translation>Перший етап: продажі (%1) вирішують за портретом і планом продажів, чи працювати з цим клієнтом. Договір можливий лише після рішення «цікавий».</translation>
        </message>
        <message>
            <source>Past stage one: the client is %1.</source>
            <translation>Перший етап пройдено: клієнт — %1.</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>Read only: %1</source>
            <translation>Лише для читання: %1</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Відкрити</translation>
        </message>
        <message>
            <source>S&amp;nooze</source>
            <translation>Від&amp;класти</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Сховати</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Show Rapport</source>
            <translation>Показати Rapport</translation>
        </message>
        <message>
            <source>Today's list</source>
            <translation>Список на сьогодні</translation>
        </message>
        <message>
            <source>Rapport: nothing due now</source>
            <translation>Rapport: зараз термінів немає</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Відкрити</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Сховати</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Follow-up due</source>
            <translation>Термін обіцяної дії</translation>
        </message>
        <message>
            <source>Follow-up overdue</source>
            <translation>Обіцяну дію прострочено</translation>
        </message>
        <message>
            <source>Feedback to acknowledge</source>
            <translation>Відгук чекає підтвердження</translation>
        </message>
        <message>
            <source>Feedback not acknowledged in time</source>
            <translation>Відгук не підтверджено вчасно</translation>
        </message>
        <message>
            <source>Negotiation action due</source>
            <translation>Термін дії за переговорами</translation>
        </message>
        <message>
            <source>Negotiation action overdue</source>
            <translation>Дію за переговорами прострочено</translation>
        </message>
        <message>
            <source>Reply awaited</source>
            <translation>Клієнт чекає відповіді</translation>
        </message>
        <message>
            <source>Reply past the firm's rule</source>
            <translation>Відповідь не надано в строк за правилом фірми</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Термін настав</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Прострочено</translation>
        </message>
        <message>
            <source>Snooze 15 minutes</source>
            <translation>Відкласти на 15 хвилин</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>Відкласти на 1 годину</translation>
        </message>
        <message>
            <source>Snooze until tomorrow morning</source>
            <translation>Відкласти до завтрашнього ранку</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>і ще %n</numerusform>
                <numerusform>і ще %n</numerusform>
                <numerusform>і ще %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) need your hand</source>
            <translation>
                <numerusform>%n справа чекає на вас</numerusform>
                <numerusform>%n справи чекають на вас</numerusform>
                <numerusform>%n справ чекають на вас</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Replies</name>
        <message>
            <source>Since</source>
            <translation>Від</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клієнт</translation>
        </message>
        <message>
            <source>First message</source>
            <translation>Перше повідомлення</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Повідомлень</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Чекає</translation>
        </message>
        <message>
            <source>To answer</source>
            <translation>Відповідає</translation>
        </message>
        <message>
            <source>Past the reply rule since %1</source>
            <translation>Правило відповіді порушено з %1</translation>
        </message>
        <message>
            <source>To answer by %1</source>
            <translation>Відповісти до %1</translation>
        </message>
        <message>
            <source>%1 (routed)</source>
            <translation>%1 (доручено)</translation>
        </message>
        <message>
            <source>Route the reply</source>
            <translation>Доручити відповідь</translation>
        </message>
        <message>
            <source>Who answers %1? They see it in their Today.</source>
            <translation>Хто відповість %1? Він побачить це у своєму «Сьогодні».</translation>
        </message>
        <message>
            <source>&amp;Colleague</source>
            <translation>&amp;Колега</translation>
        </message>
        <message>
            <source>(the account manager)</source>
            <translation>(менеджер клієнта)</translation>
        </message>
        <message>
            <source>Route the re&amp;ply...</source>
            <translation>Передати відпові&amp;дь...</translation>
        </message>
        <message>
            <source>No reply nee&amp;ded</source>
            <translation>Відповідь не по&amp;трібна</translation>
        </message>
        <message numerus="yes">
            <source>Replies awaited: %n client(s)</source>
            <translation>
                <numerusform>Чекають на відповідь: %n клієнт</numerusform>
                <numerusform>Чекають на відповідь: %n клієнти</numerusform>
                <numerusform>Чекають на відповідь: %n клієнтів</numerusform>
            </translation>
        </message>
        <message>
            <source>No reply awaited</source>
            <translation>Ніхто не чекає на відповідь</translation>
        </message>
        <message numerus="yes">
            <source>%n past the reply rule</source>
            <translation>
                <numerusform>%n — довше за правило відповіді</numerusform>
                <numerusform>%n — довше за правило відповіді</numerusform>
                <numerusform>%n — довше за правило відповіді</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RespectView</name>
        <message>
            <source>Client misconduct is recorded to support the people who met it: it takes nothing off the client's health.</source>
            <translation>Некоректна поведінка клієнта записується, щоб підтримати працівників, які з нею зіткнулися: здоров'я клієнта від цього не знижується.</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>не записано</translation>
        </message>
        <message>
            <source>Praise of colleagues, %1: %2.</source>
            <translation>Похвала працівникам, %1: %2.</translation>
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
        <name>SalesPlan</name>
        <message>
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <source>Contracts per quarter</source>
            <translation>Договорів за квартал</translation>
        </message>
    </context>
    <context>
        <name>SalesPlanDialog</name>
        <message>
            <source>Sales plan</source>
            <translation>План продажів</translation>
        </message>
    </context>
    <context>
        <name>SalesPlanEditor</name>
        <message>
            <source>&amp;Owners sell too: an owner may qualify prospects</source>
            <translation>&amp;Власники теж продають: власник може кваліфікувати потенційних клієнтів</translation>
        </message>
        <message>
            <source>the segments' sum</source>
            <translation>сума сегментів</translation>
        </message>
        <message>
            <source>New contracts per quarter</source>
            <translation>Нових договорів за квартал</translation>
        </message>
        <message>
            <source>&amp;Add segment</source>
            <translation>&amp;Додати сегмент</translation>
        </message>
        <message>
            <source>&amp;Remove segment</source>
            <translation>&amp;Видалити сегмент</translation>
        </message>
        <message>
            <source>Stage one (interesting or not) is decided by sales: account managers, and owners only when this is ticked. A prospect becomes contracted only after such a decision.</source>
            <translation>Перший етап (цікавий чи ні) вирішують продажі: менеджери з клієнтів, а власники — лише якщо це позначено. Договір з потенційним клієнтом можливий лише після такого рішення.</translation>
        </message>
        <message>
            <source>New contracts per &amp;quarter</source>
            <translation>Нових договорів за &amp;квартал</translation>
        </message>
        <message>
            <source>The plan sales must meet in any weather; the Qualification tab shows this quarter's progress beside each decision. Per segment if wanted (a client's segment, as typed on the client):</source>
            <translation>План, який продажі виконують за будь-якої погоди; вкладка «Кваліфікація» показує хід кварталу поруч із кожним рішенням. За сегментами, якщо треба (сегмент клієнта, як його записано в клієнта):</translation>
        </message>
        <message>
            <source>Only an owner changes who sells and the sales plan.</source>
            <translation>Хто продає і план продажів змінює лише власник.</translation>
        </message>
        <message>
            <source>Segment “%1”</source>
            <translation>Сегмент «%1»</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Сегменти</translation>
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
            <source>Type words into the search box: the journal is searched as you type, and the word you are still typing also finds the words that begin with it (рефин finds рефинансирование). Every form of a word is found (счёт finds счета); a "quoted word" finds that form only; "several quoted words" are a phrase; -word leaves a word out.</source>
            <translation>Вводьте слова в поле пошуку: журнал шукається під час введення, а слово, яке ви ще набираєте, знаходить і слова, що з нього починаються (рефін знаходить рефінансування). Знаходяться всі форми слова (рахунок знаходить рахунку); "слово в лапках" знаходить лише цю форму; "кілька слів у лапках" — це фраза; -слово виключає слово.</translation>
        </message>
        <message>
            <source>Entries matching "%1": more than %2; the best of the newest first.</source>
            <translation>Записи, де є «%1»: понад %2; спочатку найкращі з найновіших.</translation>
        </message>
        <message>
            <source>Entries matching "%1": %2, best first.</source>
            <translation>Записи, де є «%1»: %2, спочатку найкращі.</translation>
        </message>
        <message>
            <source>Nothing matches "%1".</source>
            <translation>За запитом «%1» нічого не знайдено.</translation>
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
            <source>Only %1 may change the firm's working time and holidays.</source>
            <translation>Лише %1 може змінювати робочий час і свята фірми.</translation>
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
            <source>&amp;Sales</source>
            <translation>&amp;Продажі</translation>
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
            <source>What you log is signed with this name. Only %1 may change who this computer account is.</source>
            <translation>Усе, що ви записуєте, підписано цим іменем. Змінити, хто працює під цим обліковим записом комп'ютера, може лише %1.</translation>
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
            <source>anna@ourfirm.com, ourfirm.com</source>
            <translation>anna@ourfirm.com, ourfirm.com</translation>
        </message>
        <message>
            <source>Our email &amp;addresses</source>
            <translation>Наші &amp;адреси пошти</translation>
        </message>
        <message>
            <source>The firm's own addresses or domains, for everyone on this journal. Captured mail from them is outbound; any other is inbound.</source>
            <translation>Адреси або домени самої фірми, для всіх у цьому журналі. Прийняті листи з них — вихідні; усі інші — вхідні.</translation>
        </message>
        <message>
            <source>&amp;Remind me when my items come due</source>
            <translation>На&amp;гадувати, коли настає термін моїх справ</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Нагадування</translation>
        </message>
        <message>
            <source>Follow-ups, feedback, replies and negotiation actions: a notification from the tray icon, or a banner in this window where there is no tray. In working hours only.</source>
            <translation>Обіцяні дії, відгуки, відповіді клієнтам і дії за переговорами: сповіщення від значка в системному лотку або, де лотка немає, смуга в цьому вікні. Лише в робочий час.</translation>
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
            <source>Our email addresses: %1 is not an email address or a domain.</source>
            <translation>Наші адреси пошти: %1 — не адреса пошти й не домен.</translation>
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
        <message>
            <source>Login</source>
            <translation>Логін</translation>
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
        <name>Team</name>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Клієнти</translation>
        </message>
        <message>
            <source>By band</source>
            <translation>За зонами</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Сигнали</translation>
        </message>
        <message>
            <source>Like / hear / negotiate</source>
            <translation>Подоб. / чути / домовл.</translation>
        </message>
        <message>
            <source>Coded</source>
            <translation>Розмічено</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Відхилення</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <translation>Обіцянки</translation>
        </message>
        <message>
            <source>Acknowledged in</source>
            <translation>Підтверджено за</translation>
        </message>
        <message>
            <source>Replies late</source>
            <translation>Відповіді пізно</translation>
        </message>
        <message>
            <source>Misconduct</source>
            <translation>Грубість</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>Похвала</translation>
        </message>
        <message>
            <source>Clients per health band today</source>
            <translation>Клієнти за зонами здоров'я на сьогодні</translation>
        </message>
        <message>
            <source>Clients with an early warning today</source>
            <translation>Клієнти з раннім сигналом на сьогодні</translation>
        </message>
        <message>
            <source>Entries coded like, hear and negotiate, %1</source>
            <translation>Записи з тегами «подобатися», «чути» і «домовлятися», %1</translation>
        </message>
        <message>
            <source>Share of entries coded like, hear, negotiate or with a drift tag, %1 (Edit &gt; Code entries proposes the rest)</source>
            <translation>Частка записів із тегом «подобатися», «чути», «домовлятися» або тегом дрейфу, %1 (Редагування &gt; Розмітка записів запропонує решту)</translation>
        </message>
        <message>
            <source>Entries tagged dismissive, capitulating or punishing (stance drift), %1</source>
            <translation>Записи з тегами зневаги, капітуляції чи покарання (відхилення позиції), %1</translation>
        </message>
        <message>
            <source>Promises that came due %1 and were kept on time</source>
            <translation>Обіцянки зі строком %1, виконані вчасно</translation>
        </message>
        <message>
            <source>Median working hours from feedback raised to acknowledged, %1</source>
            <translation>Медіана робочих годин від отримання відгуку до підтвердження, %1</translation>
        </message>
        <message>
            <source>Replies awaiting past the firm's rule</source>
            <translation>Відповіді, що чекають довше за правило фірми</translation>
        </message>
        <message>
            <source>Client misconduct met by our people, %1: a reason to support them, not a penalty to the client's score</source>
            <translation>Грубість клієнтів щодо наших працівників, %1: привід їх підтримати, а не штраф до оцінки клієнта</translation>
        </message>
        <message>
            <source>Praise of the colleague by clients, %1</source>
            <translation>Похвала працівникові від клієнтів, %1</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>ніхто</translation>
        </message>
        <message>
            <source>no segment</source>
            <translation>без сегмента</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 год</translation>
        </message>
        <message numerus="yes">
            <source>Median of %n item(s) raised in the window, in working hours</source>
            <translation>
                <numerusform>Медіана за %n зверненням за період, у робочих годинах</numerusform>
                <numerusform>Медіана за %n зверненнями за період, у робочих годинах</numerusform>
                <numerusform>Медіана за %n зверненнями за період, у робочих годинах</numerusform>
            </translation>
        </message>
        <message>
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Що</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клієнт</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Працівник</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Суть</translation>
        </message>
        <message>
            <source>nobody named</source>
            <translation>нікого не вказано</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) of client misconduct.</source>
            <translation>
                <numerusform>%n запис про некоректну поведінку клієнта.</numerusform>
                <numerusform>%n записи про некоректну поведінку клієнта.</numerusform>
                <numerusform>%n записів про некоректну поведінку клієнта.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <source>By manager</source>
            <translation>За менеджерами</translation>
        </message>
        <message>
            <source>By segment</source>
            <translation>За сегментами</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Рядки:</translation>
        </message>
        <message>
            <source>Clients and warnings today; every other figure over the %1</source>
            <translation>Клієнти й сигнали — на сьогодні; решта показників — %1</translation>
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
            <source>%1 by %2</source>
            <translation>%1 (%2)</translation>
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
        <message>
            <source>Written on %1 by %2</source>
            <translation>Записано %1, автор запису: %2</translation>
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
            <source>Clients awaiting our reply</source>
            <translation>Клієнти чекають на нашу відповідь</translation>
        </message>
        <message>
            <source>Clients not contacted for longer than their rhythm</source>
            <translation>Клієнти, з якими давно не було контакту</translation>
        </message>
        <message>
            <source>Feedback to acknowledge or resolve</source>
            <translation>Відгуки, які треба підтвердити або вирішити</translation>
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
            <source>%n message(s) waiting %1 working hours</source>
            <translation>
                <numerusform>%n повідомлення чекає %1 роб. год</numerusform>
                <numerusform>%n повідомлення чекають %1 роб. год</numerusform>
                <numerusform>%n повідомлень чекають %1 роб. год</numerusform>
            </translation>
        </message>
        <message>
            <source>routed to %1</source>
            <translation>доручено: %1</translation>
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
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <translation>Кошик</translation>
        </message>
        <message>
            <source>Deleted entries, clients, contacts, playbook entries and portrait criteria stay here until an owner restores them or deletes them for good.</source>
            <translation>Видалені записи, клієнти, контакти, сценарії та критерії портрета зберігаються тут, доки власник не відновить їх або не видалить назавжди.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Відновити</translation>
        </message>
        <message>
            <source>&amp;Delete forever...</source>
            <translation>&amp;Видалити назавжди...</translation>
        </message>
        <message>
            <source>&amp;Empty trash...</source>
            <translation>&amp;Очистити кошик...</translation>
        </message>
        <message>
            <source>Restoring...</source>
            <translation>Відновлення...</translation>
        </message>
        <message>
            <source>Delete forever</source>
            <translation>Видалити назавжди</translation>
        </message>
        <message>
            <source>Delete “%1” for good? It cannot be restored afterwards.</source>
            <translation>Видалити «%1» назавжди? Відновити потім буде неможливо.</translation>
        </message>
        <message>
            <source>Deleting...</source>
            <translation>Видалення...</translation>
        </message>
        <message>
            <source>Deleted for good: %1</source>
            <translation>Видалено назавжди: %1</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Очистити кошик</translation>
        </message>
        <message>
            <source>Delete every item in the trash (%1) for good? None of them can be restored afterwards.</source>
            <translation>Видалити всі елементи кошика (%1) назавжди? Відновити їх потім буде неможливо.</translation>
        </message>
        <message>
            <source>Emptying the trash...</source>
            <translation>Очищення кошика...</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) deleted for good.</source>
            <translation>
                <numerusform>%n елемент видалено назавжди.</numerusform>
                <numerusform>%n елементи видалено назавжди.</numerusform>
                <numerusform>%n елементів видалено назавжди.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored: %1</source>
            <translation>Відновлено: %1</translation>
        </message>
        <message numerus="yes">
            <source>(%n record(s) took a new id: the old one went to a newer record)</source>
            <translation>
                <numerusform>(%n запис отримав новий номер: попередній дістався новішому запису)</numerusform>
                <numerusform>(%n записи отримали нові номери: попередні дісталися новішим записам)</numerusform>
                <numerusform>(%n записів отримали нові номери: попередні дісталися новішим записам)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>Відновити не можна</translation>
        </message>
        <message>
            <source>Restore that item first, then this one?</source>
            <translation>Відновити спершу той елемент, а потім цей?</translation>
        </message>
        <message>
            <source>Reading the trash...</source>
            <translation>Читання кошика...</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>Кошик порожній.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the trash.</source>
            <translation>
                <numerusform>У кошику %n елемент.</numerusform>
                <numerusform>У кошику %n елементи.</numerusform>
                <numerusform>У кошику %n елементів.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) shown; scroll down for older ones.</source>
            <translation>
                <numerusform>Показано %n елемент; прокрутіть униз, щоб побачити старіші.</numerusform>
                <numerusform>Показано %n елементи; прокрутіть униз, щоб побачити старіші.</numerusform>
                <numerusform>Показано %n елементів; прокрутіть униз, щоб побачити старіші.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashMenu</name>
        <message>
            <source>&amp;Trash...</source>
            <translation>&amp;Кошик...</translation>
        </message>
        <message>
            <source>What was deleted: an owner restores it or deletes it for good</source>
            <translation>Що було видалено: власник відновлює це або видаляє назавжди</translation>
        </message>
        <message>
            <source>&amp;Delete client...</source>
            <translation>В&amp;идалити клієнта...</translation>
        </message>
        <message>
            <source>Move the client and its journal to the trash (owners)</source>
            <translation>Перемістити клієнта та його журнал до кошика (власники)</translation>
        </message>
    </context>
    <context>
        <name>TrashModel</name>
        <message>
            <source>Item</source>
            <translation>Елемент</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Deleted by</source>
            <translation>Хто видалив</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Видалено</translation>
        </message>
    </context>
    <context>
        <name>TrashNotice</name>
        <message>
            <source>Moved to the trash: %1.</source>
            <translation>Переміщено до кошика: %1.</translation>
        </message>
        <message>
            <source>An owner can restore it (Edit &gt; Trash).</source>
            <translation>Власник може його відновити (Редагування &gt; Кошик).</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <source>Restored: %1</source>
            <translation>Відновлено: %1</translation>
        </message>
        <message>
            <source>Restoring...</source>
            <translation>Відновлення...</translation>
        </message>
    </context>
    <context>
        <name>TypeAheadCombo</name>
        <message>
            <source>“%1” matches nothing in this list</source>
            <translation>«%1» немає в списку</translation>
        </message>
    </context>
    <context>
        <name>UncodedModel</name>
        <message>
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клієнт</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Суть</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Запропоновано</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Чому</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Додати користувача…</translation>
        </message>
        <message>
            <source>An inactive user keeps what they logged but is no longer offered as an account manager.</source>
            <translation>Записи неактивного користувача зберігаються, але його більше не пропонують у менеджери.</translation>
        </message>
        <message>
            <source>On this server each person connects with their own login; the server itself enforces what their role allows.</source>
            <translation>На цьому сервері кожен підключається під своїм логіном; що дозволяє роль, перевіряє сам сервер.</translation>
        </message>
        <message>
            <source>Only an owner may add people and change their roles. Choose who you are first.</source>
            <translation>Додавати людей і змінювати їхні ролі може лише власник. Спершу виберіть, хто ви.</translation>
        </message>
        <message>
            <source>Only an owner may add people and change their roles (you: %1, %2).</source>
            <translation>Додавати людей і змінювати їхні ролі може лише власник (ви: %1, %2).</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <source>Match the values</source>
            <translation>Зіставте значення</translation>
        </message>
        <message>
            <source>These values of the file are not words Rapport knows. Choose what each one means; a row whose value is left unmatched cannot be imported.</source>
            <translation>Цих значень із файлу Rapport не знає. Виберіть, що означає кожне; рядок із незіставленим значенням імпортувати не можна.</translation>
        </message>
        <message>
            <source>%1 (column %2)</source>
            <translation>%1 (стовпець %2)</translation>
        </message>
        <message>
            <source>(leave unmatched)</source>
            <translation>(не зіставляти)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n row(s))</source>
            <translation>
                <numerusform>%1 (%n рядок)</numerusform>
                <numerusform>%1 (%n рядки)</numerusform>
                <numerusform>%1 (%n рядків)</numerusform>
            </translation>
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
        <name>WhenField</name>
        <message>
            <source>%1 · yesterday 9:30 · -2d</source>
            <translation>%1 · вчора 9:30 · -2д</translation>
        </message>
        <message>
            <source>Type when it happened, e.g. %1</source>
            <translation>Введіть, коли це було, наприклад, %1</translation>
        </message>
        <message>
            <source>“%1” is not a date and time: type e.g. %2, yesterday 9:30 or -2d</source>
            <translation>«%1» — не дата й час: введіть, наприклад, %2, вчора 9:30 або -2д</translation>
        </message>
    </context>
    <context>
        <name>WhoAreYouDialog</name>
        <message>
            <source>Who are you?</source>
            <translation>Хто ви?</translation>
        </message>
        <message>
            <source>Everything logged in Rapport is signed with its author's name. Pick yourself from the firm's people, or type your name to join them.</source>
            <translation>Усе, що записано в Rapport, підписано іменем автора. Виберіть себе серед співробітників фірми або введіть своє ім'я, щоб приєднатися.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ваше ім'я</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>Це я</translation>
        </message>
        <message>
            <source>Type your name or pick it from the list</source>
            <translation>Введіть своє ім'я або виберіть його зі списку</translation>
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
            <source>the same working day</source>
            <translation>того ж робочого дня</translation>
        </message>
        <message>
            <source> working hours</source>
            <translation> робочих годин</translation>
        </message>
        <message>
            <source>A&amp;nswer the client within</source>
            <translation>&amp;Відповісти клієнту за</translation>
        </message>
        <message>
            <source>An inbound email, request or feedback waits for a reply until our next contact with the client; past this rule it shows in Today and in health.</source>
            <translation>Вхідний лист, запит чи відгук чекає на відповідь до нашого наступного контакту з клієнтом; довше за правило — видно в «Сьогодні» та у здоров'ї.</translation>
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
            <source>The clocks for acknowledging feedback and answering the client run only in working hours.</source>
            <translation>Годинники підтвердження відгуків і відповіді клієнту йдуть лише в робочий час.</translation>
        </message>
        <message>
            <source>Type the holiday's date first, e.g. %1</source>
            <translation>Спершу введіть дату свята, наприклад %1</translation>
        </message>
    </context>
</TS>
