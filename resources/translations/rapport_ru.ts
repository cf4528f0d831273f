<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Rapport</source>
            <translation>О программе Rapport</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Версия %1</translation>
        </message>
        <message>
            <source>A client-relationship journal for small firms: like, hear, negotiate.</source>
            <translation>Журнал отношений с клиентами для небольших фирм: нравиться, слышать, договариваться.</translation>
        </message>
        <message>
            <source>Free software under the %1 licence. Built with Qt %2 and PySide6 %3 (LGPL v3) on Python %4; briefs are set in the DejaVu fonts.</source>
            <translation>Свободная программа под лицензией %1. Собрана на Qt %2 и PySide6 %3 (LGPL v3) и Python %4; брифы набираются шрифтами DejaVu.</translation>
        </message>
        <message>
            <source>Journal:</source>
            <translation>Журнал:</translation>
        </message>
        <message>
            <source>Backups:</source>
            <translation>Резервные копии:</translation>
        </message>
        <message>
            <source>Settings:</source>
            <translation>Настройки:</translation>
        </message>
        <message>
            <source>Log file:</source>
            <translation>Файл журнала событий:</translation>
        </message>
        <message>
            <source>Checked backups, made every half hour while the journal changes, in %1 (File &gt; Restore from a backup)</source>
            <translation>Проверенные резервные копии, каждые полчаса, пока журнал меняется, в %1 (Файл &gt; Восстановить из резервной копии)</translation>
        </message>
        <message>
            <source>A database server (see the status bar).</source>
            <translation>Сервер базы данных (см. строку состояния).</translation>
        </message>
        <message>
            <source>The server's own backups (pg_dump), kept by whoever runs it.</source>
            <translation>Собственные резервные копии сервера (pg_dump); их ведёт тот, кто обслуживает сервер.</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add user</source>
            <translation>Новый пользователь</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Имя</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Роль</translation>
        </message>
        <message>
            <source>The journal's first person is its owner, who adds everyone else.</source>
            <translation>Первый человек в журнале — его владелец: он добавляет всех остальных.</translation>
        </message>
        <message>
            <source>&amp;Login</source>
            <translation>&amp;Логин</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Пароль</translation>
        </message>
        <message>
            <source>Password a&amp;gain</source>
            <translation>Пароль &amp;ещё раз</translation>
        </message>
        <message>
            <source>They connect to the server with this login and password. A login the server already has keeps its own password: leave the password empty then.</source>
            <translation>С этим логином и паролем человек подключается к серверу. Логин, который на сервере уже есть, сохраняет свой пароль: тогда оставьте пароль пустым.</translation>
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
            <translation>Rapport не удалось подключиться к журналу на сервере %1, поэтому он открывает журнал этого компьютера. Чтобы снова попробовать сервер: Файл &gt; Подключиться к серверу.</translation>
        </message>
        <message>
            <source>%1 is on a network drive (%2).

A SQLite journal must not be shared on a network drive: SQLite's write-ahead log does not work over a network file system, and two people writing it can damage it. Keep the journal on this computer's own disk, or share one PostgreSQL server as a team: File &gt; Connect to a server (see the README, "A shared PostgreSQL server").</source>
            <translation>%1 находится на сетевом диске (%2).

Журнал SQLite нельзя делить через сетевой диск: журнал упреждающей записи SQLite не работает в сетевой файловой системе, и два человека, записывая в него, могут его повредить. Держите журнал на собственном диске этого компьютера или работайте командой с одним сервером PostgreSQL: Файл &gt; Подключиться к серверу (см. README, «A shared PostgreSQL server»).</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>created</source>
            <translation>создание</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>изменение</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>удаление</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>взаимодействие</translation>
        </message>
        <message>
            <source>client</source>
            <translation>клиент</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>контакт</translation>
        </message>
        <message>
            <source>feedback item</source>
            <translation>отзыв</translation>
        </message>
        <message>
            <source>negotiation</source>
            <translation>переговоры</translation>
        </message>
        <message>
            <source>pulse</source>
            <translation>пульс</translation>
        </message>
        <message>
            <source>user</source>
            <translation>пользователь</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>настройки</translation>
        </message>
        <message>
            <source>playbook</source>
            <translation>сценарии</translation>
        </message>
        <message>
            <source>client portrait</source>
            <translation>портрет клиента</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>метка</translation>
        </message>
        <message>
            <source>trash item</source>
            <translation>элемент корзины</translation>
        </message>
        <message>
            <source>repeat contact</source>
            <translation>повторное обращение</translation>
        </message>
        <message>
            <source>status change</source>
            <translation>смена статуса</translation>
        </message>
        <message>
            <source>position</source>
            <translation>позиция</translation>
        </message>
        <message>
            <source>concession</source>
            <translation>уступка</translation>
        </message>
        <message>
            <source>session</source>
            <translation>раунд переговоров</translation>
        </message>
        <message>
            <source>agreed action</source>
            <translation>согласованное действие</translation>
        </message>
        <message>
            <source>stage change</source>
            <translation>смена стадии</translation>
        </message>
        <message>
            <source>qualification</source>
            <translation>квалификация</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>праздник</translation>
        </message>
        <message>
            <source>Stage before</source>
            <translation>Стадия до</translation>
        </message>
        <message>
            <source>Stage after</source>
            <translation>Стадия после</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Кто решил</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <translation>Чем решено</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Метка</translation>
        </message>
        <message>
            <source>Feedback item</source>
            <translation>Отзыв</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Переговоры</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активен</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Настройка</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Deleted by</source>
            <translation>Кто удалил</translation>
        </message>
        <message>
            <source>Deleted at</source>
            <translation>Когда удалено</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>AuditMenu</name>
        <message>
            <source>Client &amp;history...</source>
            <translation>&amp;История клиента...</translation>
        </message>
        <message>
            <source>&amp;Audit trail...</source>
            <translation>&amp;Журнал изменений...</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Select a change to see every field it touched.</source>
            <translation>Выберите изменение, чтобы увидеть все затронутые поля.</translation>
        </message>
        <message>
            <source>Reading the audit trail...</source>
            <translation>Чтение журнала изменений...</translation>
        </message>
        <message>
            <source>No changes recorded that match.</source>
            <translation>Подходящих изменений не записано.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s).</source>
            <translation>
                <numerusform>%n изменение.</numerusform>
                <numerusform>%n изменения.</numerusform>
                <numerusform>%n изменений.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) shown; scroll down for older ones.</source>
            <translation>
                <numerusform>Показано %n изменение; прокрутите вниз, чтобы увидеть более ранние.</numerusform>
                <numerusform>Показано %n изменения; прокрутите вниз, чтобы увидеть более ранние.</numerusform>
                <numerusform>Показано %n изменений; прокрутите вниз, чтобы увидеть более ранние.</numerusform>
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
            <translation>Журнал %1 не открывается: он пуст или повреждён.</translation>
        </message>
        <message>
            <source>There is no backup of it to restore.</source>
            <translation>Резервной копии для восстановления нет.</translation>
        </message>
        <message>
            <source>Restore its latest good backup, taken %1? The damaged file is kept beside it.</source>
            <translation>Восстановить последнюю исправную резервную копию от %1? Повреждённый файл будет сохранён рядом.</translation>
        </message>
    </context>
    <context>
        <name>BackupKeeper</name>
        <message>
            <source>Back &amp;up now</source>
            <translation>Сделать резервную &amp;копию</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Восстановить из резервной копии…</translation>
        </message>
        <message>
            <source>Checking the journal</source>
            <translation>Проверка журнала</translation>
        </message>
        <message>
            <source>Damaged: read-only</source>
            <translation>Повреждён: только чтение</translation>
        </message>
        <message>
            <source>The journal failed its check; nothing is written to it. Restore a backup: File &gt; Restore from a backup.</source>
            <translation>Журнал не прошёл проверку; в него ничего не записывается. Восстановите резервную копию: Файл &gt; Восстановить из резервной копии.</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Только чтение</translation>
        </message>
        <message>
            <source>This journal cannot be written here (%1): it can be read, nothing can be saved.</source>
            <translation>Этот журнал здесь нельзя изменять (%1): его можно читать, но сохранить ничего нельзя.</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>Резервное копирование</translation>
        </message>
        <message>
            <source>Backing up the journal…</source>
            <translation>Резервное копирование журнала…</translation>
        </message>
        <message>
            <source>Backed up (%1, checked): %2</source>
            <translation>Резервная копия сделана (%1, проверена): %2</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Восстановление резервной копии…</translation>
        </message>
        <message>
            <source>The previous journal is kept as %1.</source>
            <translation>Прежний журнал сохранён как %1.</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Восстановлено</translation>
        </message>
        <message>
            <source>The journal now holds the backup %1.</source>
            <translation>Теперь в журнале резервная копия %1.</translation>
        </message>
    </context>
    <context>
        <name>BackupSettings</name>
        <message>
            <source>C&amp;hoose…</source>
            <translation>В&amp;ыбрать…</translation>
        </message>
        <message>
            <source>Back up &amp;every</source>
            <translation>Резервная копия &amp;каждые</translation>
        </message>
        <message>
            <source>&amp;Keep the newest</source>
            <translation>&amp;Хранить последние</translation>
        </message>
        <message>
            <source>&amp;Then one a day for</source>
            <translation>&amp;Затем по одной в день за</translation>
        </message>
        <message>
            <source>One a &amp;week for</source>
            <translation>По одной в &amp;неделю за</translation>
        </message>
        <message>
            <source>One a &amp;month for</source>
            <translation>По одной в &amp;месяц за</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> мин</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> копий</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> нед.</translation>
        </message>
        <message>
            <source> months</source>
            <translation> мес.</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Папка</translation>
        </message>
        <message>
            <source>never automatically</source>
            <translation>никогда автоматически</translation>
        </message>
        <message>
            <source>Each backup is a complete copy of the journal, checked before it is kept. Restore one with File &gt; Restore from a backup. The folder should be on another disk, or one that is itself backed up.</source>
            <translation>Каждая резервная копия — полная копия журнала, проверенная перед сохранением. Восстановить её можно через Файл &gt; Восстановить из резервной копии. Папку лучше держать на другом диске или на диске, который сам резервируется.</translation>
        </message>
        <message>
            <source>Folder for backups</source>
            <translation>Папка для резервных копий</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Taken</source>
            <translation>Сделана</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
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
            <translation>Бриф к переговорам: {client}</translation>
        </message>
        <message>
            <source>Prepared on {date}</source>
            <translation>Подготовлено {date}</translation>
        </message>
        <message>
            <source>Interactions from {start} to {end}</source>
            <translation>Взаимодействия с {start} по {end}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Теги: {tags}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Страница {page} из {pages}</translation>
        </message>
        <message>
            <source>Client and contract</source>
            <translation>Клиент и договор</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здоровье отношений</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>Open feedback</source>
            <translation>Открытые отзывы</translation>
        </message>
        <message>
            <source>Negotiations</source>
            <translation>Переговоры</translation>
        </message>
        <message>
            <source>Promised follow-ups</source>
            <translation>Обещанные ответы</translation>
        </message>
        <message>
            <source>Recent interactions</source>
            <translation>Последние взаимодействия</translation>
        </message>
        <message>
            <source>Talking points</source>
            <translation>Тезисы к встрече</translation>
        </message>
        <message>
            <source>Mutual respect</source>
            <translation>Взаимное уважение</translation>
        </message>
        <message>
            <source>Client misconduct towards our people is recorded so that we support them; it does not lower the client's health score.</source>
            <translation>Некорректное поведение клиента по отношению к нашим сотрудникам записывается, чтобы мы их поддержали; оценку здоровья клиента оно не снижает.</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Like: leave a good impression</source>
            <translation>Нравиться: оставить хорошее впечатление</translation>
        </message>
        <message>
            <source>Hear: acknowledge and own it</source>
            <translation>Слышать: подтвердить и взять ответственность</translation>
        </message>
        <message>
            <source>Negotiate: soft in form, firm in principle</source>
            <translation>Договариваться: мягко по форме, твёрдо по сути</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Стадия</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Менеджер клиента</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>Contract value</source>
            <translation>Сумма договора</translation>
        </message>
        <message>
            <source>Contact every</source>
            <translation>Связь каждые</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} дн.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Зона</translation>
        </message>
        <message>
            <source>Trend, 30 days</source>
            <translation>Тренд за 30 дней</translation>
        </message>
        <message>
            <source>Early warning</source>
            <translation>Раннее предупреждение</translation>
        </message>
        <message>
            <source>yes: a worse band, or 15 points or more lost in 30 days</source>
            <translation>да: зона хуже, или потеряно 15 и более баллов за 30 дней</translation>
        </message>
        <message>
            <source>Account manager's reading</source>
            <translation>Оценка менеджера</translation>
        </message>
        <message>
            <source>{reading}: “{comment}”</source>
            <translation>{reading}: «{comment}»</translation>
        </message>
        <message>
            <source>What moves the score</source>
            <translation>Что влияет на оценку</translation>
        </message>
        <message>
            <source>{reason} ({percent} sure)</source>
            <translation>{reason} (уверенность {percent})</translation>
        </message>
        <message>
            <source>{value}%</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>Why now</source>
            <translation>Почему сейчас</translation>
        </message>
        <message>
            <source>Since {since} the score fell from {before} to {now}.</source>
            <translation>С {since} оценка упала с {before} до {now}.</translation>
        </message>
        <message>
            <source>The factors behind it: {causes}.</source>
            <translation>Причины: {causes}.</translation>
        </message>
        <message>
            <source>What would clear it: {clears}.</source>
            <translation>Что это исправит: {clears}.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Поступил</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Суть</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>{hours} working h</source>
            <translation>{hours} раб. ч</translation>
        </message>
        <message>
            <source>{hours} working h, late</source>
            <translation>{hours} раб. ч, просрочено</translation>
        </message>
        <message>
            <source>Came back</source>
            <translation>Повторно</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Открыты</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Целевая дата</translation>
        </message>
        <message>
            <source>Their position</source>
            <translation>Позиция клиента</translation>
        </message>
        <message>
            <source>Our position</source>
            <translation>Наша позиция</translation>
        </message>
        <message>
            <source>Contract references</source>
            <translation>Ссылки на договор</translation>
        </message>
        <message>
            <source>Specification references</source>
            <translation>Ссылки на ТЗ</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Варианты</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>How the positions moved</source>
            <translation>Как менялись позиции</translation>
        </message>
        <message>
            <source>Concessions</source>
            <translation>Уступки</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Согласованные действия</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Kept?</source>
            <translation>Выполнено?</translation>
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
            <translation>Настроение</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>we</source>
            <translation>мы</translation>
        </message>
        <message>
            <source>they</source>
            <translation>они</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <source>kept late</source>
            <translation>выполнено с опозданием</translation>
        </message>
        <message>
            <source>not yet due</source>
            <translation>срок не наступил</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>ПРОСРОЧЕНО</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Нет.</translation>
        </message>
        <message>
            <source>They praised us ({date}): {text}</source>
            <translation>Нас похвалили ({date}): {text}</translation>
        </message>
        <message>
            <source>A good moment to recall ({date}): {text}</source>
            <translation>Хороший момент, чтобы напомнить ({date}): {text}</translation>
        </message>
        <message>
            <source>No good moments recorded in this period: find one to open with.</source>
            <translation>За этот период хороших моментов не записано: найдите, с чего начать.</translation>
        </message>
        <message>
            <source>Show what is being done about: {text} (raised {date})</source>
            <translation>Покажите, что делается по вопросу: {text} (поступило {date})</translation>
        </message>
        <message>
            <source>Acknowledge first, and own it: {text} (raised {date}, {hours} working hours without an answer)</source>
            <translation>Сначала подтвердите получение и возьмите ответственность: {text} (поступил {date}, {hours} раб. ч без ответа)</translation>
        </message>
        <message>
            <source>Repeat contacts ({count}): they had to come back about {text}</source>
            <translation>Повторные обращения ({count}): клиенту пришлось вернуться к вопросу {text}</translation>
        </message>
        <message>
            <source>Complaint of {date}: {text}: take responsibility</source>
            <translation>Жалоба от {date}: {text}: возьмите ответственность</translation>
        </message>
        <message>
            <source>It cost them effort ({date}): {text}: make the next step easy</source>
            <translation>Клиенту это стоило усилий ({date}): {text}: сделайте следующий шаг лёгким</translation>
        </message>
        <message>
            <source>Nothing waits for an answer: ask what could be better.</source>
            <translation>Ничто не ждёт ответа: спросите, что можно улучшить.</translation>
        </message>
        <message>
            <source>{topic}: they want {client}; we hold {ours}</source>
            <translation>{topic}: они хотят {client}; наша позиция {ours}</translation>
        </message>
        <message>
            <source>{topic}: ground it in {text}</source>
            <translation>{topic}: опирайтесь на {text}</translation>
        </message>
        <message>
            <source>{topic}: options to offer: {text}</source>
            <translation>{topic}: что можно предложить: {text}</translation>
        </message>
        <message>
            <source>{topic}: given so far by us: {ours}; by them: {theirs}</source>
            <translation>{topic}: уже уступили мы: {ours}; они: {theirs}</translation>
        </message>
        <message>
            <source>Our promise is overdue: {text} (due {date}, {owner})</source>
            <translation>Наше обещание просрочено: {text} (срок {date}, {owner})</translation>
        </message>
        <message>
            <source>{topic}: the target date {date} has passed</source>
            <translation>{topic}: целевая дата {date} прошла</translation>
        </message>
        <message>
            <source>No open negotiation: take any hard question to the table.</source>
            <translation>Открытых переговоров нет: любой трудный вопрос выносите за стол переговоров.</translation>
        </message>
        <message>
            <source>Playbook: {text}</source>
            <translation>Сценарий: {text}</translation>
        </message>
    </context>
    <context>
        <name>BriefDialog</name>
        <message>
            <source>Negotiation brief</source>
            <translation>Бриф к переговорам</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Клиент:</translation>
        </message>
        <message>
            <source>Interactions:</source>
            <translation>Взаимодействия:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>Print pre&amp;view...</source>
            <translation>Пред&amp;просмотр печати...</translation>
        </message>
        <message>
            <source>&amp;Save...</source>
            <translation>&amp;Сохранить...</translation>
        </message>
        <message>
            <source>Choose a client first.</source>
            <translation>Сначала выберите клиента.</translation>
        </message>
        <message>
            <source>client</source>
            <translation>клиент</translation>
        </message>
        <message>
            <source>Brief %1 %2</source>
            <translation>Бриф %1 %2</translation>
        </message>
        <message>
            <source>Save the brief</source>
            <translation>Сохранить бриф</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Сохранено в %1</translation>
        </message>
        <message>
            <source>Preparing the brief</source>
            <translation>Подготовка брифа</translation>
        </message>
    </context>
    <context>
        <name>CaptureClients</name>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Записей</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>(no address)</source>
            <translation>(без адреса)</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— выберите —</translation>
        </message>
        <message>
            <source>First: %1</source>
            <translation>Первая: %1</translation>
        </message>
    </context>
    <context>
        <name>CaptureClientsDialog</name>
        <message>
            <source>Which client?</source>
            <translation>Какой клиент?</translation>
        </message>
        <message numerus="yes">
            <source>%n captured entry(ies) match no client's contact. Choose the client for each address; Rapport remembers the address as a contact of that client.</source>
            <translation>
                <numerusform>%n принятая запись не совпала ни с одним контактом клиентов. Выберите клиента для каждого адреса; Rapport запомнит адрес как контакт этого клиента.</numerusform>
                <numerusform>%n принятые записи не совпали ни с одним контактом клиентов. Выберите клиента для каждого адреса; Rapport запомнит адрес как контакт этого клиента.</numerusform>
                <numerusform>%n принятых записей не совпали ни с одним контактом клиентов. Выберите клиента для каждого адреса; Rapport запомнит адрес как контакт этого клиента.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client for &amp;all:</source>
            <translation>Клиент для &amp;всех:</translation>
        </message>
        <message>
            <source>Use for all</source>
            <translation>Для всех</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Новый клиент…</translation>
        </message>
        <message>
            <source>Capture</source>
            <translation>Принять</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <source>Name of the new client:</source>
            <translation>Название нового клиента:</translation>
        </message>
    </context>
    <context>
        <name>CaptureDrop</name>
        <message>
            <source>&amp;Capture mail and meetings...</source>
            <translation>&amp;Принять почту и встречи...</translation>
        </message>
        <message>
            <source>Capture mail and meetings</source>
            <translation>Принять почту и встречи</translation>
        </message>
        <message>
            <source>Mail and calendars (%1);;All files (*)</source>
            <translation>Почта и календари (%1);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Put every message and meeting with %1?

No: each goes to the client its addresses match.</source>
            <translation>Записать все письма и встречи клиенту %1?

