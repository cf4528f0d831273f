<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
            <translation>Открытая обратная связь</translation>
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
            <source>Like: leave a good impression</source>
            <translation>Нравиться: оставить хорошее впечатление</translation>
        </message>
        <message>
            <source>Hear: acknowledge and own it</source>
            <translation>Слышать: признать и взять ответственность</translation>
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
            <translation>Контакт каждые</translation>
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
            <source>What moves the score</source>
            <translation>Что влияет на оценку</translation>
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
            <translation>Поступило</translation>
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
            <translation>Их позиция</translation>
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
            <translation>Сделано</translation>
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
            <translation>Тип</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Sentiment</source>
            <translation>Настрой</translation>
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
            <translation>Сначала признайте и возьмите ответственность: {text} (поступило {date}, {hours} раб. ч без ответа)</translation>
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
            <translation>Сборник правил: {text}</translation>
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
            <source>Writing the brief</source>
            <translation>Запись брифа</translation>
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
            <source>All %n row(s) are ready to import.</source>
            <translation>
                <numerusform>%n строка готова к импорту.</numerusform>
                <numerusform>Все %n строки готовы к импорту.</numerusform>
                <numerusform>Все %n строк готовы к импорту.</numerusform>
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
            <source>“%1” is not a date: type e.g. %2</source>
            <translation>«%1» — не дата: введите, например, %2</translation>
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
        <message>
            <source>Health</source>
            <translation>Здоровье</translation>
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
            <translation>Нравиться, слышать, договариваться: контакты по месяцам</translation>
        </message>
        <message>
            <source>Stance drift by manager, last 90 days</source>
            <translation>Отклонения от политики по менеджерам, последние 90 дней</translation>
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
            <source>Score history: %1</source>
            <translation>История оценки: %1</translation>
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
            <translation>&amp;Тип:</translation>
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
            <source>New feedback</source>
            <translation>Новый отзыв</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Что</translation>
        </message>
        <message>
            <source>&amp;Severity</source>
            <translation>&amp;Серьёзность</translation>
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
            <translation>Серьёзность</translation>
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
            <source>%1 (%n overdue)</source>
            <translation>
                <numerusform>%1 (%n просрочен)</numerusform>
                <numerusform>%1 (%n просрочены)</numerusform>
                <numerusform>%1 (%n просрочены)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Выберите файл</translation>
        </message>
        <message>
            <source>A CSV or XLSX table, one interaction per row, with a header row. Column names may be in English, Russian or Ukrainian.</source>
            <translation>Таблица CSV или XLSX: одно взаимодействие в строке, первая строка — заголовки. Названия столбцов — на английском, русском или украинском.</translation>
        </message>
        <message>
            <source>journal.csv or journal.xlsx</source>
            <translation>journal.csv или journal.xlsx</translation>
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
            <source>Tables (*.csv *.xlsx *.xlsm)</source>
            <translation>Таблицы (*.csv *.xlsx *.xlsm)</translation>
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
    </context>
    <context>
        <name>Health</name>
        <message numerus="yes">
            <source>%n feedback item(s) not acknowledged within a working day</source>
            <translation>
                <numerusform>%n обращение не подтверждено в течение рабочего дня</numerusform>
                <numerusform>%n обращения не подтверждены в течение рабочего дня</numerusform>
                <numerusform>%n обращений не подтверждены в течение рабочего дня</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) acknowledged late</source>
            <translation>
                <numerusform>%n обращение подтверждено с опозданием</numerusform>
                <numerusform>%n обращения подтверждены с опозданием</numerusform>
                <numerusform>%n обращений подтверждены с опозданием</numerusform>
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
                <numerusform>средний настрой %1 за последний %n день при обычном для клиента %2</numerusform>
                <numerusform>средний настрой %1 за последние %n дня при обычном для клиента %2</numerusform>
                <numerusform>средний настрой %1 за последние %n дней при обычном для клиента %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mean sentiment %1 over the last %n day(s)</source>
            <translation>
                <numerusform>средний настрой %1 за последний %n день</numerusform>
                <numerusform>средний настрой %1 за последние %n дня</numerusform>
                <numerusform>средний настрой %1 за последние %n дней</numerusform>
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
                <numerusform>%n обращение не решено дольше %1 дней</numerusform>
                <numerusform>%n обращения не решены дольше %1 дней</numerusform>
                <numerusform>%n обращений не решены дольше %1 дней</numerusform>
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
                <numerusform>%n контакт с меткой «пренебрежение», «капитуляция» или «наказание»</numerusform>
                <numerusform>%n контакта с меткой «пренебрежение», «капитуляция» или «наказание»</numerusform>
                <numerusform>%n контактов с меткой «пренебрежение», «капитуляция» или «наказание»</numerusform>
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
        <message>
            <source>the client's effort averaged %1 of 5</source>
            <translation>усилия клиента в среднем %1 из 5</translation>
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
            <source>How far back late acknowledgements, drift tags, effort and late promises count</source>
            <translation>Насколько далеко в прошлое учитываются поздние подтверждения, метки отклонения, усилия и просроченные обещания</translation>
        </message>
        <message>
            <source>The recent window whose mean sentiment is judged</source>
            <translation>Недавний период, по которому оценивается средний настрой</translation>
        </message>
        <message>
            <source>The window before it that sets the client's own baseline</source>
            <translation>Период перед ним, задающий собственный уровень клиента</translation>
        </message>
        <message>
            <source>Rated interactions needed in the recent window</source>
            <translation>Сколько оценённых контактов нужно в недавнем периоде</translation>
        </message>
        <message>
            <source>A drop below baseline smaller than this is noise</source>
            <translation>Падение ниже обычного уровня меньше этого считается шумом</translation>
        </message>
        <message>
            <source>Points per step (1.0) of drop below the baseline</source>
            <translation>Баллов за каждую ступень (1,0) падения ниже обычного уровня</translation>
        </message>
        <message>
            <source>Most points a sentiment slide can take</source>
            <translation>Сколько баллов максимум снимает падение настроя</translation>
        </message>
        <message>
            <source>Per feedback item still not acknowledged after its clock</source>
            <translation>За каждое обращение, не подтверждённое в срок и до сих пор</translation>
        </message>
        <message>
            <source>Per feedback item acknowledged, but after its clock</source>
            <translation>За каждое обращение, подтверждённое, но позже срока</translation>
        </message>
        <message>
            <source>Most points the feedback clock can take</source>
            <translation>Сколько баллов максимум снимают сроки подтверждения</translation>
        </message>
        <message>
            <source>Feedback open longer than this counts as unresolved</source>
            <translation>Обращение, открытое дольше этого, считается нерешённым</translation>
        </message>
        <message>
            <source>Per feedback item left unresolved</source>
            <translation>За каждое нерешённое обращение</translation>
        </message>
        <message>
            <source>Most points unresolved feedback can take</source>
            <translation>Сколько баллов максимум снимают нерешённые обращения</translation>
        </message>
        <message>
            <source>Per negotiation in deadlock</source>
            <translation>За каждые переговоры в тупике</translation>
        </message>
        <message>
            <source>Per negotiation escalated</source>
            <translation>За каждые переговоры, переданные выше</translation>
        </message>
        <message>
            <source>Per open negotiation past its target date</source>
            <translation>За каждые открытые переговоры после целевой даты</translation>
        </message>
        <message>
            <source>Most points negotiations can take</source>
            <translation>Сколько баллов максимум снимают переговоры</translation>
        </message>
        <message>
            <source>Rhythm for a client with no contact_every_days and too little history</source>
            <translation>Ритм для клиента без заданной частоты контактов и с короткой историей</translation>
        </message>
        <message>
            <source>Silence up to rhythm x (1 + grace) is not counted</source>
            <translation>Молчание до ритм × (1 + запас) не учитывается</translation>
        </message>
        <message>
            <source>Points per whole rhythm of silence beyond the first</source>
            <translation>Баллов за каждый пропущенный ритм сверх первого</translation>
        </message>
        <message>
            <source>Most points silence can take</source>
            <translation>Сколько баллов максимум снимает молчание</translation>
        </message>
        <message>
            <source>Per promised follow-up or negotiation action overdue</source>
            <translation>За каждое просроченное обещание или действие по переговорам</translation>
        </message>
        <message>
            <source>Most points overdue promises can take</source>
            <translation>Сколько баллов максимум снимают просроченные обещания</translation>
        </message>
        <message>
            <source>Per promise kept, but after its date (lookback)</source>
            <translation>За каждое обещание, выполненное позже срока (за период)</translation>
        </message>
        <message>
            <source>Most points late promises can take</source>
            <translation>Сколько баллов максимум снимают поздно выполненные обещания</translation>
        </message>
        <message>
            <source>Per interaction tagged dismissive, capitulating or punishing</source>
            <translation>За каждый контакт с меткой «пренебрежение», «капитуляция» или «наказание»</translation>
        </message>
        <message>
            <source>Most points stance drift can take</source>
            <translation>Сколько баллов максимум снимает отклонение от политики</translation>
        </message>
        <message>
            <source>Mean client effort (1..5) from which effort counts</source>
            <translation>Средние усилия клиента (1..5), с которых они учитываются</translation>
        </message>
        <message>
            <source>Rated interactions needed to judge effort</source>
            <translation>Сколько контактов с оценкой усилий нужно для суждения</translation>
        </message>
        <message>
            <source>Points per step of mean effort above 3</source>
            <translation>Баллов за каждую ступень средних усилий выше 3</translation>
        </message>
        <message>
            <source>Most points high effort can take</source>
            <translation>Сколько баллов максимум снимают большие усилия</translation>
        </message>
        <message>
            <source>Per time the client had to come back about feedback</source>
            <translation>За каждое повторное обращение клиента по той же проблеме</translation>
        </message>
        <message>
            <source>Most points repeat contacts can take</source>
            <translation>Сколько баллов максимум снимают повторные обращения</translation>
        </message>
        <message>
            <source>A contract ending within this many days needs renewal talk</source>
            <translation>Договор, заканчивающийся в пределах стольких дней, требует разговора о продлении</translation>
        </message>
        <message>
            <source>A negotiation or negotiate-tagged contact this recent counts as renewal talk</source>
            <translation>Переговоры или контакт с меткой «договариваться» за этот срок считаются разговором о продлении</translation>
        </message>
        <message>
            <source>A contract ending soon with no renewal talk</source>
            <translation>Договор скоро заканчивается, а о продлении не говорили</translation>
        </message>
        <message>
            <source>A pulse older than this is no longer counted</source>
            <translation>Пульс старше этого больше не учитывается</translation>
        </message>
        <message>
            <source>The manager's pulse reads uneasy</source>
            <translation>Пульс менеджера: тревожно</translation>
        </message>
        <message>
            <source>The manager's pulse reads bad</source>
            <translation>Пульс менеджера: плохо</translation>
        </message>
        <message>
            <source>A loss of this many points in 30 days raises a warning</source>
            <translation>Потеря стольких баллов за 30 дней вызывает предупреждение</translation>
        </message>
    </context>
    <context>
        <name>HealthWeightsDialog</name>
        <message>
            <source>Health weights and thresholds</source>
            <translation>Веса и пороги здоровья</translation>
        </message>
        <message>
            <source>Points are what a factor takes off the score of 100; no factor takes more than its cap. Changes apply to the whole firm, to every past day replayed too.</source>
            <translation>Баллы — это то, что фактор снимает со 100; ни один фактор не снимает больше своего предела. Изменения касаются всей фирмы и всех пересчитанных прошлых дней.</translation>
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
            <source>Next field, in the order you type them</source>
            <translation>Следующее поле, в порядке ввода</translation>
        </message>
        <message>
            <source>First letters</source>
            <translation>Первые буквы</translation>
        </message>
        <message>
            <source>Pick a channel, kind, direction or effort</source>
            <translation>Выбрать канал, вид, направление или усилия</translation>
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
            <source>+1d, +2w, +1m</source>
            <translation>+1д, +2н, +1м</translation>
        </message>
        <message>
            <source>A follow-up date counted from today</source>
            <translation>Дата напоминания, считая от сегодня</translation>
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
            <translation>Тип</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>Sentiment</source>
            <translation>Настрой</translation>
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
            <source>&amp;Follow up on</source>
            <translation>На&amp;помнить</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
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
            <source>“%1” is not a date: type e.g. %2, +1d or +1w</source>
            <translation>«%1» — не дата: введите, например, %2, +1д или +1н</translation>
        </message>
        <message>
            <source>Write one line on what happened</source>
            <translation>Напишите одну строку о том, что произошло</translation>
        </message>
        <message>
            <source>Delete interaction</source>
            <translation>Удалить взаимодействие</translation>
        </message>
        <message>
            <source>Delete this interaction from the journal? This cannot be undone.</source>
            <translation>Удалить это взаимодействие из журнала? Отменить это будет нельзя.</translation>
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
            <source>Client, date, channel and kind are needed; columns left out are not imported.</source>
            <translation>Нужны клиент, дата, канал и тип; пропущенные столбцы не импортируются.</translation>
        </message>
        <message>
            <source>(column %1)</source>
            <translation>(столбец %1)</translation>
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
            <translation>Встреча (%1): %2</translation>
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
            <translation>Встреча по переговорам</translation>
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
            <source>Promises to this client: none came due yet.</source>
            <translation>Обещания этому клиенту: срок ещё ни по одному не наступил.</translation>
        </message>
        <message>
            <source>Promises kept on time: %1 (%2 of %3 that came due)</source>
            <translation>Обещания выполнены в срок: %1 (%2 из %3 с наступившим сроком)</translation>
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
            <translation>Открытые обращения</translation>
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
            <source>Qualify %1 (now %2). Only an owner or an account manager decides.</source>
            <translation>Квалификация: %1 (сейчас %2). Решает только владелец или менеджер клиента.</translation>
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
            <source>&amp;Why</source>
            <translation>&amp;Почему</translation>
        </message>
        <message>
            <source>Choose who you are first (Settings).</source>
            <translation>Сначала укажите, кто вы (Настройки).</translation>
        </message>
        <message>
            <source>Staff cannot qualify a prospect: ask an owner or an account manager.</source>
            <translation>Сотрудник не может квалифицировать клиента: обратитесь к владельцу или менеджеру клиента.</translation>
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
    </context>
    <context>
        <name>QualificationTab</name>
        <message>
            <source>&amp;Qualify...</source>
            <translation>&amp;Квалифицировать...</translation>
        </message>
        <message>
            <source>Stage one: the front office (an owner or an account manager) decides, against the portrait and the sales plan, whether to work with this client.</source>
            <translation>Этап первый: фронт-офис (владелец или менеджер клиента) решает, по портрету и плану продаж, работать ли с этим клиентом.</translation>
        </message>
        <message>
            <source>Past stage one: the client is %1.</source>
            <translation>Первый этап пройден: клиент — %1.</translation>
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
            <source>Type words into the search box and press Enter. Other endings of a word are found too; "quoted words" are a phrase.</source>
            <translation>Введите слова в поле поиска и нажмите Enter. Находятся и другие формы слова; "слова в кавычках" ищутся как фраза.</translation>
        </message>
        <message>
            <source>Nothing matches "%1".</source>
            <translation>По запросу «%1» ничего не найдено.</translation>
        </message>
        <message>
            <source>Matches for "%3": %1%2, best first.</source>
            <translation>Найдено по запросу «%3»: %1%2, сначала самые подходящие.</translation>
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
            <source>&amp;Working time</source>
            <translation>&amp;Рабочее время</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>&amp;Пользователи</translation>
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
            <source>&amp;Add user…</source>
            <translation>&amp;Добавить пользователя…</translation>
        </message>
        <message>
            <source>An inactive user keeps what they logged but is no longer offered as an account manager.</source>
            <translation>Записи неактивного пользователя сохраняются, но его больше не предлагают в менеджеры.</translation>
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
            <source>The clock for acknowledging feedback runs only in working hours.</source>
            <translation>Срок подтверждения отзывов идёт только в рабочее время.</translation>
        </message>
        <message>
            <source>Type the holiday's date first, e.g. %1</source>
            <translation>Сначала введите дату праздника, например %1</translation>
        </message>
    </context>
</TS>
