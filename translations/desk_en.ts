<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>i18n</name>
    <message numerus="yes">
        <source>Exported %n document(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n document to {path}.</numerusform>
            <numerusform>Exported %n documents to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) will be sent to {service} and may be charged. Documents with a stored answer (free): {stored} of {total}. Send?</source>
        <translation>
            <numerusform>%n request will be sent to {service} and may be charged. Documents with a stored answer (free): {stored} of {total}. Send?</numerusform>
            <numerusform>%n requests will be sent to {service} and may be charged. Documents with a stored answer (free): {stored} of {total}. Send?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the queue were read but not saved. Each is kept as a draft and offered back at the next start.</source>
        <translation>
            <numerusform>%n document in the queue was read but not saved. It is kept as a draft and offered back at the next start.</numerusform>
            <numerusform>%n documents in the queue were read but not saved. Each is kept as a draft and offered back at the next start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The program stopped before %n review(s) were saved. Choose what to do with each.</source>
        <translation>
            <numerusform>The program stopped before %n review was saved. Choose what to do with it.</numerusform>
            <numerusform>The program stopped before %n reviews were saved. Choose what to do with each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stored answer(s) and log entries older than {days} days.</source>
        <translation>
            <numerusform>Removed %n stored answer and log entry older than {days} days.</numerusform>
            <numerusform>Removed %n stored answers and log entries older than {days} days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder were not added to the queue:
{files}</source>
        <translation>
            <numerusform>%n file in the folder was not added to the queue:
{files}</numerusform>
            <numerusform>%n files in the folder were not added to the queue:
{files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed-off review(s) wait to be submitted (no connection).</source>
        <translation>
            <numerusform>%n signed-off review waits to be submitted (no connection).</numerusform>
            <numerusform>%n signed-off reviews wait to be submitted (no connection).</numerusform>
        </translation>
    </message>
</context>
</TS>