Нет: каждая запись попадёт к клиенту, которому соответствуют её адреса.</translation>
        </message>
        <message>
            <source>Reading mail and calendars</source>
            <translation>Чтение почты и календарей</translation>
        </message>
        <message>
            <source>Capturing mail and meetings</source>
            <translation>Запись почты и встреч в журнал</translation>
        </message>
        <message>
            <source>Playbook for a complaint:</source>
            <translation>Сценарий при жалобе:</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was captured: %n problem(s) to fix first.</source>
            <translation>
                <numerusform>Ничего не записано: сначала исправьте %n проблему.</numerusform>
                <numerusform>Ничего не записано: сначала исправьте %n проблемы.</numerusform>
                <numerusform>Ничего не записано: сначала исправьте %n проблем.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>... and %n more</source>
            <translation>
                <numerusform>... и ещё %n</numerusform>
                <numerusform>... и ещё %n</numerusform>
                <numerusform>... и ещё %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: %n entry(ies) already in the journal.</source>
            <translation>
                <numerusform>Ничего нового: %n запись уже в журнале.</numerusform>
                <numerusform>Ничего нового: %n записи уже в журнале.</numerusform>
                <numerusform>Ничего нового: %n записей уже в журнале.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to capture.</source>
            <translation>Нечего записывать.</translation>
        </message>
        <message numerus="yes">
            <source>Captured: %n email(s)</source>
            <translation>
                <numerusform>Записано: %n письмо</numerusform>
                <numerusform>Записано: %n письма</numerusform>
                <numerusform>Записано: %n писем</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n встреча</numerusform>
                <numerusform>%n встречи</numerusform>
                <numerusform>%n встреч</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n звонок</numerusform>
                <numerusform>%n звонка</numerusform>
                <numerusform>%n звонков</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s) opened as feedback.</source>
            <translation>
                <numerusform>%n жалоба открыта как отзыв.</numerusform>
                <numerusform>%n жалобы открыты как отзывы.</numerusform>
                <numerusform>%n жалоб открыто как отзывы.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n address(es) remembered as contacts.</source>
            <translation>
                <numerusform>%n адрес запомнен как контакт.</numerusform>
                <numerusform>%n адреса запомнены как контакты.</numerusform>
                <numerusform>%n адресов запомнено как контакты.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the journal, skipped.</source>
            <translation>
                <numerusform>%n уже в журнале, пропущена.</numerusform>
                <numerusform>%n уже в журнале, пропущены.</numerusform>
                <numerusform>%n уже в журнале, пропущено.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check the rows</source>
            <translation>Проверка строк</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>&amp;Skip the bad rows: import the good ones and list the bad ones in a file beside this one</source>
            <translation>&amp;Пропустить плохие строки: импортировать хорошие, а плохие перечислить в файле рядом с этим</translation>
        </message>
        <message>
            <source>Save these choices as a &amp;profile...</source>
            <translation>Сохранить эти настройки как &amp;профиль...</translation>
        </message>
        <message>
            <source>Checking every row; nothing is written yet...</source>
            <translation>Проверяется каждая строка; пока ничего не записано...</translation>
        </message>
        <message>
            <source>Checking the rows</source>
            <translation>Проверка строк</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be imported; nothing has been written. Fix them in the file (or the column matching) and check again.</source>
            <translation>
                <numerusform>%n строку нельзя импортировать; ничего не записано. Исправьте файл (или сопоставление столбцов) и проверьте снова.</numerusform>
                <numerusform>%n строки нельзя импортировать; ничего не записано. Исправьте файл (или сопоставление столбцов) и проверьте снова.</numerusform>
                <numerusform>%n строк нельзя импортировать; ничего не записано. Исправьте файл (или сопоставление столбцов) и проверьте снова.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Or skip them: the other %n row(s) can be imported.</source>
            <translation>
                <numerusform>Или пропустите их: тогда импортируется %n строка.</numerusform>
                <numerusform>Или пропустите их: тогда импортируются %n строки.</numerusform>
                <numerusform>Или пропустите их: тогда импортируются %n строк.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) are ready to import.</source>
            <translation>
                <numerusform>%n строка готова к импорту.</numerusform>
                <numerusform>Все %n строки готовы к импорту.</numerusform>
                <numerusform>Все %n строк готовы к импорту.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) are ready to import.</source>
            <translation>
                <numerusform>%n строка готова к импорту.</numerusform>
                <numerusform>%n строки готовы к импорту.</numerusform>
                <numerusform>%n строк готовы к импорту.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bad row(s) will be left out and listed in %1.</source>
            <translation>
                <numerusform>%n плохая строка будет пропущена и записана в %1.</numerusform>
                <numerusform>%n плохие строки будут пропущены и записаны в %1.</numerusform>
                <numerusform>%n плохих строк будут пропущены и записаны в %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>New clients: %1.</source>
            <translation>Новые клиенты: %1.</translation>
        </message>
        <message>
            <source>New users: %1.</source>
            <translation>Новые пользователи: %1.</translation>
        </message>
        <message>
            <source>Check cancelled. Go back, or check again.</source>
            <translation>Проверка отменена. Вернитесь назад или проверьте снова.</translation>
        </message>
        <message>
            <source>Save the import profile</source>
            <translation>Сохранить профиль импорта</translation>
        </message>
        <message>
            <source>Import profiles (*.json)</source>
            <translation>Профили импорта (*.json)</translation>
        </message>
        <message>
            <source>Saving the profile</source>
            <translation>Профиль сохраняется</translation>
        </message>
        <message>
            <source>Profile saved: %1</source>
            <translation>Профиль сохранён: %1</translation>
        </message>
        <message>
            <source>Importing...</source>
            <translation>Импорт...</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>Импорт отменён: ничего не записано.</translation>
        </message>
    </context>
    <context>
        <name>ClientDelete</name>
        <message>
            <source>Choose a client first.</source>
            <translation>Сначала выберите клиента.</translation>
        </message>
        <message>
            <source>Delete %1 from the journal? It goes to the trash, where an owner can restore it.</source>
            <translation>Удалить %1 из журнала? Клиент попадёт в корзину, откуда владелец может его восстановить.</translation>
        </message>
        <message>
            <source>Its journal goes with it: %1.</source>
            <translation>Вместе с ним уходит его журнал: %1.</translation>
        </message>
        <message>
            <source>Delete client</source>
            <translation>Удалить клиента</translation>
        </message>
        <message>
            <source>Deleting...</source>
            <translation>Удаление...</translation>
        </message>
    </context>
    <context>
        <name>ClientEditor</name>
        <message>
            <source>Edit client</source>
            <translation>Изменить клиента</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>the reason, kept in the journal</source>
            <translation>причина, запишется в журнал</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>&amp;Add contact</source>
            <translation>&amp;Добавить контакт</translation>
        </message>
        <message>
            <source>&amp;Remove contact</source>
            <translation>У&amp;брать контакт</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>По&amp;чему</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Стадия</translation>
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
            <translation>Договор с&amp;</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;по</translation>
        </message>
        <message>
            <source>Contract &amp;value</source>
            <translation>С&amp;умма договора</translation>
        </message>
        <message>
            <source>Conta&amp;ct every</source>
            <translation>Связь &amp;каждые</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>&amp;Заметки</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Сохранить (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>“%1” is not a sum of money: type e.g. %2</source>
            <translation>«%1» — не сумма: введите, например, %2</translation>
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
            <translation>Изменить клиента…</translation>
        </message>
        <message>
            <source>Negotiation brief...</source>
            <translation>Бриф к переговорам...</translation>
        </message>
        <message>
            <source>History...</source>
            <translation>История...</translation>
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
            <source>%1 h</source>
            <translation>%1 ч</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Стадия</translation>
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
        <message>
            <source>Health</source>
            <translation>Здоровье</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>The client's message waits for our reply: past the firm's rule</source>
            <translation>Сообщение клиента ждёт нашего ответа: правило фирмы уже нарушено</translation>
        </message>
        <message>
            <source>The client's message waits for our reply</source>
            <translation>Сообщение клиента ждёт нашего ответа</translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) not acknowledged within the rule</source>
            <translation>
                <numerusform>%n отзыв не подтверждён в срок</numerusform>
                <numerusform>%n отзыва не подтверждены в срок</numerusform>
                <numerusform>%n отзывов не подтверждены в срок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientListPanel</name>
        <message>
            <source>Filter clients (Ctrl+F)</source>
            <translation>Фильтр клиентов (Ctrl+F)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <source>The client list could not be read: %1</source>
            <translation>Не удалось прочитать список клиентов: %1</translation>
        </message>
    </context>
    <context>
        <name>ClientPage</name>
        <message>
            <source>Timeline</source>
            <translation>Хроника</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Отзывы</translation>
        </message>
        <message>
            <source>Negotiations</source>
            <translation>Переговоры</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здоровье</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Квалификация</translation>
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
            <translation>Начните вводить название клиента</translation>
        </message>
    </context>
    <context>
        <name>CodeEntriesDialog</name>
        <message>
            <source>Code entries</source>
            <translation>Разметка записей</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>&amp;Предыдущая страница</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>&amp;Следующая страница</translation>
        </message>
        <message>
            <source>Accept &amp;selected (Ctrl+T)</source>
            <translation>Принять &amp;выбранные (Ctrl+T)</translation>
        </message>
        <message>
            <source>Accept &amp;all shown</source>
            <translation>Принять &amp;все показанные</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Any client</source>
            <translation>Любой клиент</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Любой</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Клиент:</translation>
        </message>
        <message>
            <source>&amp;Manager:</source>
            <translation>&amp;Менеджер:</translation>
        </message>
        <message>
            <source>&amp;From / to:</source>
            <translation>&amp;С / по:</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Читаем…</translation>
        </message>
        <message>
            <source>Entries %1–%2 of %3 not coded yet</source>
            <translation>Записи %1–%2 из %3 ещё без разметки</translation>
        </message>
        <message>
            <source>Every entry here is coded.</source>
            <translation>Все записи здесь размечены.</translation>
        </message>
        <message>
            <source>No entries in this period.</source>
            <translation>За этот период записей нет.</translation>
        </message>
        <message numerus="yes">
            <source>Coded: %1 of %Ln entries (%2).</source>
            <translation>
                <numerusform>Размечено: %1 из %Ln записи (%2).</numerusform>
                <numerusform>Размечено: %1 из %Ln записей (%2).</numerusform>
                <numerusform>Размечено: %1 из %Ln записей (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>By manager: %1.</source>
            <translation>По менеджерам: %1.</translation>
        </message>
        <message>
            <source>Coding entries…</source>
            <translation>Размечаем записи…</translation>
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
            <translation>&amp;Разметка записей...</translation>
        </message>
    </context>
    <context>
        <name>CodingProposal</name>
        <message>
            <source>Proposed: %1 — %2 (chosen)</source>
            <translation>Предложено: %1 — %2 (выбрано)</translation>
        </message>
        <message>
            <source>Proposed: %1 — %2. &lt;a href="accept"&gt;Accept&lt;/a&gt; (%3)</source>
            <translation>Предложено: %1 — %2. &lt;a href="accept"&gt;Принять&lt;/a&gt; (%3)</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to a database server</source>
            <translation>Подключение к серверу баз данных</translation>
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
            <translation>&amp;База данных:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Пользователь:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>A team shares one journal on a PostgreSQL server; each person connects with their own login.</source>
            <translation>Команда работает с одним журналом на сервере PostgreSQL; каждый подключается под своим логином.</translation>
        </message>
        <message>
            <source>The password is kept in the system keyring, never in Rapport's settings.</source>
            <translation>Пароль хранится в системном хранилище паролей и никогда — в настройках Rapport.</translation>
        </message>
        <message>
            <source>There is no system keyring here: Rapport will ask for the password each time it connects, and never writes it to disk.</source>
            <translation>Системного хранилища паролей здесь нет: Rapport будет спрашивать пароль при каждом подключении и никогда не запишет его на диск.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Подключиться</translation>
        </message>
        <message>
            <source>Name the server.</source>
            <translation>Укажите сервер.</translation>
        </message>
        <message>
            <source>Name the database.</source>
            <translation>Укажите базу данных.</translation>
        </message>
        <message>
            <source>Name the user you log in as.</source>
            <translation>Укажите пользователя, под которым вы входите.</translation>
        </message>
    </context>
    <context>
        <name>ConstantsForm</name>
        <message>
            <source>The same for every row</source>
            <translation>Одно значение для всех строк</translation>
        </message>
        <message>
            <source>For a field the file has no column for</source>
            <translation>Для поля, которого в файле нет</translation>
        </message>
        <message>
            <source>(from the file)</source>
            <translation>(из файла)</translation>
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
            <translation>Имя</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Эл. почта</translation>
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
            <translation>В портрете пока нет критериев (Правка &gt; Портрет клиента).</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n клиент</numerusform>
                <numerusform>%n клиента</numerusform>
                <numerusform>%n клиентов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n early warning(s)</source>
            <translation>
                <numerusform>%n раннее предупреждение</numerusform>
                <numerusform>%n ранних предупреждения</numerusform>
                <numerusform>%n ранних предупреждений</numerusform>
            </translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Панель владельца</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>&amp;Weights...</source>
            <translation>&amp;Веса...</translation>
        </message>
        <message>
            <source>The owner's weights and thresholds of the health score</source>
            <translation>Веса и пороги оценки здоровья, которые задаёт владелец</translation>
        </message>
        <message>
            <source>The firm's clients by band, month by month</source>
            <translation>Клиенты фирмы по зонам, по месяцам</translation>
        </message>
        <message>
            <source>Score history</source>
            <translation>История оценки</translation>
        </message>
        <message>
            <source>Like, hear, negotiate: interactions by month</source>
            <translation>Нравиться, слышать, договариваться: взаимодействия по месяцам</translation>
        </message>
        <message>
            <source>Stance drift by manager</source>
            <translation>Отклонения позиции по менеджерам</translation>
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
            <translation>Кл&amp;иенты</translation>
        </message>
        <message>
            <source>Tea&amp;m</source>
            <translation>Ко&amp;манда</translation>
        </message>
        <message>
            <source>Mutual res&amp;pect</source>
            <translation>Взаимное &amp;уважение</translation>
        </message>
        <message>
            <source>Computing the firm's health</source>
            <translation>Расчёт здоровья фирмы</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>All segments</source>
            <translation>Все сегменты</translation>
        </message>
        <message>
            <source>All bands</source>
            <translation>Все зоны</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>никто</translation>
        </message>
        <message>
            <source>Stance drift by manager, %1</source>
            <translation>Отклонения позиции по менеджерам, %1</translation>
        </message>
        <message>
            <source>Stance drift by segment, %1</source>
            <translation>Отклонения позиции по сегментам, %1</translation>
        </message>
        <message>
            <source>Clients by band, month by month</source>
            <translation>Клиенты по зонам, помесячно</translation>
        </message>
        <message>
            <source>Score history: %1</source>
            <translation>История оценки: %1</translation>
        </message>
    </context>
    <context>
        <name>DateOrderBox</name>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>As detected</source>
            <translation>Как определено</translation>
        </message>
        <message>
            <source>Day first (31.12.2026, 31/12/2026)</source>
            <translation>Сначала день (31.12.2026, 31/12/2026)</translation>
        </message>
        <message>
            <source>Month first (12/31/2026)</source>
            <translation>Сначала месяц (12/31/2026)</translation>
        </message>
        <message>
            <source>Year first (2026/12/31)</source>
            <translation>Сначала год (2026/12/31)</translation>
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
            <translation>нет · %1 · +1д · +1н</translation>
        </message>
        <message>
            <source>none or %1</source>
            <translation>нет или %1</translation>
        </message>
        <message>
            <source>“%1” is not a date: type e.g. %2, +1d or +1w</source>
            <translation>«%1» — не дата: введите, например, %2, +1д или +1н</translation>
        </message>
    </context>
    <context>
        <name>DeclinedPanel</name>
        <message>
            <source>Declined per manager</source>
            <translation>Отклонено по менеджерам</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Every decision on record, up to %1.</source>
            <translation>Все решения в журнале, по %1.</translation>
        </message>
        <message>
            <source>Decisions from %1 to %2.</source>
            <translation>Решения с %1 по %2.</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Imported</source>
            <translation>Импортировано</translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s) imported.</source>
            <translation>
                <numerusform>Импортировано %n взаимодействие.</numerusform>
                <numerusform>Импортировано %n взаимодействия.</numerusform>
                <numerusform>Импортировано %n взаимодействий.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) had been imported before and were not added again.</source>
            <translation>
                <numerusform>%n строка уже была импортирована раньше и не добавлена повторно.</numerusform>
                <numerusform>%n строки уже были импортированы раньше и не добавлены повторно.</numerusform>
                <numerusform>%n строк уже были импортированы раньше и не добавлены повторно.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bad row(s) left out, listed with their reasons in %1.</source>
            <translation>
                <numerusform>%n плохая строка пропущена и записана с причиной в %1.</numerusform>
                <numerusform>%n плохие строки пропущены и записаны с причинами в %1.</numerusform>
                <numerusform>%n плохих строк пропущены и записаны с причинами в %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new client(s): %1.</source>
            <translation>
                <numerusform>%n новый клиент: %1.</numerusform>
                <numerusform>%n новых клиента: %1.</numerusform>
                <numerusform>%n новых клиентов: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new user(s): %1.</source>
            <translation>
                <numerusform>%n новый пользователь: %1.</numerusform>
                <numerusform>%n новых пользователя: %1.</numerusform>
                <numerusform>%n новых пользователей: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new contact(s).</source>
            <translation>
                <numerusform>%n новый контакт.</numerusform>
                <numerusform>%n новых контакта.</numerusform>
                <numerusform>%n новых контактов.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>&amp;Restore</source>
            <translation>В&amp;осстановить</translation>
        </message>
        <message>
            <source>Disc&amp;ard</source>
            <translation>От&amp;бросить</translation>
        </message>
        <message>
            <source>Restore the unsaved entry from %1?</source>
            <translation>Восстановить несохранённую запись от %1?</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The disk is full. Free some space (or choose another place) and try again. Nothing was saved.</source>
            <translation>Диск заполнен. Освободите место (или выберите другое место) и попробуйте снова. Ничего не сохранено.</translation>
        </message>
        <message>
            <source>Another program is writing to the journal and has held it too long. Try again in a moment, or close the other program. Nothing was saved.</source>
            <translation>Другая программа пишет в журнал и слишком долго его занимает. Попробуйте через минуту или закройте другую программу. Ничего не сохранено.</translation>
        </message>
        <message>
            <source>This file or its folder cannot be written (read-only, or no permission). Nothing was saved. Choose a place you can write to, or ask for permission.</source>
            <translation>Этот файл или его папку нельзя изменять (только чтение или нет прав). Ничего не сохранено. Выберите место, куда можно писать, или попросите права на запись.</translation>
        </message>
        <message>
            <source>The journal is damaged. Nothing was saved. Restore the latest good backup: File &gt; Restore from a backup.</source>
            <translation>Журнал повреждён. Ничего не сохранено. Восстановите последнюю исправную резервную копию: Файл &gt; Восстановить из резервной копии.</translation>
        </message>
        <message>
            <source>The disk failed to write or read. Check that it is connected and has space, then try again. Nothing was saved.</source>
            <translation>Диск не смог записать или прочитать данные. Проверьте, что он подключён и на нём есть место, и попробуйте снова. Ничего не сохранено.</translation>
        </message>
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
        <name>ExchangeActions</name>
        <message>
            <source>&amp;Import a table (CSV, XLSX)...</source>
            <translation>&amp;Импорт таблицы (CSV, XLSX)...</translation>
        </message>
        <message>
            <source>E&amp;xport...</source>
            <translation>Э&amp;кспорт...</translation>
        </message>
        <message>
            <source>Negotiation &amp;brief...</source>
            <translation>&amp;Бриф к переговорам...</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the journal</source>
            <translation>Экспорт журнала</translation>
        </message>
        <message>
            <source>Only %1</source>
            <translation>Только %1</translation>
        </message>
        <message>
            <source>any kind</source>
            <translation>любой тип</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Обзор...</translation>
        </message>
        <message>
            <source>The bundle is always the whole journal, with nothing left out.</source>
            <translation>Пакет — это всегда весь журнал, без пропусков.</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>Interactions:</source>
            <translation>Взаимодействия:</translation>
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
            <translation>&amp;Экспортировать</translation>
        </message>
        <message>
            <source>Rapport journal</source>
            <translation>Журнал Rapport</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Экспортировать в</translation>
        </message>
        <message>
            <source>Choose a file to write.</source>
            <translation>Выберите файл для записи.</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>Экспорт...</translation>
        </message>
        <message>
            <source>Exporting the journal</source>
            <translation>Экспорт журнала</translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s) written to %1.</source>
            <translation>
                <numerusform>%n взаимодействие записано в %1.</numerusform>
                <numerusform>%n взаимодействия записано в %1.</numerusform>
                <numerusform>%n взаимодействий записано в %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The whole journal was written to %1.</source>
            <translation>Весь журнал записан в %1.</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written.</source>
            <translation>Экспорт отменён: файл не записан.</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Resolve feedback</source>
            <translation>Решить отзыв</translation>
        </message>
        <message>
            <source>Resolved: “%1”</source>
            <translation>Решено: «%1»</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <translation>Чем решено</translation>
        </message>
        <message>
            <source>(no interaction)</source>
            <translation>(без взаимодействия)</translation>
        </message>
        <message>
            <source>Repeat contact</source>
            <translation>Повторное обращение</translation>
        </message>
        <message>
            <source>The client came back about “%1” in:</source>
            <translation>Клиент снова обратился по поводу «%1»:</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Взаимодействие</translation>
        </message>
        <message>
            <source>Route feedback</source>
            <translation>Поручить отзыв</translation>
        </message>
        <message>
            <source>Who takes “%1”? They see it in their Today.</source>
            <translation>Кто возьмёт «%1»? Он увидит это в своём «Сегодня».</translation>
        </message>
        <message>
            <source>&amp;Colleague</source>
            <translation>&amp;Коллега</translation>
        </message>
        <message>
            <source>(the account manager)</source>
            <translation>(менеджер клиента)</translation>
        </message>
        <message>
            <source>New feedback</source>
            <translation>Новый отзыв</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Что</translation>
        </message>
        <message>
            <source>&amp;Severity</source>
            <translation>&amp;Важность</translation>
        </message>
        <message>
            <source>Raised &amp;in</source>
            <translation>&amp;Поступил в</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Отзывы</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Поступил</translation>
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
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>To acknowledge</source>
            <translation>До подтверждения</translation>
        </message>
        <message>
            <source>Open for</source>
            <translation>Открыт</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Повторы</translation>
        </message>
        <message>
            <source>Working hours from when it was raised until it was acknowledged (or until now): the rule is one working day</source>
            <translation>Рабочие часы от поступления до подтверждения (или до сейчас): правило — один рабочий день</translation>
        </message>
        <message>
            <source>Working hours from when it was raised until it was resolved (or until now)</source>
            <translation>Рабочие часы от поступления до решения (или до сейчас)</translation>
        </message>
        <message>
            <source>How many times the client had to come back about it</source>
            <translation>Сколько раз клиенту пришлось обращаться повторно</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 ч</translation>
        </message>
        <message>
            <source>%1 so far</source>
            <translation>%1 пока</translation>
        </message>
        <message>
            <source>Acknowledged after %1 working hours (the rule: within %2).</source>
            <translation>Подтверждён через %1 рабочих ч. (правило: в течение %2).</translation>
        </message>
        <message>
            <source>Not acknowledged; overdue since %1 (rule: %2 working hours).</source>
            <translation>Не подтверждён; просрочен с %1 (правило: %2 рабочих ч.).</translation>
        </message>
        <message>
            <source>To be acknowledged by %1 (within %2 working hours).</source>
            <translation>Подтвердить до %1 (в течение %2 рабочих ч.).</translation>
        </message>
        <message>
            <source>Raised %1</source>
            <translation>Поступил %1</translation>
        </message>
        <message>
            <source>Acknowledged %1</source>
            <translation>Подтверждён %1</translation>
        </message>
        <message>
            <source>Resolved %1</source>
            <translation>Решён %1</translation>
        </message>
        <message>
            <source>Resolved by: %1</source>
            <translation>Чем решён: %1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>никто</translation>
        </message>
    </context>
    <context>
        <name>FeedbackInboxPage</name>
        <message>
            <source>Only &amp;mine</source>
            <translation>Только &amp;мои</translation>
        </message>
        <message>
            <source>&amp;Acknowledge</source>
            <translation>&amp;Подтвердить</translation>
        </message>
        <message>
            <source>&amp;Resolve...</source>
            <translation>&amp;Решить...</translation>
        </message>
        <message>
            <source>Open &amp;client</source>
            <translation>Открыть &amp;клиента</translation>
        </message>
        <message>
            <source>Ass&amp;ign...</source>
            <translation>Пору&amp;чить...</translation>
        </message>
        <message>
            <source>Route the item to a colleague: they see it in their Today</source>
            <translation>Поручить коллеге: он увидит это в своём «Сегодня»</translation>
        </message>
        <message>
            <source>Feedback inbox</source>
            <translation>Входящие отзывы</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) not yet resolved</source>
            <translation>
                <numerusform>%n отзыв ещё не решён</numerusform>
                <numerusform>%n отзыва ещё не решены</numerusform>
                <numerusform>%n отзывов ещё не решены</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting past the acknowledgement rule</source>
            <translation>
                <numerusform>%n ждёт подтверждения дольше правила</numerusform>
                <numerusform>%n ждут подтверждения дольше правила</numerusform>
                <numerusform>%n ждут подтверждения дольше правила</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackTab</name>
        <message>
            <source>Route the re&amp;ply...</source>
            <translation>Передать о&amp;твет...</translation>
        </message>
        <message>
            <source>No reply nee&amp;ded</source>
            <translation>Ответ не ну&amp;жен</translation>
        </message>
        <message>
            <source>&amp;New feedback...</source>
            <translation>&amp;Новый отзыв...</translation>
        </message>
        <message>
            <source>&amp;Acknowledge</source>
            <translation>&amp;Подтвердить</translation>
        </message>
        <message>
            <source>&amp;Resolve...</source>
            <translation>&amp;Решить...</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>&amp;Открыть снова</translation>
        </message>
        <message>
            <source>Repeat &amp;contact...</source>
            <translation>Повторное &amp;обращение...</translation>
        </message>
        <message>
            <source>Ass&amp;ign...</source>
            <translation>Пору&amp;чить...</translation>
        </message>
        <message>
            <source>Route the item to a colleague: they see it in their Today</source>
            <translation>Поручить коллеге: он увидит это в своём «Сегодня»</translation>
        </message>
        <message>
            <source>The client came back about this item: count the interaction against the effort the client had to spend</source>
            <translation>Клиент снова обратился по этому поводу: учесть взаимодействие как лишние усилия клиента</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) not yet resolved</source>
            <translation>
                <numerusform>%n отзыв ещё не решён</numerusform>
                <numerusform>%n отзыва ещё не решены</numerusform>
                <numerusform>%n отзывов ещё не решены</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not acknowledged within the rule</source>
            <translation>
                <numerusform>%n не подтверждён в срок</numerusform>
                <numerusform>%n не подтверждены в срок</numerusform>
                <numerusform>%n не подтверждены в срок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the client came back %n time(s) about them</source>
            <translation>
                <numerusform>клиент обращался повторно %n раз</numerusform>
                <numerusform>клиент обращался повторно %n раза</numerusform>
                <numerusform>клиент обращался повторно %n раз</numerusform>
            </translation>
        </message>
        <message>
            <source>No feedback from this client yet.</source>
            <translation>От этого клиента пока нет отзывов.</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) from the client await our reply</source>
            <translation>
                <numerusform>%n сообщение клиента ждёт нашего ответа</numerusform>
                <numerusform>%n сообщения клиента ждут нашего ответа</numerusform>
                <numerusform>%n сообщений клиента ждут нашего ответа</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n overdue)</source>
            <translation>
                <numerusform>%1 (%n просрочен)</numerusform>
                <numerusform>%1 (%n просрочены)</numerusform>
                <numerusform>%1 (%n просрочены)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Стадия</translation>
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
            <translation>Договор с</translation>
        </message>
        <message>
            <source>Contract to</source>
            <translation>Договор по</translation>
        </message>
        <message>
            <source>Contract value</source>
            <translation>Сумма договора</translation>
        </message>
        <message>
            <source>Contact every</source>
            <translation>Связь каждые</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
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
            <translation>Когда</translation>
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
            <translation>Направление</translation>
        </message>
        <message>
            <source>Sentiment</source>
            <translation>Настроение</translation>
        </message>
        <message>
            <source>Client's effort</source>
            <translation>Усилия клиента</translation>
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
            <translation>Напомнить</translation>
        </message>
        <message>
            <source>Followed up on</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Praised colleague</source>
            <translation>Кого похвалили</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Взаимодействие</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Поступил</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Подтверждено</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Решено</translation>
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
            <translation>Открыты</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Целевая дата</translation>
        </message>
        <message>
            <source>Their position</source>
            <translation>Позиция клиента</translation>
        </message>
        <message>
            <source>Our position</source>
            <translation>Наша позиция</translation>
        </message>
        <message>
            <source>Contract references</source>
            <translation>Ссылки на договор</translation>
        </message>
        <message>
            <source>Specification references</source>
            <translation>Ссылки на ТЗ</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Варианты</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
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
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Дата решения</translation>
        </message>
        <message>
            <source>Criteria met</source>
            <translation>Выполненные критерии</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Ситуация</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Kinds</source>
            <translation>Виды</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Рабочие дни</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Рабочие часы</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Праздники</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Выберите файл</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Обзор...</translation>
        </message>
        <message>
            <source>Import a table</source>
            <translation>Импорт таблицы</translation>
        </message>
        <message>
            <source>A CSV, XLSX or XLS table, one interaction per row, with a header row. Column names may be in English, Russian or Ukrainian, as other programs export them.</source>
            <translation>Таблица CSV, XLSX или XLS: одно взаимодействие в строке, со строкой заголовков. Названия столбцов могут быть на английском, русском или украинском, как их выгружают другие программы.</translation>
        </message>
        <message>
            <source>journal.csv, journal.xlsx or journal.xls</source>
            <translation>journal.csv, journal.xlsx или journal.xls</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Определить</translation>
        </message>
        <message>
            <source>How the text of a CSV file is encoded; change it if the preview shows garbled letters</source>
            <translation>Кодировка текста CSV-файла; смените её, если в просмотре буквы искажены</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>&amp;Use a profile...</source>
            <translation>&amp;Взять профиль...</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Кодировка:</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>Профиль:</translation>
        </message>
        <message>
            <source>Tables (*.csv *.tsv *.xlsx *.xlsm *.xls)</source>
            <translation>Таблицы (*.csv *.tsv *.xlsx *.xlsm *.xls)</translation>
        </message>
        <message>
            <source>Use an import profile</source>
            <translation>Взять профиль импорта</translation>
        </message>
        <message>
            <source>Import profiles (*.json)</source>
            <translation>Профили импорта (*.json)</translation>
        </message>
        <message>
            <source>Reading the profile</source>
            <translation>Профиль читается</translation>
        </message>
        <message>
            <source>Reading the file...</source>
            <translation>Чтение файла...</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Чтение файла</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) read.</source>
            <translation>
                <numerusform>Прочитана %n строка.</numerusform>
                <numerusform>Прочитано %n строки.</numerusform>
                <numerusform>Прочитано %n строк.</numerusform>
            </translation>
        </message>
        <message>
            <source>detected</source>
            <translation>определено</translation>
        </message>
        <message>
            <source>as chosen</source>
            <translation>как выбрано</translation>
        </message>
        <message>
            <source>Read as %1 (%2); if letters look wrong below, choose another encoding.</source>
            <translation>Прочитано как %1 (%2); если буквы ниже искажены, выберите другую кодировку.</translation>
        </message>
    </context>
    <context>
        <name>FirmLogWindow</name>
        <message>
            <source>Audit trail</source>
            <translation>Журнал изменений</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Клиент:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Сотрудник:</translation>
        </message>
        <message>
            <source>&amp;Kind of record:</source>
            <translation>&amp;Вид записи:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Действие:</translation>
        </message>
        <message>
            <source>&amp;From / to:</source>
            <translation>&amp;С / по:</translation>
        </message>
        <message>
            <source>Any client</source>
            <translation>Любой клиент</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Любой сотрудник</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Любой вид</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Любое действие</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>Конец периода раньше его начала.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpRow</name>
        <message>
            <source>The client's message asks for no answer: no reply is awaited</source>
            <translation>Сообщение клиента не требует ответа: ответа не ждут</translation>
        </message>
    </context>
    <context>
        <name>FutureQuestion</name>
        <message>
            <source>A date in the future</source>
            <translation>Дата в будущем</translation>
        </message>
        <message>
            <source>%1 is %2 from now: log it as planned?</source>
            <translation>%1 — это через %2: записать как запланированное?</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n минуту</numerusform>
                <numerusform>%n минуты</numerusform>
                <numerusform>%n минут</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n час</numerusform>
                <numerusform>%n часа</numerusform>
                <numerusform>%n часов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n неделю</numerusform>
                <numerusform>%n недели</numerusform>
                <numerusform>%n недель</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n месяц</numerusform>
                <numerusform>%n месяца</numerusform>
                <numerusform>%n месяцев</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>sentiment</source>
            <translation>настроение</translation>
        </message>
        <message>
            <source>feedback waiting</source>
            <translation>отзывы ждут подтверждения</translation>
        </message>
        <message>
            <source>replies awaited</source>
            <translation>ответы клиенту</translation>
        </message>
        <message>
            <source>feedback unresolved</source>
            <translation>нерешённые отзывы</translation>
        </message>
        <message>
            <source>negotiations</source>
            <translation>переговоры</translation>
        </message>
        <message>
            <source>silence</source>
            <translation>молчание</translation>
        </message>
        <message>
            <source>promises overdue</source>
            <translation>просроченные обещания</translation>
        </message>
        <message>
            <source>promises kept late</source>
            <translation>обещания выполнены с опозданием</translation>
        </message>
        <message>
            <source>stance drift</source>
            <translation>отклонения от политики</translation>
        </message>
        <message>
            <source>client effort</source>
            <translation>усилия клиента</translation>
        </message>
        <message>
            <source>repeat contacts</source>
            <translation>повторные обращения</translation>
        </message>
        <message>
            <source>contract ending</source>
            <translation>окончание договора</translation>
        </message>
        <message>
            <source>pulse</source>
            <translation>пульс</translation>
        </message>
        <message>
            <source>hear what is behind the worse ratings and put it right</source>
            <translation>выслушать, что стоит за худшими оценками, и исправить</translation>
        </message>
        <message>
            <source>acknowledge the feedback that is waiting</source>
            <translation>подтвердить ожидающие отзывы</translation>
        </message>
        <message>
            <source>answer the client's waiting messages</source>
            <translation>ответить на ждущие сообщения клиента</translation>
        </message>
        <message>
            <source>resolve the open feedback</source>
            <translation>решить открытые отзывы</translation>
        </message>
        <message>
            <source>bring the negotiation back to the table and agree</source>
            <translation>вернуть переговоры за стол и договориться</translation>
        </message>
        <message>
            <source>contact the client</source>
            <translation>связаться с клиентом</translation>
        </message>
        <message>
            <source>keep the overdue promises</source>
            <translation>выполнить просроченные обещания</translation>
        </message>
        <message>
            <source>keep the next promises on their dates</source>
            <translation>выполнять следующие обещания в срок</translation>
        </message>
        <message>
            <source>coach the team back to like, hear, negotiate</source>
            <translation>вернуть команду к принципам «нравиться, слышать, договариваться»</translation>
        </message>
        <message>
            <source>make it easier for the client to get things done</source>
            <translation>сделать так, чтобы клиенту было проще решать вопросы</translation>
        </message>
        <message>
            <source>solve the problem the client keeps raising</source>
            <translation>решить проблему, с которой клиент обращается снова</translation>
        </message>
        <message>
            <source>open renewal talks</source>
            <translation>начать переговоры о продлении</translation>
        </message>
        <message>
            <source>talk with the account manager about the relationship</source>
            <translation>обсудить отношения с менеджером</translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) not acknowledged within a working day</source>
            <translation>
                <numerusform>%n отзыв не подтверждён в течение рабочего дня</numerusform>
                <numerusform>%n отзыва не подтверждены в течение рабочего дня</numerusform>
                <numerusform>%n отзывов не подтверждены в течение рабочего дня</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) acknowledged late</source>
            <translation>
                <numerusform>%n отзыв подтверждён с опозданием</numerusform>
                <numerusform>%n отзыва подтверждены с опозданием</numerusform>
                <numerusform>%n отзывов подтверждены с опозданием</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s) in deadlock</source>
            <translation>
                <numerusform>%n переговоры в тупике</numerusform>
                <numerusform>%n переговоров в тупике</numerusform>
                <numerusform>%n переговоров в тупике</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s) escalated</source>
            <translation>
                <numerusform>%n переговоры переданы выше</numerusform>
                <numerusform>%n переговоров переданы выше</numerusform>
                <numerusform>%n переговоров переданы выше</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s) past the target date</source>
            <translation>
                <numerusform>%n переговоры не завершены к сроку</numerusform>
                <numerusform>%n переговоров не завершены к сроку</numerusform>
                <numerusform>%n переговоров не завершены к сроку</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no contact since the contract began %n day(s) ago</source>
            <translation>
                <numerusform>нет контакта с начала договора, %n день назад</numerusform>
                <numerusform>нет контакта с начала договора, %n дня назад</numerusform>
                <numerusform>нет контакта с начала договора, %n дней назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no contact for %n day(s)</source>
            <translation>
                <numerusform>нет контакта %n день</numerusform>
                <numerusform>нет контакта %n дня</numerusform>
                <numerusform>нет контакта %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>agreed rhythm: every %n day(s)</source>
            <translation>
                <numerusform>оговорённый ритм: раз в %n день</numerusform>
                <numerusform>оговорённый ритм: раз в %n дня</numerusform>
                <numerusform>оговорённый ритм: раз в %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>usual rhythm: every %n day(s)</source>
            <translation>
                <numerusform>обычный ритм: раз в %n день</numerusform>
                <numerusform>обычный ритм: раз в %n дня</numerusform>
                <numerusform>обычный ритм: раз в %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>default rhythm: every %n day(s)</source>
            <translation>
                <numerusform>ритм по умолчанию: раз в %n день</numerusform>
                <numerusform>ритм по умолчанию: раз в %n дня</numerusform>
                <numerusform>ритм по умолчанию: раз в %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mean sentiment %1 over the last %n day(s), against the client's usual %2</source>
            <translation>
                <numerusform>среднее настроение %1 за последний %n день при обычном для клиента %2</numerusform>
                <numerusform>среднее настроение %1 за последние %n дня при обычном для клиента %2</numerusform>
                <numerusform>среднее настроение %1 за последние %n дней при обычном для клиента %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mean sentiment %1 over the last %n day(s)</source>
            <translation>
                <numerusform>среднее настроение %1 за последний %n день</numerusform>
                <numerusform>среднее настроение %1 за последние %n дня</numerusform>
                <numerusform>среднее настроение %1 за последние %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the contract ends in %n day(s) with no renewal talk</source>
            <translation>
                <numerusform>договор заканчивается через %n день, а о продлении не говорили</numerusform>
                <numerusform>договор заканчивается через %n дня, а о продлении не говорили</numerusform>
                <numerusform>договор заканчивается через %n дней, а о продлении не говорили</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the contract ended %n day(s) ago with no renewal talk</source>
            <translation>
                <numerusform>договор закончился %n день назад, а о продлении не говорили</numerusform>
                <numerusform>договор закончился %n дня назад, а о продлении не говорили</numerusform>
                <numerusform>договор закончился %n дней назад, а о продлении не говорили</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) unresolved for more than %1 days</source>
            <translation>
                <numerusform>%n отзыв не решён дольше %1 дней</numerusform>
                <numerusform>%n отзыва не решены дольше %1 дней</numerusform>
                <numerusform>%n отзывов не решены дольше %1 дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n promise(s) to the client overdue</source>
            <translation>
                <numerusform>%n обещание клиенту просрочено</numerusform>
                <numerusform>%n обещания клиенту просрочены</numerusform>
                <numerusform>%n обещаний клиенту просрочены</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n promise(s) kept after the date given</source>
            <translation>
                <numerusform>%n обещание выполнено позже обещанного срока</numerusform>
                <numerusform>%n обещания выполнены позже обещанного срока</numerusform>
                <numerusform>%n обещаний выполнены позже обещанного срока</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s) tagged dismissive, capitulating or punishing</source>
            <translation>
                <numerusform>%n взаимодействие с меткой «пренебрежение», «капитуляция» или «наказание»</numerusform>
                <numerusform>%n взаимодействия с меткой «пренебрежение», «капитуляция» или «наказание»</numerusform>
                <numerusform>%n взаимодействий с меткой «пренебрежение», «капитуляция» или «наказание»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the client came back %n time(s) about the same problem</source>
            <translation>
                <numerusform>клиент %n раз возвращался к той же проблеме</numerusform>
                <numerusform>клиент %n раза возвращался к той же проблеме</numerusform>
                <numerusform>клиент %n раз возвращался к той же проблеме</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) from the client awaiting a reply past the firm's rule</source>
            <translation>
                <numerusform>%n сообщение клиента ждёт ответа дольше, чем позволяет правило фирмы</numerusform>
                <numerusform>%n сообщения клиента ждут ответа дольше, чем позволяет правило фирмы</numerusform>
                <numerusform>%n сообщений клиента ждут ответа дольше, чем позволяет правило фирмы</numerusform>
            </translation>
        </message>
        <message>
            <source>the client's effort averaged %1 of 5</source>
            <translation>усилия клиента в среднем %1 из 5</translation>
        </message>
        <message>
            <source>the account manager's pulse reads “%1”</source>
            <translation>пульс менеджера: «%1»</translation>
        </message>
        <message>
            <source>%1 (%2 sure)</source>
            <translation>%1 (уверенность %2)</translation>
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
            <translation>С %1 оценка упала с %2 до %3.</translation>
        </message>
        <message>
            <source>Why now: %1.</source>
            <translation>Почему сейчас: %1.</translation>
        </message>
        <message>
            <source>What would clear it: %1.</source>
            <translation>Что это исправит: %1.</translation>
        </message>
        <message>
            <source>unchanged over 30 days</source>
            <translation>без изменений за 30 дней</translation>
        </message>
        <message numerus="yes">
            <source>up %n point(s) in 30 days</source>
            <translation>
                <numerusform>плюс %n балл за 30 дней</numerusform>
                <numerusform>плюс %n балла за 30 дней</numerusform>
                <numerusform>плюс %n баллов за 30 дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>down %n point(s) in 30 days</source>
            <translation>
                <numerusform>минус %n балл за 30 дней</numerusform>
                <numerusform>минус %n балла за 30 дней</numerusform>
                <numerusform>минус %n баллов за 30 дней</numerusform>
            </translation>
        </message>
        <message>
            <source>Now %1, %2</source>
            <translation>Сейчас: %1, %2</translation>
        </message>
        <message>
            <source>The account manager's pulse (“%1”) and the computed band (%2) are two bands or more apart.</source>
            <translation>Пульс менеджера («%1») и рассчитанная зона (%2) расходятся на две зоны или больше.</translation>
        </message>
    </context>
    <context>
        <name>HealthCache</name>
        <message>
            <source>Computing the health of every client</source>
            <translation>Расчёт здоровья всех клиентов</translation>
        </message>
    </context>
    <context>
        <name>HealthPanel</name>
        <message>
            <source>Early warning: this relationship turned worse in the last 30 days.</source>
            <translation>Раннее предупреждение: отношения ухудшились за последние 30 дней.</translation>
        </message>
        <message>
            <source>Log &amp;pulse...</source>
            <translation>Записать &amp;пульс...</translation>
        </message>
        <message>
            <source>Score, last six months</source>
            <translation>Оценка за последние полгода</translation>
        </message>
        <message>
            <source>No pulse from the account manager in the last two months.</source>
            <translation>За последние два месяца менеджер не записывал пульс.</translation>
        </message>
        <message>
            <source>Account manager's pulse: %1 (%2)</source>
            <translation>Пульс менеджера: %1 (%2)</translation>
        </message>
        <message>
            <source>Nothing takes points off: 100.</source>
            <translation>Баллы ничего не снимает: 100.</translation>
        </message>
        <message>
            <source>Why %1 and not 100:</source>
            <translation>Почему %1, а не 100:</translation>
        </message>
        <message>
            <source>Replaying the health history</source>
            <translation>Восстановление истории здоровья</translation>
        </message>
    </context>
    <context>
        <name>HealthWeights</name>
        <message>
            <source>Days back in which late answers, stance, effort and late promises count</source>
            <translation>Сколько дней назад учитываются поздние ответы, наш тон, усилия клиента и поздно выполненные обещания</translation>
        </message>
        <message>
            <source>Days of recent entries whose mood is judged</source>
            <translation>За сколько последних дней оценивается настроение записей</translation>
        </message>
        <message>
            <source>Days before those that show the client's usual mood</source>
            <translation>Сколько дней до них показывают обычное настроение клиента</translation>
        </message>
        <message>
            <source>Entries with a mood needed in the recent days before mood counts</source>
            <translation>Сколько записей с настроением нужно за последние дни, чтобы настроение учитывалось</translation>
        </message>
        <message>
            <source>A fall in mood smaller than this is ignored</source>
            <translation>Падение настроения меньше этого не учитывается</translation>
        </message>
        <message>
            <source>How sure (%) the journal must be that the mood fell before it counts</source>
            <translation>Насколько уверенно (%) журнал должен показывать падение настроя, чтобы оно учитывалось</translation>
        </message>
        <message>
            <source>Points only for the part of the fall that is this sure (%): few entries, fewer points</source>
            <translation>Баллы только за ту часть падения, которая настолько достоверна (%): мало записей — меньше баллов</translation>
        </message>
        <message>
            <source>Entries with a mood in the recent days for a fall to count in full</source>
            <translation>Записей с настроем за последние дни, чтобы падение учитывалось полностью</translation>
        </message>
        <message>
            <source>Points for each full step the mood falls below the usual</source>
            <translation>Баллов за каждую полную ступень падения настроения ниже обычного</translation>
        </message>
        <message>
            <source>At most this many points for mood</source>
            <translation>Не больше стольких баллов за настроение</translation>
        </message>
        <message>
            <source>Points for each feedback item still not acknowledged in time</source>
            <translation>Баллов за каждый отзыв, не подтверждённый вовремя</translation>
        </message>
        <message>
            <source>Points for each feedback item acknowledged late</source>
            <translation>Баллов за каждый отзыв, подтверждённый с опозданием</translation>
        </message>
        <message>
            <source>At most this many points for late answers</source>
            <translation>Не больше стольких баллов за поздние ответы</translation>
        </message>
        <message>
            <source>Points for each message from the client still unanswered past the reply rule</source>
            <translation>Баллы за каждое сообщение клиента без ответа дольше правила</translation>
        </message>
        <message>
            <source>At most this many points for replies awaited</source>
            <translation>Не больше стольких баллов за ответы клиенту</translation>
        </message>
        <message>
            <source>Days after which open feedback counts as left open</source>
            <translation>Через сколько дней открытый отзыв считается нерешённым</translation>
        </message>
        <message>
            <source>Points for each feedback item left open</source>
            <translation>Баллов за каждый нерешённый отзыв</translation>
        </message>
        <message>
            <source>At most this many points for feedback left open</source>
            <translation>Не больше стольких баллов за нерешённые отзывы</translation>
        </message>
        <message>
            <source>Points for each negotiation at a deadlock</source>
            <translation>Баллов за каждые переговоры в тупике</translation>
        </message>
        <message>
            <source>Points for each escalated negotiation</source>
            <translation>Баллов за каждые переговоры, переданные выше</translation>
        </message>
        <message>
            <source>Points for each open negotiation past its target date</source>
            <translation>Баллов за каждые открытые переговоры после целевой даты</translation>
        </message>
        <message>
            <source>At most this many points for negotiations</source>
            <translation>Не больше стольких баллов за переговоры</translation>
        </message>
        <message>
            <source>Days between contacts expected of a client with no agreed rhythm and little history</source>
            <translation>Сколько дней между контактами ожидается от клиента без заданной частоты и с короткой историей</translation>
        </message>
        <message>
            <source>Extra time allowed before silence counts, as a share of the rhythm (0.25 is a quarter more)</source>
            <translation>Запас времени, прежде чем молчание учитывается, в долях ритма (0,25 — на четверть дольше)</translation>
        </message>
        <message>
            <source>Days with contact in a year before the client's own rhythm is learned</source>
            <translation>Дней с контактом за год, чтобы узнать собственный ритм клиента</translation>
        </message>
        <message>
            <source>How much longer than the client's usual longest gaps silence must run (in deviations)</source>
            <translation>Насколько дольше обычных самых длинных пауз клиента должно длиться молчание (в отклонениях)</translation>
        </message>
        <message>
            <source>How much longer than the client's usual gaps silence must run to take all its points (in deviations)</source>
            <translation>Насколько дольше обычных пауз клиента должно длиться молчание, чтобы снять все свои баллы (в отклонениях)</translation>
        </message>
        <message>
            <source>Points for each further rhythm of silence</source>
            <translation>Баллов за каждый следующий ритм молчания</translation>
        </message>
        <message>
            <source>At most this many points for silence</source>
            <translation>Не больше стольких баллов за молчание</translation>
        </message>
        <message>
            <source>Points for each overdue follow-up or agreed action</source>
            <translation>Баллов за каждое просроченное обещание или согласованное действие</translation>
        </message>
        <message>
            <source>At most this many points for overdue promises</source>
            <translation>Не больше стольких баллов за просроченные обещания</translation>
        </message>
        <message>
            <source>Points for each promise kept after its date</source>
            <translation>Баллов за каждое обещание, выполненное после срока</translation>
        </message>
        <message>
            <source>At most this many points for promises kept late</source>
            <translation>Не больше стольких баллов за обещания, выполненные поздно</translation>
        </message>
        <message>
            <source>Points for each entry tagged dismissive, capitulating or punishing</source>
            <translation>Баллов за каждую запись с меткой «пренебрежение», «уступка» или «наказание»</translation>
        </message>
        <message>
            <source>At most this many points for our stance</source>
            <translation>Не больше стольких баллов за наш тон</translation>
        </message>
        <message>
            <source>Average effort (1 to 5) from which effort counts</source>
            <translation>Средние усилия (от 1 до 5), с которых они учитываются</translation>
        </message>
        <message>
            <source>Entries with an effort rating needed before effort counts</source>
            <translation>Сколько записей с оценкой усилий нужно, чтобы усилия учитывались</translation>
        </message>
        <message>
            <source>Points for each step of average effort above 3</source>
            <translation>Баллов за каждую ступень средних усилий выше 3</translation>
        </message>
        <message>
            <source>At most this many points for effort</source>
            <translation>Не больше стольких баллов за усилия</translation>
        </message>
        <message>
            <source>Points for each time the client came back</source>
            <translation>Баллов за каждое повторное обращение клиента</translation>
        </message>
        <message>
            <source>At most this many points for the client coming back</source>
            <translation>Не больше стольких баллов за повторные обращения</translation>
        </message>
        <message>
            <source>Days before the contract ends from which renewal should be discussed</source>
            <translation>За сколько дней до конца договора пора обсуждать продление</translation>
        </message>
        <message>
            <source>Days back in which a negotiation or a talk about terms counts as discussing renewal</source>
            <translation>Сколько дней назад переговоры или разговор об условиях считаются обсуждением продления</translation>
        </message>
        <message>
            <source>Points when renewal has not been discussed</source>
            <translation>Баллов, если продление не обсуждалось</translation>
        </message>
        <message>
            <source>Days a pulse reading counts for</source>
            <translation>Сколько дней учитывается пульс</translation>
        </message>
        <message>
            <source>Points when the pulse is uneasy</source>
            <translation>Баллов, если пульс тревожный</translation>
        </message>
        <message>
            <source>Points when the pulse is bad</source>
            <translation>Баллов, если пульс плохой</translation>
        </message>
        <message>
            <source>A fall of this many points in 30 days raises an early warning</source>
            <translation>Падение на столько баллов за 30 дней даёт раннее предупреждение</translation>
        </message>
        <message>
            <source>Points below the band it left before a move to a worse band warns</source>
            <translation>На сколько баллов ниже покинутой зоны должна быть оценка, чтобы переход в худшую зону предупреждал</translation>
        </message>
        <message>
            <source>Mood of the conversations</source>
            <translation>Настроение разговоров</translation>
        </message>
        <message>
            <source>Feedback answered in time</source>
            <translation>Ответ на отзывы вовремя</translation>
        </message>
        <message>
            <source>Replies in time</source>
            <translation>Ответы вовремя</translation>
        </message>
        <message>
            <source>Feedback left open</source>
            <translation>Нерешённые отзывы</translation>
        </message>
        <message>
            <source>The client coming back</source>
            <translation>Повторные обращения</translation>
        </message>
        <message>
            <source>Hard negotiations</source>
            <translation>Трудные переговоры</translation>
        </message>
        <message>
            <source>Silence</source>
            <translation>Молчание</translation>
        </message>
        <message>
            <source>Promises</source>
            <translation>Обещания</translation>
        </message>
        <message>
            <source>Our stance</source>
            <translation>Наш тон</translation>
        </message>
        <message>
            <source>The client's effort</source>
            <translation>Усилия клиента</translation>
        </message>
        <message>
            <source>Contract renewal</source>
            <translation>Продление договора</translation>
        </message>
        <message>
            <source>The manager's pulse</source>
            <translation>Пульс менеджера</translation>
        </message>
        <message>
            <source>Period and warning</source>
            <translation>Период и предупреждение</translation>
        </message>
        <message>
            <source>Takes points when the client's recent entries read worse than the client usually does.</source>
            <translation>Снимает баллы, когда последние записи о клиенте звучат хуже, чем обычно для него.</translation>
        </message>
        <message>
            <source>Takes points for feedback the firm did not acknowledge within its working-hours limit.</source>
            <translation>Снимает баллы за отзывы, которые фирма не подтвердила в срок по рабочим часам.</translation>
        </message>
        <message>
            <source>Takes points for messages from the client still waiting for our answer past the firm's reply rule.</source>
            <translation>Снимает баллы за сообщения клиента, которые ждут нашего ответа дольше, чем позволяет правило фирмы.</translation>
        </message>
        <message>
            <source>Takes points for feedback that stays unresolved for too long.</source>
            <translation>Снимает баллы за отзывы, которые слишком долго остаются нерешёнными.</translation>
        </message>
        <message>
            <source>Takes points each time the client had to come back about the same feedback.</source>
            <translation>Снимает баллы каждый раз, когда клиенту пришлось обратиться снова по тому же отзыву.</translation>
        </message>
        <message>
            <source>Takes points for negotiations that are stuck, escalated or past their target date.</source>
            <translation>Снимает баллы за переговоры в тупике, переданные выше или после целевой даты.</translation>
        </message>
        <message>
            <source>Takes points when nobody has talked to the client for longer than the client's usual rhythm.</source>
            <translation>Снимает баллы, когда с клиентом никто не говорил дольше его обычного ритма.</translation>
        </message>
        <message>
            <source>Takes points for follow-ups and agreed actions that are overdue or were kept late.</source>
            <translation>Снимает баллы за обещания и согласованные действия, которые просрочены или выполнены поздно.</translation>
        </message>
        <message>
            <source>Takes points for our entries tagged dismissive, capitulating or punishing.</source>
            <translation>Снимает баллы за наши записи с метками «пренебрежение», «уступка» или «наказание».</translation>
        </message>
        <message>
            <source>Takes points when dealing with us costs the client a lot of effort.</source>
            <translation>Снимает баллы, когда работа с нами стоит клиенту больших усилий.</translation>
        </message>
        <message>
            <source>Takes points when a contract ends soon and nobody has talked about renewing it.</source>
            <translation>Снимает баллы, когда договор скоро кончается, а о продлении никто не говорил.</translation>
        </message>
        <message>
            <source>Takes points when the account manager's own reading of the client is uneasy or bad.</source>
            <translation>Снимает баллы, когда собственная оценка менеджера тревожная или плохая.</translation>
        </message>
        <message>
            <source>How far back the score looks, and how steep a fall raises an early warning.</source>
            <translation>Как далеко в прошлое смотрит оценка и какое падение даёт раннее предупреждение.</translation>
        </message>
    </context>
    <context>
        <name>HealthWeightsDialog</name>
        <message>
            <source>Health weights and thresholds</source>
            <translation>Веса и пороги здоровья</translation>
        </message>
        <message>
            <source>The score starts at 100; each factor below takes points off, never more than its most. Changes apply to the whole firm, to past days replayed too.</source>
            <translation>Оценка начинается со 100; каждый фактор ниже снимает баллы, но не больше своего предела. Изменения касаются всей фирмы, и пересчитанных прошлых дней тоже.</translation>
        </message>
        <message>
            <source>Only an owner can change the weights.</source>
            <translation>Менять веса может только владелец.</translation>
        </message>
        <message>
            <source>Change a number to see what it does to today's portfolio.</source>
            <translation>Измените число, чтобы увидеть, что оно сделает с сегодняшним портфелем.</translation>
        </message>
        <message>
            <source>Working out the effect on today's portfolio…</source>
            <translation>Считаю, что изменится в сегодняшнем портфеле…</translation>
        </message>
        <message>
            <source>Working out the effect of the weights</source>
            <translation>Расчёт действия весов</translation>
        </message>
        <message numerus="yes">
            <source>Today, no client of %n would change band.</source>
            <translation>
                <numerusform>Сегодня ни один из %n клиента не сменил бы зону.</numerusform>
                <numerusform>Сегодня ни один из %n клиентов не сменил бы зону.</numerusform>
                <numerusform>Сегодня ни один из %n клиентов не сменил бы зону.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today, %n client(s) would change band:</source>
            <translation>
                <numerusform>Сегодня %n клиент сменил бы зону:</numerusform>
                <numerusform>Сегодня %n клиента сменили бы зону:</numerusform>
                <numerusform>Сегодня %n клиентов сменили бы зону:</numerusform>
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
                <numerusform>%n вверх</numerusform>
                <numerusform>%n вверх</numerusform>
                <numerusform>%n вверх</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Default: %1</source>
            <translation>По умолчанию: %1</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Rapport help</source>
            <translation>Справка Rapport</translation>
        </message>
        <message>
            <source>Log an interaction with the client shown (or pick one)</source>
            <translation>Записать взаимодействие с открытым клиентом (или выбрать клиента)</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <source>Edit the client shown</source>
            <translation>Изменить открытого клиента</translation>
        </message>
        <message>
            <source>Save the entry being edited</source>
            <translation>Сохранить редактируемую запись</translation>
        </message>
        <message>
            <source>Close the editor; what you typed is kept as a draft</source>
            <translation>Закрыть редактор; введённое сохранится как черновик</translation>
        </message>
        <message>
            <source>Filter the client list</source>
            <translation>Отфильтровать список клиентов</translation>
        </message>
        <message>
            <source>Search the whole journal</source>
            <translation>Поиск по всему журналу</translation>
        </message>
        <message>
            <source>%1, %2, %3…</source>
            <translation>%1, %2, %3…</translation>
        </message>
        <message>
            <source>Switch pages: Journal, Today, and the others</source>
            <translation>Переключить страницы: Журнал, Сегодня и другие</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>Эта справка</translation>
        </message>
        <message>
            <source>Settings: who you are, language, database, working time</source>
            <translation>Настройки: кто вы, язык, база данных, рабочее время</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <source>Opens the editor with the cursor in Summary: type one line, then Ctrl+Enter (a call, an update, now, signed by you)</source>
            <translation>Открывает редактор с курсором в поле «Суть»: одна строка, затем Ctrl+Enter (звонок, новости, сейчас, от вашего имени)</translation>
        </message>
        <message>
            <source>Next field, in the order you type them</source>
            <translation>Следующее поле, в порядке ввода</translation>
        </message>
        <message>
            <source>First letters</source>
            <translation>Первые буквы</translation>
        </message>
        <message>
            <source>Pick a contact, channel, kind, direction or effort; text that matches nothing is said under the field</source>
            <translation>Выбрать контакт, канал, вид, направление или усилия; если текст ничему не соответствует, об этом сказано под полем</translation>
        </message>
        <message>
            <source>Open a drop-down's list (Space does not)</source>
            <translation>Открыть список (пробел его не открывает)</translation>
        </message>
        <message>
            <source>← →</source>
            <translation>← →</translation>
        </message>
        <message>
            <source>Move the sentiment from neutral down or up</source>
            <translation>Сдвинуть настроение от нейтрального вниз или вверх</translation>
        </message>
        <message>
            <source>Letter, then Space</source>
            <translation>Буква, затем Пробел</translation>
        </message>
        <message>
            <source>Jump to a tag and switch it on or off</source>
            <translation>Перейти к тегу и включить или выключить его</translation>
        </message>
        <message>
            <source>yesterday 9:30, -2d</source>
            <translation>вчера 9:30, -2д</translation>
        </message>
        <message>
            <source>When: your locale's date and time, ISO, or counted from today</source>
            <translation>«Когда»: дата и время как принято у вас, ISO или отсчёт от сегодня</translation>
        </message>
        <message>
            <source>+1d, +2w, +1m</source>
            <translation>+1д, +2н, +1м</translation>
        </message>
        <message>
            <source>A follow-up date counted from today</source>
            <translation>Дата напоминания, считая от сегодня</translation>
        </message>
        <message>
            <source>Accept the tags proposed under Tags (like, hear, negotiate or a drift)</source>
            <translation>Принять теги, предложенные под «Теги» (нравиться, слышать, договариваться или отход от политики)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Close; what you typed is kept as a draft for this client</source>
            <translation>Закрыть; набранное сохранится как черновик для этого клиента</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Перейти к полю «%1»</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Клавиатура</translation>
        </message>
        <message>
            <source>In the interaction editor</source>
            <translation>В редакторе взаимодействия</translation>
        </message>
        <message>
            <source>&lt;b&gt;“The client? Who is that?”&lt;/b&gt; Arrogance: dismissive, “we know better”.</source>
            <translation>&lt;b&gt;«Клиент? А кто это?»&lt;/b&gt; Высокомерие: пренебрежение, «мы лучше знаем».</translation>
        </message>
        <message>
            <source>&lt;b&gt;“The client is always right.”&lt;/b&gt; Capitulation: swallowed resentment, and promises the firm cannot keep.</source>
            <translation>&lt;b&gt;«Клиент всегда прав».&lt;/b&gt; Капитуляция: проглоченная обида и обещания, которые фирма не может выполнить.</translation>
        </message>
        <message>
            <source>&lt;b&gt;“The client is usually wrong.”&lt;/b&gt; Lecturing and punishing: rudeness back, a disliked client's order moved to the end of the queue.</source>
            <translation>&lt;b&gt;«Клиент обычно неправ».&lt;/b&gt; Поучения и наказание: ответная грубость, заказ неприятного клиента — в конец очереди.</translation>
        </message>
        <message>
            <source>&lt;b&gt;“With a client we have chosen to work with, we choose to like, to hear and, in hard questions, to negotiate.”&lt;/b&gt; Soft in form, firm in principle.</source>
            <translation>&lt;b&gt;«С клиентом, с которым мы решили работать, мы выбираем нравиться, слышать и в трудных вопросах договариваться».&lt;/b&gt; Мягко по форме, твёрдо по сути.</translation>
        </message>
        <message>
            <source>Like, hear, negotiate</source>
            <translation>Нравиться, слышать, договариваться</translation>
        </message>
        <message>
            <source>A firm’s attitude to its clients passes through four stages. The first three are failures; the fourth is the policy this journal keeps.</source>
            <translation>Отношение фирмы к клиентам проходит четыре стадии. Первые три — провалы; четвёртая — политика, которой следует этот журнал.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Like&lt;/b&gt;: leave every contracted client with a positive impression. &lt;b&gt;Hear&lt;/b&gt;: capture feedback and complaints, acknowledge them within one working day and route them — bad news must fly. &lt;b&gt;Negotiate&lt;/b&gt;: take hard questions to the table with the specification and the contract in hand, to keep the relationship and find a solution, not to drive it into a deadlock.</source>
            <translation>&lt;b&gt;Нравиться&lt;/b&gt;: оставлять у каждого клиента по договору положительное впечатление. &lt;b&gt;Слышать&lt;/b&gt;: фиксировать отзывы и жалобы, подтверждать их в течение рабочего дня и передавать дальше — плохие новости должны летать. &lt;b&gt;Договариваться&lt;/b&gt;: выносить трудные вопросы за стол переговоров с техзаданием и договором в руках, чтобы сохранить отношения и найти решение, а не загнать ситуацию в тупик.</translation>
        </message>
        <message>
            <source>Stance drift</source>
            <translation>Сдвиг позиции</translation>
        </message>
        <message>
            <source>When an interaction shows stage 1, 2 or 3 behaviour, tag it dismissive, capitulating or punishing. It is an early sign that a relationship is going sour and that someone needs coaching — a signal, not a reprimand.</source>
            <translation>Когда во взаимодействии видно поведение стадии 1, 2 или 3, отметьте его тегом «пренебрежение», «капитуляция» или «наказание». Это ранний признак того, что отношения портятся и кому-то нужна помощь наставника, — сигнал, а не выговор.</translation>
        </message>
        <message>
            <source>Respect both ways</source>
            <translation>Уважение в обе стороны</translation>
        </message>
        <message>
            <source>Good stories are worth recording, not only bad ones. Tag client misconduct when a client abuses our people, and staff praise when a client praises one of them. Record the client’s effort too (1 = none, 5 = exhausting): loyalty grows from how little effort a problem costs the client, not from red carpets.</source>
            <translation>Стоит записывать хорошие истории, а не только плохие. Тег «грубость клиента» — когда клиент оскорбляет наших людей, «похвала сотруднику» — когда клиент хвалит кого-то из них. Записывайте и усилия клиента (1 — никаких, 5 — изнурительно): лояльность растёт от того, как мало сил клиенту стоит решить проблему, а не от красных ковровых дорожек.</translation>
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
            <translation>Всё</translation>
        </message>
        <message>
            <source>This record's history...</source>
            <translation>История этой записи...</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Показать:</translation>
        </message>
        <message>
            <source>History: %1</source>
            <translation>История: %1</translation>
        </message>
        <message>
            <source>History of %1</source>
            <translation>История: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
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
            <translation>Дата (и время)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
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
            <translation>Направление</translation>
        </message>
        <message>
            <source>Sentiment</source>
            <translation>Настроение</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Усилия клиента</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Суть</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Срок ответа</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Ответ дан</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(не импортировать)</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a table</source>
            <translation>Импорт таблицы</translation>
        </message>
    </context>
    <context>
        <name>InteractionEditor</name>
        <message>
            <source>Edit interaction</source>
            <translation>Изменить взаимодействие</translation>
        </message>
        <message>
            <source>Log an interaction</source>
            <translation>Записать взаимодействие</translation>
        </message>
        <message>
            <source>no effort</source>
            <translation>без усилий</translation>
        </message>
        <message>
            <source>little</source>
            <translation>немного</translation>
        </message>
        <message>
            <source>some</source>
            <translation>заметно</translation>
        </message>
        <message>
            <source>a lot</source>
            <translation>много</translation>
        </message>
        <message>
            <source>exhausting</source>
            <translation>изнурительно</translation>
        </message>
        <message>
            <source>One line on what happened</source>
            <translation>Одна строка о том, что произошло</translation>
        </message>
        <message>
            <source>&amp;Client</source>
            <translation>&amp;Клиент</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>Конт&amp;акт</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>Ко&amp;гда</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>Нап&amp;равление</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>Ка&amp;нал</translation>
        </message>
        <message>
            <source>&amp;Sentiment</source>
            <translation>Настро&amp;ение</translation>
        </message>
        <message>
            <source>Client's &amp;effort</source>
            <translation>&amp;Усилия клиента</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>&amp;Суть</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Заметки</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation>&amp;Теги</translation>
        </message>
        <message>
            <source>Own ta&amp;gs</source>
            <translation>Сво&amp;и теги</translation>
        </message>
        <message>
            <source>&amp;Praised colleague</source>
            <translation>Кого по&amp;хвалили</translation>
        </message>
        <message>
            <source>&amp;Follow up on</source>
            <translation>На&amp;помнить</translation>
        </message>
        <message>
            <source>b&amp;y</source>
            <translation>&amp;через</translation>
        </message>
        <message>
            <source>No re&amp;ply needed</source>
            <translation>Ответ не ну&amp;жен</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>История…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Сохранить (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Logged by %1</source>
            <translation>Записывает: %1</translation>
        </message>
        <message>
            <source>No current user: choose who you are in Settings</source>
            <translation>Пользователь не выбран: укажите себя в настройках</translation>
        </message>
        <message>
            <source>No client is named “%1”: pick one from the list</source>
            <translation>Нет клиента «%1»: выберите из списка</translation>
        </message>
        <message>
            <source>Choose the client</source>
            <translation>Выберите клиента</translation>
        </message>
        <message>
            <source>Write one line on what happened</source>
            <translation>Напишите одну строку о том, что произошло</translation>
        </message>
        <message>
            <source>In the future: correct the date, or save again and say yes</source>
            <translation>Дата в будущем: исправьте её или сохраните ещё раз и ответьте «Да»</translation>
        </message>
        <message>
            <source>Nothing was saved: say who you are first, so the entry has an author</source>
            <translation>Ничего не сохранено: сначала укажите, кто вы, чтобы у записи был автор</translation>
        </message>
        <message>
            <source>“%1” matches nothing in this list; it stays as “%2”. To write it down, use %3 (%4)</source>
            <translation>«%1» не найдено в списке; осталось «%2». Чтобы записать текст, используйте поле «%3» (%4)</translation>
        </message>
        <message>
            <source>Delete interaction</source>
            <translation>Удалить взаимодействие</translation>
        </message>
        <message>
            <source>Delete this interaction from the journal? It goes to the trash, where an owner can restore it.</source>
            <translation>Удалить это взаимодействие из журнала? Оно попадёт в корзину, откуда владелец может его восстановить.</translation>
        </message>
    </context>
    <context>
        <name>JournalUpgrade</name>
        <message>
            <source>Indexing the journal for search: %1 of %2 entries</source>
            <translation>Журнал индексируется для поиска: %1 из %2 записей</translation>
        </message>
        <message>
            <source>Updating the journal</source>
            <translation>Журнал обновляется</translation>
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
            <translation>подтверждено</translation>
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
            <translation>Слышать: отзыв или жалоба записаны, быстро подтверждены и переданы дальше, а не отложены.</translation>
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
        <message numerus="yes">
            <source>last %n day(s)</source>
            <translation>
                <numerusform>за последний %n день</numerusform>
                <numerusform>за последние %n дня</numerusform>
                <numerusform>за последние %n дней</numerusform>
            </translation>
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
            <source>&amp;Connect to a server...</source>
            <translation>&amp;Подключиться к серверу…</translation>
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
            <source>&amp;About Rapport</source>
            <translation>&amp;О программе Rapport</translation>
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
        <message>
            <source>Clients: %1</source>
            <translation>Клиентов: %1</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Сопоставьте столбцы</translation>
        </message>
        <message>
            <source>Client, date, channel and kind are needed, from a column or the same for every row; columns left out are not imported.</source>
            <translation>Нужны клиент, дата, канал и вид — из столбца или одно значение для всех строк; невыбранные столбцы не импортируются.</translation>
        </message>
        <message>
            <source>No column holds %1: match one above, or give one value under "The same for every row".</source>
            <translation>Ни один столбец не содержит поле «%1»: выберите столбец выше или задайте значение в блоке «Одно значение для всех строк».</translation>
        </message>
        <message>
            <source>%1 is given by more than one column: %2.</source>
            <translation>Поле «%1» задано несколькими столбцами: %2.</translation>
        </message>
        <message>
            <source>The dates of %1 could be day-first or month-first, and no value over 12 settles it: choose the order.</source>
            <translation>Даты в %1 могут начинаться и с дня, и с месяца, и ни одно число больше 12 этого не решает: выберите порядок.</translation>
        </message>
        <message>
            <source>(column %1)</source>
            <translation>(столбец %1)</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>format {fmt} is not one of {formats}</source>
            <translation>формат {fmt} не входит в список: {formats}</translation>
        </message>
        <message>
            <source>rapport bench: need at least 1 client and at least one interaction per client</source>
            <translation>rapport bench: нужен хотя бы 1 клиент и хотя бы одно взаимодействие на клиента</translation>
        </message>
        <message>
            <source>rapport bench: --reuse needs --db naming a journal an earlier rapport bench built</source>
            <translation>rapport bench: для --reuse нужен --db с журналом, который ранее построил rapport bench</translation>
        </message>
        <message>
            <source>rapport bench: {path} already exists; give --db a new file to build</source>
            <translation>rapport bench: {path} уже существует; укажите в --db новый файл</translation>
        </message>
        <message>
            <source>rapport bench: --only: unknown measurement {name}; choose from {choices}</source>
            <translation>rapport bench: --only: неизвестное измерение {name}; выберите из: {choices}</translation>
        </message>
        <message>
            <source>rapport export brief: --format {name} is not one of {formats}</source>
            <translation>rapport export brief: --format {name} — не из списка: {formats}</translation>
        </message>
        <message>
            <source>rapport export brief: {path} is a folder; give a file name with -o</source>
            <translation>rapport export brief: {path} — папка; укажите имя файла в -o</translation>
        </message>
        <message>
            <source>{text} is not a date (use YYYY-MM-DD)</source>
            <translation>{text} — не дата (введите ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>--seed: {seed} must be 0 or more</source>
            <translation>--seed: {seed} — должно быть 0 или больше</translation>
        </message>
        <message>
            <source>rapport export: say what to export (see rapport export --help)</source>
            <translation>rapport export: укажите, что экспортировать (см. rapport export --help)</translation>
        </message>
        <message>
            <source>rapport export journal: --format {name} is not available yet (use {available})</source>
            <translation>rapport export journal: --format {name} пока недоступен (используйте {available})</translation>
        </message>
        <message>
            <source>rapport export journal: --format {name} is not one of {available}</source>
            <translation>rapport export journal: --format {name} — не из списка: {available}</translation>
        </message>
        <message>
            <source>rapport export journal: {path} is a folder; give a file name with -o</source>
            <translation>rapport export journal: {path} — папка; укажите имя файла в -o</translation>
        </message>
        <message>
            <source>--as-of: {text} is not a date (use YYYY-MM-DD)</source>
            <translation>--as-of: {text} — не дата (введите ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>note: nothing in this journal had been written by {day} (its first client was written on {first}); --by-occurrence judges that day by when things happened</source>
            <translation>примечание: к {day} в этом журнале ещё ничего не было записано (первый клиент записан {first}); --by-occurrence оценивает этот день по тому, когда всё происходило</translation>
        </message>
        <message numerus="yes">
            <source>{path}: %n problem(s)</source>
            <translation>
                <numerusform>{path}: %n ошибка</numerusform>
                <numerusform>{path}: %n ошибки</numerusform>
                <numerusform>{path}: %n ошибок</numerusform>
            </translation>
        </message>
        <message>
            <source>... and {count} more</source>
            <translation>... и ещё {count}</translation>
        </message>
        <message>
            <source>{path}: unsupported file type {suffix} (use {known})</source>
            <translation>{path}: неподдерживаемый тип файла {suffix} (используйте {known})</translation>
        </message>
        <message>
            <source>{path}: only mail and calendar files can be imported together ({suffixes}); import {suffix} on its own</source>
            <translation>{path}: вместе можно импортировать только письма и календари ({suffixes}); импортируйте {suffix} отдельно</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: такого файла нет</translation>
        </message>
        <message>
            <source>{path}: is not a Rapport backup (an empty file); nothing was changed</source>
            <translation>{path}: это не резервная копия Rapport (пустой файл); ничего не изменено</translation>
        </message>
        <message>
            <source>{path}: is not a Rapport backup (not a SQLite database); nothing was changed</source>
            <translation>{path}: это не резервная копия Rapport (не база данных SQLite); ничего не изменено</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({reason}); nothing was changed</source>
            <translation>{path}: не удаётся прочитать ({reason}); ничего не изменено</translation>
        </message>
        <message>
            <source>{path}: this backup is damaged ({reason}); nothing was changed: choose an older backup</source>
            <translation>{path}: эта резервная копия повреждена ({reason}); ничего не изменено: выберите более старую резервную копию</translation>
        </message>
        <message>
            <source>{path}: this backup is damaged ({reason}); nothing was changed</source>
            <translation>{path}: эта резервная копия повреждена ({reason}); ничего не изменено</translation>
        </message>
        <message>
            <source>{path}: is not a Rapport journal or backup; nothing was changed</source>
            <translation>{path}: это не журнал Rapport и не его резервная копия; ничего не изменено</translation>
        </message>
        <message>
            <source>{path}: was made by a newer Rapport (schema {version}); open it with that version</source>
            <translation>{path}: создан более новой версией Rapport (схема {version}); откройте его в этой версии</translation>
        </message>
        <message>
            <source>the journal is open in another program: close it there, then restore</source>
            <translation>журнал открыт в другой программе: закройте его там, затем восстановите</translation>
        </message>
        <message>
            <source>{path}: is the journal itself; choose a backup</source>
            <translation>{path}: это сам журнал; выберите резервную копию</translation>
        </message>
        <message>
            <source>{path}: is a folder, not a file</source>
            <translation>{path}: это папка, а не файл</translation>
        </message>
        <message>
            <source>{path}: --profile applies to table files (.csv, .tsv, .xlsx, .xls)</source>
            <translation>{path}: --profile применяется только к таблицам (.csv, .tsv, .xlsx, .xls)</translation>
        </message>
        <message>
            <source>{path}: is on a network drive ({drive}). A SQLite journal must not be shared on a network drive: SQLite's write-ahead log does not work over a network file system, and two people writing it can damage it. Keep the journal on this computer's own disk, or share one PostgreSQL server as a team (README, "A shared PostgreSQL server"): rapport --db postgresql://USER@SERVER/DATABASE</source>
            <translation>{path}: находится на сетевом диске ({drive}). Журнал SQLite нельзя делить через сетевой диск: журнал упреждающей записи SQLite не работает в сетевой файловой системе, и два человека, записывая в него, могут его повредить. Держите журнал на собственном диске этого компьютера или работайте командой с одним сервером PostgreSQL (README, «A shared PostgreSQL server»): rapport --db postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР/БАЗА</translation>
        </message>
        <message>
            <source>rapport: no command given (see rapport --help)</source>
            <translation>rapport: команда не указана (см. rapport --help)</translation>
        </message>
        <message>
            <source>rapport search: TEXT is empty; say what to look for</source>
            <translation>rapport search: TEXT пуст; укажите, что искать</translation>
        </message>
        <message>
            <source>rapport search: --limit {limit} must be 1 or more</source>
            <translation>rapport search: --limit {limit} — должно быть 1 или больше</translation>
        </message>
        <message>
            <source>no client with id {id}</source>
            <translation>нет клиента с номером {id}</translation>
        </message>
        <message>
            <source>no contact with id {id}</source>
            <translation>нет контакта с номером {id}</translation>
        </message>
        <message>
            <source>no user with id {id}</source>
            <translation>нет пользователя с номером {id}</translation>
        </message>
        <message>
            <source>no interaction with id {id}</source>
            <translation>нет взаимодействия с номером {id}</translation>
        </message>
        <message>
            <source>no feedback item with id {id}</source>
            <translation>нет отзыва с номером {id}</translation>
        </message>
        <message>
            <source>no negotiation with id {id}</source>
            <translation>нет переговоров с номером {id}</translation>
        </message>
        <message>
            <source>no negotiation action with id {id}</source>
            <translation>нет действия по переговорам с номером {id}</translation>
        </message>
        <message>
            <source>no playbook entry with id {id}</source>
            <translation>нет сценария с номером {id}</translation>
        </message>
        <message>
            <source>no portrait criterion with id {id}</source>
            <translation>нет критерия портрета с номером {id}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>строка {line}</translation>
        </message>
        <message>
            <source>{value} is not a {type}</source>
            <translation>{value} — неверное значение ({type})</translation>
        </message>
        <message>
            <source>an owner</source>
            <translation>владелец</translation>
        </message>
        <message>
            <source>an account manager</source>
            <translation>менеджер по клиентам</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>сотрудник</translation>
        </message>
        <message>
            <source>log an entry</source>
            <translation>вносить записи в журнал</translation>
        </message>
        <message>
            <source>edit or delete this entry</source>
            <translation>изменять или удалять эту запись</translation>
        </message>
        <message>
            <source>add a client</source>
            <translation>добавлять клиентов</translation>
        </message>
        <message>
            <source>change this client's record, contacts and negotiations</source>
            <translation>изменять карточку этого клиента, его контакты и переговоры</translation>
        </message>
        <message>
            <source>acknowledge, resolve or route this feedback</source>
            <translation>подтверждать, решать или передавать этот отзыв</translation>
        </message>
        <message>
            <source>route this client's awaited reply</source>
            <translation>поручить кому-то ответ, которого ждёт этот клиент</translation>
        </message>
        <message>
            <source>record a pulse reading for this client</source>
            <translation>записывать пульс отношений с этим клиентом</translation>
        </message>
        <message>
            <source>delete a client</source>
            <translation>удалять клиентов</translation>
        </message>
        <message>
            <source>manage users and their roles</source>
            <translation>управлять пользователями и их ролями</translation>
        </message>
        <message>
            <source>change the firm's settings and health weights</source>
            <translation>менять настройки фирмы и веса здоровья</translation>
        </message>
        <message>
            <source>edit the playbook</source>
            <translation>изменять сценарии</translation>
        </message>
        <message>
            <source>edit the client portrait</source>
            <translation>изменять портрет клиента</translation>
        </message>
        <message>
            <source>set the sales plan</source>
            <translation>задавать план продаж</translation>
        </message>
        <message>
            <source>restore from the trash or empty it</source>
            <translation>восстанавливать из корзины или очищать её</translation>
        </message>
        <message>
            <source>import a whole journal (it carries settings, weights and users)</source>
            <translation>импортировать журнал целиком (в нём есть настройки, веса и пользователи)</translation>
        </message>
        <message>
            <source>read the firm-wide audit trail</source>
            <translation>читать журнал изменений всей фирмы</translation>
        </message>
        <message>
            <source>the entry's author</source>
            <translation>автор записи</translation>
        </message>
        <message>
            <source>the client's account manager</source>
            <translation>менеджер клиента</translation>
        </message>
        <message>
            <source>qualify a prospect</source>
            <translation>квалифицировать потенциального клиента</translation>
        </message>
        <message>
            <source>set whether owners sell</source>
            <translation>решать, продают ли владельцы</translation>
        </message>
        <message>
            <source>see the share of prospects declined per manager</source>
            <translation>видеть долю отклонённых потенциальных клиентов по менеджерам</translation>
        </message>
        <message>
            <source>choose who you are first (Settings): this needs a named user</source>
            <translation>сначала укажите, кто вы (Настройки): это может сделать только названный пользователь</translation>
        </message>
        <message>
            <source>{one} or {other}</source>
            <translation>{one} или {other}</translation>
        </message>
        <message>
            <source>only {allowed} may {doing}; {user} is {role}</source>
            <translation>{doing} может только {allowed}; {user} — {role}</translation>
        </message>
        <message>
            <source>unknown key{hint}</source>
            <translation>неизвестный ключ{hint}</translation>
        </message>
        <message>
            <source>is required (a text such as 'c1' that other records use)</source>
            <translation>обязательно (текст вроде «c1», на который ссылаются другие записи)</translation>
        </message>
        <message>
            <source>{ref} is not a ref (use a short text such as 'c1')</source>
            <translation>{ref} — не ссылка (используйте короткий текст вроде «c1»)</translation>
        </message>
        <message>
            <source>{ref} is already the ref of {first}</source>
            <translation>{ref} уже ссылка на {first}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>обязательно</translation>
        </message>
        <message>
            <source>{value} is not a {section} ref in this bundle</source>
            <translation>{value} — не ссылка на {section} в этом файле</translation>
        </message>
        <message>
            <source>{ref} belongs to client {owner}, not {client}</source>
            <translation>{ref} относится к клиенту {owner}, а не {client}</translation>
        </message>
        <message>
            <source>is {values}, not a list of {section} refs</source>
            <translation>это {values}, а не список ссылок на {section}</translation>
        </message>
        <message>
            <source>{value} is also the {field_name} of {first}</source>
            <translation>{value} уже значение {field_name} у {first}</translation>
        </message>
        <message>
            <source>{value} is not true or false</source>
            <translation>{value} — не true и не false</translation>
        </message>
        <message>
            <source>is {values}, not a list</source>
            <translation>это {values}, а не список</translation>
        </message>
        <message>
            <source>{path}: cannot read the file ({strerror})</source>
            <translation>{path}: не удаётся прочитать файл ({strerror})</translation>
        </message>
        <message>
            <source>{path}: not UTF-8 text (byte {start} at offset {start2})</source>
            <translation>{path}: не текст UTF-8 (байт {start} в позиции {start2})</translation>
        </message>
        <message>
            <source>{path}: invalid JSON at line {lineno}, column {colno}: {msg}</source>
            <translation>{path}: ошибка JSON в строке {lineno}, столбце {colno}: {msg}</translation>
        </message>
        <message>
            <source>{path}: cannot read this JSON ({exc})</source>
            <translation>{path}: не удаётся прочитать этот JSON ({exc})</translation>
        </message>
        <message>
            <source>{show} is not a tag (letters, digits, _ and -, up to 60)</source>
            <translation>{show} — не тег (буквы, цифры, _ и -, до 60)</translation>
        </message>
        <message>
            <source>is {value}, not an object</source>
            <translation>это {value}, а не объект</translation>
        </message>
        <message>
            <source>{status} is not the last status of its history ({last})</source>
            <translation>{status} — не последний статус в истории ({last})</translation>
        </message>
        <message>
            <source>is not a setting name (1 to 100 characters)</source>
            <translation>не имя настройки (от 1 до 100 символов)</translation>
        </message>
        <message>
            <source>{item} cannot be stored (not a finite number)</source>
            <translation>{item} нельзя сохранить (не конечное число)</translation>
        </message>
        <message>
            <source>is {data}, not a JSON object</source>
            <translation>это {data}, а не объект JSON</translation>
        </message>
        <message>
            <source>is {records}, not a list</source>
            <translation>это {records}, а не список</translation>
        </message>
        <message>
            <source>is {record}, not an object</source>
            <translation>это {record}, а не объект</translation>
        </message>
        <message>
            <source>{value} could be day-first or month-first; say which ("date_order": dmy or mdy)</source>
            <translation>{value}: день может стоять и первым, и вторым; укажите порядок ("date_order": dmy или mdy)</translation>
        </message>
        <message>
            <source>{value} is not a whole number {low}..{high}</source>
            <translation>{value} — не целое число {low}..{high}</translation>
        </message>
        <message>
            <source>{value} is not a date and time (use {iso}, {day} or {moment})</source>
            <translation>{value} — не дата и время (введите {day}, {moment} или {iso})</translation>
        </message>
        <message>
            <source>is kept on each computer, not in the journal</source>
            <translation>хранится на каждом компьютере, а не в журнале</translation>
        </message>
        <message>
            <source>{value} is outside 0..{limit} working hours</source>
            <translation>{value} вне пределов 0..{limit} рабочих часов</translation>
        </message>
        <message>
            <source>{value} is not a time of day (use HH:MM)</source>
            <translation>{value} — не время суток (пишите ЧЧ:ММ)</translation>
        </message>
        <message>
            <source>{value} is not a list of weekday numbers 0..6 (Monday = 0)</source>
            <translation>{value} — не список номеров дней недели 0..6 (понедельник = 0)</translation>
        </message>
        <message>
            <source>names no working day: choose at least one</source>
            <translation>не указан ни один рабочий день: выберите хотя бы один</translation>
        </message>
        <message>
            <source>{author} is not a known user</source>
            <translation>{author} — неизвестный пользователь</translation>
        </message>
        <message>
            <source>{day} is in the future</source>
            <translation>{day} — ещё не наступило</translation>
        </message>
        <message>
            <source>is not a health setting</source>
            <translation>не настройка здоровья</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} — не число</translation>
        </message>
        <message>
            <source>{value} is outside {minimum}..{maximum}</source>
            <translation>{value} вне пределов {minimum}..{maximum}</translation>
        </message>
        <message>
            <source>{day} is not a date</source>
            <translation>{day} — не дата</translation>
        </message>
        <message>
            <source>{day} is listed twice</source>
            <translation>{day} указан дважды</translation>
        </message>
        <message>
            <source>the name is longer than 200 characters</source>
            <translation>название длиннее 200 символов</translation>
        </message>
        <message>
            <source>{value} is not 0 (the same working day) or a number of working hours up to {limit}</source>
            <translation>{value} — не 0 (в тот же рабочий день) и не число рабочих часов до {limit}</translation>
        </message>
        <message>
            <source>choose at least one working day</source>
            <translation>выберите хотя бы один рабочий день</translation>
        </message>
        <message>
            <source>{value} is not a known user</source>
            <translation>{value} — неизвестный пользователь</translation>
        </message>
        <message>
            <source>{value} is not a known interaction</source>
            <translation>{value} — неизвестное взаимодействие</translation>
        </message>
        <message>
            <source>interaction {value} belongs to another client</source>
            <translation>взаимодействие {value} относится к другому клиенту</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>никуда</translation>
        </message>
        <message>
            <source>feedback {id} is {status}; it cannot go from {status} to {new_status} (allowed: {allowed})</source>
            <translation>отзыв {id}: статус «{status}»; из «{status}» нельзя перейти в «{new_status}» (можно: {allowed})</translation>
        </message>
        <message>
            <source>{moment} is in the future: record it when it has happened</source>
            <translation>{moment} — в будущем: отметьте, когда это произойдёт</translation>
        </message>
        <message>
            <source>{moment} is before the item was raised ({raised})</source>
            <translation>{moment} — раньше, чем отзыв поступил ({raised})</translation>
        </message>
        <message>
            <source>feedback {id} is {status}; only an open item can be acknowledged</source>
            <translation>отзыв {id}: статус «{status}»; подтвердить можно только открытый отзыв</translation>
        </message>
        <message>
            <source>{moment} is before it was acknowledged ({acknowledged})</source>
            <translation>{moment} — раньше, чем его подтвердили ({acknowledged})</translation>
        </message>
        <message>
            <source>{value} is no longer active</source>
            <translation>{value} больше не работает в фирме</translation>
        </message>
        <message>
            <source>feedback {id} is resolved; reopen it before linking a repeat contact</source>
            <translation>отзыв {id} решён; откройте его снова, прежде чем связывать повторное обращение</translation>
        </message>
        <message>
            <source>interaction {interaction_id} is the one that raised this item</source>
            <translation>взаимодействие {interaction_id} и есть то, с которого начался этот отзыв</translation>
        </message>
        <message>
            <source>{text} is not a time of day (use HH:MM)</source>
            <translation>{text} — не время суток (введите ЧЧ:ММ)</translation>
        </message>
        <message>
            <source>{end} is not after the start of the day {start}</source>
            <translation>{end} — не позже начала дня {start}</translation>
        </message>
        <message>
            <source>{bad} is not a weekday number 0..6</source>
            <translation>{bad} — не номер дня недели 0..6</translation>
        </message>
        <message>
            <source>{hours} is negative</source>
            <translation>{hours} — отрицательное число</translation>
        </message>
        <message>
            <source>the working calendar has no working hours</source>
            <translation>в рабочем календаре нет рабочих часов</translation>
        </message>
        <message>
            <source>interaction {id} does not wait for a reply: only an inbound email, request or feedback does</source>
            <translation>взаимодействие {id} не ждёт ответа: ждут только входящие письма, запросы и отзывы</translation>
        </message>
        <message>
            <source>{client} has no message waiting for a reply</source>
            <translation>у {client} нет сообщений, ждущих ответа</translation>
        </message>
        <message>
            <source>{login} is not a login name: use Latin letters, digits and _ . @ - , starting with a letter</source>
            <translation>{login} — не имя логина: используйте латинские буквы, цифры и _ . @ - , начиная с буквы</translation>
        </message>
        <message>
            <source>this journal already has its people: an owner adds you (Settings &gt; Users or rapport users add)</source>
            <translation>в этом журнале уже есть люди: вас добавляет владелец (Настройки &gt; Пользователи или rapport users add)</translation>
        </message>
        <message>
            <source>{name} already exists</source>
            <translation>{name} уже есть</translation>
        </message>
        <message>
            <source>the login {login} is already {name}'s</source>
            <translation>логин {login} уже принадлежит пользователю {name}</translation>
        </message>
        <message>
            <source>nobody changes their own role: another owner may</source>
            <translation>никто не меняет собственную роль: это может сделать другой владелец</translation>
        </message>
        <message>
            <source>{name} is the journal's only owner: make someone else an owner first</source>
            <translation>{name} — единственный владелец журнала: сначала сделайте владельцем кого-то другого</translation>
        </message>
        <message>
            <source>{manager} is not a known user</source>
            <translation>{manager} — неизвестный пользователь</translation>
        </message>
        <message>
            <source>{end} is before the contract start {start}</source>
            <translation>{end} — раньше начала договора {start}</translation>
        </message>
        <message>
            <source>unknown field(s) {unknown}</source>
            <translation>неизвестные поля: {unknown}</translation>
        </message>
        <message>
            <source>a client named {name} already exists</source>
            <translation>клиент с названием {name} уже есть</translation>
        </message>
        <message>
            <source>no client matches {text}</source>
            <translation>нет клиента, подходящего под {text}</translation>
        </message>
        <message>
            <source>{text} matches {count} clients ({names}...): be more precise or use the id</source>
            <translation>под {text} подходят несколько клиентов ({count}: {names}...): уточните или укажите номер</translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>%n взаимодействие</numerusform>
                <numerusform>%n взаимодействия</numerusform>
                <numerusform>%n взаимодействий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n контакт</numerusform>
                <numerusform>%n контакта</numerusform>
                <numerusform>%n контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s)</source>
            <translation>
                <numerusform>%n отзыв</numerusform>
                <numerusform>%n отзыва</numerusform>
                <numerusform>%n отзывов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s)</source>
            <translation>
                <numerusform>%n переговоры</numerusform>
                <numerusform>%n переговоров</numerusform>
                <numerusform>%n переговоров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pulse reading(s)</source>
            <translation>
                <numerusform>%n оценка пульса</numerusform>
                <numerusform>%n оценки пульса</numerusform>
                <numerusform>%n оценок пульса</numerusform>
            </translation>
        </message>
        <message>
            <source>client {client} still has {listing}; delete them first or ask to delete the client with its journal</source>
            <translation>у клиента {client} ещё есть: {listing}; сначала удалите их или удалите клиента вместе с журналом</translation>
        </message>
        <message>
            <source>{email} is not an email address</source>
            <translation>{email} — не адрес эл. почты</translation>
        </message>
        <message>
            <source>{values} is not a list of tags</source>
            <translation>{values} — не список тегов</translation>
        </message>
        <message>
            <source>{value} is not a tag (letters, digits, _ and -, up to 60)</source>
            <translation>{value} — не тег (буквы, цифры, _ и -, до 60)</translation>
        </message>
        <message>
            <source>has more than {limit} different tags; at most {limit} are allowed on one interaction</source>
            <translation>больше {limit} разных меток; у одного взаимодействия их может быть не больше {limit}</translation>
        </message>
        <message>
            <source>... and {count} more that are not tags</source>
            <translation>... и ещё {count}, которые не являются метками</translation>
        </message>
        <message>
            <source>the file names {count} different tags; at most {limit} may come in one import (a firm's own tags are usually a few dozen)</source>
            <translation>в файле {count} разных меток; за один импорт можно не больше {limit} (своих меток у фирмы обычно несколько десятков)</translation>
        </message>
        <message>
            <source>{client_id} is not a known client</source>
            <translation>{client_id} — неизвестный клиент</translation>
        </message>
        <message>
            <source>{contact_id} is not a known contact</source>
            <translation>{contact_id} — неизвестный контакт</translation>
        </message>
        <message>
            <source>{contact} is a contact of another client</source>
            <translation>{contact} — контакт другого клиента</translation>
        </message>
        <message>
            <source>{author_id} is not a known user</source>
            <translation>{author_id} — неизвестный пользователь</translation>
        </message>
        <message>
            <source>goes with a promised follow-up: give its date too</source>
            <translation>относится к обещанному напоминанию: укажите и его дату</translation>
        </message>
        <message>
            <source>{user_id} is not a known user</source>
            <translation>{user_id} — неизвестный пользователь</translation>
        </message>
        <message>
            <source>names a colleague only on an entry tagged staff_praise</source>
            <translation>сотрудника указывают только в записи с тегом «похвала сотруднику»</translation>
        </message>
        <message>
            <source>is required (a line on what happened)</source>
            <translation>обязательно (строка о том, что произошло)</translation>
        </message>
        <message>
            <source>is required (who logs it: choose who you are in Settings)</source>
            <translation>обязательно (кто записывает: выберите себя в настройках)</translation>
        </message>
        <message>
            <source>{value} is not a date (use YYYY-MM-DD)</source>
            <translation>{value} — не дата (введите ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>{value} is not a date and time (use YYYY-MM-DDTHH:MM:SS)</source>
            <translation>{value} — не дата и время (введите ДД.ММ.ГГГГ ЧЧ:ММ)</translation>
        </message>
        <message>
            <source>is required (one of {choices})</source>
            <translation>обязательно (одно из: {choices})</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>должно быть объектом JSON</translation>
        </message>
        <message>
            <source>must be text or a number</source>
            <translation>должно быть текстом или числом</translation>
        </message>
        <message>
            <source>not a field of the journal table (use {fields})</source>
            <translation>не поле таблицы журнала (допустимы: {fields})</translation>
        </message>
        <message>
            <source>unknown key (use {keys})</source>
            <translation>неизвестный ключ (допустимы: {keys})</translation>
        </message>
        <message>
            <source>{encoding} is not an encoding Python knows (e.g. utf-8, cp1251, iso-8859-1)</source>
            <translation>{encoding} — неизвестная Python кодировка (например, utf-8, cp1251, iso-8859-1)</translation>
        </message>
        <message>
            <source>is too large for a profile (at most 1 MB)</source>
            <translation>слишком велик для профиля (не больше 1 МБ)</translation>
        </message>
        <message>
            <source>cannot read the profile ({reason})</source>
            <translation>не удаётся прочитать профиль ({reason})</translation>
        </message>
        <message>
            <source>the profile is not UTF-8 text</source>
            <translation>профиль — не текст в UTF-8</translation>
        </message>
        <message>
            <source>{path}: line {line}</source>
            <translation>{path}: строка {line}</translation>
        </message>
        <message>
            <source>not valid JSON ({reason})</source>
            <translation>неверный JSON ({reason})</translation>
        </message>
        <message>
            <source>{target} is not a field of the journal table (use {fields})</source>
            <translation>{target} — не поле таблицы журнала (допустимы: {fields})</translation>
        </message>
        <message>
            <source>must be a JSON object of {"value in file": "value in Rapport"}</source>
            <translation>должно быть объектом JSON вида {"значение в файле": "значение в Rapport"}</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} — не из списка: {choices}</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} — не целое число</translation>
        </message>
        <message>
            <source>{end} is before the first day of the period ({start})</source>
            <translation>{end} — раньше первого дня периода ({start})</translation>
        </message>
        <message>
            <source>{value} is outside {low}..{high}</source>
            <translation>{value} вне пределов {low}..{high}</translation>
        </message>
        <message>
            <source>{value} is below {minimum}</source>
            <translation>{value} меньше {minimum}</translation>
        </message>
        <message>
            <source>{value} is not text</source>
            <translation>{value} — не текст</translation>
        </message>
        <message>
            <source>is {length} characters long; at most {limit} are allowed</source>
            <translation>длина {length} символов; допускается не больше {limit}</translation>
        </message>
        <message>
            <source>contains a NUL character</source>
            <translation>содержит символ NUL</translation>
        </message>
        <message>
            <source>contains a character that is not valid Unicode</source>
            <translation>содержит символ, недопустимый в Юникоде</translation>
        </message>
        <message>
            <source>{target} is before the day it opened ({opened})</source>
            <translation>{target} — раньше дня открытия ({opened})</translation>
        </message>
        <message>
            <source>is required: say why the status changes</source>
            <translation>обязательно: укажите, почему меняется статус</translation>
        </message>
        <message>
            <source>negotiation {topic} cannot go from {status} to {new_status}; from {status} it can go to {allowed}</source>
            <translation>переговоры {topic} не могут перейти из «{status}» в «{new_status}»; из «{status}» можно перейти в: {allowed}</translation>
        </message>
        <message>
            <source>{interaction_id} is not a known interaction</source>
            <translation>{interaction_id} — неизвестное взаимодействие</translation>
        </message>
        <message>
            <source>interaction {interaction_id} belongs to another client</source>
            <translation>взаимодействие {interaction_id} относится к другому клиенту</translation>
        </message>
        <message>
            <source>{owner_id} is not a known user</source>
            <translation>{owner_id} — неизвестный пользователь</translation>
        </message>
        <message>
            <source>name at least one interaction kind or tag, or the entry never shows</source>
            <translation>укажите хотя бы один вид взаимодействия или тег, иначе запись никогда не появится</translation>
        </message>
        <message>
            <source>{position} is not a whole number</source>
            <translation>{position} — не целое число</translation>
        </message>
        <message>
            <source>entry {position} already has a {language} text</source>
            <translation>у записи {position} уже есть текст на языке {language}</translation>
        </message>
        <message>
            <source>only an account manager may qualify a prospect: in this firm owners do not sell ({user} is an owner; an owner may change that in Settings &gt; Sales)</source>
            <translation>квалифицировать потенциального клиента может только менеджер по клиентам: в этой фирме владельцы не продают ({user} — владелец; владелец может изменить это в Настройки &gt; Продажи)</translation>
        </message>
        <message>
            <source>{user} is inactive: only an active account manager may qualify a prospect</source>
            <translation>{user} неактивен: квалифицировать потенциального клиента может только активный менеджер по клиентам</translation>
        </message>
        <message>
            <source>is required: say why, against the portrait and the sales plan</source>
            <translation>обязательно: объясните почему, исходя из портрета и плана продаж</translation>
        </message>
        <message>
            <source>{criterion_id} is not a criterion of the portrait</source>
            <translation>{criterion_id} — не критерий портрета</translation>
        </message>
        <message>
            <source>{client} is {stage}: only a prospect is qualified</source>
            <translation>{client}: стадия «{stage}»; квалифицируют только потенциального клиента</translation>
        </message>
        <message>
            <source>imported as contracted from {source}</source>
            <translation>импортирован как клиент по договору из {source}</translation>
        </message>
        <message>
            <source>not a readable calendar ({reason})</source>
            <translation>календарь не читается ({reason})</translation>
        </message>
        <message>
            <source>the calendar holds no events</source>
            <translation>в календаре нет событий</translation>
        </message>
        <message>
            <source>the events cannot be read ({reason})</source>
            <translation>события не читаются ({reason})</translation>
        </message>
        <message>
            <source>the event has no start (DTSTART)</source>
            <translation>у события нет начала (DTSTART)</translation>
        </message>
        <message>
            <source>not a mail or calendar file (use {suffixes})</source>
            <translation>это не письмо и не календарь (подходят {suffixes})</translation>
        </message>
        <message>
            <source>cannot read the file ({reason})</source>
            <translation>файл не читается ({reason})</translation>
        </message>
        <message>
            <source>the mailbox holds no messages (no line starts with 'From ')</source>
            <translation>в почтовом ящике нет писем (ни одна строка не начинается с 'From ')</translation>
        </message>
        <message>
            <source>not an email address or a domain: {addresses}</source>
            <translation>не адрес электронной почты и не домен: {addresses}</translation>
        </message>
        <message>
            <source>{file}: {encoding} is not an encoding Python knows</source>
            <translation>{file}: {encoding} — неизвестная Python кодировка</translation>
        </message>
        <message>
            <source>{file}: the file is not valid {encoding} text</source>
            <translation>{file}: файл — не правильный текст в {encoding}</translation>
        </message>
        <message>
            <source>{file}: the file is {encoding} but line {lines} holds bytes that are not {encoding}; fix or remove them (nothing was imported)</source>
            <translation>{file}: файл в кодировке {encoding}, но в строке {lines} есть байты не из {encoding}; исправьте или удалите их (ничего не импортировано)</translation>
        </message>
        <message>
            <source>{file}: the file is {encoding} but lines {lines} hold bytes that are not {encoding}; fix or remove them (nothing was imported)</source>
            <translation>{file}: файл в кодировке {encoding}, но в строках {lines} есть байты не из {encoding}; исправьте или удалите их (ничего не импортировано)</translation>
        </message>
        <message>
            <source>{file}: the text is not UTF-8, UTF-16, Windows-1251, KOI8-R, ISO-8859-1/15 or Windows-1252; save it as CSV UTF-8</source>
            <translation>{file}: текст не в UTF-8, UTF-16, Windows-1251, KOI8-R, ISO-8859-1/15 и не в Windows-1252; сохраните его как CSV UTF-8</translation>
        </message>
        <message>
            <source>{file}: the text could be {names} equally well{example}; say which ("encoding" in a profile, --profile)</source>
            <translation>{file}: текст с равным успехом может быть в {names}{example}; укажите кодировку ("encoding" в профиле, --profile)</translation>
        </message>
        <message>
            <source>there are no rows below the header</source>
            <translation>под заголовком нет ни одной строки</translation>
        </message>
        <message>
            <source>{headers} and {more} more</source>
            <translation>{headers} и ещё {more}</translation>
        </message>
        <message>
            <source>no column holds {field} (headers: {headers}); match one, or give a constant ("constants" in a profile)</source>
            <translation>ни один столбец не содержит {field} (заголовки: {headers}); сопоставьте столбец или задайте постоянное значение ("constants" в профиле)</translation>
        </message>
        <message>
            <source>column {column} is not in the file (headers: {headers})</source>
            <translation>столбца {column} в файле нет (заголовки: {headers})</translation>
        </message>
        <message>
            <source>{field} is given by more than one column ({columns})</source>
            <translation>{field} задано в нескольких столбцах ({columns})</translation>
        </message>
        <message>
            <source>{field} is not a field of the journal</source>
            <translation>{field} — не поле журнала</translation>
        </message>
        <message>
            <source>column {column}</source>
            <translation>столбец {column}</translation>
        </message>
        <message>
            <source>dates such as {example} could be day-first or month-first and no value over 12 settles it; say which ("date_order": "dmy" or "mdy" in a profile)</source>
            <translation>в датах вида {example} день может стоять и первым, и вторым, и ни одно значение больше 12 этого не решает; укажите порядок ("date_order": "dmy" или "mdy" в профиле)</translation>
        </message>
        <message>
            <source>the row has {cells} cells but the header only {width} (a delimiter inside an unquoted value?)</source>
            <translation>ячеек в строке: {cells}, а в заголовке только {width} (разделитель внутри значения без кавычек?)</translation>
        </message>
        <message>
            <source>none of the {total} rows can be imported; the first: line {line}: {problem}</source>
            <translation>ни одну строку нельзя импортировать (всего строк: {total}); первая: строка {line}: {problem}</translation>
        </message>
        <message>
            <source>more than {count} problems; checking stopped</source>
            <translation>ошибок больше {count}; проверка остановлена</translation>
        </message>
        <message>
            <source>{file}: cannot read the file ({reason})</source>
            <translation>{file}: не удаётся прочитать файл ({reason})</translation>
        </message>
        <message>
            <source>{file}: not a readable XLSX workbook ({reason})</source>
            <translation>{file}: книгу XLSX не удаётся прочитать ({reason})</translation>
        </message>
        <message>
            <source>{file}: not a readable XLS workbook ({reason})</source>
            <translation>{file}: книгу XLS не удаётся прочитать ({reason})</translation>
        </message>
        <message>
            <source>{file}: line {line}: the row has {count} cells; at most {most} can be imported</source>
            <translation>{file}: строка {line}: ячеек в строке: {count}; импортировать можно не больше {most}</translation>
        </message>
        <message>
            <source>{file}: line {line}: the header has {count} columns; at most {most} can be imported</source>
            <translation>{file}: строка {line}: столбцов в заголовке: {count}; импортировать можно не больше {most}</translation>
        </message>
        <message>
            <source>{file}: more than {count} rows; split the file</source>
            <translation>{file}: строк больше {count}; разделите файл</translation>
        </message>
        <message>
            <source>{file}: the file has no header row</source>
            <translation>{file}: в файле нет строки заголовка</translation>
        </message>
        <message>
            <source>{file}: line {line}: a cell is longer than {count} characters</source>
            <translation>{file}: строка {line}: в ячейке больше {count} знаков</translation>
        </message>
        <message>
            <source>{file}: line {line}: not valid CSV ({reason})</source>
            <translation>{file}: строка {line}: неверный CSV ({reason})</translation>
        </message>
        <message>
            <source>{file}: line {line}: not valid {encoding} text</source>
            <translation>{file}: строка {line}: не правильный текст в {encoding}</translation>
        </message>
        <message>
            <source>{file}: its shared strings unpack to {size} MB (at most {most} MB); save a smaller workbook or CSV</source>
            <translation>{file}: общие строки книги распаковываются в {size} МБ (допустимо не больше {most} МБ); сохраните книгу поменьше или CSV</translation>
        </message>
        <message>
            <source>{file}: {part} unpacks {ratio} times larger than it is packed; refused as a zip bomb</source>
            <translation>{file}: {part} в распакованном виде в {ratio} раз больше сжатого; отклонено как zip-бомба</translation>
        </message>
        <message>
            <source>{path}: there is no journal here to back up</source>
            <translation>{path}: здесь нет журнала, резервную копию которого можно сделать</translation>
        </message>
        <message>
            <source>{path}: is a folder; give a file name for the backup</source>
            <translation>{path}: это папка; укажите имя файла для резервной копии</translation>
        </message>
        <message>
            <source>{path}: the backup was not kept: {reason}. The journal itself may be damaged: run `rapport check`</source>
            <translation>{path}: резервная копия не сохранена: {reason}. Возможно, повреждён сам журнал: выполните `rapport check`</translation>
        </message>
        <message>
            <source>rapport {command}: the journal is on a database server; back it up with the server's own tools (e.g. pg_dump)</source>
            <translation>rapport {command}: журнал находится на сервере баз данных; делайте его резервные копии средствами самого сервера (например, pg_dump)</translation>
        </message>
        <message>
            <source>{path}: no such journal to back up</source>
            <translation>{path}: нет такого журнала, резервную копию которого можно сделать</translation>
        </message>
        <message>
            <source>{path}: damaged ({parts})</source>
            <translation>{path}: повреждён ({parts})</translation>
        </message>
        <message>
            <source>on a server you are who you log in as: an owner links your login to your name (rapport users)</source>
            <translation>на сервере вы — тот, под чьим логином вошли: владелец связывает ваш логин с вашим именем (rapport users)</translation>
        </message>
        <message>
            <source>{user} is deactivated: ask an owner to reactivate them</source>
            <translation>{user} отключён: попросите владельца снова включить этого пользователя</translation>
        </message>
        <message>
            <source>{option}: {text} is not a date (use YYYY-MM-DD)</source>
            <translation>{option}: {text} — не дата (формат ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>--client: no client {name} in the journal or its history</source>
            <translation>--client: клиента {name} нет ни в журнале, ни в его истории</translation>
        </message>
        <message>
            <source>--user: no user {name} in the journal</source>
            <translation>--user: пользователя {name} нет в журнале</translation>
        </message>
        <message>
            <source>--until: {until} is before --since {since}</source>
            <translation>--until: {until} раньше, чем --since {since}</translation>
        </message>
        <message>
            <source>No changes recorded that match.</source>
            <translation>Подходящих изменений не записано.</translation>
        </message>
        <message>
            <source>nobody named {name} in this journal (see rapport users list)</source>
            <translation>в этом журнале нет никого с именем {name} (см. rapport users list)</translation>
        </message>
        <message>
            <source>is shorter than {count} characters</source>
            <translation>короче {count} символов</translation>
        </message>
        <message>
            <source>the two passwords differ: type the same one twice</source>
            <translation>пароли не совпадают: введите один и тот же пароль дважды</translation>
        </message>
        <message>
            <source>on a server every person logs in with a login of their own: name it</source>
            <translation>на сервере каждый входит под своим логином: укажите его</translation>
        </message>
        <message>
            <source>a journal on a server is set up by the login that created it (its tables' owner)</source>
            <translation>журнал на сервере настраивает логин, который его создал (владелец его таблиц)</translation>
        </message>
        <message>
            <source>is required (your name)</source>
            <translation>обязательно (ваше имя)</translation>
        </message>
        <message>
            <source>nobody named {name} is among the firm's people: pick yourself from the list, or ask an owner to add you (Settings &gt; Users)</source>
            <translation>среди людей фирмы нет никого по имени {name}: выберите себя из списка или попросите владельца добавить вас (Настройки &gt; Пользователи)</translation>
        </message>
        <message>
            <source>you cannot deactivate yourself: another owner may</source>
            <translation>нельзя отключить самого себя: это может сделать другой владелец</translation>
        </message>
        <message>
            <source>the server has no login {login}: add the person with rapport users add, which creates it</source>
            <translation>на сервере нет логина {login}: добавьте человека командой rapport users add, она создаст логин</translation>
        </message>
        <message>
            <source>{login} is a group of logins on the server, not a person's login: name another</source>
            <translation>{login} — группа логинов на сервере, а не логин человека: укажите другой</translation>
        </message>
        <message>
            <source>the server does not let your login {login} create or change logins: an owner's login needs CREATEROLE (ALTER ROLE {login} CREATEROLE, by the server's administrator)</source>
            <translation>сервер не разрешает вашему логину {login} создавать и изменять логины: логину владельца нужно право CREATEROLE (ALTER ROLE {login} CREATEROLE, выполняет администратор сервера)</translation>
        </message>
        <message>
            <source>your login {login} is not linked to anyone of this journal: ask an owner to add you (rapport users add "YOUR NAME" --role ROLE --login {login}, or Settings &gt; Users)</source>
            <translation>ваш логин {login} не связан ни с кем в этом журнале: попросите владельца добавить вас (rapport users add "ВАШЕ ИМЯ" --role РОЛЬ --login {login} или Настройки &gt; Пользователи)</translation>
        </message>
        <message>
            <source>{ref} is staff: staff never decide stage one (sales does: {who})</source>
            <translation>{ref} — сотрудник: сотрудники не решают первый этап (решают продажи: {who})</translation>
        </message>
        <message>
            <source>{client} is {stage}, but the bundle has no matching qualification decision for it: add it to "qualifications", or bring the client in as a prospect</source>
            <translation>{client}: этап «{stage}», но в пакете нет соответствующего решения квалификации: добавьте его в "qualifications" или импортируйте клиента как потенциального</translation>
        </message>
        <message>
            <source>an account manager or an owner</source>
            <translation>менеджер по клиентам или владелец</translation>
        </message>
        <message>
            <source>names clients the journal does not have ({names}): they would come in as contracted, and a client is contracted only through a qualification decision by sales ({who}); import the table as sales (Settings &gt; Who am I) and the import records that decision on your behalf, or add these clients to the journal first</source>
            <translation>называет клиентов, которых нет в журнале ({names}): они пришли бы как клиенты по договору, а договор возможен только после решения квалификации, принятого продажами ({who}); импортируйте таблицу от имени продаж (Настройки &gt; Кто я), и импорт запишет это решение от вашего имени, или сначала добавьте этих клиентов в журнал</translation>
        </message>
        <message>
            <source>{stage} is the outcome of a qualification decision: record it with Qualify on the client's Qualification tab (decided by {who})</source>
            <translation>этап «{stage}» — итог решения квалификации: запишите его кнопкой «Квалифицировать» на вкладке клиента «Квалификация» (решает {who})</translation>
        </message>
        <message>
            <source>a prospect becomes {stage} only after a qualification decision "interesting": {who} records it with Qualify on the client's Qualification tab</source>
            <translation>потенциальный клиент переходит на этап «{stage}» только после решения квалификации «интересен»: его записывает {who} кнопкой «Квалифицировать» на вкладке клиента «Квалификация»</translation>
        </message>
        <message>
            <source>{value} is outside 0..{limit}</source>
            <translation>{value} вне диапазона 0..{limit}</translation>
        </message>
        <message>
            <source>{value} is not an object</source>
            <translation>{value} — не объект</translation>
        </message>
        <message>
            <source>is not part of a sales plan (per_quarter, segments)</source>
            <translation>не часть плана продаж (per_quarter, segments)</translation>
        </message>
        <message>
            <source>{value} is not an object of segment -&gt; contracts</source>
            <translation>{value} — не объект «сегмент -&gt; договоры»</translation>
        </message>
        <message>
            <source>names {count} segments; at most {limit}</source>
            <translation>называет сегментов: {count}; не больше {limit}</translation>
        </message>
        <message>
            <source>is not a segment name (1 to {limit} characters)</source>
            <translation>не название сегмента (от 1 до {limit} символов)</translation>
        </message>
        <message>
            <source>{segment} is named twice (also as {other})</source>
            <translation>{segment} назван дважды (ещё как {other})</translation>
        </message>
        <message>
            <source>the segments add up to {sum} contracts, more than the {total} of the whole quarter</source>
            <translation>сегменты в сумме дают договоров: {sum}, больше, чем {total} на весь квартал</translation>
        </message>
        <message>
            <source>Restored: {label}</source>
            <translation>Восстановлено: {label}</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) took a new id: the journal had given the old one to a newer record</source>
            <translation>
                <numerusform>%n запись получила новый номер: журнал отдал прежний более новой записи</numerusform>
                <numerusform>%n записи получили новые номера: журнал отдал прежние более новым записям</numerusform>
                <numerusform>%n записей получили новые номера: журнал отдал прежние более новым записям</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) deleted for good</source>
            <translation>
                <numerusform>%n элемент удалён навсегда</numerusform>
                <numerusform>%n элемента удалены навсегда</numerusform>
                <numerusform>%n элементов удалено навсегда</numerusform>
            </translation>
        </message>
        <message>
            <source>The trash is empty</source>
            <translation>Корзина пуста</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>взаимодействие</translation>
        </message>
        <message>
            <source>client with its journal</source>
            <translation>клиент с его журналом</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>контакт</translation>
        </message>
        <message>
            <source>playbook entry</source>
            <translation>сценарий</translation>
        </message>
        <message>
            <source>portrait criterion</source>
            <translation>критерий портрета</translation>
        </message>
        <message>
            <source>its client</source>
            <translation>его клиент</translation>
        </message>
        <message>
            <source>its contact</source>
            <translation>его контакт</translation>
        </message>
        <message>
            <source>the entry it belongs to</source>
            <translation>запись, к которой оно относится,</translation>
        </message>
        <message>
            <source>a person it names</source>
            <translation>человек, которого оно называет,</translation>
        </message>
        <message>
            <source>one of its tags</source>
            <translation>один из его тегов</translation>
        </message>
        <message>
            <source>the feedback item it belongs to</source>
            <translation>отзыв, к которому оно относится,</translation>
        </message>
        <message>
            <source>the negotiation it belongs to</source>
            <translation>переговоры, к которым оно относится,</translation>
        </message>
        <message>
            <source>the trash holds no item {id}</source>
            <translation>в корзине нет элемента {id}</translation>
        </message>
        <message>
            <source>{label} cannot be restored: the journal already holds a record with its id</source>
            <translation>{label} нельзя восстановить: в журнале уже есть запись с таким номером</translation>
        </message>
        <message>
            <source>{label} cannot be restored: another client is named {name} now; rename that client first</source>
            <translation>{label} нельзя восстановить: другой клиент теперь называется {name}; сначала переименуйте его</translation>
        </message>
        <message>
            <source>{label} cannot be restored: {parent} {name} is no longer in the journal; restore {name} first (trash item {id})</source>
            <translation>{label} нельзя восстановить: {parent} {name} уже не в журнале; сначала восстановите {name} (элемент корзины {id})</translation>
        </message>
        <message>
            <source>{label} cannot be restored: {parent} is no longer in the journal, and not in the trash either</source>
            <translation>{label} нельзя восстановить: {parent} уже не в журнале и не в корзине</translation>
        </message>
        <message>
            <source>--client: {problem}</source>
            <translation>--client: {problem}</translation>
        </message>
        <message>
            <source>Entries coded as proposed: {count}</source>
            <translation>Размечено как предложено: {count}</translation>
        </message>
        <message>
            <source>Entries not coded yet: {count}</source>
            <translation>Записей без разметки: {count}</translation>
        </message>
        <message>
            <source>a negotiation session</source>
            <translation>раунд переговоров</translation>
        </message>
        <message>
            <source>the client escalated</source>
            <translation>клиент пошёл выше</translation>
        </message>
        <message>
            <source>a hard question taken higher</source>
            <translation>трудный вопрос передан выше</translation>
        </message>
        <message>
            <source>a complaint</source>
            <translation>жалоба</translation>
        </message>
        <message>
            <source>the client's feedback</source>
            <translation>отзыв клиента</translation>
        </message>
        <message>
            <source>praise from the client</source>
            <translation>похвала от клиента</translation>
        </message>
        <message>
            <source>an inbound request</source>
            <translation>входящий запрос</translation>
        </message>
        <message>
            <source>a request to the client</source>
            <translation>наш запрос клиенту</translation>
        </message>
        <message>
            <source>a delivery</source>
            <translation>поставка</translation>
        </message>
        <message>
            <source>the client is unhappy</source>
            <translation>клиент недоволен</translation>
        </message>
        <message>
            <source>a hard conversation with the client</source>
            <translation>трудный разговор с клиентом</translation>
        </message>
        <message>
            <source>news from the client</source>
            <translation>новости от клиента</translation>
        </message>
        <message>
            <source>keeping the client informed</source>
            <translation>держим клиента в курсе</translation>
        </message>
        <message>
            <source>{count} of {total} such entries coded so</source>
            <translation>так размечено {count} из {total} таких записей</translation>
        </message>
        <message>
            <source>like the firm's entries with {words}</source>
            <translation>как записи фирмы со словами {words}</translation>
        </message>
        <message>
            <source>{rule} ({habit})</source>
            <translation>{rule} ({habit})</translation>
        </message>
        <message>
            <source>like entries the firm tagged so</source>
            <translation>как записи, которые фирма так разметила</translation>
        </message>
        <message>
            <source>the text says so: {words}</source>
            <translation>так сказано в тексте: {words}</translation>
        </message>
    </context>
    <context>
        <name>NegotiationDetailView</name>
        <message>
            <source>Change &amp;status...</source>
            <translation>Изменить &amp;статус...</translation>
        </message>
        <message>
            <source>State a &amp;position...</source>
            <translation>Заявить &amp;позицию...</translation>
        </message>
        <message>
            <source>Con&amp;cession...</source>
            <translation>&amp;Уступка...</translation>
        </message>
        <message>
            <source>Link a s&amp;ession...</source>
            <translation>Привязать &amp;встречу...</translation>
        </message>
        <message>
            <source>De&amp;tails...</source>
            <translation>&amp;Подробности...</translation>
        </message>
        <message>
            <source>&amp;Add action...</source>
            <translation>&amp;Добавить действие...</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>&amp;Выполнено</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Согласованные действия</translation>
        </message>
        <message>
            <source>No negotiation chosen</source>
            <translation>Переговоры не выбраны</translation>
        </message>
        <message>
            <source>The client's position</source>
            <translation>Позиция клиента</translation>
        </message>
        <message>
            <source>Our position</source>
            <translation>Наша позиция</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Открыты</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>ТЗ</translation>
        </message>
        <message>
            <source>Options considered</source>
            <translation>Рассмотренные варианты</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>&amp;Not done</source>
            <translation>&amp;Не выполнено</translation>
        </message>
    </context>
    <context>
        <name>NegotiationLedgerTab</name>
        <message>
            <source>&amp;New negotiation...</source>
            <translation>&amp;Новые переговоры...</translation>
        </message>
    </context>
    <context>
        <name>Negotiations</name>
        <message>
            <source>the client</source>
            <translation>клиент</translation>
        </message>
        <message>
            <source>our side</source>
            <translation>наша сторона</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Статус: %1</translation>
        </message>
        <message>
            <source>Position of %1: %2</source>
            <translation>Позиция (%1): %2</translation>
        </message>
        <message>
            <source>Concession by %1: %2</source>
            <translation>Уступка (%1): %2</translation>
        </message>
        <message>
            <source>Session (%1): %2</source>
            <translation>Раунд переговоров (%1): %2</translation>
        </message>
        <message>
            <source>New negotiation</source>
            <translation>Новые переговоры</translation>
        </message>
        <message>
            <source>Be guided by the contract and the specification; keep the relationship; look for a solution.</source>
            <translation>Руководствуйтесь договором и техническим заданием; сохраняйте отношения; ищите решение.</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>Tar&amp;get date</source>
            <translation>&amp;Целевая дата</translation>
        </message>
        <message>
            <source>The &amp;client's position</source>
            <translation>Позиция &amp;клиента</translation>
        </message>
        <message>
            <source>&amp;Our position</source>
            <translation>&amp;Наша позиция</translation>
        </message>
        <message>
            <source>Contract &amp;clauses</source>
            <translation>&amp;Пункты договора</translation>
        </message>
        <message>
            <source>&amp;Specification</source>
            <translation>&amp;Техническое задание</translation>
        </message>
        <message>
            <source>Change the status</source>
            <translation>Изменить статус</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Сейчас: %1</translation>
        </message>
        <message>
            <source>&amp;New status</source>
            <translation>&amp;Новый статус</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Причина</translation>
        </message>
        <message>
            <source>A stated position</source>
            <translation>Заявленная позиция</translation>
        </message>
        <message>
            <source>&amp;Whose</source>
            <translation>&amp;Чья</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>&amp;Позиция</translation>
        </message>
        <message>
            <source>A concession</source>
            <translation>Уступка</translation>
        </message>
        <message>
            <source>&amp;Given by</source>
            <translation>&amp;Кто уступил</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Что</translation>
        </message>
        <message>
            <source>A session of the negotiation</source>
            <translation>Раунд переговоров</translation>
        </message>
        <message>
            <source>&amp;Interaction</source>
            <translation>&amp;Взаимодействие</translation>
        </message>
        <message>
            <source>An agreed action</source>
            <translation>Согласованное действие</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Действие</translation>
        </message>
        <message>
            <source>(the account manager)</source>
            <translation>(менеджер клиента)</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Ответственный</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Срок</translation>
        </message>
        <message>
            <source>Negotiation details</source>
            <translation>Подробности переговоров</translation>
        </message>
        <message>
            <source>O&amp;ptions considered</source>
            <translation>&amp;Рассмотренные варианты</translation>
        </message>
        <message>
            <source>Out&amp;come</source>
            <translation>&amp;Итог</translation>
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
            <translation>Открыты</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Открытые действия</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) overdue</source>
            <translation>
                <numerusform>%n действие просрочено</numerusform>
                <numerusform>%n действия просрочены</numerusform>
                <numerusform>%n действий просрочены</numerusform>
            </translation>
        </message>
        <message>
            <source>Promises kept on time, %1: %2 (%3 of %4 that came due)</source>
            <translation>Обещания выполнены в срок, %1: %2 (%3 из %4, срок которых наступил)</translation>
        </message>
        <message>
            <source>Promises to this client, %1: none came due.</source>
            <translation>Обещания этому клиенту, %1: ни у одного не наступил срок.</translation>
        </message>
    </context>
    <context>
        <name>OwnerListDialog</name>
        <message>
            <source>Only an owner may change it.</source>
            <translation>Изменять это может только владелец.</translation>
        </message>
        <message>
            <source>&amp;Add...</source>
            <translation>&amp;Добавить...</translation>
        </message>
        <message>
            <source>&amp;Edit...</source>
            <translation>&amp;Изменить...</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Password for the database server</source>
            <translation>Пароль для сервера баз данных</translation>
        </message>
        <message>
            <source>The password of %1 on the server %2 (database %3).</source>
            <translation>Пароль пользователя %1 на сервере %2 (база данных %3).</translation>
        </message>
        <message>
            <source>The server did not accept the password: type it again.</source>
            <translation>Сервер не принял пароль: введите его ещё раз.</translation>
        </message>
        <message>
            <source>Rapport keeps it in the system keyring, never in its own settings.</source>
            <translation>Rapport хранит его в системном хранилище паролей и никогда — в своих настройках.</translation>
        </message>
        <message>
            <source>There is no system keyring here, so Rapport keeps the password nowhere: it asks for it each time it connects, and never writes it to disk.</source>
            <translation>Системного хранилища паролей здесь нет, поэтому Rapport нигде не хранит пароль: он спрашивает его при каждом подключении и никогда не записывает на диск.</translation>
        </message>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>There is no system keyring here, so Rapport keeps the server's password nowhere: it will ask for it at the next start. It is never written to disk.</source>
            <translation>Системного хранилища паролей здесь нет, поэтому Rapport нигде не хранит пароль сервера: при следующем запуске он спросит его снова. На диск пароль не записывается.</translation>
        </message>
    </context>
    <context>
        <name>PeriodFilter</name>
        <message>
            <source>any tag</source>
            <translation>любой тег</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;С:</translation>
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
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>%1 is not a day; type one like %2</source>
            <translation>%1 — не дата; введите, например, %2</translation>
        </message>
        <message>
            <source>is before the first day</source>
            <translation>раньше первого дня</translation>
        </message>
    </context>
    <context>
        <name>PlanPanel</name>
        <message>
            <source>Sales &amp;plan…</source>
            <translation>&amp;План продаж…</translation>
        </message>
        <message>
            <source>Sales plan, Q%1 %2</source>
            <translation>План продаж, %1 кв. %2</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left in the quarter.</source>
            <translation>
                <numerusform>До конца квартала %n день.</numerusform>
                <numerusform>До конца квартала %n дня.</numerusform>
                <numerusform>До конца квартала %n дней.</numerusform>
            </translation>
        </message>
        <message>
            <source>No plan is set: new contracts this quarter: %1.</source>
            <translation>План не задан; новых договоров в этом квартале: %1.</translation>
        </message>
        <message>
            <source>An owner sets the plan (Sales plan…), so that sales judges each prospect against what the firm must win.</source>
            <translation>План задаёт владелец («План продаж…»), чтобы продажи оценивали каждого потенциального клиента с учётом того, что фирма должна выиграть.</translation>
        </message>
        <message>
            <source>New contracts: %1</source>
            <translation>Новые договоры: %1</translation>
        </message>
        <message>
            <source>This client's segment (%1) has no plan of its own; it counts in the total.</source>
            <translation>У сегмента этого клиента (%1) нет своего плана; он входит в общий.</translation>
        </message>
    </context>
    <context>
        <name>Playbook</name>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Ситуация</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Shown for</source>
            <translation>Показывается для</translation>
        </message>
        <message>
            <source>Translate the entry</source>
            <translation>Перевести запись</translation>
        </message>
        <message>
            <source>Edit the entry</source>
            <translation>Изменить запись</translation>
        </message>
        <message>
            <source>New playbook entry</source>
            <translation>Новая запись сценария</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Situation</source>
            <translation>&amp;Ситуация</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Действие</translation>
        </message>
        <message>
            <source>When the &amp;kind is</source>
            <translation>Когда &amp;вид</translation>
        </message>
        <message>
            <source>or a &amp;tag is</source>
            <translation>или &amp;метка</translation>
        </message>
        <message>
            <source>&amp;Playbook...</source>
            <translation>&amp;Сценарии...</translation>
        </message>
        <message>
            <source>Client &amp;portrait...</source>
            <translation>&amp;Портрет клиента...</translation>
        </message>
        <message>
            <source>&amp;Qualify the prospect...</source>
            <translation>&amp;Квалифицировать потенциального клиента...</translation>
        </message>
    </context>
    <context>
        <name>PlaybookDialog</name>
        <message>
            <source>Playbook</source>
            <translation>Сценарии</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Все языки</translation>
        </message>
        <message>
            <source>The playbook shows its action in the interaction editor when a logged interaction matches the kind or a tag.</source>
            <translation>Сценарий показывает действие в редакторе взаимодействия, когда вид или метка записи совпадают.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Показать:</translation>
        </message>
        <message>
            <source>&amp;Translate...</source>
            <translation>&amp;Перевести...</translation>
        </message>
    </context>
    <context>
        <name>PlaybookHint</name>
        <message>
            <source>Playbook</source>
            <translation>Сценарий</translation>
        </message>
    </context>
    <context>
        <name>Portfolio</name>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здоровье</translation>
        </message>
        <message>
            <source>Last 12 weeks</source>
            <translation>12 недель</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Последний контакт</translation>
        </message>
        <message>
            <source>Open feedback</source>
            <translation>Открытые отзывы</translation>
        </message>
        <message>
            <source>Open negotiations</source>
            <translation>Открытые переговоры</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <translation>Обещания в срок</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
    </context>
    <context>
        <name>Portrait</name>
        <message>
            <source>Interesting: we will work with them</source>
            <translation>Интересен: будем работать</translation>
        </message>
        <message>
            <source>Not interesting</source>
            <translation>Не интересен</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Критерий</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Смысл</translation>
        </message>
        <message>
            <source>Portrait criterion</source>
            <translation>Критерий портрета</translation>
        </message>
        <message>
            <source>&amp;Criterion</source>
            <translation>&amp;Критерий</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>&amp;Вес</translation>
        </message>
        <message>
            <source>&amp;Meaning</source>
            <translation>&amp;Смысл</translation>
        </message>
        <message>
            <source>Qualify %1 (now %2). Only sales decides, against the portrait and the sales plan.</source>
            <translation>Квалификация: %1 (сейчас: %2). Решают только продажи — по портрету и плану продаж.</translation>
        </message>
        <message>
            <source>Qualify the prospect</source>
            <translation>Квалифицировать потенциального клиента</translation>
        </message>
        <message>
            <source>&amp;Decision</source>
            <translation>&amp;Решение</translation>
        </message>
        <message>
            <source>Criteria &amp;met</source>
            <translation>&amp;Выполненные критерии</translation>
        </message>
        <message>
            <source>Portrait score</source>
            <translation>Соответствие портрету</translation>
        </message>
        <message>
            <source>Sales plan</source>
            <translation>План продаж</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Почему</translation>
        </message>
        <message>
            <source>Choose who you are first (Settings).</source>
            <translation>Сначала укажите, кто вы (Настройки).</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Этот квартал</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Прошлый квартал</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Последние 12 месяцев</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>За всё время</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Решено</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <source>Criteria met</source>
            <translation>Выполненные критерии</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Решений</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Отклонено</translation>
        </message>
        <message>
            <source>Share declined</source>
            <translation>Доля отклонённых</translation>
        </message>
        <message>
            <source>(nobody on record)</source>
            <translation>(никто не записан)</translation>
        </message>
        <message>
            <source>%1 won</source>
            <translation>выиграно %1</translation>
        </message>
        <message>
            <source>%1 of %2 won</source>
            <translation>выиграно %1 из %2</translation>
        </message>
        <message>
            <source>%1 to go</source>
            <translation>осталось %1</translation>
        </message>
        <message>
            <source>plan met</source>
            <translation>план выполнен</translation>
        </message>
        <message>
            <source>in the pipeline: %1 qualified, %2 prospects to judge</source>
            <translation>в воронке: квалифицировано %1, ждут решения %2</translation>
        </message>
        <message>
            <source>No sales plan is set (an owner sets it).</source>
            <translation>План продаж не задан (его задаёт владелец).</translation>
        </message>
        <message>
            <source>This quarter: %1</source>
            <translation>Этот квартал: %1</translation>
        </message>
    </context>
    <context>
        <name>PortraitDialog</name>
        <message>
            <source>Client portrait</source>
            <translation>Портрет клиента</translation>
        </message>
        <message>
            <source>A prospect is qualified against these criteria: the share of the weight it meets is its portrait score.</source>
            <translation>Потенциального клиента оценивают по этим критериям: доля выполненного веса — его соответствие портрету.</translation>
        </message>
    </context>
    <context>
        <name>PulseDialog</name>
        <message>
            <source>Log pulse</source>
            <translation>Записать пульс</translation>
        </message>
        <message>
            <source>How does the relationship with %1 feel to you? The health score counts your reading, and shows where it and the computed band disagree.</source>
            <translation>Как вы ощущаете отношения с %1? Оценка здоровья учитывает ваше мнение и показывает, где оно расходится с рассчитанной зоной.</translation>
        </message>
        <message>
            <source>this client</source>
            <translation>этим клиентом</translation>
        </message>
        <message>
            <source>What makes you say so (optional)</source>
            <translation>Почему вы так считаете (необязательно)</translation>
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
            <translation>Комментарий:</translation>
        </message>
        <message>
            <source>Type the day of this reading, e.g. %1</source>
            <translation>Введите день оценки, например, %1</translation>
        </message>
        <message>
            <source>Nothing was saved: say who you are first, so the reading has an author</source>
            <translation>Ничего не сохранено: сначала укажите, кто вы, чтобы у оценки был автор</translation>
        </message>
    </context>
    <context>
        <name>QualificationTab</name>
        <message>
            <source>&amp;Qualify...</source>
            <translation>&amp;Квалифицировать...</translation>
        </message>
        <message>
            <source>Stage one: sales (%1) decides, against the portrait and the sales plan, whether to work with this client. It becomes contracted only after a decision "interesting".</source>
            <translation>Первый этап: продажи (%1) решают по портрету и плану продаж, работать ли с этим клиентом. Договор возможен только после решения «интересен».</translation>
        </message>
        <message>
            <source>Past stage one: the client is %1.</source>
            <translation>Первый этап пройден: клиент — %1.</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>Read only: %1</source>
            <translation>Только для чтения: %1</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>S&amp;nooze</source>
            <translation>От&amp;ложить</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Show Rapport</source>
            <translation>Показать Rapport</translation>
        </message>
        <message>
            <source>Today's list</source>
            <translation>Список на сегодня</translation>
        </message>
        <message>
            <source>Rapport: nothing due now</source>
            <translation>Rapport: сейчас сроков нет</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Follow-up due</source>
            <translation>Срок обещанного действия</translation>
        </message>
        <message>
            <source>Follow-up overdue</source>
            <translation>Обещанное действие просрочено</translation>
        </message>
        <message>
            <source>Feedback to acknowledge</source>
            <translation>Отзыв ждёт подтверждения</translation>
        </message>
        <message>
            <source>Feedback not acknowledged in time</source>
            <translation>Отзыв не подтверждён вовремя</translation>
        </message>
        <message>
            <source>Negotiation action due</source>
            <translation>Срок действия по переговорам</translation>
        </message>
        <message>
            <source>Negotiation action overdue</source>
            <translation>Действие по переговорам просрочено</translation>
        </message>
        <message>
            <source>Reply awaited</source>
            <translation>Клиент ждёт ответа</translation>
        </message>
        <message>
            <source>Reply past the firm's rule</source>
            <translation>Ответ не дан в срок по правилу фирмы</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Срок наступил</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>Snooze 15 minutes</source>
            <translation>Отложить на 15 минут</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>Отложить на 1 час</translation>
        </message>
        <message>
            <source>Snooze until tomorrow morning</source>
            <translation>Отложить до завтрашнего утра</translation>
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
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) need your hand</source>
            <translation>
                <numerusform>%n дело ждёт вас</numerusform>
                <numerusform>%n дела ждут вас</numerusform>
                <numerusform>%n дел ждут вас</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Replies</name>
        <message>
            <source>Since</source>
            <translation>С</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>First message</source>
            <translation>Первое сообщение</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Сообщений</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Ждёт</translation>
        </message>
        <message>
            <source>To answer</source>
            <translation>Отвечает</translation>
        </message>
        <message>
            <source>Past the reply rule since %1</source>
            <translation>Правило ответа нарушено с %1</translation>
        </message>
        <message>
            <source>To answer by %1</source>
            <translation>Ответить до %1</translation>
        </message>
        <message>
            <source>%1 (routed)</source>
            <translation>%1 (поручено)</translation>
        </message>
        <message>
            <source>Route the reply</source>
            <translation>Поручить ответ</translation>
        </message>
        <message>
            <source>Who answers %1? They see it in their Today.</source>
            <translation>Кто ответит %1? Он увидит это в своём «Сегодня».</translation>
        </message>
        <message>
            <source>&amp;Colleague</source>
            <translation>&amp;Коллега</translation>
        </message>
        <message>
            <source>(the account manager)</source>
            <translation>(менеджер клиента)</translation>
        </message>
        <message>
            <source>Route the re&amp;ply...</source>
            <translation>Передать о&amp;твет...</translation>
        </message>
        <message>
            <source>No reply nee&amp;ded</source>
            <translation>Ответ не ну&amp;жен</translation>
        </message>
        <message numerus="yes">
            <source>Replies awaited: %n client(s)</source>
            <translation>
                <numerusform>Ждут ответа: %n клиент</numerusform>
                <numerusform>Ждут ответа: %n клиента</numerusform>
                <numerusform>Ждут ответа: %n клиентов</numerusform>
            </translation>
        </message>
        <message>
            <source>No reply awaited</source>
            <translation>Никто не ждёт ответа</translation>
        </message>
        <message numerus="yes">
            <source>%n past the reply rule</source>
            <translation>
                <numerusform>%n — дольше правила ответа</numerusform>
                <numerusform>%n — дольше правила ответа</numerusform>
                <numerusform>%n — дольше правила ответа</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RespectView</name>
        <message>
            <source>Client misconduct is recorded to support the people who met it: it takes nothing off the client's health.</source>
            <translation>Некорректное поведение клиента записывается, чтобы поддержать сотрудников, столкнувшихся с ним: здоровье клиента от этого не снижается.</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>не записано</translation>
        </message>
        <message>
            <source>Praise of colleagues, %1: %2.</source>
            <translation>Похвала сотрудникам, %1: %2.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>The journal %1 will be replaced by the backup you choose. The current file is kept beside it (named …before-restore-DATE), so nothing is thrown away.</source>
            <translation>Журнал %1 будет заменён выбранной резервной копией. Текущий файл сохранится рядом (с именем …before-restore-ДАТА), так что ничего не пропадёт.</translation>
        </message>
        <message>
            <source>This journal is damaged, so Rapport has stopped writing to it.</source>
            <translation>Этот журнал повреждён, поэтому Rapport больше в него не пишет.</translation>
        </message>
        <message>
            <source>No backups of this journal in %1 yet.</source>
            <translation>В папке %1 пока нет резервных копий этого журнала.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <source>Choose a &amp;file…</source>
            <translation>Выбрать &amp;файл…</translation>
        </message>
        <message>
            <source>Restore the backup taken %1?</source>
            <translation>Восстановить резервную копию от %1?</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Выберите резервную копию</translation>
        </message>
        <message>
            <source>Rapport backups (*.db *.bak *.sqlite);;All files (*)</source>
            <translation>Резервные копии Rapport (*.db *.bak *.sqlite);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Restore %1?</source>
            <translation>Восстановить %1?</translation>
        </message>
        <message>
            <source>What was written after it will be in the file kept aside, not in the journal.</source>
            <translation>Записанное после неё останется в сохранённом рядом файле, а не в журнале.</translation>
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
            <translation>Договоров за квартал</translation>
        </message>
    </context>
    <context>
        <name>SalesPlanDialog</name>
        <message>
            <source>Sales plan</source>
            <translation>План продаж</translation>
        </message>
    </context>
    <context>
        <name>SalesPlanEditor</name>
        <message>
            <source>&amp;Owners sell too: an owner may qualify prospects</source>
            <translation>&amp;Владельцы тоже продают: владелец может квалифицировать потенциальных клиентов</translation>
        </message>
        <message>
            <source>the segments' sum</source>
            <translation>сумма сегментов</translation>
        </message>
        <message>
            <source>New contracts per quarter</source>
            <translation>Новых договоров за квартал</translation>
        </message>
        <message>
            <source>&amp;Add segment</source>
            <translation>&amp;Добавить сегмент</translation>
        </message>
        <message>
            <source>&amp;Remove segment</source>
            <translation>&amp;Удалить сегмент</translation>
        </message>
        <message>
            <source>Stage one (interesting or not) is decided by sales: account managers, and owners only when this is ticked. A prospect becomes contracted only after such a decision.</source>
            <translation>Первый этап (интересен или нет) решают продажи: менеджеры по клиентам, а владельцы — только если это отмечено. Договор с потенциальным клиентом возможен только после такого решения.</translation>
        </message>
        <message>
            <source>New contracts per &amp;quarter</source>
            <translation>Новых договоров за &amp;квартал</translation>
        </message>
        <message>
            <source>The plan sales must meet in any weather; the Qualification tab shows this quarter's progress beside each decision. Per segment if wanted (a client's segment, as typed on the client):</source>
            <translation>План, который продажи выполняют в любую погоду; вкладка «Квалификация» показывает ход квартала рядом с каждым решением. По сегментам, если нужно (сегмент клиента, как он записан у клиента):</translation>
        </message>
        <message>
            <source>Only an owner changes who sells and the sales plan.</source>
            <translation>Кто продаёт и план продаж меняет только владелец.</translation>
        </message>
        <message>
            <source>Segment “%1”</source>
            <translation>Сегмент «%1»</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Сегменты</translation>
        </message>
    </context>
    <context>
        <name>Saving</name>
        <message>
            <source>Saving...</source>
            <translation>Сохранение...</translation>
        </message>
        <message>
            <source>Journal busy</source>
            <translation>Журнал занят</translation>
        </message>
        <message>
            <source>Another program is writing to the journal and has held it longer than Rapport waits. Nothing was saved yet, and what you typed is still here.</source>
            <translation>Другая программа пишет в журнал и занимает его дольше, чем Rapport ждёт. Пока ничего не сохранено, а всё, что вы ввели, на месте.</translation>
        </message>
        <message>
            <source>Retry when the other program has finished, or Cancel to keep editing.</source>
            <translation>Нажмите «Повторить», когда другая программа закончит, или «Отмена», чтобы продолжить правку.</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>&amp;Search the journal</source>
            <translation>&amp;Поиск по журналу</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search the journal (%1)</source>
            <translation>Поиск по журналу (%1)</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Any kind</source>
            <translation>Любой вид</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Любой тег</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Любой автор</translation>
        </message>
        <message>
            <source>Only the selected client</source>
            <translation>Только выбранный клиент</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>С:</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>по:</translation>
        </message>
        <message>
            <source>Searching...</source>
            <translation>Идёт поиск...</translation>
        </message>
        <message>
            <source>Searching the journal</source>
            <translation>Поиск по журналу</translation>
        </message>
        <message>
            <source>Type words into the search box: the journal is searched as you type, and the word you are still typing also finds the words that begin with it (рефин finds рефинансирование). Every form of a word is found (счёт finds счета); a "quoted word" finds that form only; "several quoted words" are a phrase; -word leaves a word out.</source>
            <translation>Вводите слова в поле поиска: журнал ищется по мере ввода, а слово, которое вы ещё набираете, находит и слова, которые с него начинаются (рефин находит рефинансирование). Находятся все формы слова (счёт находит счета); "слово в кавычках" находит только эту форму; "несколько слов в кавычках" — это фраза; -слово исключает слово.</translation>
        </message>
        <message>
            <source>Entries matching "%1": more than %2; the best of the newest first.</source>
            <translation>Записи, где есть «%1»: больше %2; сначала лучшие из самых новых.</translation>
        </message>
        <message>
            <source>Entries matching "%1": %2, best first.</source>
            <translation>Записи, где есть «%1»: %2, сначала лучшие.</translation>
        </message>
        <message>
            <source>Nothing matches "%1".</source>
            <translation>По запросу «%1» ничего не найдено.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>О&amp;бщие</translation>
        </message>
        <message>
            <source>Only %1 may change the firm's working time and holidays.</source>
            <translation>Только %1 может менять рабочее время и праздники фирмы.</translation>
        </message>
        <message>
            <source>&amp;Working time</source>
            <translation>&amp;Рабочее время</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>&amp;Пользователи</translation>
        </message>
        <message>
            <source>&amp;Sales</source>
            <translation>&amp;Продажи</translation>
        </message>
        <message>
            <source>&amp;Backups</source>
            <translation>&amp;Резервные копии</translation>
        </message>
        <message>
            <source>Who am &amp;I</source>
            <translation>&amp;Кто я</translation>
        </message>
        <message>
            <source>What you log is signed with this name.</source>
            <translation>Всё, что вы записываете, подписывается этим именем.</translation>
        </message>
        <message>
            <source>What you log is signed with this name. Only %1 may change who this computer account is.</source>
            <translation>Всё, что вы записываете, подписано этим именем. Сменить, кто работает под этой учётной записью компьютера, может только %1.</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>A new language is used from the next start of Rapport.</source>
            <translation>Новый язык включится при следующем запуске Rapport.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <source>&amp;Open another…</source>
            <translation>&amp;Открыть другую…</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Новая база…</translation>
        </message>
        <message>
            <source>anna@ourfirm.com, ourfirm.com</source>
            <translation>anna@ourfirm.com, ourfirm.com</translation>
        </message>
        <message>
            <source>Our email &amp;addresses</source>
            <translation>Наши &amp;адреса почты</translation>
        </message>
        <message>
            <source>The firm's own addresses or domains, for everyone on this journal. Captured mail from them is outbound; any other is inbound.</source>
            <translation>Адреса или домены самой фирмы, для всех в этом журнале. Принятые письма с них — исходящие; все остальные — входящие.</translation>
        </message>
        <message>
            <source>&amp;Remind me when my items come due</source>
            <translation>Напо&amp;минать, когда наступает срок моих дел</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Напоминания</translation>
        </message>
        <message>
            <source>Follow-ups, feedback, replies and negotiation actions: a notification from the tray icon, or a banner in this window where there is no tray. In working hours only.</source>
            <translation>Обещанные действия, отзывы, ответы клиентам и действия по переговорам: уведомление от значка в системном лотке или, где лотка нет, полоса в этом окне. Только в рабочее время.</translation>
        </message>
        <message>
            <source>— nobody chosen —</source>
            <translation>— никто не выбран —</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Добавить пользователя…</translation>
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
            <source>New Rapport database</source>
            <translation>Новая база данных Rapport</translation>
        </message>
        <message>
            <source>Rapport databases (*.db)</source>
            <translation>Базы данных Rapport (*.db)</translation>
        </message>
        <message>
            <source>Our email addresses: %1 is not an email address or a domain.</source>
            <translation>Наши адреса почты: %1 — не адрес почты и не домен.</translation>
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
            <translation>Праздник</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активен</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
    </context>
    <context>
        <name>TagLine</name>
        <message>
            <source>the firm's own tags, separated by commas</source>
            <translation>свои теги фирмы, через запятую</translation>
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
        <name>Team</name>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>By band</source>
            <translation>По зонам</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Сигналы</translation>
        </message>
        <message>
            <source>Like / hear / negotiate</source>
            <translation>Нрав. / слыш. / догов.</translation>
        </message>
        <message>
            <source>Coded</source>
            <translation>Размечено</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Отклонения</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <translation>Обещания</translation>
        </message>
        <message>
            <source>Acknowledged in</source>
            <translation>Подтверждено за</translation>
        </message>
        <message>
            <source>Replies late</source>
            <translation>Ответы поздно</translation>
        </message>
        <message>
            <source>Misconduct</source>
            <translation>Грубость</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>Похвала</translation>
        </message>
        <message>
            <source>Clients per health band today</source>
            <translation>Клиенты по зонам здоровья на сегодня</translation>
        </message>
        <message>
            <source>Clients with an early warning today</source>
            <translation>Клиенты с ранним сигналом на сегодня</translation>
        </message>
        <message>
            <source>Entries coded like, hear and negotiate, %1</source>
            <translation>Записи с тегами «нравиться», «слышать» и «договариваться», %1</translation>
        </message>
        <message>
            <source>Share of entries coded like, hear, negotiate or with a drift tag, %1 (Edit &gt; Code entries proposes the rest)</source>
            <translation>Доля записей с тегом «нравиться», «слышать», «договариваться» или тегом дрейфа, %1 (Правка &gt; Разметка записей предложит остальное)</translation>
        </message>
        <message>
            <source>Entries tagged dismissive, capitulating or punishing (stance drift), %1</source>
            <translation>Записи с тегами пренебрежения, капитуляции или наказания (отклонения позиции), %1</translation>
        </message>
        <message>
            <source>Promises that came due %1 and were kept on time</source>
            <translation>Обещания со сроком %1, выполненные вовремя</translation>
        </message>
        <message>
            <source>Median working hours from feedback raised to acknowledged, %1</source>
            <translation>Медиана рабочих часов от получения отзыва до подтверждения, %1</translation>
        </message>
        <message>
            <source>Replies awaiting past the firm's rule</source>
            <translation>Ответы, ждущие дольше правила фирмы</translation>
        </message>
        <message>
            <source>Client misconduct met by our people, %1: a reason to support them, not a penalty to the client's score</source>
            <translation>Грубость клиентов по отношению к нашим сотрудникам, %1: повод их поддержать, а не штраф к оценке клиента</translation>
        </message>
        <message>
            <source>Praise of the colleague by clients, %1</source>
            <translation>Похвала сотруднику от клиентов, %1</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>никто</translation>
        </message>
        <message>
            <source>no segment</source>
            <translation>без сегмента</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 ч</translation>
        </message>
        <message numerus="yes">
            <source>Median of %n item(s) raised in the window, in working hours</source>
            <translation>
                <numerusform>Медиана по %n обращению за период, в рабочих часах</numerusform>
                <numerusform>Медиана по %n обращениям за период, в рабочих часах</numerusform>
                <numerusform>Медиана по %n обращениям за период, в рабочих часах</numerusform>
            </translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Суть</translation>
        </message>
        <message>
            <source>nobody named</source>
            <translation>никто не указан</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) of client misconduct.</source>
            <translation>
                <numerusform>%n запись о некорректном поведении клиента.</numerusform>
                <numerusform>%n записи о некорректном поведении клиента.</numerusform>
                <numerusform>%n записей о некорректном поведении клиента.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <source>By manager</source>
            <translation>По менеджерам</translation>
        </message>
        <message>
            <source>By segment</source>
            <translation>По сегментам</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Строки:</translation>
        </message>
        <message>
            <source>Clients and warnings today; every other figure over the %1</source>
            <translation>Клиенты и сигналы — на сегодня; остальные показатели — %1</translation>
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
            <source>%1 by %2</source>
            <translation>%1 (%2)</translation>
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
        <message>
            <source>Written on %1 by %2</source>
            <translation>Записано %1, автор записи: %2</translation>
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
            <source>Clients awaiting our reply</source>
            <translation>Клиенты ждут нашего ответа</translation>
        </message>
        <message>
            <source>Clients not contacted for longer than their rhythm</source>
            <translation>Клиенты, с которыми давно не было контакта</translation>
        </message>
        <message>
            <source>Feedback to acknowledge or resolve</source>
            <translation>Отзывы, которые нужно подтвердить или решить</translation>
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
            <source>%n message(s) waiting %1 working hours</source>
            <translation>
                <numerusform>%n сообщение ждёт %1 раб. ч</numerusform>
                <numerusform>%n сообщения ждут %1 раб. ч</numerusform>
                <numerusform>%n сообщений ждут %1 раб. ч</numerusform>
            </translation>
        </message>
        <message>
            <source>routed to %1</source>
            <translation>поручено: %1</translation>
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
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <source>Today's list could not be read: %1</source>
            <translation>Не удалось прочитать список на сегодня: %1</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <translation>Корзина</translation>
        </message>
        <message>
            <source>Deleted entries, clients, contacts, playbook entries and portrait criteria stay here until an owner restores them or deletes them for good.</source>
            <translation>Удалённые записи, клиенты, контакты, сценарии и критерии портрета хранятся здесь, пока владелец не восстановит их или не удалит навсегда.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <source>&amp;Delete forever...</source>
            <translation>&amp;Удалить навсегда...</translation>
        </message>
        <message>
            <source>&amp;Empty trash...</source>
            <translation>&amp;Очистить корзину...</translation>
        </message>
        <message>
            <source>Restoring...</source>
            <translation>Восстановление...</translation>
        </message>
        <message>
            <source>Delete forever</source>
            <translation>Удалить навсегда</translation>
        </message>
        <message>
            <source>Delete “%1” for good? It cannot be restored afterwards.</source>
            <translation>Удалить «%1» навсегда? Восстановить потом будет нельзя.</translation>
        </message>
        <message>
            <source>Deleting...</source>
            <translation>Удаление...</translation>
        </message>
        <message>
            <source>Deleted for good: %1</source>
            <translation>Удалено навсегда: %1</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Очистить корзину</translation>
        </message>
        <message>
            <source>Delete every item in the trash (%1) for good? None of them can be restored afterwards.</source>
            <translation>Удалить все элементы корзины (%1) навсегда? Восстановить их потом будет нельзя.</translation>
        </message>
        <message>
            <source>Emptying the trash...</source>
            <translation>Очистка корзины...</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) deleted for good.</source>
            <translation>
                <numerusform>%n элемент удалён навсегда.</numerusform>
                <numerusform>%n элемента удалены навсегда.</numerusform>
                <numerusform>%n элементов удалено навсегда.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored: %1</source>
            <translation>Восстановлено: %1</translation>
        </message>
        <message numerus="yes">
            <source>(%n record(s) took a new id: the old one went to a newer record)</source>
            <translation>
                <numerusform>(%n запись получила новый номер: прежний достался более новой записи)</numerusform>
                <numerusform>(%n записи получили новые номера: прежние достались более новым записям)</numerusform>
                <numerusform>(%n записей получили новые номера: прежние достались более новым записям)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>Восстановить нельзя</translation>
        </message>
        <message>
            <source>Restore that item first, then this one?</source>
            <translation>Восстановить сначала тот элемент, а затем этот?</translation>
        </message>
        <message>
            <source>Reading the trash...</source>
            <translation>Чтение корзины...</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>Корзина пуста.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the trash.</source>
            <translation>
                <numerusform>В корзине %n элемент.</numerusform>
                <numerusform>В корзине %n элемента.</numerusform>
                <numerusform>В корзине %n элементов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) shown; scroll down for older ones.</source>
            <translation>
                <numerusform>Показан %n элемент; прокрутите вниз, чтобы увидеть более старые.</numerusform>
                <numerusform>Показано %n элемента; прокрутите вниз, чтобы увидеть более старые.</numerusform>
                <numerusform>Показано %n элементов; прокрутите вниз, чтобы увидеть более старые.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashMenu</name>
        <message>
            <source>&amp;Trash...</source>
            <translation>&amp;Корзина...</translation>
        </message>
        <message>
            <source>What was deleted: an owner restores it or deletes it for good</source>
            <translation>Что было удалено: владелец восстанавливает это или удаляет навсегда</translation>
        </message>
        <message>
            <source>&amp;Delete client...</source>
            <translation>&amp;Удалить клиента...</translation>
        </message>
        <message>
            <source>Move the client and its journal to the trash (owners)</source>
            <translation>Переместить клиента и его журнал в корзину (владельцы)</translation>
        </message>
    </context>
    <context>
        <name>TrashModel</name>
        <message>
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Deleted by</source>
            <translation>Кто удалил</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
    </context>
    <context>
        <name>TrashNotice</name>
        <message>
            <source>Moved to the trash: %1.</source>
            <translation>Перемещено в корзину: %1.</translation>
        </message>
        <message>
            <source>An owner can restore it (Edit &gt; Trash).</source>
            <translation>Владелец может его восстановить (Правка &gt; Корзина).</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>Restored: %1</source>
            <translation>Восстановлено: %1</translation>
        </message>
        <message>
            <source>Restoring...</source>
            <translation>Восстановление...</translation>
        </message>
    </context>
    <context>
        <name>TypeAheadCombo</name>
        <message>
            <source>“%1” matches nothing in this list</source>
            <translation>«%1» не найдено в списке</translation>
        </message>
    </context>
    <context>
        <name>UncodedModel</name>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
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
            <translation>Предложено</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Добавить пользователя…</translation>
        </message>
        <message>
            <source>An inactive user keeps what they logged but is no longer offered as an account manager.</source>
            <translation>Записи неактивного пользователя сохраняются, но его больше не предлагают в менеджеры.</translation>
        </message>
        <message>
            <source>On this server each person connects with their own login; the server itself enforces what their role allows.</source>
            <translation>На этом сервере каждый подключается под своим логином; что разрешает роль, проверяет сам сервер.</translation>
        </message>
        <message>
            <source>Only an owner may add people and change their roles. Choose who you are first.</source>
            <translation>Добавлять людей и менять их роли может только владелец. Сначала выберите, кто вы.</translation>
        </message>
        <message>
            <source>Only an owner may add people and change their roles (you: %1, %2).</source>
            <translation>Добавлять людей и менять их роли может только владелец (вы: %1, %2).</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <source>Match the values</source>
            <translation>Сопоставьте значения</translation>
        </message>
        <message>
            <source>These values of the file are not words Rapport knows. Choose what each one means; a row whose value is left unmatched cannot be imported.</source>
            <translation>Этих значений из файла Rapport не знает. Выберите, что означает каждое; строку с несопоставленным значением импортировать нельзя.</translation>
        </message>
        <message>
            <source>%1 (column %2)</source>
            <translation>%1 (столбец %2)</translation>
        </message>
        <message>
            <source>(leave unmatched)</source>
            <translation>(не сопоставлять)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n row(s))</source>
            <translation>
                <numerusform>%1 (%n строка)</numerusform>
                <numerusform>%1 (%n строки)</numerusform>
                <numerusform>%1 (%n строк)</numerusform>
            </translation>
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
            <source>A made-up firm with a year and a half of journal, to see Rapport at work. It goes into a new database file; your own journal stays as it is.</source>
            <translation>Вымышленная фирма с журналом за полтора года, чтобы увидеть Rapport в работе. Она создаётся в новом файле базы данных; ваш журнал останется как есть.</translation>
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
    <context>
        <name>WhenField</name>
        <message>
            <source>%1 · yesterday 9:30 · -2d</source>
            <translation>%1 · вчера 9:30 · -2д</translation>
        </message>
        <message>
            <source>Type when it happened, e.g. %1</source>
            <translation>Введите, когда это было, например, %1</translation>
        </message>
        <message>
            <source>“%1” is not a date and time: type e.g. %2, yesterday 9:30 or -2d</source>
            <translation>«%1» — не дата и время: введите, например, %2, вчера 9:30 или -2д</translation>
        </message>
    </context>
    <context>
        <name>WhoAreYouDialog</name>
        <message>
            <source>Who are you?</source>
            <translation>Кто вы?</translation>
        </message>
        <message>
            <source>Everything logged in Rapport is signed with its author's name. Pick yourself from the firm's people, or type your name to join them.</source>
            <translation>Всё, что записано в Rapport, подписано именем автора. Выберите себя среди сотрудников фирмы или введите своё имя, чтобы присоединиться.</translation>
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
            <source>Type your name or pick it from the list</source>
            <translation>Введите своё имя или выберите его из списка</translation>
        </message>
    </context>
    <context>
        <name>WorkTimeEditor</name>
        <message>
            <source>Working &amp;days</source>
            <translation>Рабочие &amp;дни</translation>
        </message>
        <message>
            <source>Working &amp;hours</source>
            <translation>Рабочие &amp;часы</translation>
        </message>
        <message>
            <source>the same working day</source>
            <translation>в тот же рабочий день</translation>
        </message>
        <message>
            <source> working hours</source>
            <translation> рабочих часов</translation>
        </message>
        <message>
            <source>A&amp;nswer the client within</source>
            <translation>&amp;Ответить клиенту за</translation>
        </message>
        <message>
            <source>An inbound email, request or feedback waits for a reply until our next contact with the client; past this rule it shows in Today and in health.</source>
            <translation>Входящее письмо, запрос или отзыв ждёт ответа до нашего следующего контакта с клиентом; дольше правила — видно в «Сегодня» и в здоровье.</translation>
        </message>
        <message>
            <source>name, e.g. New Year</source>
            <translation>название, например Новый год</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Доба&amp;вить</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Убрать</translation>
        </message>
        <message>
            <source>Ho&amp;lidays</source>
            <translation>Пра&amp;здники</translation>
        </message>
        <message>
            <source>The clocks for acknowledging feedback and answering the client run only in working hours.</source>
            <translation>Часы подтверждения отзывов и ответа клиенту идут только в рабочее время.</translation>
        </message>
        <message>
            <source>Type the holiday's date first, e.g. %1</source>
            <translation>Сначала введите дату праздника, например %1</translation>
        </message>
    </context>
</TS>
