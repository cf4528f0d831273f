<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>All %n row(s) are ready to import.</source>
        <translation>
            <numerusform>The %n row is ready to import.</numerusform>
            <numerusform>All %n rows are ready to import.</numerusform>
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
    <name>DonePage</name>
    <message numerus="yes">
        <source>%n interaction(s) imported.</source>
        <translation>
            <numerusform>%n interaction imported.</numerusform>
            <numerusform>%n interactions imported.</numerusform>
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
</TS>
