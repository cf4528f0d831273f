<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AuditView</name>
        <message numerus="yes">
            <source>%n change(s).</source>
            <translation>
                <numerusform>%n change.</numerusform>
                <numerusform>%n changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) shown; scroll down for older ones.</source>
            <translation>
                <numerusform>%n change shown; scroll down for older ones.</numerusform>
                <numerusform>%n changes shown; scroll down for older ones.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptureClientsDialog</name>
        <message numerus="yes">
            <source>%n captured entry(ies) match no client's contact. Choose the client for each address; Rapport remembers the address as a contact of that client.</source>
            <translation>
                <numerusform>%n captured entry matches no client's contact. Choose the client for each address; Rapport remembers the address as a contact of that client.</numerusform>
                <numerusform>%n captured entries match no client's contact. Choose the client for each address; Rapport remembers the address as a contact of that client.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message numerus="yes">
            <source>%n row(s) cannot be imported; nothing has been written. Fix them in the file (or the column matching) and check again.</source>
            <translation>
                <numerusform>%n row cannot be imported; nothing has been written. Fix it in the file (or the column matching) and check again.</numerusform>
                <numerusform>%n rows cannot be imported; nothing has been written. Fix them in the file (or the column matching) and check again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Or skip them: the other %n row(s) can be imported.</source>
            <translation>
                <numerusform>Or skip them: the other %n row can be imported.</numerusform>
                <numerusform>Or skip them: the other %n rows can be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) are ready to import.</source>
            <translation>
                <numerusform>The %n row is ready to import.</numerusform>
                <numerusform>All %n rows are ready to import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) are ready to import.</source>
            <translation>
                <numerusform>%n row is ready to import.</numerusform>
                <numerusform>%n rows are ready to import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bad row(s) will be left out and listed in %1.</source>
            <translation>
                <numerusform>%n bad row will be left out and listed in %1.</numerusform>
                <numerusform>%n bad rows will be left out and listed in %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientHeaderCard</name>
        <message numerus="yes">
            <source>every %n day(s), last %1</source>
            <translation>
                <numerusform>every %n day, last %1</numerusform>
                <numerusform>every %n days, last %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeEntriesDialog</name>
        <message numerus="yes">
            <source>Coded: %1 of %Ln entries (%2).</source>
            <translation>
                <numerusform>Coded: %1 of %Ln entry (%2).</numerusform>
                <numerusform>Coded: %1 of %Ln entries (%2).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message numerus="yes">
            <source>%n interaction(s) imported.</source>
            <translation>
                <numerusform>%n interaction imported.</numerusform>
                <numerusform>%n interactions imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) had been imported before and were not added again.</source>
            <translation>
                <numerusform>%n row had been imported before and was not added again.</numerusform>
                <numerusform>%n rows had been imported before and were not added again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bad row(s) left out, listed with their reasons in %1.</source>
            <translation>
                <numerusform>%n bad row left out, listed with its reason in %1.</numerusform>
                <numerusform>%n bad rows left out, listed with their reasons in %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new client(s): %1.</source>
            <translation>
                <numerusform>%n new client: %1.</numerusform>
                <numerusform>%n new clients: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new user(s): %1.</source>
            <translation>
                <numerusform>%n new user: %1.</numerusform>
                <numerusform>%n new users: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new contact(s).</source>
            <translation>
                <numerusform>%n new contact.</numerusform>
                <numerusform>%n new contacts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n interaction(s) written to %1.</source>
            <translation>
                <numerusform>%n interaction written to %1.</numerusform>
                <numerusform>%n interactions written to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackInboxPage</name>
        <message numerus="yes">
            <source>%n item(s) not yet resolved</source>
            <translation>
                <numerusform>%n item not yet resolved</numerusform>
                <numerusform>%n items not yet resolved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting past the acknowledgement rule</source>
            <translation>
                <numerusform>%n waiting past the acknowledgement rule</numerusform>
                <numerusform>%n waiting past the acknowledgement rule</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackTab</name>
        <message numerus="yes">
            <source>%n item(s) not yet resolved</source>
            <translation>
                <numerusform>%n item not yet resolved</numerusform>
                <numerusform>%n items not yet resolved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not acknowledged within the rule</source>
            <translation>
                <numerusform>%n not acknowledged within the rule</numerusform>
                <numerusform>%n not acknowledged within the rule</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the client came back %n time(s) about them</source>
            <translation>
                <numerusform>the client came back %n time about them</numerusform>
                <numerusform>the client came back %n times about them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) from the client await our reply</source>
            <translation>
                <numerusform>%n message from the client awaits our reply</numerusform>
                <numerusform>%n messages from the client await our reply</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n overdue)</source>
            <translation>
                <numerusform>%1 (%n overdue)</numerusform>
                <numerusform>%1 (%n overdue)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message numerus="yes">
            <source>%n row(s) read.</source>
            <translation>
                <numerusform>%n row read.</numerusform>
                <numerusform>%n rows read.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FutureQuestion</name>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HealthWeightsDialog</name>
        <message numerus="yes">
            <source>Today, no client of %n would change band.</source>
            <translation>
                <numerusform>Today, no client (of %n) would change band.</numerusform>
                <numerusform>Today, no client of %n would change band.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today, %n client(s) would change band:</source>
            <translation>
                <numerusform>Today, %n client would change band:</numerusform>
                <numerusform>Today, %n clients would change band:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n down</source>
            <translation>
                <numerusform>%n down</numerusform>
                <numerusform>%n down</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n up</source>
            <translation>
                <numerusform>%n up</numerusform>
                <numerusform>%n up</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanPanel</name>
        <message numerus="yes">
            <source>%n day(s) left in the quarter.</source>
            <translation>
                <numerusform>%n day left in the quarter.</numerusform>
                <numerusform>%n days left in the quarter.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <source>%n item(s) deleted for good.</source>
            <translation>
                <numerusform>%n item deleted for good.</numerusform>
                <numerusform>%n items deleted for good.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n record(s) took a new id: the old one went to a newer record)</source>
            <translation>
                <numerusform>(%n record took a new id: the old one went to a newer record)</numerusform>
                <numerusform>(%n records took new ids: the old ones went to newer records)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the trash.</source>
            <translation>
                <numerusform>%n item in the trash.</numerusform>
                <numerusform>%n items in the trash.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) shown; scroll down for older ones.</source>
            <translation>
                <numerusform>%n item shown; scroll down for older ones.</numerusform>
                <numerusform>%n items shown; scroll down for older ones.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message numerus="yes">
            <source>%1 (%n row(s))</source>
            <translation>
                <numerusform>%1 (%n row)</numerusform>
                <numerusform>%1 (%n rows)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptureDrop</name>
        <message numerus="yes">
            <source>Nothing was captured: %n problem(s) to fix first.</source>
            <translation>
                <numerusform>Nothing was captured: %n problem to fix first.</numerusform>
                <numerusform>Nothing was captured: %n problems to fix first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>... and %n more</source>
            <translation>
                <numerusform>... and %n more</numerusform>
                <numerusform>... and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: %n entry(ies) already in the journal.</source>
            <translation>
                <numerusform>Nothing new: %n entry already in the journal.</numerusform>
                <numerusform>Nothing new: %n entries already in the journal.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Captured: %n email(s)</source>
            <translation>
                <numerusform>Captured: %n email</numerusform>
                <numerusform>Captured: %n emails</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n call</numerusform>
                <numerusform>%n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s) opened as feedback.</source>
            <translation>
                <numerusform>%n complaint opened as feedback.</numerusform>
                <numerusform>%n complaints opened as feedback.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n address(es) remembered as contacts.</source>
            <translation>
                <numerusform>%n address remembered as a contact.</numerusform>
                <numerusform>%n addresses remembered as contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the journal, skipped.</source>
            <translation>
                <numerusform>%n already in the journal, skipped.</numerusform>
                <numerusform>%n already in the journal, skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientList</name>
        <message numerus="yes">
            <source>%n feedback item(s) not acknowledged within the rule</source>
            <translation>
                <numerusform>%n feedback item not acknowledged within the rule</numerusform>
                <numerusform>%n feedback items not acknowledged within the rule</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n early warning(s)</source>
            <translation>
                <numerusform>%n early warning</numerusform>
                <numerusform>%n early warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message numerus="yes">
            <source>%n feedback item(s) not acknowledged within a working day</source>
            <translation>
                <numerusform>%n feedback item not acknowledged within a working day</numerusform>
                <numerusform>%n feedback items not acknowledged within a working day</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) acknowledged late</source>
            <translation>
                <numerusform>%n feedback item acknowledged late</numerusform>
                <numerusform>%n feedback items acknowledged late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s) in deadlock</source>
            <translation>
                <numerusform>%n negotiation in deadlock</numerusform>
                <numerusform>%n negotiations in deadlock</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s) escalated</source>
            <translation>
                <numerusform>%n negotiation escalated</numerusform>
                <numerusform>%n negotiations escalated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s) past the target date</source>
            <translation>
                <numerusform>%n negotiation past the target date</numerusform>
                <numerusform>%n negotiations past the target date</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no contact since the contract began %n day(s) ago</source>
            <translation>
                <numerusform>no contact since the contract began %n day ago</numerusform>
                <numerusform>no contact since the contract began %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no contact for %n day(s)</source>
            <translation>
                <numerusform>no contact for %n day</numerusform>
                <numerusform>no contact for %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>agreed rhythm: every %n day(s)</source>
            <translation>
                <numerusform>agreed rhythm: every day</numerusform>
                <numerusform>agreed rhythm: every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>usual rhythm: every %n day(s)</source>
            <translation>
                <numerusform>usual rhythm: every day</numerusform>
                <numerusform>usual rhythm: every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>default rhythm: every %n day(s)</source>
            <translation>
                <numerusform>default rhythm: every day</numerusform>
                <numerusform>default rhythm: every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mean sentiment %1 over the last %n day(s), against the client's usual %2</source>
            <translation>
                <numerusform>mean sentiment %1 over the last day, against the client's usual %2</numerusform>
                <numerusform>mean sentiment %1 over the last %n days, against the client's usual %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mean sentiment %1 over the last %n day(s)</source>
            <translation>
                <numerusform>mean sentiment %1 over the last day</numerusform>
                <numerusform>mean sentiment %1 over the last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the contract ends in %n day(s) with no renewal talk</source>
            <translation>
                <numerusform>the contract ends in %n day with no renewal talk</numerusform>
                <numerusform>the contract ends in %n days with no renewal talk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the contract ended %n day(s) ago with no renewal talk</source>
            <translation>
                <numerusform>the contract ended %n day ago with no renewal talk</numerusform>
                <numerusform>the contract ended %n days ago with no renewal talk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s) unresolved for more than %1 days</source>
            <translation>
                <numerusform>%n feedback item unresolved for more than %1 days</numerusform>
                <numerusform>%n feedback items unresolved for more than %1 days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n promise(s) to the client overdue</source>
            <translation>
                <numerusform>%n promise to the client overdue</numerusform>
                <numerusform>%n promises to the client overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n promise(s) kept after the date given</source>
            <translation>
                <numerusform>%n promise kept after the date given</numerusform>
                <numerusform>%n promises kept after the date given</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s) tagged dismissive, capitulating or punishing</source>
            <translation>
                <numerusform>%n interaction tagged dismissive, capitulating or punishing</numerusform>
                <numerusform>%n interactions tagged dismissive, capitulating or punishing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the client came back %n time(s) about the same problem</source>
            <translation>
                <numerusform>the client came back once about the same problem</numerusform>
                <numerusform>the client came back %n times about the same problem</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) from the client awaiting a reply past the firm's rule</source>
            <translation>
                <numerusform>%n message from the client awaiting a reply past the firm's rule</numerusform>
                <numerusform>%n messages from the client awaiting a reply past the firm's rule</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>up %n point(s) in 30 days</source>
            <translation>
                <numerusform>up %n point in 30 days</numerusform>
                <numerusform>up %n points in 30 days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>down %n point(s) in 30 days</source>
            <translation>
                <numerusform>down %n point in 30 days</numerusform>
                <numerusform>down %n points in 30 days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message numerus="yes">
            <source>last %n day(s)</source>
            <translation>
                <numerusform>last %n day</numerusform>
                <numerusform>last %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message numerus="yes">
            <source>{path}: %n problem(s)</source>
            <translation>
                <numerusform>{path}: %n problem</numerusform>
                <numerusform>{path}: %n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s)</source>
            <translation>
                <numerusform>%n interaction</numerusform>
                <numerusform>%n interactions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback item(s)</source>
            <translation>
                <numerusform>%n feedback item</numerusform>
                <numerusform>%n feedback items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n negotiation(s)</source>
            <translation>
                <numerusform>%n negotiation</numerusform>
                <numerusform>%n negotiations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pulse reading(s)</source>
            <translation>
                <numerusform>%n pulse reading</numerusform>
                <numerusform>%n pulse readings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) took a new id: the journal had given the old one to a newer record</source>
            <translation>
                <numerusform>%n record took a new id: the journal had given the old one to a newer record</numerusform>
                <numerusform>%n records took new ids: the journal had given the old ones to newer records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) deleted for good</source>
            <translation>
                <numerusform>%n item deleted for good</numerusform>
                <numerusform>%n items deleted for good</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Negotiations</name>
        <message numerus="yes">
            <source>%n action(s) overdue</source>
            <translation>
                <numerusform>%n action overdue</numerusform>
                <numerusform>%n actions overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) need your hand</source>
            <translation>
                <numerusform>%n item needs your hand</numerusform>
                <numerusform>%n items need your hand</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Replies</name>
        <message numerus="yes">
            <source>Replies awaited: %n client(s)</source>
            <translation>
                <numerusform>Replies awaited: %n client</numerusform>
                <numerusform>Replies awaited: %n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n past the reply rule</source>
            <translation>
                <numerusform>%n past the reply rule</numerusform>
                <numerusform>%n past the reply rule</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message numerus="yes">
            <source>Median of %n item(s) raised in the window, in working hours</source>
            <translation>
                <numerusform>Median of %n item raised in the window, in working hours</numerusform>
                <numerusform>Median of %n items raised in the window, in working hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) of client misconduct.</source>
            <translation>
                <numerusform>%n entry of client misconduct.</numerusform>
                <numerusform>%n entries of client misconduct.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message numerus="yes">
            <source>%n message(s) waiting %1 working hours</source>
            <translation>
                <numerusform>%n message waiting %1 working hours</numerusform>
                <numerusform>%n messages waiting %1 working hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every %n day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No contact for %n day(s) (%1)</source>
            <translation>
                <numerusform>No contact for %n day (%1)</numerusform>
                <numerusform>No contact for %n days (%1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %n day(s) late</source>
            <translation>
                <numerusform>%1, %n day late</numerusform>
                <numerusform>%1, %n days late</numerusform>
            </translation>
        </message>
    </context>
</TS>
