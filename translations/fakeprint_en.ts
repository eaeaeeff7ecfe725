<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>fp::ui::CaseBrowser</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fp::ui::MainWindow</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hashing and registering %n file(s)…</source>
        <translation>
            <numerusform>Hashing and registering %n file…</numerusform>
            <numerusform>Hashing and registering %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) added.</source>
        <translation>
            <numerusform>%n evidence file added.</numerusform>
            <numerusform>%n evidence files added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fp::ui::TrackPanel</name>
    <message numerus="yes">
        <source>%n face track(s): %1</source>
        <translation>
            <numerusform>%n face track: %1</numerusform>
            <numerusform>%n face tracks: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Track P(fake) %1 · %n scored frame(s)</source>
        <translation>
            <numerusform>Track P(fake) %1 · %n scored frame</numerusform>
            <numerusform>Track P(fake) %1 · %n scored frames</numerusform>
        </translation>
    </message>
</context>
</TS>
