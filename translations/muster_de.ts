<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionItemsView</name>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="19"/>
        <location filename="../qml/views/ActionItemsView.qml" line="41"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="29"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="30"/>
        <source>%1 open, %2 overdue</source>
        <translation>%1 offen, %2 überfällig</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="31"/>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="34"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="43"/>
        <source>Show the action items of: %1</source>
        <translation>Maßnahmen anzeigen von: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="47"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="123"/>
        <source>DRILL</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="137"/>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="144"/>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="145"/>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="146"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="161"/>
        <source>Jira %1 · %2</source>
        <translation>Jira %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="162"/>
        <source>Jira %1</source>
        <translation>Jira %1</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="163"/>
        <source>Sending to Jira…</source>
        <translation>Wird an Jira gesendet …</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="163"/>
        <source>Send to Jira</source>
        <translation>An Jira senden</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="178"/>
        <source>Open %1 in Jira</source>
        <translation>%1 in Jira öffnen</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="179"/>
        <source>Send to Jira: %1</source>
        <translation>An Jira senden: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="184"/>
        <source>Open incident</source>
        <translation>Incident öffnen</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="191"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="194"/>
        <source>Mark done: %1</source>
        <translation>Als erledigt markieren: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="204"/>
        <source>Nothing open for %1.</source>
        <translation>Für %1 ist nichts offen.</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="205"/>
        <source>No open action items.</source>
        <translation>Keine offenen Maßnahmen.</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="206"/>
        <source>Action items are the follow-ups a retrospective agrees on; add them in an incident&apos;s Tasks tab.</source>
        <translation>Maßnahmen sind die Folgearbeiten, auf die sich eine Retrospektive einigt; fügen Sie sie im Tab „Aufgaben“ eines Incidents hinzu.</translation>
    </message>
</context>
<context>
    <name>AlertGroupDelegate</name>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="38"/>
        <source>%1 on %2, %3 firing, since %4</source>
        <translation>%1 auf %2, %3 aktiv, seit %4</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="38"/>
        <source>no service</source>
        <translation>kein Service</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="63"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="72"/>
        <source>%1 silenced</source>
        <translation>%1 stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="76"/>
        <source>%1 inhibited</source>
        <translation>%1 unterdrückt</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="79"/>
        <source>1 firing</source>
        <translation>1 aktiv</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="79"/>
        <source>%1 firing</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="91"/>
        <source>Firing since %1</source>
        <translation>Aktiv seit %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="118"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="122"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="129"/>
        <source>In incident: %1</source>
        <translation>Im Incident: %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="139"/>
        <source>Open incident</source>
        <translation>Incident öffnen</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="150"/>
        <source>Add to incident…</source>
        <translation>Zu Incident hinzufügen…</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="152"/>
        <source>No incident is under way</source>
        <translation>Es läuft gerade kein Incident</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="160"/>
        <source>Declare incident…</source>
        <translation>Incident ausrufen…</translation>
    </message>
</context>
<context>
    <name>AlertmanagerSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="29"/>
        <source>Alertmanagers</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="40"/>
        <source>Alertmanagers to poll from this computer, one address per line</source>
        <translation>Von diesem Rechner abzufragende Alertmanager, eine Adresse pro Zeile</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="48"/>
        <source>Alertmanager addresses</source>
        <translation>Alertmanager-Adressen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="51"/>
        <source>Leave empty when Alertmanager sends its webhooks to the team&apos;s relay: those alerts reach every teammate without polling.</source>
        <translation>Leer lassen, wenn Alertmanager seine Webhooks an das Relay des Teams sendet: Diese Alarme erreichen alle im Team ohne Abfrage.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="60"/>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="66"/>
        <source>Seconds between polls</source>
        <translation>Sekunden zwischen Abfragen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="81"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="87"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="107"/>
        <source>← Board</source>
        <translation>← Board</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="107"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="113"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="121"/>
        <source>Detection (%1)</source>
        <translation>Erkennung (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="122"/>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="130"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="139"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="167"/>
        <source>Wall display</source>
        <translation>Wandanzeige</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="171"/>
        <source>Show the war-room wall: full screen, read only (F11; Escape leaves it)</source>
        <translation>Wandanzeige für den Lageraum: Vollbild, nur zur Ansicht (F11; Esc beendet sie)</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="182"/>
        <source>Switch to the light theme</source>
        <translation>Zum hellen Design wechseln</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="182"/>
        <source>Switch to the dark theme</source>
        <translation>Zum dunklen Design wechseln</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="183"/>
        <location filename="../qml/components/AppHeader.qml" line="207"/>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="176"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/AppHeader.qml" line="132"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="193"/>
        <source>%1 · wall display and theme</source>
        <translation>%1 · Wandanzeige und Design</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="194"/>
        <source>More: wall display and theme</source>
        <translation>Mehr: Wandanzeige und Design</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="199"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="203"/>
        <source>Wall display (F11)</source>
        <translation>Wandanzeige (F11)</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="216"/>
        <source>Declare incident</source>
        <translation>Incident ausrufen</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="221"/>
        <source>Declare a new incident (Ctrl+D)</source>
        <translation>Neuen Incident ausrufen (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>AttachAlertsDialog</name>
    <message>
        <location filename="../qml/dialogs/AttachAlertsDialog.qml" line="19"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AttachAlertsDialog.qml" line="29"/>
        <source>Add %1 to an incident</source>
        <translation>%1 zu einem Incident hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AttachAlertsDialog.qml" line="41"/>
        <source>Incidents under way</source>
        <translation>Laufende Incidents</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AttachAlertsDialog.qml" line="66"/>
        <source>%1, SEV%2, %3</source>
        <translation>%1, SEV%2, %3</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AttachAlertsDialog.qml" line="72"/>
        <source>%1 (drill)</source>
        <translation>%1 (Übung)</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../qml/views/BoardColumn.qml" line="21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardColumn.qml" line="82"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../qml/views/BoardView.qml" line="47"/>
        <source>Filter by title, service or IC  (Ctrl+F)</source>
        <translation>Nach Titel, Service oder IC filtern  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="46"/>
        <source>Filter incidents</source>
        <translation>Incidents filtern</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="43"/>
        <source>Title, service or IC (Ctrl+F)</source>
        <translation>Titel, Service oder IC (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="63"/>
        <source>Show only severity %1</source>
        <translation>Nur Schweregrad %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="65"/>
        <source>Show %1 (click again to stop filtering)</source>
        <translation>%1 anzeigen (erneut klicken, um den Filter aufzuheben)</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="70"/>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="73"/>
        <source>Filter by service</source>
        <translation>Nach Service filtern</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="77"/>
        <source>1 active incident</source>
        <translation>1 aktiver Incident</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="78"/>
        <source>%1 active incidents</source>
        <translation>%1 aktive Incidents</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="92"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="93"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="94"/>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="95"/>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="96"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="97"/>
        <source>Learning</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="120"/>
        <source>No active incidents.</source>
        <translation>Keine aktiven Incidents.</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="121"/>
        <source>When something breaks, declare an incident with Ctrl+D.</source>
        <translation>Wenn etwas ausfällt, rufen Sie mit Ctrl+D einen Incident aus.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../qml/components/ChartCard.qml" line="14"/>
        <source>Nothing to show in this range.</source>
        <translation>In diesem Zeitraum gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../qml/components/ChartCard.qml" line="41"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../qml/components/ChartCard.qml" line="46"/>
        <source>Save the numbers behind this chart as a CSV file</source>
        <translation>Die Zahlen hinter diesem Diagramm als CSV-Datei speichern</translation>
    </message>
</context>
<context>
    <name>CommandPaletteDialog</name>
    <message>
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="39"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="44"/>
        <source>Jump to an incident, a person or an action…</source>
        <translation>Zu einem Incident, einer Person oder einer Aktion springen …</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="50"/>
        <source>Search incidents, people and actions</source>
        <translation>Incidents, Personen und Aktionen suchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="51"/>
        <source>%n result(s); arrows choose, Enter goes</source>
        <translation>
            <numerusform>%n Ergebnis; Pfeiltasten wählen, Eingabe springt</numerusform>
            <numerusform>%n Ergebnisse; Pfeiltasten wählen, Eingabe springt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="80"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="141"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>CommsPanel</name>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="39"/>
        <source>Stakeholder updates</source>
        <translation>Stakeholder-Updates</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="40"/>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="44"/>
        <source>Lists…</source>
        <translation>Verteiler…</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="48"/>
        <source>Distribution lists and the update cadence</source>
        <translation>Verteiler und Update-Takt</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="79"/>
        <source>%1 asks you to approve the update to %2:</source>
        <translation>%1 bittet Sie, das Update an %2 freizugeben:</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="102"/>
        <source>What to change, if you return it</source>
        <translation>Was zu ändern ist, falls Sie es zurückgeben</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="109"/>
        <source>Return</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="116"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="131"/>
        <source>Draft an update… (Ctrl+U)</source>
        <translation>Update entwerfen… (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="167"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="167"/>
        <source>; Cc: %1</source>
        <translation>; Cc: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="178"/>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="179"/>
        <source>Send the first notice within minutes of declaring: what is known, what is being done, when the next update comes.</source>
        <translation>Senden Sie die Erstmeldung wenige Minuten nach dem Ausrufen: was bekannt ist, was getan wird, wann das nächste Update kommt.</translation>
    </message>
</context>
<context>
    <name>CommsSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="32"/>
        <source>Communication settings</source>
        <translation>Kommunikationseinstellungen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="48"/>
        <source>Distribution lists</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="49"/>
        <source>Cadence</source>
        <translation>Update-Takt</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="50"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="83"/>
        <source>New list</source>
        <translation>Neuer Verteiler</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="94"/>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="97"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="99"/>
        <source>e.g. Exec team</source>
        <translation>z. B. Führungsteam</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="103"/>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="106"/>
        <source>Audience: decides which templates it gets</source>
        <translation>Zielgruppe: bestimmt, welche Vorlagen der Verteiler erhält</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="114"/>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="117"/>
        <source>To: one address per line (addr@example.com or Name &lt;addr@example.com&gt;)</source>
        <translation>An: eine Adresse pro Zeile (addr@example.com oder Name &lt;addr@example.com&gt;)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="123"/>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="126"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="132"/>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="135"/>
        <source>Time zone the readers live in (an IANA name such as Europe/Berlin; empty for UTC)</source>
        <translation>Zeitzone der Empfänger (ein IANA-Name wie Europe/Berlin; leer für UTC)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="147"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="149"/>
        <source>Archived: it no longer appears when drafting.</source>
        <translation>Archiviert: Der Verteiler wird beim Entwerfen nicht mehr angeboten.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="154"/>
        <source>Add list</source>
        <translation>Verteiler hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="154"/>
        <source>Save list</source>
        <translation>Verteiler speichern</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="155"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="177"/>
        <source>an update every</source>
        <translation>ein Update alle</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="182"/>
        <source>Minutes between updates at SEV%1</source>
        <translation>Minuten zwischen Updates bei SEV%1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="190"/>
        <source>minutes (0: no regular updates)</source>
        <translation>Minuten (0: keine regelmäßigen Updates)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="194"/>
        <source>Long incidents: once an update goes out this long after the start, the next comes less often.</source>
        <translation>Lange Incidents: Wird ein Update so lange nach dem Beginn verschickt, kommt das nächste seltener.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="202"/>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="206"/>
        <source>Minutes after the start when updates come less often</source>
        <translation>Minuten nach dem Beginn, ab denen Updates seltener kommen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="210"/>
        <source>minutes, an update every</source>
        <translation>Minuten ein Update alle</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="214"/>
        <source>Minutes between updates in long incidents</source>
        <translation>Minuten zwischen Updates bei langen Incidents</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="218"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="221"/>
        <source>Conference bridge for new incidents: each starts with this link, which its details can change.</source>
        <translation>Konferenzraum für neue Incidents: Jeder beginnt mit diesem Link, der sich in seinen Details ändern lässt.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="235"/>
        <source>https://… (none)</source>
        <translation>https://… (keiner)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="237"/>
        <source>Conference bridge link for new incidents</source>
        <translation>Link zum Konferenzraum für neue Incidents</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="242"/>
        <source>Save link</source>
        <translation>Link speichern</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="243"/>
        <source>Saved: new incidents start with this bridge.</source>
        <translation>Gespeichert: Neue Incidents beginnen mit diesem Konferenzraum.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="249"/>
        <source>Save cadence</source>
        <translation>Takt speichern</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="252"/>
        <source>Saved: every countdown follows it now.</source>
        <translation>Gespeichert: Alle Countdowns richten sich jetzt danach.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="275"/>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="285"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="289"/>
        <source>Edited for this workspace.</source>
        <translation>Für diesen Arbeitsbereich angepasst.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="289"/>
        <source>The bundled template.</source>
        <translation>Die mitgelieferte Vorlage.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="299"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="310"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="318"/>
        <source>Back to the bundled template</source>
        <translation>Zurück zur mitgelieferten Vorlage</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="320"/>
        <source>Back to the bundled template.</source>
        <translation>Zurück zur mitgelieferten Vorlage.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="325"/>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="326"/>
        <source>Saved: new drafts use it.</source>
        <translation>Gespeichert: neue Entwürfe verwenden sie.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="363"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="16"/>
        <source>Declare an incident</source>
        <translation>Incident ausrufen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="53"/>
        <source>Alerts to link from Alertmanager: %1. Detected %2, when the first of them started.</source>
        <translation>Zu verknüpfende Alarme aus Alertmanager: %1. Erkannt %2, als der erste von ihnen begann.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="61"/>
        <source>Declare when any of these holds. Unsure? Declare.</source>
        <translation>Rufen Sie einen Incident aus, sobald einer dieser Punkte zutrifft. Unsicher? Ausrufen.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="66"/>
        <source>Another team must be pulled in</source>
        <translation>Ein weiteres Team muss hinzugezogen werden</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="71"/>
        <source>Customers or end users can see the problem</source>
        <translation>Kunden oder Endnutzer bemerken das Problem</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="76"/>
        <source>Still unresolved after an hour of focused analysis</source>
        <translation>Nach einer Stunde gezielter Analyse noch ungelöst</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="82"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="90"/>
        <source>What is broken, for whom? e.g. “Checkout fails for EU customers”</source>
        <translation>Was funktioniert nicht, für wen? z. B. „Checkout schlägt für EU-Kunden fehl“</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="92"/>
        <source>Incident title</source>
        <translation>Incident-Titel</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="97"/>
        <source>Severity (Alt+1 … Alt+4) — unsure? pick the higher one</source>
        <translation>Schweregrad (Alt+1 … Alt+4) – unsicher? Den höheren wählen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="127"/>
        <source>Affected services (comma-separated)</source>
        <translation>Betroffene Services (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="131"/>
        <source>checkout-api, payments-api</source>
        <translation>checkout-api, payments-api</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="133"/>
        <source>Affected services</source>
        <translation>Betroffene Services</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="136"/>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="144"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="140"/>
        <source>What is known so far (optional)</source>
        <translation>Was bisher bekannt ist (optional)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="150"/>
        <source>This is a drill (GameDay): same process, kept out of metrics</source>
        <translation>Dies ist eine Übung (GameDay): gleicher Ablauf, aber nicht in den Metriken erfasst</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="165"/>
        <source>You will be Incident Commander until you hand over.</source>
        <translation>Sie sind Incident Commander, bis Sie übergeben.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="172"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="177"/>
        <source>Declare</source>
        <translation>Ausrufen</translation>
    </message>
</context>
<context>
    <name>DetectionView</name>
    <message>
        <location filename="../qml/views/DetectionView.qml" line="32"/>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <location filename="../qml/views/DetectionView.qml" line="37"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../qml/views/DetectionView.qml" line="43"/>
        <source>Alertmanagers…</source>
        <translation>Alertmanager …</translation>
    </message>
    <message>
        <location filename="../qml/views/DetectionView.qml" line="49"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../qml/views/DetectionView.qml" line="83"/>
        <source>Firing alerts, grouped</source>
        <translation>Aktive Alarme, gruppiert</translation>
    </message>
</context>
<context>
    <name>HandoffBanner</name>
    <message>
        <location filename="../qml/components/HandoffBanner.qml" line="39"/>
        <source>%1 offers you %2. Read the briefing, then accept or decline.</source>
        <translation>%1 bietet Ihnen die Rolle %2 an. Lesen Sie das Briefing und nehmen Sie dann an oder lehnen Sie ab.</translation>
    </message>
    <message>
        <location filename="../qml/components/HandoffBanner.qml" line="49"/>
        <source>Read the briefing…</source>
        <translation>Briefing lesen…</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="24"/>
        <source>Hand over %1</source>
        <translation>%1 übergeben</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="49"/>
        <source>Nothing changes in the roster until they accept. The offer and the briefing go into the log.</source>
        <translation>Bis zur Annahme ändert sich an der Rollenbesetzung nichts. Angebot und Briefing werden im Protokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="56"/>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="67"/>
        <source>Who takes over</source>
        <translation>Wer übernimmt</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="66"/>
        <source>Choose a person</source>
        <translation>Person auswählen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="72"/>
        <source>Situation now (required)</source>
        <translation>Aktuelle Lage (erforderlich)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="78"/>
        <source>Under way: actions and who is on them</source>
        <translation>Laufend: Maßnahmen und wer daran arbeitet</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="83"/>
        <source>Open: tasks and runbook steps not started</source>
        <translation>Offen: Aufgaben und noch nicht begonnene Runbook-Schritte</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="88"/>
        <source>Next stakeholder update due</source>
        <translation>Nächstes Stakeholder-Update fällig</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="93"/>
        <source>Risks and what to watch</source>
        <translation>Risiken und worauf zu achten ist</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="111"/>
        <source>Offer %1</source>
        <translation>%1 anbieten</translation>
    </message>
</context>
<context>
    <name>HandoffReviewDialog</name>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="22"/>
        <source>%1 offers you %2</source>
        <translation>%1 bietet Ihnen die Rolle %2 an</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="46"/>
        <source>Offered %1</source>
        <translation>Angeboten: %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="52"/>
        <source>Situation now</source>
        <translation>Aktuelle Lage</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="53"/>
        <source>Under way</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="54"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="55"/>
        <source>Next stakeholder update</source>
        <translation>Nächstes Stakeholder-Update</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="56"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="84"/>
        <source>If you decline, say why (optional; it goes into the log)</source>
        <translation>Wenn Sie ablehnen, nennen Sie den Grund (optional; wird im Protokoll festgehalten)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="93"/>
        <source>Reason for declining</source>
        <translation>Grund für die Ablehnung</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="100"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="109"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="116"/>
        <source>Accept: I am %1 now</source>
        <translation>Annehmen: Ich übernehme die Rolle %1</translation>
    </message>
</context>
<context>
    <name>HeaderTab</name>
    <message>
        <location filename="../qml/components/HeaderTab.qml" line="20"/>
        <location filename="../qml/components/HeaderTab.qml" line="22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>IncidentCard</name>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="38"/>
        <source>%1, %2, %3, running %4, IC %5</source>
        <translation>%1, %2, %3, läuft seit %4, IC %5</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="39"/>
        <source>none</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="67"/>
        <source>DRILL</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="75"/>
        <source>lasted %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="82"/>
        <source>Running since %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="97"/>
        <source>IC %1</source>
        <translation>IC %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="97"/>
        <source>No Incident Commander</source>
        <translation>Kein Incident Commander</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="124"/>
        <source>Resolved %1</source>
        <translation>Behoben %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="125"/>
        <source>Last log %1</source>
        <translation>Letzter Eintrag %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="126"/>
        <source>Nothing logged yet</source>
        <translation>Noch nichts protokolliert</translation>
    </message>
</context>
<context>
    <name>IncidentDetailsDialog</name>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="18"/>
        <source>Edit incident details</source>
        <translation>Incident-Details bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="38"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="44"/>
        <source>Incident title</source>
        <translation>Incident-Titel</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="47"/>
        <source>Affected services (comma-separated)</source>
        <translation>Betroffene Services (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="52"/>
        <source>Affected services</source>
        <translation>Betroffene Services</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="55"/>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="61"/>
        <source>Customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="59"/>
        <source>Who is affected and how, in words a customer would use</source>
        <translation>Wer ist wie betroffen, in Worten, die Kunden verwenden würden</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="64"/>
        <source>Conference bridge</source>
        <translation>Konferenzraum</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="69"/>
        <source>https://… (Zoom, Meet, Jitsi or any link)</source>
        <translation>https://… (Zoom, Meet, Jitsi oder ein anderer Link)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="72"/>
        <source>Conference bridge link</source>
        <translation>Link zum Konferenzraum</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="75"/>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="82"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="94"/>
        <source>Every change is written to the log.</source>
        <translation>Jede Änderung wird im Protokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="100"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="105"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>IncidentHeader</name>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="54"/>
        <source>DRILL — kept out of metrics</source>
        <translation>ÜBUNG – nicht in den Metriken erfasst</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="70"/>
        <source>Join bridge</source>
        <translation>Konferenz beitreten</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="72"/>
        <source>Join the conference bridge: %1</source>
        <translation>Dem Konferenzraum beitreten: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="98"/>
        <source>The next stakeholder update is due at %1</source>
        <translation>Das nächste Stakeholder-Update ist um %1 fällig</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="110"/>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="113"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="126"/>
        <source>IC: %1</source>
        <translation>IC: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="127"/>
        <source>No Incident Commander</source>
        <translation>Kein Incident Commander</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="143"/>
        <source>Also here: %1</source>
        <translation>Ebenfalls hier: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="150"/>
        <source>Edit details…</source>
        <translation>Details bearbeiten…</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="155"/>
        <source>Title, services, summary and customer impact (Ctrl+E)</source>
        <translation>Titel, Dienste, Zusammenfassung und Auswirkung auf Kunden (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="159"/>
        <source>Retrospective…</source>
        <translation>Retrospektive…</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="164"/>
        <source>The blameless retrospective: impact, timeline, contributing factors, action items</source>
        <translation>Die Retrospektive ohne Schuldzuweisungen: Auswirkung, Zeitleiste, beitragende Faktoren, Maßnahmen</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="172"/>
        <location filename="../qml/views/IncidentHeader.qml" line="184"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="186"/>
        <source>Unsure? Pick the higher severity.</source>
        <translation>Unsicher? Wählen Sie den höheren Schweregrad.</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="189"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="203"/>
        <source>Lifecycle state</source>
        <translation>Lebenszyklus-Status</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="209"/>
        <source>Impact: %1</source>
        <translation>Auswirkung: %1</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="120"/>
        <source>Runbook %1/%2</source>
        <translation>Runbook %1/%2</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="121"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="132"/>
        <source>Tasks ⚠%1</source>
        <translation>Aufgaben ⚠%1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="133"/>
        <source>Tasks %1</source>
        <translation>Aufgaben %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="136"/>
        <source>Tasks (%1 overdue)</source>
        <translation>Aufgaben (%1 überfällig)</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="137"/>
        <source>Tasks (%1 open)</source>
        <translation>Aufgaben (%1 offen)</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="147"/>
        <source>Comms ⚠</source>
        <translation>Updates ⚠</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="147"/>
        <source>Comms</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="134"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>IntegrationsDialog</name>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="23"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="65"/>
        <source>Integrations run on the relay. Set a relay in Settings to use them.</source>
        <translation>Integrationen laufen auf dem Relay. Tragen Sie in den Einstellungen ein Relay ein, um sie zu nutzen.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="66"/>
        <source>Waiting for the relay to say which integrations there are…</source>
        <translation>Warte darauf, dass das Relay die Integrationen nennt…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="67"/>
        <source>No integrations yet.</source>
        <translation>Noch keine Integrationen.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="69"/>
        <source>Someone with an admin token adds them, here or with muster-relay integration add.</source>
        <translation>Jemand mit einem Admin-Token fügt sie hinzu, hier oder mit muster-relay integration add.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="125"/>
        <source>%1 · receives at %2 on the relay&apos;s webhook listener; its incidents appear in Detection</source>
        <translation>%1 · empfängt unter %2 am Webhook-Listener des Relays; seine Incidents erscheinen unter Erkennung</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="128"/>
        <source>%1 · files action items sent to it as %2 issues in project %3 at %4, as %5</source>
        <translation>%1 · legt an sie gesendete Maßnahmen als Vorgänge vom Typ %2 im Projekt %3 auf %4 an, als %5</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="129"/>
        <source>%1 · files action items sent to it as %2 issues in project %3 at %4, with a personal access token</source>
        <translation>%1 · legt an sie gesendete Maßnahmen als Vorgänge vom Typ %2 im Projekt %3 auf %4 an, mit einem persönlichen Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="130"/>
        <source>%1 · posts to %2 on: %3</source>
        <translation>%1 · postet an %2 bei: %3</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="151"/>
        <source>Receiving: last webhook %1</source>
        <translation>Empfängt: letzter Webhook %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="152"/>
        <source>Working: last reached Jira %1</source>
        <translation>Aktiv: Jira zuletzt erreicht %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="153"/>
        <source>Posting: last post %1</source>
        <translation>Postet: letzter Post %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="155"/>
        <source>Nothing filed yet. Send an action item to Jira from its menu.</source>
        <translation>Noch nichts angelegt. Senden Sie eine Maßnahme über ihr Menü an Jira.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="156"/>
        <source>Nothing posted yet.</source>
        <translation>Noch nichts gepostet.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="154"/>
        <source>Nothing received yet.</source>
        <translation>Noch nichts empfangen.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="53"/>
        <source>Incident events are posted once, by the relay, whether or not anyone has Muster open. The relay also files the action items sent to Jira.</source>
        <translation>Incident-Ereignisse postet das Relay genau einmal, ob Muster gerade jemand geöffnet hat oder nicht. Das Relay legt auch die an Jira gesendeten Maßnahmen an.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="172"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="173"/>
        <source>Retry posts to %1</source>
        <translation>Posts an %1 erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="180"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="181"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="211"/>
        <source>Add an integration</source>
        <translation>Integration hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="215"/>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="219"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="236"/>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="240"/>
        <source>Jira site</source>
        <translation>Jira-Site</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="255"/>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="258"/>
        <source>Project key</source>
        <translation>Projektschlüssel</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="269"/>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="272"/>
        <source>Issue type</source>
        <translation>Vorgangstyp</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="282"/>
        <source>Account e-mail (Jira Cloud; leave empty for a personal access token)</source>
        <translation>E-Mail des Kontos (Jira Cloud; leer lassen bei einem persönlichen Zugriffstoken)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="289"/>
        <source>Account e-mail</source>
        <translation>E-Mail des Kontos</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="317"/>
        <source>PagerDuty posts to /pagerduty/%1 on the relay&apos;s webhook listener (muster-relay --http); its incidents appear in Detection.</source>
        <translation>PagerDuty postet an /pagerduty/%1 am Webhook-Listener des Relays (muster-relay --http); seine Incidents erscheinen unter Erkennung.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="325"/>
        <source>Action items are filed when someone chooses “Send to Jira” on one, in the retrospective or the Action items view. Their status is read back every few minutes.</source>
        <translation>Maßnahmen werden angelegt, wenn jemand bei einer „An Jira senden“ wählt, in der Retrospektive oder der Maßnahmen-Ansicht. Ihr Status wird alle paar Minuten zurückgelesen.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="333"/>
        <source>Post when…</source>
        <translation>Posten, wenn…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="309"/>
        <source>It is a secret: it goes to the relay only and is not shown again.</source>
        <translation>Sie ist geheim: sie geht nur an das Relay und wird nicht wieder angezeigt.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="370"/>
        <source>Quote the text of stakeholder updates</source>
        <translation>Text von Stakeholder-Updates zitieren</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="391"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="399"/>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="399"/>
        <source>Add integration</source>
        <translation>Integration hinzufügen</translation>
    </message>
</context>
<context>
    <name>LogEntryDelegate</name>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="31"/>
        <source>%1 at %2 by %3: %4</source>
        <translation>%1 um %2 von %3: %4</translation>
    </message>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="32"/>
        <source>(pending)</source>
        <translation>(ausstehend)</translation>
    </message>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="82"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="82"/>
        <source>✓ synced</source>
        <translation>✓ synchronisiert</translation>
    </message>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="85"/>
        <source>saved here, not yet shared</source>
        <translation>hier gespeichert, noch nicht geteilt</translation>
    </message>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="85"/>
        <source>shared with the team</source>
        <translation>mit dem Team geteilt</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="42"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="44"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="44"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="49"/>
        <source>Search the log (Ctrl+F)</source>
        <translation>Protokoll durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="53"/>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="75"/>
        <source>Entry kind</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="85"/>
        <source>What happened, was decided or is being done? (Ctrl+L, Enter to add)</source>
        <translation>Was ist passiert, was wurde entschieden, was wird getan? (Ctrl+L, Enter zum Hinzufügen)</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="84"/>
        <source>New log entry</source>
        <translation>Neuer Protokolleintrag</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="81"/>
        <source>What happened? (Ctrl+L)</source>
        <translation>Was ist passiert? (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="99"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="131"/>
        <source>Newer entries above · Back to the newest</source>
        <translation>Neuere Einträge oben · Zurück zu den neuesten</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="132"/>
        <source>Back to the newest log entries</source>
        <translation>Zurück zu den neuesten Logeinträgen</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="148"/>
        <source>Nothing in this log matches.</source>
        <translation>Keine Treffer in diesem Protokoll.</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="148"/>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts protokolliert.</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="149"/>
        <source>Record findings, decisions and actions as they happen.</source>
        <translation>Halten Sie Erkenntnisse, Entscheidungen und Maßnahmen fest, sobald sie anfallen.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="34"/>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34"/>
        <source>%1 — Muster</source>
        <translation>%1 — Muster</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="76"/>
        <source>Integrations…</source>
        <translation>Integrationen…</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="51"/>
        <source>Export the numbers behind the chart</source>
        <translation>Zahlen hinter dem Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="53"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="66"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="75"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="84"/>
        <source>From day (UTC)</source>
        <translation>Erster Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="86"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="95"/>
        <source>To day (UTC, included)</source>
        <translation>Letzter Tag (UTC, einschließlich)</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="98"/>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="98"/>
        <source>13 weeks</source>
        <translation>13 Wochen</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="99"/>
        <source>52 weeks</source>
        <translation>52 Wochen</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="110"/>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="114"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="118"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="121"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="124"/>
        <source>By week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="130"/>
        <source>By month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="152"/>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="218"/>
        <source>Response times by month</source>
        <translation>Reaktionszeiten pro Monat</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="218"/>
        <source>Response times by week</source>
        <translation>Reaktionszeiten pro Woche</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="219"/>
        <source>Means, in minutes, of the incidents detected in each period (UTC). MTTD: impact start → detected. MTTA: detected → acknowledged. MTTR: acknowledged → resolved, and impact start → resolved. An incident lacking one of the two times is left out of that figure.</source>
        <translation>Mittelwerte in Minuten über die Incidents, die im jeweiligen Zeitabschnitt (UTC) erkannt wurden. MTTD: Beginn der Auswirkung → erkannt. MTTA: erkannt → bestätigt. MTTR: bestätigt → behoben sowie Beginn der Auswirkung → behoben. Fehlt einem Incident eine der beiden Zeiten, bleibt er bei dieser Kennzahl unberücksichtigt.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="235"/>
        <location filename="../qml/views/MetricsView.qml" line="277"/>
        <location filename="../qml/views/MetricsView.qml" line="357"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="238"/>
        <source>MTTD</source>
        <translation>MTTD</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="244"/>
        <source>MTTA</source>
        <translation>MTTA</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="250"/>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="256"/>
        <source>MTTR from impact</source>
        <translation>MTTR ab Auswirkungsbeginn</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="267"/>
        <source>Response times by severity</source>
        <translation>Reaktionszeiten nach Schweregrad</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="268"/>
        <source>The same means over the whole range, per severity, in minutes. In brackets: how many incidents of that severity were measured.</source>
        <translation>Dieselben Mittelwerte über den gesamten Zeitraum, je Schweregrad, in Minuten. In Klammern: wie viele Incidents dieses Schweregrads gemessen wurden.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="286"/>
        <source>Incidents per month</source>
        <translation>Incidents pro Monat</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="286"/>
        <source>Incidents per week</source>
        <translation>Incidents pro Woche</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="287"/>
        <source>Incidents by the week (Monday, UTC) or month they were detected, stacked by severity. Drills are never counted.</source>
        <translation>Incidents nach der Woche (ab Montag, UTC) oder dem Monat ihrer Erkennung, gestapelt nach Schweregrad. Übungen werden nie mitgezählt.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="299"/>
        <source>incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="309"/>
        <source>Mean time between failures, by service</source>
        <translation>Mittlere Zeit zwischen Ausfällen, nach Service</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="310"/>
        <source>Hours from one incident&apos;s resolution to the next one&apos;s start (impact start, or else detection) on the same service, within the range. In brackets: incidents on the service.</source>
        <translation>Stunden von der Behebung eines Incidents bis zum Beginn des nächsten (Beginn der Auswirkung, sonst Erkennung) beim selben Service, innerhalb des Zeitraums. In Klammern: Anzahl der Incidents des Service.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="312"/>
        <source>One incident only, so no MTBF yet: %1.</source>
        <translation>Nur ein Incident, daher noch keine MTBF: %1.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="314"/>
        <source>No service had two incidents in this range.</source>
        <translation>Kein Service hatte in diesem Zeitraum zwei Incidents.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="320"/>
        <location filename="../qml/views/MetricsView.qml" line="339"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="329"/>
        <source>Time in incident roles, per person</source>
        <translation>Zeit in Incident-Rollen, pro Person</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="330"/>
        <source>Hours each person held a role, from being assigned until handing it over or the incident being resolved (until now while it is open). A role nobody was given counts once, as the Incident Commander&apos;s time. For on-call load fairness.</source>
        <translation>Stunden, die jede Person eine Rolle innehatte, von der Zuweisung bis zur Übergabe oder zur Behebung des Incidents (bei offenen Incidents bis jetzt). Eine Rolle, die niemandem zugewiesen wurde, zählt einmal, als Zeit des Incident Commanders. Für eine faire Verteilung der On-Call-Last.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="348"/>
        <source>Slowest runbook steps</source>
        <translation>Langsamste Runbook-Schritte</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="349"/>
        <source>Median minutes from starting a step (marking it in progress, or else finishing the step before it or attaching the runbook) to marking it done. The ten slowest steps.</source>
        <translation>Median der Minuten vom Beginn eines Schritts (Markierung als in Arbeit, sonst Abschluss des vorherigen Schritts oder Anhängen des Runbooks) bis zur Markierung als erledigt. Die zehn langsamsten Schritte.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="351"/>
        <source>No runbook step was done in this range.</source>
        <translation>In diesem Zeitraum wurde kein Runbook-Schritt erledigt.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="36"/>
        <source>Correct the “%1” time</source>
        <translation>Zeitpunkt „%1“ korrigieren</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="36"/>
        <source>Set the “%1” time</source>
        <translation>Zeitpunkt „%1“ setzen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="48"/>
        <source>Local time, as YYYY-MM-DD HH:MM</source>
        <translation>Ortszeit, im Format JJJJ-MM-TT HH:MM</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="62"/>
        <source>That is not a valid date and time.</source>
        <translation>Das ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="68"/>
        <source>Why is the recorded time wrong?</source>
        <translation>Warum ist der erfasste Zeitpunkt falsch?</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="74"/>
        <source>e.g. the dashboard shows errors from 08:41</source>
        <translation>z. B. das Dashboard zeigt Fehler ab 08:41</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="76"/>
        <source>Reason for the correction</source>
        <translation>Grund für die Korrektur</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="90"/>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="97"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="104"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>MilestoneTimeline</name>
    <message>
        <location filename="../qml/components/MilestoneTimeline.qml" line="43"/>
        <source>%1 at %2, correct it</source>
        <translation>%1 um %2, korrigieren</translation>
    </message>
    <message>
        <location filename="../qml/components/MilestoneTimeline.qml" line="44"/>
        <source>%1 not reached, set it</source>
        <translation>%1 nicht erreicht, setzen</translation>
    </message>
    <message>
        <location filename="../qml/components/MilestoneTimeline.qml" line="93"/>
        <source>%1 · +%2</source>
        <translation>%1 · +%2</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../qml/components/NoticeBar.qml" line="48"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="39"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="40"/>
        <source>1 responder</source>
        <translation>1 Responder</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="40"/>
        <source>%1 responders</source>
        <translation>%1 Responder</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="44"/>
        <source>Add person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="65"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="66"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="67"/>
        <source>Phone or chat</source>
        <translation>Telefon oder Chat</translation>
    </message>
</context>
<context>
    <name>PersonDelegate</name>
    <message>
        <location filename="../qml/delegates/PersonDelegate.qml" line="24"/>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../qml/delegates/PersonDelegate.qml" line="29"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="18"/>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="18"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="34"/>
        <location filename="../qml/dialogs/PersonDialog.qml" line="40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="43"/>
        <location filename="../qml/dialogs/PersonDialog.qml" line="48"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="51"/>
        <location filename="../qml/dialogs/PersonDialog.qml" line="57"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="60"/>
        <location filename="../qml/dialogs/PersonDialog.qml" line="65"/>
        <source>Phone or chat handle</source>
        <translation>Telefon oder Chat-Handle</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="79"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="84"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="84"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>RetroField</name>
    <message>
        <location filename="../qml/components/RetroField.qml" line="44"/>
        <source>⚠ “%1”: %2 %3</source>
        <translation>⚠ „%1“: %2 %3</translation>
    </message>
</context>
<context>
    <name>RetrospectiveView</name>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="41"/>
        <source>Export the retrospective and the incident record</source>
        <translation>Retrospektive und Incident-Dokumentation exportieren</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="44"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="45"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="45"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="77"/>
        <source>Retrospective</source>
        <translation>Retrospektive</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="90"/>
        <source>DRILL — kept out of metrics</source>
        <translation>ÜBUNG – nicht in den Metriken erfasst</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="113"/>
        <source>⚠ 1 wording hint</source>
        <translation>⚠ 1 Formulierungshinweis</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="113"/>
        <source>⚠ %1 wording hints</source>
        <translation>⚠ %1 Formulierungshinweise</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="120"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="124"/>
        <source>The retrospective and the full incident record, as Markdown, PDF or JSON</source>
        <translation>Die Retrospektive und die vollständige Incident-Dokumentation als Markdown, PDF oder JSON</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="130"/>
        <source>Markdown (.md)…</source>
        <translation>Markdown (.md)…</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="134"/>
        <source>PDF (.pdf)…</source>
        <translation>PDF (.pdf)…</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="138"/>
        <source>JSON (.json)…</source>
        <translation>JSON (.json)…</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="144"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="151"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="151"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="159"/>
        <source>Back to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="166"/>
        <source>Ready for review</source>
        <translation>Bereit zur Prüfung</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="166"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="183"/>
        <source>✓ Exported to %1</source>
        <translation>✓ Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="189"/>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="195"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="225"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="226"/>
        <source>What happened, in a few sentences a newcomer can follow.</source>
        <translation>Was passiert ist, in wenigen Sätzen, denen auch Neue im Team folgen können.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="234"/>
        <source>Impact lasted %1 (from impact start, or detection, to mitigation or resolution).</source>
        <translation>Die Auswirkung dauerte %1 (vom Beginn der Auswirkung oder der Erkennung bis zur Eindämmung oder Behebung).</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="235"/>
        <source>Impact duration: record when impact started and when it was mitigated.</source>
        <translation>Dauer der Auswirkung: Erfassen Sie, wann die Auswirkung begann und wann sie eingedämmt wurde.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="243"/>
        <source>Who was affected</source>
        <translation>Wer betroffen war</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="245"/>
        <source>Customers, regions, internal teams; how many, and how.</source>
        <translation>Kunden, Regionen, interne Teams; wie viele und wie.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="252"/>
        <source>SLO impact</source>
        <translation>Auswirkung auf SLOs</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="254"/>
        <source>Error budget spent, targets missed.</source>
        <translation>Verbrauchtes Fehlerbudget, verfehlte Ziele.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="262"/>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="263"/>
        <source>Conditions that made this possible: defaults, gaps in checks, missing signals. One per line.</source>
        <translation>Bedingungen, die das ermöglicht haben: Standardeinstellungen, Lücken in Prüfungen, fehlende Signale. Ein Eintrag pro Zeile.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="270"/>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="271"/>
        <source>What helped: signals, tools, decisions, people&apos;s know-how.</source>
        <translation>Was geholfen hat: Signale, Tools, Entscheidungen, das Know-how der Beteiligten.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="278"/>
        <source>What went poorly</source>
        <translation>Was schlecht lief</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="279"/>
        <source>What slowed detection, diagnosis or recovery.</source>
        <translation>Was Erkennung, Diagnose oder Wiederherstellung verlangsamt hat.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="286"/>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="287"/>
        <source>What kept it from being worse, that we cannot count on next time.</source>
        <translation>Was Schlimmeres verhindert hat, worauf wir uns beim nächsten Mal aber nicht verlassen können.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="318"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="319"/>
        <source>%1 of %2 entries in</source>
        <translation>%1 von %2 Einträgen aufgenommen</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="348"/>
        <source>Include in the timeline: %1</source>
        <translation>In die Zeitleiste aufnehmen: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="389"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="393"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="396"/>
        <source>Add an action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
</context>
<context>
    <name>RosterDelegate</name>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="50"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="53"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="54"/>
        <source>%1 (as IC)</source>
        <translation>%1 (als IC)</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="68"/>
        <source>Hand over…</source>
        <translation>Übergeben…</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="68"/>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="70"/>
        <source>Assign %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="70"/>
        <source>Hand over %1</source>
        <translation>%1 übergeben</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="77"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="79"/>
        <source>Remove %1 as subject-matter expert</source>
        <translation>%1 als Fachexperte entfernen</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="23"/>
        <source>Unassign (the IC holds it)</source>
        <translation>Zuweisung aufheben (der IC übernimmt die Rolle)</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="43"/>
        <source>Name nobody</source>
        <translation>Niemanden benennen</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="58"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="82"/>
        <source>%1 offered to %2, waiting for an answer</source>
        <translation>%1 an %2 angeboten, Antwort ausstehend</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="92"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="105"/>
        <source>Next IC: %1</source>
        <translation>Nächster IC: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="105"/>
        <source>Next IC: nobody named</source>
        <translation>Nächster IC: niemand benannt</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="112"/>
        <source>Name…</source>
        <translation>Benennen…</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="115"/>
        <source>Name the next Incident Commander</source>
        <translation>Nächsten Incident Commander benennen</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="121"/>
        <source>Add an expert…</source>
        <translation>Expertin/Experten hinzufügen…</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="122"/>
        <source>Add subject-matter expert…</source>
        <translation>Fachexperte hinzufügen…</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="130"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="155"/>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="159"/>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="160"/>
        <source>resolved %1</source>
        <translation>behoben %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="167"/>
        <source>Silence</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="170"/>
        <source>Silence %1 in Alertmanager</source>
        <translation>%1 im Alertmanager stummschalten</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="179"/>
        <source>Declared because</source>
        <translation>Gründe für das Ausrufen</translation>
    </message>
</context>
<context>
    <name>RunbookPanel</name>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="27"/>
        <source>%1 (%2 steps)</source>
        <translation>%1 (%2 Schritte)</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="41"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="42"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="46"/>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="49"/>
        <source>Attach a runbook</source>
        <translation>Runbook anhängen</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="56"/>
        <source>Some runbook templates could not be read: %1</source>
        <translation>Einige Runbook-Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="66"/>
        <source>Runbook progress</source>
        <translation>Runbook-Fortschritt</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="96"/>
        <source>No runbook attached.</source>
        <translation>Kein Runbook angehängt.</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="97"/>
        <source>Attach one to work through its steps; your own templates go in %1.</source>
        <translation>Hängen Sie ein Runbook an, um seine Schritte abzuarbeiten; eigene Vorlagen gehören in %1.</translation>
    </message>
</context>
<context>
    <name>RunbookStepDelegate</name>
    <message>
        <location filename="../qml/delegates/RunbookStepDelegate.qml" line="29"/>
        <source>Step %1: %2, %3</source>
        <translation>Schritt %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RunbookStepDelegate.qml" line="73"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RunbookStepDelegate.qml" line="87"/>
        <source>Set step state</source>
        <translation>Schrittstatus festlegen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="42"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="52"/>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="58"/>
        <source>Relay address</source>
        <translation>Relay-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="62"/>
        <source>Leave empty to keep everything on this computer.</source>
        <translation>Leer lassen, damit alles auf diesem Computer bleibt.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="66"/>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="74"/>
        <source>Access token</source>
        <translation>Zugangstoken</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="71"/>
        <source>Saved — paste a new one to replace it</source>
        <translation>Gespeichert – zum Ersetzen ein neues einfügen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="96"/>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="100"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="103"/>
        <source>Your name, as teammates see it</source>
        <translation>Ihr Name, wie Ihre Teammitglieder ihn sehen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="107"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="110"/>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="119"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="121"/>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="129"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="134"/>
        <source>A new workspace, name or language takes effect the next time Muster starts.</source>
        <translation>Ein neuer Workspace, Name oder eine neue Sprache gilt ab dem nächsten Start von Muster.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="154"/>
        <source>Integrations…</source>
        <translation>Integrationen…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="156"/>
        <source>Slack, Microsoft Teams and Mattermost channels the relay posts to</source>
        <translation>Kanäle in Slack, Microsoft Teams und Mattermost, an die das Relay postet</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="161"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="166"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>SeverityBadge</name>
    <message>
        <location filename="../qml/components/SeverityBadge.qml" line="21"/>
        <source>Severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
</context>
<context>
    <name>SilenceDialog</name>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="26"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="26"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="29"/>
        <source>Silence %1</source>
        <translation>%1 stummschalten</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="39"/>
        <source>Alertmanager stops notifying about this alert until the silence ends. It keeps firing, and Muster keeps showing it.</source>
        <translation>Alertmanager benachrichtigt bis zum Ende der Stummschaltung nicht mehr über diesen Alarm. Er bleibt aktiv, und Muster zeigt ihn weiterhin an.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="46"/>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="60"/>
        <source>Silence for</source>
        <translation>Dauer der Stummschaltung</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="64"/>
        <source>Why (optional; goes into Alertmanager&apos;s comment and the log)</source>
        <translation>Grund (optional; wird in den Kommentar im Alertmanager und ins Protokoll übernommen)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="72"/>
        <source>e.g. rollback under way</source>
        <translation>z. B. Rollback läuft</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="73"/>
        <source>Reason for the silence</source>
        <translation>Grund für die Stummschaltung</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="82"/>
        <source>Silence for %1</source>
        <translation>Für %1 stummschalten</translation>
    </message>
</context>
<context>
    <name>StartupErrorView</name>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="25"/>
        <source>Muster cannot open this workspace</source>
        <translation>Muster kann diesen Arbeitsbereich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="41"/>
        <source>Data directory: %1</source>
        <translation>Datenverzeichnis: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="50"/>
        <source>You can keep the damaged file for recovery and start on a fresh one: everything the team shared comes back from the relay. Changes that never reached the relay stay only in the damaged file.</source>
        <translation>Sie können die beschädigte Datei zur Wiederherstellung aufbewahren und mit einer neuen beginnen: Alles, was das Team geteilt hat, kommt vom Relay zurück. Änderungen, die das Relay nie erreicht haben, bleiben nur in der beschädigten Datei.</translation>
    </message>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="53"/>
        <source>You can keep the damaged file for recovery and start on an empty workspace, or quit and restore the file from a backup. No relay is set, so nothing comes back by itself.</source>
        <translation>Sie können die beschädigte Datei zur Wiederherstellung aufbewahren und mit einem leeren Workspace beginnen oder Muster beenden und die Datei aus einer Sicherung wiederherstellen. Es ist kein Relay eingerichtet, daher kommt nichts von selbst zurück.</translation>
    </message>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="65"/>
        <source>Keep it aside and start fresh</source>
        <translation>Beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="70"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <location filename="../qml/components/SyncIndicator.qml" line="21"/>
        <source>%n pending</source>
        <extracomment>Changes saved here that the relay has not confirmed yet</extracomment>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="27"/>
        <source>Local only · saved</source>
        <translation>Nur lokal · gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="29"/>
        <source>Offline · retry in %1 s</source>
        <translation>Offline · neuer Versuch in %1 s</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="30"/>
        <source>Offline · retrying</source>
        <translation>Offline · wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="34"/>
        <source>Access refused</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="36"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="38"/>
        <source>Catching up…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="40"/>
        <source>Syncing · %1</source>
        <translation>Wird synchronisiert · %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="40"/>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="44"/>
        <source>Relay: %1</source>
        <translation>Relay: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="45"/>
        <source>No relay: changes stay on this computer</source>
        <translation>Kein Relay: Änderungen bleiben auf diesem Computer</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/SyncIndicator.qml" line="46"/>
        <source>Changes a relay would receive: %n</source>
        <translation>
            <numerusform>Änderungen, die ein Relay erhalten würde: %n</numerusform>
            <numerusform>Änderungen, die ein Relay erhalten würde: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="57"/>
        <source>Click for sync settings</source>
        <translation>Klicken, um die Synchronisierungseinstellungen zu öffnen</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="45"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="51"/>
        <source>Hand to…</source>
        <translation>Übergeben an…</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="55"/>
        <source>Due in 30 minutes</source>
        <translation>Fällig in 30 Minuten</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="59"/>
        <source>Due in 2 hours</source>
        <translation>Fällig in 2 Stunden</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="63"/>
        <source>Due in a week</source>
        <translation>Fällig in einer Woche</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="67"/>
        <source>No due time</source>
        <translation>Kein Fälligkeitstermin</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="73"/>
        <source>Send to Jira</source>
        <translation>An Jira senden</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="73"/>
        <source>Send to Jira again</source>
        <translation>Erneut an Jira senden</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="80"/>
        <source>Drop (no longer needed)</source>
        <translation>Verwerfen (nicht mehr nötig)</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="80"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="113"/>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="115"/>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="116"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="136"/>
        <source>Jira %1 · %2</source>
        <translation>Jira %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="137"/>
        <source>Jira %1</source>
        <translation>Jira %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="138"/>
        <source>Open %1 in Jira</source>
        <translation>%1 in Jira öffnen</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="153"/>
        <source>Sending to Jira…</source>
        <translation>Wird an Jira gesendet …</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="162"/>
        <source>More for %1</source>
        <translation>Weitere Aktionen für %1</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="27"/>
        <source>The due time is not a date and time like 2026-11-24 10:30.</source>
        <translation>Die Fälligkeit ist kein Datum mit Uhrzeit wie 2026-11-24 10:30.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="36"/>
        <source>Add an action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="36"/>
        <source>Add a task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="50"/>
        <source>Task — during the response</source>
        <translation>Aufgabe – während des Einsatzes</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="50"/>
        <source>Action item — follow-up after it</source>
        <translation>Maßnahme – Nacharbeit im Anschluss</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="52"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="54"/>
        <location filename="../qml/dialogs/TaskDialog.qml" line="61"/>
        <source>What needs doing</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="58"/>
        <source>e.g. Add a canary stage for checkout-api</source>
        <translation>z. B. Canary-Stufe für checkout-api ergänzen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="59"/>
        <source>e.g. Check the CDN error rate for eu-west-1</source>
        <translation>z. B. CDN-Fehlerrate für eu-west-1 prüfen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="64"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="68"/>
        <source>Nobody yet — choose…</source>
        <translation>Noch niemand – auswählen…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="70"/>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="76"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="79"/>
        <source>Due (local time, YYYY-MM-DD HH:MM; empty for none)</source>
        <translation>Fällig (Ortszeit, JJJJ-MM-TT HH:MM; leer für keinen Termin)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="87"/>
        <source>Due time</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="91"/>
        <source>+1 h</source>
        <translation>+1 Std.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="96"/>
        <source>+1 week</source>
        <translation>+1 Woche</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="113"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="119"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="31"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="32"/>
        <source>%1 open, %2 overdue</source>
        <translation>%1 offen, %2 überfällig</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="33"/>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="37"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="40"/>
        <source>Add a task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="69"/>
        <source>No tasks yet.</source>
        <translation>Noch keine Aufgaben.</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="70"/>
        <source>Hand out work with an owner and a due time; after the incident, record follow-up action items here.</source>
        <translation>Verteilen Sie Arbeit mit einer verantwortlichen Person und einem Fälligkeitstermin; halten Sie nach dem Incident hier die Folgemaßnahmen fest.</translation>
    </message>
</context>
<context>
    <name>UpdateDraftDialog</name>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="31"/>
        <source>Stakeholder update</source>
        <translation>Stakeholder-Update</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="46"/>
        <source>Save the update as an e-mail draft</source>
        <translation>Update als E-Mail-Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="48"/>
        <source>E-mail messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="49"/>
        <source>Saved and opened in your mail program. Mark it as sent once it has gone out.</source>
        <translation>Gespeichert und in Ihrem E-Mail-Programm geöffnet. Markieren Sie das Update als gesendet, sobald es verschickt ist.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="59"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="69"/>
        <source>Distribution list</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="71"/>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="81"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="87"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="88"/>
        <source>No distribution list yet: add one with Lists… on the Comms tab.</source>
        <translation>Noch kein Verteiler: Legen Sie über „Verteiler…“ im Tab „Updates“ einen an.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="99"/>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="101"/>
        <source>Workaround for customers, if any (fills {{workaround}})</source>
        <translation>Umgehungslösung für Kunden, falls vorhanden (füllt {{workaround}})</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="109"/>
        <source>Remaining impact or data loss (fills {{remaining}})</source>
        <translation>Verbleibende Auswirkung oder Datenverlust (füllt {{remaining}})</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="122"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="136"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="168"/>
        <source>Waiting for the Incident Commander&apos;s approval.</source>
        <translation>Wartet auf die Freigabe durch den Incident Commander.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="169"/>
        <source>✓ Approved by %1.</source>
        <translation>✓ Freigegeben von %1.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="170"/>
        <source>Returned by %1: %2</source>
        <translation>Zurückgegeben von %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="189"/>
        <source>Save .eml and open…</source>
        <translation>.eml speichern und öffnen…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="197"/>
        <source>Open in mail app</source>
        <translation>In E-Mail-App öffnen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="199"/>
        <source>Opened in your mail program. Mark it as sent once it has gone out.</source>
        <translation>In Ihrem E-Mail-Programm geöffnet. Markieren Sie das Update als gesendet, sobald es verschickt ist.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="202"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="203"/>
        <source>Copied as plain text.</source>
        <translation>Als reiner Text kopiert.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="206"/>
        <source>Copy Markdown</source>
        <translation>Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="207"/>
        <source>Copied as Markdown, for chat.</source>
        <translation>Als Markdown kopiert, für den Chat.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="212"/>
        <source>Ask the IC to approve</source>
        <translation>Freigabe beim IC anfragen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="214"/>
        <source>Sent to the Incident Commander for approval.</source>
        <translation>Zur Freigabe an den Incident Commander geschickt.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="219"/>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="224"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>WallClock</name>
    <message>
        <location filename="../qml/components/WallClock.qml" line="26"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <location filename="../qml/delegates/WallTile.qml" line="38"/>
        <source>%1 %2, %3, running %4</source>
        <translation>%1 %2, %3, läuft seit %4</translation>
    </message>
    <message>
        <location filename="../qml/delegates/WallTile.qml" line="81"/>
        <source>DRILL</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location filename="../qml/delegates/WallTile.qml" line="113"/>
        <source>IC %1  ·  CL %2</source>
        <translation>IC %1  ·  CL %2</translation>
    </message>
    <message>
        <location filename="../qml/delegates/WallTile.qml" line="113"/>
        <location filename="../qml/delegates/WallTile.qml" line="114"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../qml/delegates/WallTile.qml" line="125"/>
        <source>Bridge %1</source>
        <translation>Konferenz %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/WallTile.qml" line="147"/>
        <source>No regular updates</source>
        <translation>Keine regelmäßigen Updates</translation>
    </message>
    <message>
        <location filename="../qml/delegates/WallTile.qml" line="157"/>
        <source>Runbook %1/%2</source>
        <translation>Runbook %1/%2</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../qml/views/WallView.qml" line="33"/>
        <source>MUSTER · %1</source>
        <translation>MUSTER · %1</translation>
    </message>
    <message>
        <location filename="../qml/views/WallView.qml" line="41"/>
        <source>All clear</source>
        <translation>Alles ruhig</translation>
    </message>
    <message>
        <location filename="../qml/views/WallView.qml" line="42"/>
        <source>Active incidents: %1</source>
        <translation>Aktive Incidents: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/WallView.qml" line="56"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/views/WallView.qml" line="119"/>
        <source>No active incidents</source>
        <translation>Keine aktiven Incidents</translation>
    </message>
    <message>
        <location filename="../qml/views/WallView.qml" line="127"/>
        <source>Last incident resolved %1 ago</source>
        <translation>Letzter Incident vor %1 behoben</translation>
    </message>
    <message>
        <location filename="../qml/views/WallView.qml" line="128"/>
        <source>No incident on record yet</source>
        <translation>Noch kein Incident erfasst</translation>
    </message>
</context>
<context>
    <name>muster</name>
    <message numerus="yes">
        <location filename="../src/core/changes.cpp" line="385"/>
        <source>Runbook attached: %1 (%n steps)</source>
        <translation>
            <numerusform>Runbook angehängt: %1 (%n Schritt)</numerusform>
            <numerusform>Runbook angehängt: %1 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="26"/>
        <source>Critical: broad customer impact, data loss or security exposure</source>
        <translation>Kritisch: breite Auswirkungen auf Kunden, Datenverlust oder Sicherheitsrisiko</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="29"/>
        <source>Major: many customers affected or a key function degraded</source>
        <translation>Schwer: viele Kunden betroffen oder eine Kernfunktion beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="32"/>
        <source>Minor: limited impact, handled urgently by the owning team</source>
        <translation>Gering: begrenzte Auswirkungen, vom zuständigen Team dringend bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="35"/>
        <source>Low: no customer impact yet, tracked as work</source>
        <translation>Niedrig: noch keine Auswirkungen auf Kunden, als Arbeitsaufgabe erfasst</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="65"/>
        <location filename="../src/core/domain.cpp" line="121"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="67"/>
        <location filename="../src/core/domain.cpp" line="123"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="69"/>
        <location filename="../src/core/domain.cpp" line="125"/>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="36"/>
        <source>Executives</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="38"/>
        <source>Customer support</source>
        <translation>Kundensupport</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="40"/>
        <source>Engineering</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="42"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="73"/>
        <source>Initial notice</source>
        <translation>Erstmeldung</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="75"/>
        <source>Scoping</source>
        <translation>Eingrenzung</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="77"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="79"/>
        <location filename="../src/core/domain.cpp" line="71"/>
        <location filename="../src/core/domain.cpp" line="127"/>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="81"/>
        <location filename="../src/core/domain.cpp" line="73"/>
        <location filename="../src/core/domain.cpp" line="129"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="75"/>
        <source>Learning</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="77"/>
        <location filename="../src/core/domain.cpp" line="133"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="119"/>
        <source>Impact started</source>
        <translation>Beginn der Auswirkung</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="131"/>
        <source>Retrospective started</source>
        <translation>Beginn der Retrospektive</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="169"/>
        <source>Incident Commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="171"/>
        <source>Deputy IC</source>
        <translation>Stellvertretender IC</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="173"/>
        <source>Communications Lead</source>
        <translation>Kommunikationsleitung</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="175"/>
        <source>Operations Lead</source>
        <translation>Operative Leitung</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="177"/>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="210"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="212"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="214"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="216"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="218"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="220"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="256"/>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="258"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="260"/>
        <location filename="../src/core/task.cpp" line="83"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="262"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="28"/>
        <location filename="../src/core/sentupdate.cpp" line="95"/>
        <source>value must be text</source>
        <translation>Wert muss Text sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="31"/>
        <source>text must not be empty</source>
        <translation>Text darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="38"/>
        <source>person reference must be text</source>
        <translation>Personenverweis muss Text sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="42"/>
        <source>&apos;%1&apos; is not a person id</source>
        <translation>&apos;%1&apos; ist keine Personen-ID</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="48"/>
        <source>runbook must be a map</source>
        <translation>Runbook muss eine Map sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="52"/>
        <source>runbook title: %1</source>
        <translation>Runbook-Titel: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="56"/>
        <source>runbook template: %1</source>
        <translation>Runbook-Vorlage: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="59"/>
        <source>runbook needs 1 to %1 steps</source>
        <translation>Runbook braucht 1 bis %1 Schritte</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="62"/>
        <source>runbook step: %1</source>
        <translation>Runbook-Schritt: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="70"/>
        <source>step state must be a map</source>
        <translation>Schrittstatus muss eine Map sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="73"/>
        <source>unknown step state</source>
        <translation>unbekannter Schrittstatus</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="77"/>
        <source>step time must be an integer</source>
        <translation>Schrittzeit muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="89"/>
        <source>a linked alert must be a map or null</source>
        <translation>ein verknüpfter Alarm muss eine Map oder null sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="93"/>
        <source>alert name: %1</source>
        <translation>Alarmname: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="97"/>
        <source>alert service: %1</source>
        <translation>Alarm-Service: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="101"/>
        <source>alert source: %1</source>
        <translation>Alarmquelle: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="104"/>
        <source>alert resolvedAt must be a positive integer</source>
        <translation>resolvedAt des Alarms muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="113"/>
        <source>a handoff must be a map or null</source>
        <translation>eine Übergabe muss eine Map oder null sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="116"/>
        <source>handoff from: %1</source>
        <translation>Übergabe von: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="118"/>
        <source>handoff to: %1</source>
        <translation>Übergabe an: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="122"/>
        <source>briefing situation: %1</source>
        <translation>Briefing-Lage: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="128"/>
        <source>briefing %1: %2</source>
        <translation>Briefing %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="132"/>
        <source>handoff time must be a positive integer</source>
        <translation>Übergabezeit muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="139"/>
        <source>log entry must be a map</source>
        <translation>Protokolleintrag muss eine Map sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="142"/>
        <source>unknown log entry kind &apos;%1&apos;</source>
        <translation>unbekannte Art von Protokolleintrag &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="145"/>
        <source>log text: %1</source>
        <translation>Protokolltext: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="148"/>
        <source>a correction must name the entry it corrects</source>
        <translation>eine Korrektur muss den Eintrag nennen, den sie korrigiert</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="162"/>
        <source>severity must be 1 to 4</source>
        <translation>Schweregrad muss zwischen 1 und 4 liegen</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="164"/>
        <source>unknown lifecycle state</source>
        <translation>unbekannter Lebenszyklus-Status</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="392"/>
        <source>The bridge link is longer than %1 characters.</source>
        <translation>Der Konferenzlink ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="394"/>
        <source>The bridge link has spaces in it.</source>
        <translation>Der Konferenzlink enthält Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="398"/>
        <source>The bridge link is not a link: paste it whole, starting with https://.</source>
        <translation>Der Konferenzlink ist kein Link: Fügen Sie ihn vollständig ein, beginnend mit https://.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="400"/>
        <source>The bridge link names no host.</source>
        <translation>Der Konferenzlink nennt keinen Server.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="402"/>
        <source>The bridge link names no number or address.</source>
        <translation>Der Konferenzlink nennt keine Nummer oder Adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="403"/>
        <source>A bridge link starts with https://, http://, tel: or sip:, not %1:.</source>
        <translation>Ein Konferenzlink beginnt mit https://, http://, tel: oder sip:, nicht mit %1:.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="465"/>
        <source>a map names the key %1 twice</source>
        <translation>eine Map enthält den Schlüssel %1 zweimal</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="495"/>
        <source>only incidents have entries</source>
        <translation>nur Incidents haben Einträge</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="31"/>
        <source>recipients must be a list of at most %1 addresses</source>
        <translation>Empfänger müssen eine Liste mit höchstens %1 Adressen sein</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="34"/>
        <source>an address must be text</source>
        <translation>eine Adresse muss Text sein</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="36"/>
        <source>address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="44"/>
        <source>minutes must be a whole number from %1 to %2</source>
        <translation>Minuten müssen eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="130"/>
        <source>a list needs a name</source>
        <translation>ein Verteiler braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="136"/>
        <source>an audience is executives, support, engineering or customers</source>
        <translation>eine Zielgruppe ist executives, support, engineering oder customers</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="146"/>
        <source>a time zone is an IANA name such as Europe/Berlin, or empty for UTC</source>
        <translation>eine Zeitzone ist ein IANA-Name wie Europe/Berlin oder leer für UTC</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="149"/>
        <location filename="../src/core/fields.cpp" line="167"/>
        <location filename="../src/core/fields.cpp" line="184"/>
        <source>value must be true or false</source>
        <translation>Wert muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="150"/>
        <source>unknown list field &apos;%1&apos;</source>
        <translation>unbekanntes Verteilerfeld &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="162"/>
        <location filename="../src/core/fields.cpp" line="159"/>
        <source>the bridge link must be text</source>
        <translation>der Konferenzlink muss Text sein</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="167"/>
        <source>a template must be a map or null</source>
        <translation>eine Vorlage muss eine Map oder null sein</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="171"/>
        <source>a template needs a subject</source>
        <translation>eine Vorlage braucht einen Betreff</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="173"/>
        <source>template subject: %1</source>
        <translation>Betreff der Vorlage: %1</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="176"/>
        <source>a template needs a body</source>
        <translation>eine Vorlage braucht einen Nachrichtentext</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="179"/>
        <source>unknown communication setting &apos;%1&apos;</source>
        <translation>unbekannte Kommunikationseinstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="170"/>
        <source>services must be a list of at most %1 names</source>
        <translation>Services müssen eine Liste mit höchstens %1 Namen sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="173"/>
        <source>service name: %1</source>
        <translation>Service-Name: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="180"/>
        <source>milestone must be a time or null</source>
        <translation>Meilenstein muss eine Zeit oder null sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="203"/>
        <source>unknown incident field &apos;%1&apos;</source>
        <translation>unbekanntes Incident-Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="212"/>
        <source>unknown person field &apos;%1&apos;</source>
        <translation>unbekanntes Personenfeld &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="374"/>
        <source>text is longer than %1 characters</source>
        <translation>Text ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="382"/>
        <source>text contains a control character</source>
        <translation>Text enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="382"/>
        <source>text must be a single line</source>
        <translation>Text muss einzeilig sein</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="424"/>
        <source>Give the incident a short title that says what is broken.</source>
        <translation>Geben Sie dem Incident einen kurzen Titel, der beschreibt, was nicht funktioniert.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="426"/>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="428"/>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="430"/>
        <source>Customer impact: %1</source>
        <translation>Auswirkung auf Kunden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="432"/>
        <source>At most %1 services.</source>
        <translation>Höchstens %1 Services.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="435"/>
        <source>Service “%1”: %2</source>
        <translation>Service „%1“: %2</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="479"/>
        <source>malformed entity &apos;%1&apos;</source>
        <translation>fehlerhafte Entität &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="481"/>
        <source>this change is too large to sync (%1 KiB; at most %2 KiB): shorten it</source>
        <translation>diese Änderung ist zu groß für die Synchronisierung (%1 KiB; höchstens %2 KiB): kürzen Sie sie</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="490"/>
        <source>unknown incident entry &apos;%1&apos;</source>
        <translation>unbekannter Incident-Eintrag &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/hlc.cpp" line="33"/>
        <source>clock %1 ms ahead of ours (limit %2 ms)</source>
        <translation>Uhr geht %1 ms gegenüber unserer vor (Grenze %2 ms)</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="30"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="44"/>
        <source>no &apos;# Title&apos; line</source>
        <translation>keine Zeile &apos;# Titel&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="46"/>
        <source>title is longer than %1 characters</source>
        <translation>Titel ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="49"/>
        <source>no &apos;- [ ] step&apos; lines</source>
        <translation>keine Zeilen &apos;- [ ] Schritt&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="51"/>
        <source>more than %1 steps</source>
        <translation>mehr als %1 Schritte</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="66"/>
        <source>unreadable or larger than 256 KiB</source>
        <translation>nicht lesbar oder größer als 256 KiB</translation>
    </message>
    <message>
        <location filename="../src/store/instancelock.cpp" line="19"/>
        <source>Cannot create the data directory %1</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/store/instancelock.cpp" line="30"/>
        <source>Muster is already running with the data directory %1 (process %2 on %3). Switch to that window, or start this one with another --data-dir.</source>
        <translation>Muster läuft bereits mit dem Datenverzeichnis %1 (Prozess %2 auf %3). Wechseln Sie zu diesem Fenster oder starten Sie diese Instanz mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <location filename="../src/store/instancelock.cpp" line="39"/>
        <source>Cannot lock the data directory %1 (is it writable?)</source>
        <translation>Das Datenverzeichnis %1 kann nicht gesperrt werden (ist es beschreibbar?)</translation>
    </message>
    <message>
        <location filename="../src/store/migrations.cpp" line="189"/>
        <source>Cannot read the schema version</source>
        <translation>Die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="27"/>
        <source>Muster: incident command center for on-call and SRE teams</source>
        <translation>Muster: Incident-Kommandozentrale für On-Call- und SRE-Teams</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="61"/>
        <location filename="../src/relay/relaycommandline.cpp" line="85"/>
        <location filename="../src/relay/relaycommandline.cpp" line="179"/>
        <location filename="../src/app/commandline.cpp" line="28"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="180"/>
        <location filename="../src/app/commandline.cpp" line="29"/>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="182"/>
        <source>Address and port to listen on (default 127.0.0.1:7447; port 0 picks a free one).</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Standard: 127.0.0.1:7447; bei Port 0 wird ein freier gewählt).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="184"/>
        <location filename="../src/relay/relaycommandline.cpp" line="199"/>
        <source>ADDR:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="62"/>
        <location filename="../src/relay/relaycommandline.cpp" line="86"/>
        <location filename="../src/relay/relaycommandline.cpp" line="185"/>
        <source>The relay&apos;s SQLite database.</source>
        <translation>Die SQLite-Datenbank des Relays.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="62"/>
        <location filename="../src/relay/integrationcommands.cpp" line="83"/>
        <location filename="../src/relay/relaycommandline.cpp" line="86"/>
        <location filename="../src/relay/relaycommandline.cpp" line="185"/>
        <location filename="../src/relay/relaycommandline.cpp" line="229"/>
        <location filename="../src/relay/relaycommandline.cpp" line="232"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="87"/>
        <source>The workspace the token opens.</source>
        <translation>Der Workspace, den das Token öffnet.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="64"/>
        <location filename="../src/relay/integrationcommands.cpp" line="71"/>
        <location filename="../src/relay/integrationcommands.cpp" line="379"/>
        <location filename="../src/relay/relaycommandline.cpp" line="88"/>
        <location filename="../src/relay/relaycommandline.cpp" line="89"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="89"/>
        <source>Who the token is for.</source>
        <translation>Für wen das Token bestimmt ist.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="94"/>
        <location filename="../src/relay/tokencommands.cpp" line="63"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="131"/>
        <location filename="../src/relay/relaycommandline.cpp" line="108"/>
        <source>&apos;%1&apos; is not a valid workspace name</source>
        <translation>&apos;%1&apos; ist kein gültiger Workspace-Name</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="109"/>
        <source>token create needs --workspace NAME</source>
        <translation>token create benötigt --workspace NAME</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="114"/>
        <source>--user wants a name of 1 to 200 characters without control characters</source>
        <translation>--user erwartet einen Namen mit 1 bis 200 Zeichen ohne Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="115"/>
        <source>token create needs --user NAME</source>
        <translation>token create benötigt --user NAME</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="78"/>
        <source>Manages the relay&apos;s access tokens.

  token create --workspace W --user U [--role member|viewer|webhook|admin]
      prints a new token once, on its own line; the relay keeps only its digest
  token list
      every token: id, workspace, user, role, when created, whether revoked
  token revoke ID
      the token&apos;s open connections close within 10 seconds</source>
        <translation>Verwaltet die Zugangstokens des Relays.

  token create --workspace W --user U [--role member|viewer|webhook|admin]
      gibt einmalig ein neues Token in einer eigenen Zeile aus; das Relay speichert nur dessen Digest
  token list
      alle Tokens: ID, Workspace, Benutzer, Rolle, Erstellungszeitpunkt, ob widerrufen
  token revoke ID
      die offenen Verbindungen des Tokens werden innerhalb von 10 Sekunden geschlossen</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="91"/>
        <source>member (reads and writes), viewer (reads: a wall display), webhook (the HTTP listener only) or admin (a member who also manages the workspace&apos;s integrations). Default member.</source>
        <translation>member (liest und schreibt), viewer (liest: ein Wanddisplay), webhook (nur der HTTP-Listener) oder admin (ein member, der auch die Integrationen des Workspace verwaltet). Standard ist member.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="120"/>
        <source>--role is member, viewer, webhook or admin, not &apos;%1&apos;</source>
        <translation>--role ist member, viewer, webhook oder admin, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="130"/>
        <source>token revoke needs the token&apos;s id (see token list)</source>
        <translation>token revoke benötigt die ID des Tokens (siehe token list)</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="134"/>
        <source>token wants create, list or revoke</source>
        <translation>token erwartet create, list oder revoke</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="135"/>
        <source>token wants create, list or revoke, not &apos;%1&apos;</source>
        <translation>token erwartet create, list oder revoke, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="142"/>
        <source>--workspace, --user and --role belong to token create</source>
        <translation>--workspace, --user und --role gehören zu token create</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="176"/>
        <source>Muster&apos;s relay: keeps every teammate&apos;s incident picture in sync.

Also: muster-relay token … (access tokens) and muster-relay integration … (chat integrations); add --help to either.</source>
        <translation>Das Relay von Muster: hält das Incident-Lagebild aller Teammitglieder synchron.

Außerdem: muster-relay token … (Zugangstokens) und muster-relay integration … (Chat-Integrationen); mit --help jeweils die Hilfe.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="187"/>
        <source>Largest message or frame accepted (default 65536).</source>
        <translation>Maximale Größe einer angenommenen Nachricht oder eines Frames (Standard: 65536).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="188"/>
        <location filename="../src/relay/relaycommandline.cpp" line="225"/>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="190"/>
        <source>Refuse ops stamped more than this far ahead of the relay&apos;s clock (default 60).</source>
        <translation>Operationen ablehnen, deren Zeitstempel der Uhr des Relays um mehr als so viele Sekunden voraus ist (Standard: 60).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="192"/>
        <location filename="../src/relay/relaycommandline.cpp" line="195"/>
        <location filename="../src/relay/relaycommandline.cpp" line="212"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="194"/>
        <source>Ping every peer this often; two missed pongs drop it (default 20).</source>
        <translation>Jeden Peer in diesem Abstand anpingen; nach zwei ausgebliebenen Pongs wird er getrennt (Standard: 20).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="197"/>
        <source>Also receive Alertmanager webhooks over HTTP on this address and port, at /alertmanager/WORKSPACE (off unless given).</source>
        <translation>Zusätzlich Alertmanager-Webhooks per HTTP auf dieser Adresse und diesem Port empfangen, unter /alertmanager/WORKSPACE (aus, wenn nicht angegeben).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="202"/>
        <source>Let in connections and webhooks that carry no token, as members of every workspace. Only for trying Muster on one machine.</source>
        <translation>Lässt Verbindungen und Webhooks ohne Token zu, als Mitglieder aller Workspaces. Nur zum Ausprobieren von Muster auf einem einzelnen Rechner.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="205"/>
        <source>Failed authentications an address may make in a minute before it is shut out, a minute at first and twice as long each time after (default 10).</source>
        <translation>Fehlgeschlagene Authentifizierungen, die eine Adresse pro Minute haben darf, bevor sie gesperrt wird – zunächst für eine Minute, danach jedes Mal doppelt so lange (Standard 10).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="208"/>
        <location filename="../src/relay/relaycommandline.cpp" line="216"/>
        <location filename="../src/relay/relaycommandline.cpp" line="218"/>
        <location filename="../src/relay/relaycommandline.cpp" line="221"/>
        <location filename="../src/relay/relaycommandline.cpp" line="237"/>
        <source>COUNT</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="210"/>
        <source>The WebSocket upgrade, and then the hello, must each come within this time (default 5).</source>
        <translation>Das WebSocket-Upgrade und danach die hello-Nachricht müssen jeweils innerhalb dieser Zeit eintreffen (Standard 5).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="214"/>
        <source>Messages one connection may send a second, with twice as many in a burst; more closes it with 4429 (default 500).</source>
        <translation>Nachrichten, die eine Verbindung pro Sekunde senden darf, im Burst doppelt so viele; bei mehr wird sie mit 4429 geschlossen (Standard 500).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="218"/>
        <source>Open connections one token may hold (default 20).</source>
        <translation>Offene Verbindungen, die ein Token halten darf (Standard 20).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="220"/>
        <source>Ops one push may carry; told to clients in welcome (default 500).</source>
        <translation>Operationen, die ein Push höchstens enthalten darf; wird den Clients in welcome mitgeteilt (Standard 500).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="223"/>
        <source>Bytes waiting to be written to a client before it is switched to paged catch-up (default 1048576).</source>
        <translation>Bytes, die auf das Schreiben an einen Client warten dürfen, bevor er auf seitenweises Nachholen umgestellt wird (Standard 1048576).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="227"/>
        <source>Serve wss:// (and https:// on --http) with this PEM certificate, its chain after it.</source>
        <translation>Stellt wss:// (und https:// auf --http) mit diesem PEM-Zertifikat bereit; die Zertifikatskette folgt ihm in der Datei.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="231"/>
        <source>The certificate&apos;s PEM private key (EC or RSA, unencrypted).</source>
        <translation>Der private PEM-Schlüssel des Zertifikats (EC oder RSA, unverschlüsselt).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="234"/>
        <source>Threads that read and write the connections, beside the one that stores the ops; 0 keeps every connection on that one (default 2).</source>
        <translation>Threads, die die Verbindungen lesen und schreiben, neben dem, der die Ops speichert; 0 lässt jede Verbindung auf diesem (Standard 2).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="240"/>
        <source>Shortest time between the starts of two group commits: under load each commit, and each message to the clients, carries more ops. 0 commits at every turn (default 1).</source>
        <translation>Kürzeste Zeit zwischen dem Beginn zweier Gruppen-Commits: unter Last trägt jeder Commit, und jede Nachricht an die Clients, mehr Ops. 0 committet in jedem Durchlauf (Standard 1).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="242"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="257"/>
        <source>--listen wants ADDR:PORT, like 127.0.0.1:7447, not &apos;%1&apos;</source>
        <translation>--listen erwartet ADRESSE:PORT, z. B. 127.0.0.1:7447, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="263"/>
        <source>--http wants ADDR:PORT, like 127.0.0.1:9095, not &apos;%1&apos;</source>
        <translation>--http erwartet ADRESSE:PORT, etwa 127.0.0.1:9095, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="273"/>
        <source>--%1 wants a whole number from %2 to %3</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="311"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="30"/>
        <source>Keep the database in DIR.</source>
        <translation>Datenbank in DIR ablegen.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="33"/>
        <source>Open workspace NAME (default: default).</source>
        <translation>Arbeitsbereich NAME öffnen (Standard: default).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="35"/>
        <source>Your name in the people directory.</source>
        <translation>Ihr Name im Personenverzeichnis.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="39"/>
        <source>Sync with the relay at URL, e.g. ws://127.0.0.1:7447 (default: as saved in Settings; none means local only).</source>
        <translation>Mit dem Relay unter URL synchronisieren, z. B. ws://127.0.0.1:7447 (Standard: wie in den Einstellungen gespeichert; ohne Relay nur lokal).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="44"/>
        <source>For a wss:// relay with a private CA or a self-signed certificate: trust only the PEM certificates in FILE.</source>
        <translation>Für ein wss://-Relay mit privater CA oder selbstsigniertem Zertifikat: Nur den PEM-Zertifikaten in DATEI wird vertraut.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="49"/>
        <source>Show what the Prometheus Alertmanager at URL reports as firing, e.g. http://127.0.0.1:9093. May be given more than once.</source>
        <translation>Anzeigen, was der Prometheus Alertmanager unter URL als aktiv meldet, z. B. http://127.0.0.1:9093. Kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="53"/>
        <source>Fill an empty database with a realistic sample.</source>
        <translation>Eine leere Datenbank mit realistischen Beispieldaten füllen.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="55"/>
        <source>Start as the war-room wall display: full screen, read only, every active incident as a tile. Escape leaves it.</source>
        <translation>Als Wandanzeige für den Lageraum starten: Vollbild, nur zur Ansicht, jeder aktive Incident als Kachel. Esc beendet sie.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="59"/>
        <source>On the wall, show each page this many seconds when the tiles need more than one (5 to 300, default 15).</source>
        <translation>Auf der Wandanzeige jede Seite so viele Sekunden lang zeigen, wenn die Kacheln mehr als eine Seite brauchen (5 bis 300, Standard: 15).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="63"/>
        <source>Render offscreen, save a PNG to FILE and exit.</source>
        <translation>Ohne Bildschirm rendern, ein PNG in FILE speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="67"/>
        <source>With --screenshot: board, incident (incident:N for the N-th on the board), people, detection, actions, retrospective (of the first incident in its retrospective), comms (the first incident&apos;s update form), comms-settings, settings, integrations (with two sample integrations), palette (palette:TEXT with TEXT typed), wall (wall:N for its N-th page) or metrics.</source>
        <translation>Mit --screenshot: board, incident (incident:N für den N-ten auf dem Board), people, detection, actions, retrospective (des ersten Incidents, der sich in der Retrospektive befindet), comms (das Update-Formular des ersten Incidents), comms-settings, settings, integrations (mit zwei Beispiel-Integrationen), palette (palette:TEXT mit eingetipptem TEXT), wall (wall:N für ihre N-te Seite) oder metrics.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="76"/>
        <source>light, dark or contrast (high contrast) for this run (default: as last chosen).</source>
        <translation>light, dark oder contrast (hoher Kontrast) für diesen Lauf (Standard: wie zuletzt gewählt).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="80"/>
        <source>Text size, 0.5 to 2 times Muster&apos;s own (default: from the desktop&apos;s font size).</source>
        <translation>Textgröße, 0,5- bis 2-mal die von Muster (Standard: nach der Schriftgröße des Desktops).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="172"/>
        <source>unknown view &apos;%1&apos; (board, incident, incident:N, comms, comms-settings, people, detection, actions, retrospective, settings, integrations, palette, palette:TEXT, wall or metrics)</source>
        <translation>unbekannte Ansicht &apos;%1&apos; (board, incident, incident:N, comms, comms-settings, people, detection, actions, retrospective, settings, integrations, palette, palette:TEXT, wall oder metrics)</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="194"/>
        <source>--theme takes light, dark or contrast</source>
        <translation>--theme erwartet light, dark oder contrast</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="202"/>
        <source>--font-scale takes a number from 0.5 to 2, e.g. 1.25</source>
        <translation>--font-scale erwartet eine Zahl von 0.5 bis 2, z. B. 1.25</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="84"/>
        <source>en, de or es for this run, or system (default: as saved, else the system&apos;s language).</source>
        <translation>en, de oder es für diesen Start, oder system (Standard: wie gespeichert, sonst die Sprache des Systems).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="128"/>
        <source>--relay-ca: %1</source>
        <translation>--relay-ca: %1</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="135"/>
        <source>MUSTER_TOKEN: %1</source>
        <translation>MUSTER_TOKEN: %1</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="151"/>
        <source>--wall-page-seconds takes a number of seconds from 5 to 300</source>
        <translation>--wall-page-seconds erwartet eine Anzahl Sekunden von 5 bis 300</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="141"/>
        <source>--alertmanager wants an http:// or https:// URL, like http://127.0.0.1:9093</source>
        <translation>--alertmanager erwartet eine http://- oder https://-URL, z. B. http://127.0.0.1:9093</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="72"/>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>Fenstergröße, z. B. 1920x1080.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="195"/>
        <location filename="../src/relay/relaycommandline.cpp" line="139"/>
        <location filename="../src/relay/relaycommandline.cpp" line="253"/>
        <location filename="../src/app/commandline.cpp" line="102"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="98"/>
        <source>Usage: musterctl [--data-dir DIR] [--relay URL] [--token T] [--workspace W] [--user U] COMMAND ...

Scripted access to a Muster workspace: the same database and sync as the desktop app.

Commands:
</source>
        <translation>Aufruf: musterctl [--data-dir VERZ] [--relay URL] [--token T] [--workspace W] [--user U] BEFEHL ...

Skriptgesteuerter Zugriff auf einen Muster-Workspace: dieselbe Datenbank und Synchronisation wie die Desktop-App.

Befehle:
</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="107"/>
        <source>

Global options:
  --data-dir DIR   where the workspace database lives (default: the desktop app&apos;s)
  --relay URL      the relay to sync with, e.g. ws://127.0.0.1:7447
  --token T        the relay access token (better: set MUSTER_TOKEN, which ps cannot show)
  --ca-file FILE   trust only the PEM certificates in FILE for a wss:// relay
  --workspace W    the workspace (default: default)
  --user U         who you are in the people directory (default: $USER)

Exit codes: 0 done, 1 database failure, 2 usage, 3 no such incident or alert, 4 refused as
invalid, 5 sync incomplete, 6 Alertmanager unreachable, 7 the log&apos;s hash chain does not hold.
See docs/musterctl.md.
</source>
        <translation>

Globale Optionen:
  --data-dir VERZ  wo die Workspace-Datenbank liegt (Standard: die der Desktop-App)
  --relay URL      das Relay für die Synchronisation, z. B. ws://127.0.0.1:7447
  --token T        das Zugangstoken des Relays (besser: MUSTER_TOKEN setzen, das ps nicht anzeigen kann)
  --ca-file DATEI  für ein wss://-Relay nur den PEM-Zertifikaten in DATEI vertrauen
  --workspace W    der Workspace (Standard: default)
  --user U         wer Sie im Personenverzeichnis sind (Standard: $USER)

Exit-Codes: 0 erledigt, 1 Datenbankfehler, 2 Aufruffehler, 3 Incident oder Alert nicht gefunden,
4 als ungültig abgelehnt, 5 Synchronisation unvollständig, 6 Alertmanager nicht erreichbar, 7 die Hash-Kette des Protokolls ist nicht intakt.
Siehe docs/musterctl.md.
</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="181"/>
        <source>no command given; try musterctl --help</source>
        <translation>kein Befehl angegeben; siehe musterctl --help</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="187"/>
        <source>unknown command &apos;%1&apos;; try musterctl --help</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe musterctl --help</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="192"/>
        <source>%1 takes no --%2 (usage: musterctl %3)</source>
        <translation>%1 kennt keine Option --%2 (Aufruf: musterctl %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="198"/>
        <location filename="../src/cli/ctlcommandline.cpp" line="251"/>
        <source>usage: musterctl %1</source>
        <translation>Aufruf: musterctl %1</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="210"/>
        <location filename="../src/app/commandline.cpp" line="110"/>
        <source>workspace names are 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Namen von Arbeitsbereichen bestehen aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="217"/>
        <location filename="../src/app/commandline.cpp" line="120"/>
        <source>--relay wants a ws:// or wss:// URL, like ws://127.0.0.1:7447</source>
        <translation>--relay erwartet eine ws://- oder wss://-URL, z. B. ws://127.0.0.1:7447</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="227"/>
        <source>the access token has characters a token cannot have (spaces, line breaks or non-ASCII)</source>
        <translation>das Zugangstoken enthält Zeichen, die ein Token nicht enthalten kann (Leerzeichen, Zeilenumbrüche oder Nicht-ASCII-Zeichen)</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="245"/>
        <source>--kind wants note, decision or action</source>
        <translation>--kind erwartet note, decision oder action</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="257"/>
        <location filename="../src/cli/ctlcommandline.cpp" line="311"/>
        <source>--severity wants 1, 2, 3 or 4</source>
        <translation>--severity erwartet 1, 2, 3 oder 4</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="265"/>
        <source>--timeout wants a whole number of seconds from 1 to 86400</source>
        <translation>--timeout erwartet eine ganze Zahl von Sekunden zwischen 1 und 86400</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="275"/>
        <source>--type wants executives, support, engineering or customers</source>
        <translation>--type erwartet executives, support, engineering oder customers</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="279"/>
        <source>an audience needs at least one --to address</source>
        <translation>eine Zielgruppe braucht mindestens eine Adresse mit --to</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="287"/>
        <source>metrics --chart wants one of %1</source>
        <translation>metrics --chart erwartet eines von: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="294"/>
        <source>&apos;%1&apos; is not a day: write it as YYYY-MM-DD</source>
        <translation>„%1“ ist kein Tag: bitte als YYYY-MM-DD schreiben</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="300"/>
        <source>--to is before --from</source>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="304"/>
        <source>metrics takes one --service</source>
        <translation>metrics nimmt nur ein --service</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="317"/>
        <source>--by wants week or month</source>
        <translation>--by erwartet week oder month</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="332"/>
        <source>comms needs --audience NAME (musterctl audiences lists them)</source>
        <translation>comms benötigt --audience NAME (musterctl audiences listet sie auf)</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="336"/>
        <source>--stage wants initial, scoping, update, mitigated or resolved</source>
        <translation>--stage erwartet initial, scoping, update, mitigated oder resolved</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="340"/>
        <source>comms wants one of --eml FILE or --text</source>
        <translation>comms erwartet entweder --eml FILE oder --text</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="347"/>
        <source>export --format wants md, pdf or json</source>
        <translation>export --format erwartet md, pdf oder json</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="358"/>
        <source>%1 needs --alertmanager with an http:// or https:// URL, like http://127.0.0.1:9093</source>
        <translation>%1 benötigt --alertmanager mit einer http://- oder https://-URL, z. B. http://127.0.0.1:9093</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="369"/>
        <source>&apos;%1&apos; is not an alert fingerprint (1 to 64 letters and digits)</source>
        <translation>&apos;%1&apos; ist kein Alarm-Fingerprint (1 bis 64 Buchstaben und Ziffern)</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="182"/>
        <source>--size takes WIDTHxHEIGHT, for example 1366x768</source>
        <translation>--size erwartet BREITExHÖHE, zum Beispiel 1366x768</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="189"/>
        <source>--language takes en, de, es or system</source>
        <translation>--language erwartet en, de, es oder system</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="67"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="69"/>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="71"/>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="72"/>
        <source>%1 d ago</source>
        <translation>vor %1 Tg.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="72"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="114"/>
        <source>Other teams are needed</source>
        <translation>Andere Teams werden benötigt</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="116"/>
        <source>Customers can see the problem</source>
        <translation>Kunden bemerken das Problem</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="118"/>
        <source>Unresolved after an hour of analysis</source>
        <translation>Nach einer Stunde Analyse ungelöst</translation>
    </message>
    <message>
        <location filename="../src/app/rostermodel.cpp" line="56"/>
        <source>Subject-matter expert</source>
        <translation>Fachexperte</translation>
    </message>
    <message>
        <location filename="../src/app/logentryeditor.cpp" line="53"/>
        <source>Choose note, decision or action.</source>
        <translation>Wählen Sie Notiz, Entscheidung oder Maßnahme.</translation>
    </message>
    <message>
        <location filename="../src/app/logentryeditor.cpp" line="55"/>
        <source>Write what happened, was decided or is being done.</source>
        <translation>Beschreiben Sie, was passiert ist, entschieden wurde oder gerade getan wird.</translation>
    </message>
    <message>
        <location filename="../src/app/logentryeditor.cpp" line="59"/>
        <location filename="../src/app/incidentdetailseditor.cpp" line="57"/>
        <source>No incident is open.</source>
        <translation>Es ist kein Incident geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/store/sqlitestatement.cpp" line="93"/>
        <source>The database is in use by another program and stayed locked. Nothing was changed; close the other program and try again.</source>
        <translation>Die Datenbank wird von einem anderen Programm verwendet und blieb gesperrt. Es wurde nichts geändert; schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/store/sqlitestatement.cpp" line="97"/>
        <source>The disk is full. The change was not saved; free some space and try again.</source>
        <translation>Der Datenträger ist voll. Die Änderung wurde nicht gespeichert; geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/store/sqlitestatement.cpp" line="102"/>
        <source>The database is damaged (%1). It was left untouched; restore it from a backup.</source>
        <translation>Die Datenbank ist beschädigt (%1). Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../src/store/sqlitestatement.cpp" line="104"/>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <location filename="../src/app/declareincidenteditor.cpp" line="71"/>
        <source>Pick a severity. Unsure? Pick the higher one.</source>
        <translation>Wählen Sie einen Schweregrad. Unsicher? Wählen Sie den höheren.</translation>
    </message>
    <message>
        <location filename="../src/app/declareincidenteditor.cpp" line="73"/>
        <source>Muster is still starting.</source>
        <translation>Muster wird noch gestartet.</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="63"/>
        <source>The relay address must look like ws://relay.example.org:7447 (or be empty for local only).</source>
        <translation>Die Relay-Adresse muss wie ws://relay.example.org:7447 aussehen (oder leer sein, um nur lokal zu arbeiten).</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="66"/>
        <source>Workspace names are 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Namen von Arbeitsbereichen bestehen aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="69"/>
        <source>Display name: %1</source>
        <translation>Anzeigename: %1</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="109"/>
        <source>&apos;%1&apos; is not an Alertmanager address; write one like http://alertmanager.example:9093 on each line.</source>
        <translation>&apos;%1&apos; ist keine Alertmanager-Adresse; schreiben Sie eine wie http://alertmanager.example:9093 in jede Zeile.</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="114"/>
        <source>Muster polls at most %1 Alertmanagers; send the others&apos; webhooks to the relay.</source>
        <translation>Muster fragt höchstens %1 Alertmanager ab; senden Sie die Webhooks der übrigen an das Relay.</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="117"/>
        <source>Ask every %1 to %2 seconds.</source>
        <translation>Fragen Sie alle %1 bis %2 Sekunden ab.</translation>
    </message>
    <message>
        <location filename="../src/core/milestonecheck.cpp" line="48"/>
        <source>before %1 (%2)</source>
        <translation>vor %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/milestonecheck.cpp" line="51"/>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="35"/>
        <source>“Human error” ends the inquiry where it should start.</source>
        <translation>„Menschliches Versagen“ beendet die Untersuchung dort, wo sie beginnen sollte.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="36"/>
        <source>Say what made the mistake easy to make: “the runbook step did not say which cluster”.</source>
        <translation>Beschreiben Sie, was den Fehler begünstigt hat: „im Runbook-Schritt stand nicht, welcher Cluster gemeint war“.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="41"/>
        <source>This judges a person, not what happened.</source>
        <translation>Das bewertet eine Person, nicht das Geschehen.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="42"/>
        <source>Describe the action and its context: “the change was applied without a second review”.</source>
        <translation>Beschreiben Sie die Handlung und ihren Kontext: „die Änderung wurde ohne zweites Review eingespielt“.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="47"/>
        <source>Hindsight: it was not known then what is known now.</source>
        <translation>Rückschaufehler: Damals war nicht bekannt, was heute bekannt ist.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="48"/>
        <source>Say what was visible at the time: “the dashboard did not show the EU error rate”.</source>
        <translation>Beschreiben Sie, was damals sichtbar war: „das Dashboard zeigte die EU-Fehlerrate nicht an“.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="52"/>
        <source>This frames a gap in the process as a person&apos;s failing.</source>
        <translation>Das stellt eine Lücke im Prozess als Versagen einer Person dar.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="53"/>
        <source>Say what did not happen and what would have prompted it: “the checklist has no step for it”.</source>
        <translation>Beschreiben Sie, was nicht geschah und was es ausgelöst hätte: „die Checkliste enthält dafür keinen Schritt“.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="55"/>
        <source>Blame makes people hide what they know.</source>
        <translation>Schuldzuweisungen bringen Menschen dazu, ihr Wissen zu verschweigen.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="56"/>
        <source>Name the contributing factors instead: conditions, defaults, missing safeguards.</source>
        <translation>Nennen Sie stattdessen die beitragenden Faktoren: Bedingungen, Standardeinstellungen, fehlende Schutzmechanismen.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="59"/>
        <source>These words make the situation look simpler than it was for the people in it.</source>
        <translation>Diese Wörter lassen die Lage einfacher erscheinen, als sie für die Beteiligten war.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="60"/>
        <source>Leave them out, or say what made it hard to see then.</source>
        <translation>Lassen Sie sie weg oder beschreiben Sie, was es damals schwer erkennbar machte.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="98"/>
        <source>This names a person as the cause.</source>
        <translation>Das benennt eine Person als Ursache.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="99"/>
        <source>Name the change or the condition instead: “the 14:02 deploy removed the index”.</source>
        <translation>Nennen Sie stattdessen die Änderung oder den Zustand: „das Deployment um 14:02 hat den Index entfernt“.</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="42"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="44"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="46"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="63"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="65"/>
        <source>Who was affected</source>
        <translation>Wer betroffen war</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="67"/>
        <source>SLO impact</source>
        <translation>Auswirkung auf SLOs</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="69"/>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="71"/>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="73"/>
        <source>What went poorly</source>
        <translation>Was schlecht lief</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="75"/>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="118"/>
        <source>a review state is draft, review or published</source>
        <translation>ein Prüfstatus ist draft, review oder published</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="121"/>
        <source>timeline inclusion must be true, false or null</source>
        <translation>die Aufnahme in die Zeitleiste muss true, false oder null sein</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="123"/>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="26"/>
        <source>a tracker issue is a map of key, url, status, category and integration</source>
        <translation>ein Tracker-Vorgang ist eine Map aus key, url, status, category und integration</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="37"/>
        <source>&apos;%1&apos; is not an issue key like OPS-123</source>
        <translation>„%1“ ist kein Vorgangsschlüssel wie OPS-123</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="40"/>
        <source>a tracker issue&apos;s page must be an http or https address</source>
        <translation>die Seite eines Tracker-Vorgangs muss eine http- oder https-Adresse sein</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="56"/>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="56"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="81"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="85"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="163"/>
        <source>a task needs a title</source>
        <translation>eine Aufgabe braucht einen Titel</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="167"/>
        <source>a task is a &apos;task&apos; or an &apos;action&apos;</source>
        <translation>die Art einer Aufgabe ist &apos;task&apos; oder &apos;action&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="170"/>
        <source>a task&apos;s owner must be a person id or empty</source>
        <translation>die verantwortliche Person einer Aufgabe muss eine Personen-ID oder leer sein</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="176"/>
        <source>a due time must be a time or null</source>
        <translation>ein Fälligkeitstermin muss eine Zeit oder null sein</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="178"/>
        <source>a task is open, done or dropped</source>
        <translation>der Status einer Aufgabe ist open, done oder dropped</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="181"/>
        <source>a task&apos;s creation time must be a time</source>
        <translation>die Erstellungszeit einer Aufgabe muss eine Zeit sein</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="184"/>
        <source>a tracker request&apos;s time must be a time</source>
        <translation>der Zeitpunkt einer Tracker-Anfrage muss ein Zeitpunkt sein</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="187"/>
        <source>unknown task attribute &apos;%1&apos;</source>
        <translation>unbekanntes Aufgabenattribut &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/incidentrecord.cpp" line="79"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/incidentrecord.cpp" line="82"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/incidentrecord.cpp" line="83"/>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/incidentrecord.cpp" line="126"/>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/incidentrecord.cpp" line="130"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/pdfexport.cpp" line="288"/>
        <source>a PDF needs fonts: make it from the desktop app or musterctl</source>
        <translation>ein PDF braucht Schriftarten: erstellen Sie es mit der Desktop-App oder mit musterctl</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/pdfexport.cpp" line="305"/>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="34"/>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="37"/>
        <source>a %1 address must be text</source>
        <translation>eine %1-Adresse muss Text sein</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="39"/>
        <source>%1 address: %2</source>
        <translation>%1-Adresse: %2</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="90"/>
        <source>a sent update must be a map</source>
        <translation>ein gesendetes Update muss eine Map sein</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="95"/>
        <source>update list: %1</source>
        <translation>Verteiler des Updates: %1</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="97"/>
        <source>unknown audience &apos;%1&apos;</source>
        <translation>unbekannte Zielgruppe &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="99"/>
        <source>unknown update stage &apos;%1&apos;</source>
        <translation>unbekannte Update-Phase &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="107"/>
        <source>an update goes to 1 to %1 recipients</source>
        <translation>ein Update geht an 1 bis %1 Empfänger</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="110"/>
        <source>an update needs a subject</source>
        <translation>ein Update braucht einen Betreff</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="112"/>
        <source>update subject: %1</source>
        <translation>Betreff des Updates: %1</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="115"/>
        <source>update body: value must be text</source>
        <translation>Text des Updates: Wert muss Text sein</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="117"/>
        <source>update body: %1</source>
        <translation>Text des Updates: %1</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="120"/>
        <source>an update&apos;s time must be a positive integer</source>
        <translation>die Zeit eines Updates muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="123"/>
        <source>an update names who sent it</source>
        <translation>ein Update muss nennen, wer es gesendet hat</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="81"/>
        <source>an approval must be a map or null</source>
        <translation>eine Freigabe muss eine Map oder null sein</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="84"/>
        <source>an approval is requested, approved or returned</source>
        <translation>eine Freigabe ist angefragt, freigegeben oder zurückgegeben</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="87"/>
        <source>an approval names an audience and a stage</source>
        <translation>eine Freigabe nennt eine Zielgruppe und eine Phase</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="90"/>
        <source>an update for approval needs a subject</source>
        <translation>ein Update zur Freigabe braucht einen Betreff</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="92"/>
        <source>approval subject: %1</source>
        <translation>Betreff der Freigabe: %1</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="96"/>
        <source>approval %1: value must be text</source>
        <translation>Freigabe %1: Wert muss Text sein</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="101"/>
        <source>approval body: %1</source>
        <translation>Text der Freigabe: %1</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="105"/>
        <source>approval comment: %1</source>
        <translation>Kommentar der Freigabe: %1</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="107"/>
        <source>an approval names who asked for it</source>
        <translation>eine Freigabe nennt, wer sie angefragt hat</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="110"/>
        <source>an approval&apos;s decision names a person</source>
        <translation>die Entscheidung über eine Freigabe nennt eine Person</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="28"/>
        <source>muster-relay: cannot save the token: %1</source>
        <translation>muster-relay: Das Token kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="32"/>
        <source>Token %1 for %2 in workspace %3 (%4). This is the only time it is shown; the relay keeps only its digest.</source>
        <translation>Token %1 für %2 in Workspace %3 (%4). Es wird nur dieses eine Mal angezeigt; das Relay speichert nur seinen Digest.</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="43"/>
        <source>muster-relay: cannot read the tokens: %1</source>
        <translation>muster-relay: Die Tokens können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="47"/>
        <source>No tokens yet. Create one with: muster-relay token create --workspace NAME --user NAME</source>
        <translation>Noch keine Tokens. Erstellen Sie eines mit: muster-relay token create --workspace NAME --user NAME</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="64"/>
        <source>The workspace whose incidents are posted.</source>
        <translation>Der Workspace, dessen Incidents gepostet werden.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="67"/>
        <source>slack, teams, mattermost, pagerduty (these post), pagerduty-webhook (receives) or jira (files action items).</source>
        <translation>slack, teams, mattermost, pagerduty (diese posten), pagerduty-webhook (empfängt) oder jira (legt Maßnahmen an).</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="69"/>
        <location filename="../src/relay/integrationcommands.cpp" line="379"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="70"/>
        <source>What the team calls it, like #incidents.</source>
        <translation>Wie das Team ihn nennt, etwa #incidents.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="77"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="79"/>
        <source>Quote a stakeholder update&apos;s text, not only its subject.</source>
        <translation>Den Text eines Stakeholder-Updates zitieren, nicht nur den Betreff.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="81"/>
        <source>Read the secret (webhook URL, integration key, signing secret or Jira token) from this file instead of standard input.</source>
        <translation>Das Geheimnis (Webhook-URL, Integrationsschlüssel, Signaturgeheimnis oder Jira-Token) aus dieser Datei statt der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="85"/>
        <source>Jira only: the site, like https://acme.atlassian.net.</source>
        <translation>Nur Jira: die Site, etwa https://acme.atlassian.net.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="87"/>
        <source>Jira only: the key of the project issues are filed in, like OPS.</source>
        <translation>Nur Jira: der Schlüssel des Projekts, in dem Vorgänge angelegt werden, etwa OPS.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="88"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="90"/>
        <source>Jira only: the issue type&apos;s name, like Task.</source>
        <translation>Nur Jira: der Name des Vorgangstyps, etwa Task.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="90"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="93"/>
        <source>Jira Cloud only: the e-mail of the account whose API token is given. Without it the token is a personal access token (Jira Data Center).</source>
        <translation>Nur Jira Cloud: die E-Mail des Kontos, dessen API-Token angegeben wird. Ohne sie ist das Token ein persönliches Zugriffstoken (Jira Data Center).</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="95"/>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="132"/>
        <source>integration add needs --workspace NAME</source>
        <translation>integration add braucht --workspace NAME</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="135"/>
        <source>--kind is slack, teams, mattermost, pagerduty, pagerduty-webhook or jira, not &apos;%1&apos;</source>
        <translation>--kind ist slack, teams, mattermost, pagerduty, pagerduty-webhook oder jira, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="137"/>
        <source>integration add needs --kind slack, teams, mattermost, pagerduty, pagerduty-webhook or jira</source>
        <translation>integration add braucht --kind slack, teams, mattermost, pagerduty, pagerduty-webhook oder jira</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="140"/>
        <source>integration add needs --name, like --name &apos;#incidents&apos;</source>
        <translation>integration add braucht --name, etwa --name &apos;#incidents&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="142"/>
        <source>--name wants 1 to 100 characters without control characters</source>
        <translation>--name braucht 1 bis 100 Zeichen ohne Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="148"/>
        <source>a jira integration files action items; --events, --update-text and --endpoint are for the others</source>
        <translation>eine jira-Integration legt Maßnahmen an; --events, --update-text und --endpoint sind für die anderen</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="151"/>
        <source>a jira integration needs --site, like --site https://acme.atlassian.net</source>
        <translation>eine jira-Integration braucht --site, etwa --site https://acme.atlassian.net</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="153"/>
        <source>--site: %1</source>
        <translation>--site: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="157"/>
        <source>--site, --project, --issue-type and --user are for --kind jira</source>
        <translation>--site, --project, --issue-type und --user gehören zu --kind jira</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="164"/>
        <source>--events takes %1, not &apos;%2&apos;</source>
        <translation>--events nimmt %1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="166"/>
        <source>action-item is for Jira integrations</source>
        <translation>action-item ist für Jira-Integrationen</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="185"/>
        <source>integration %1 needs the integration&apos;s id (see integration list)</source>
        <translation>integration %1 braucht die ID der Integration (siehe integration list)</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="189"/>
        <source>integration wants add, list, remove or retry</source>
        <translation>integration erwartet add, list, remove oder retry</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="190"/>
        <source>integration wants add, list, remove or retry, not &apos;%1&apos;</source>
        <translation>integration erwartet add, list, remove oder retry, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="201"/>
        <source>--workspace, --kind, --name, --events, --update-text, --url-file, --endpoint, --site, --project, --issue-type and --user belong to integration add</source>
        <translation>--workspace, --kind, --name, --events, --update-text, --url-file, --endpoint, --site, --project, --issue-type und --user gehören zu integration add</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="270"/>
        <source>muster-relay: workspace %1 files action items in Jira already (%2); remove that one first</source>
        <translation>muster-relay: Workspace %1 legt Maßnahmen bereits in Jira an (%2); entfernen Sie diese Integration zuerst</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="285"/>
        <source>Integration %1: action items of workspace %2 sent to Jira become %3 issues in project %4 at %5, filed as %6. A running relay starts within 10 seconds.</source>
        <translation>Integration %1: an Jira gesendete Maßnahmen des Workspace %2 werden Vorgänge vom Typ %3 im Projekt %4 auf %5, angelegt als %6. Ein laufendes Relay beginnt innerhalb von 10 Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="290"/>
        <source>the personal access token&apos;s account</source>
        <translation>das Konto des persönlichen Zugriffstokens</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="305"/>
        <source>muster-relay: cannot read %1: %2</source>
        <translation>muster-relay: kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="312"/>
        <source>Jira token (read from standard input, not echoed to any log):</source>
        <translation>Jira-Token (von der Standardeingabe gelesen, in kein Protokoll geschrieben):</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="318"/>
        <source>Webhook URL (read from standard input, not echoed to any log):</source>
        <translation>Webhook-URL (aus der Standardeingabe gelesen, in keinem Protokoll wiederholt):</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="236"/>
        <location filename="../src/relay/integrationcommands.cpp" line="261"/>
        <location filename="../src/relay/integrationcommands.cpp" line="337"/>
        <source>muster-relay: %1</source>
        <translation>muster-relay: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="215"/>
        <source>muster-relay: cannot read the workspace: %1</source>
        <translation>muster-relay: kann den Workspace nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="222"/>
        <source>muster-relay: cannot save the integration: %1</source>
        <translation>muster-relay: kann die Integration nicht speichern: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="74"/>
        <source>Which events to post, separated by commas, of %1 (default: all but acknowledged for chat; declared,acknowledged,resolved for PagerDuty, which takes only those).</source>
        <translation>Welche Ereignisse gepostet werden, durch Kommas getrennt, aus %1 (Standard: für Chat alle außer acknowledged; für PagerDuty declared,acknowledged,resolved, es nimmt nur diese).</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="98"/>
        <source>PagerDuty only: the Events API address (default %1; https://events.eu.pagerduty.com/v2/enqueue for the EU service region).</source>
        <translation>Nur PagerDuty: die Adresse der Events API (Standard %1; https://events.eu.pagerduty.com/v2/enqueue für die EU-Serviceregion).</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="85"/>
        <location filename="../src/relay/integrationcommands.cpp" line="101"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="39"/>
        <source>Manages where the relay posts incident events: Slack, Microsoft Teams and Mattermost channels through their incoming webhooks, and PagerDuty through its Events API v2; where PagerDuty&apos;s webhooks come in; and the Jira project action items are filed in.

  integration add --workspace W --kind slack|teams|mattermost|pagerduty --name NAME
                  [--events LIST] [--update-text] [--url-file FILE] [--endpoint URL]
      reads the secret from FILE or standard input: a chat webhook&apos;s URL, or PagerDuty&apos;s
      integration key (it stays on the relay, is never sent to desktops and never
      logged); prints the new id
  integration add --workspace W --kind pagerduty-webhook --name NAME [--url-file FILE]
      reads a PagerDuty webhook subscription&apos;s signing secret; PagerDuty posts to
      /pagerduty/W on the --http listener, and its incidents appear in Detection
  integration add --workspace W --kind jira --name NAME --site URL --project KEY
                  --issue-type TYPE [--user EMAIL] [--url-file FILE]
      reads a Jira token: with --user, the account&apos;s API token (Jira Cloud); without,
      a personal access token (Data Center). Action items sent to Jira from the app
      become issues in project KEY, and their status is read back every 5 minutes
  integration list
      every integration: id, workspace, kind, name, where it posts, events, how delivery goes
  integration remove ID
      stops posting and drops what is still queued
  integration retry ID
      resumes a paused integration and sends what is queued now</source>
        <translation>Verwaltet, wohin das Relay Incident-Ereignisse postet: Kanäle in Slack, Microsoft Teams und Mattermost über deren eingehende Webhooks, und PagerDuty über seine Events API v2; wo die Webhooks von PagerDuty ankommen; und das Jira-Projekt, in dem Maßnahmen angelegt werden.

  integration add --workspace W --kind slack|teams|mattermost|pagerduty --name NAME
                  [--events LISTE] [--update-text] [--url-file DATEI] [--endpoint URL]
      liest das Geheimnis aus DATEI oder der Standardeingabe: die URL eines Chat-Webhooks oder
      den Integrationsschlüssel von PagerDuty (es bleibt auf dem Relay, geht nie an Desktops
      und wird nie protokolliert); gibt die neue ID aus
  integration add --workspace W --kind pagerduty-webhook --name NAME [--url-file DATEI]
      liest das Signaturgeheimnis eines PagerDuty-Webhook-Abonnements; PagerDuty postet an
      /pagerduty/W am --http-Listener, und seine Incidents erscheinen unter Erkennung
  integration add --workspace W --kind jira --name NAME --site URL --project SCHLÜSSEL
                  --issue-type TYP [--user E-MAIL] [--url-file DATEI]
      liest ein Jira-Token: mit --user das API-Token des Kontos (Jira Cloud), ohne ein
      persönliches Zugriffstoken (Data Center). Aus der App an Jira gesendete Maßnahmen
      werden Vorgänge im Projekt SCHLÜSSEL; ihr Status wird alle 5 Minuten zurückgelesen
  integration list
      alle Integrationen: ID, Workspace, Art, Name, Ziel, Ereignisse, Stand der Zustellung
  integration remove ID
      beendet das Posten und verwirft, was noch in der Warteschlange steht
  integration retry ID
      setzt eine pausierte Integration fort und sendet sofort, was wartet</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="161"/>
        <source>a pagerduty-webhook integration receives; --events, --update-text and --endpoint are for those that post</source>
        <translation>eine pagerduty-webhook-Integration empfängt; --events, --update-text und --endpoint gelten für die, die posten</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="170"/>
        <source>PagerDuty takes only the events declared, acknowledged and resolved</source>
        <translation>PagerDuty nimmt nur die Ereignisse declared, acknowledged und resolved</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="172"/>
        <source>--update-text is for chat integrations</source>
        <translation>--update-text gilt für Chat-Integrationen</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="174"/>
        <source>--endpoint is for PagerDuty; a chat integration&apos;s URL is its webhook</source>
        <translation>--endpoint gilt für PagerDuty; die URL einer Chat-Integration ist ihr Webhook</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="246"/>
        <source>Integration %1: PagerDuty webhooks for workspace %2 are received at %3 on the relay&apos;s --http listener, checked against the signing secret; a running relay takes them within 10 seconds.</source>
        <translation>Integration %1: PagerDuty-Webhooks für Workspace %2 werden unter %3 am --http-Listener des Relays empfangen und gegen das Signaturgeheimnis geprüft; ein laufendes Relay nimmt sie innerhalb von 10 Sekunden an.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="314"/>
        <source>The PagerDuty webhook&apos;s signing secret (read from standard input, not echoed to any log):</source>
        <translation>Das Signaturgeheimnis des PagerDuty-Webhooks (aus der Standardeingabe gelesen, in keinem Protokoll wiederholt):</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="317"/>
        <source>PagerDuty integration key (read from standard input, not echoed to any log):</source>
        <translation>PagerDuty-Integrationsschlüssel (aus der Standardeingabe gelesen, in keinem Protokoll wiederholt):</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="331"/>
        <source>muster-relay: a PagerDuty integration key is 32 letters and digits (the service&apos;s Events API v2 integration)</source>
        <translation>muster-relay: ein PagerDuty-Integrationsschlüssel hat 32 Buchstaben und Ziffern (die Events-API-v2-Integration des Services)</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="350"/>
        <source>Integration %1: %2 posts to %3 (%4) for workspace %5 on: %6. A running relay starts within 10 seconds; incidents already there are posted when they next change.</source>
        <translation>Integration %1: %2 postet an %3 (%4) für Workspace %5 bei: %6. Ein laufendes Relay beginnt innerhalb von 10 Sekunden; bestehende Incidents werden bei ihrer nächsten Änderung gepostet.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="357"/>
        <source>muster-relay: warning: the URL is plain http://, so its secret crosses the network unencrypted</source>
        <translation>muster-relay: Warnung: die URL ist einfaches http://, ihr Geheimnis geht also unverschlüsselt über das Netz</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="266"/>
        <location filename="../src/relay/integrationcommands.cpp" line="367"/>
        <source>muster-relay: cannot read the integrations: %1</source>
        <translation>muster-relay: kann die Integrationen nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="371"/>
        <source>No integrations yet. Add one with: muster-relay integration add --workspace NAME --kind slack --name &apos;#incidents&apos; &lt; webhook-url.txt</source>
        <translation>Noch keine Integrationen. Fügen Sie eine hinzu mit: muster-relay integration add --workspace NAME --kind slack --name &apos;#incidents&apos; &lt; webhook-url.txt</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="379"/>
        <location filename="../src/relay/tokencommands.cpp" line="63"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="379"/>
        <location filename="../src/relay/tokencommands.cpp" line="63"/>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="379"/>
        <source>POSTS TO</source>
        <translation>POSTET AN</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="379"/>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="380"/>
        <source>WAITING</source>
        <translation>WARTEND</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="380"/>
        <source>DELIVERY</source>
        <translation>ZUSTELLUNG</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="385"/>
        <source>paused: %1</source>
        <translation>pausiert: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="387"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="389"/>
        <source>retrying: %1</source>
        <translation>neuer Versuch: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="391"/>
        <source>ok, last post %1</source>
        <translation>ok, letzter Post %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="393"/>
        <source>nothing posted yet</source>
        <translation>noch nichts gepostet</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="425"/>
        <source>muster-relay: cannot change the integration: %1</source>
        <translation>muster-relay: kann die Integration nicht ändern: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="429"/>
        <source>muster-relay: there is no integration %1 (see muster-relay integration list)</source>
        <translation>muster-relay: es gibt keine Integration %1 (siehe muster-relay integration list)</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="435"/>
        <source>Removed integration %1 and its queue. A running relay stops posting within 10 seconds.</source>
        <translation>Integration %1 samt Warteschlange entfernt. Ein laufendes Relay hört innerhalb von 10 Sekunden auf zu posten.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="436"/>
        <source>Integration %1 resumes: a running relay sends what is queued within 10 seconds.</source>
        <translation>Integration %1 läuft wieder: ein laufendes Relay sendet die Warteschlange innerhalb von 10 Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="63"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="63"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="63"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="66"/>
        <source>revoked %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="66"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="78"/>
        <source>muster-relay: cannot revoke the token: %1</source>
        <translation>muster-relay: Das Token kann nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="82"/>
        <source>muster-relay: there is no token %1 (see muster-relay token list)</source>
        <translation>muster-relay: Es gibt kein Token %1 (siehe muster-relay token list)</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="88"/>
        <source>Token %1 was already revoked on %2.</source>
        <translation>Token %1 wurde bereits am %2 widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="92"/>
        <source>Revoked token %1 (%2 in workspace %3). A running relay closes its connections within 10 seconds.</source>
        <translation>Token %1 widerrufen (%2 in Workspace %3). Ein laufendes Relay schließt dessen Verbindungen innerhalb von 10 Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/store/storequeries.cpp" line="405"/>
        <location filename="../src/store/walcheckpointer.cpp" line="20"/>
        <source>The database is not open</source>
        <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../src/sync/synctransport.cpp" line="96"/>
        <source>the relay&apos;s certificate is not trusted: %1</source>
        <translation>dem Zertifikat des Relays wird nicht vertraut: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/tlsfiles.cpp" line="22"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/sync/tlsfiles.cpp" line="24"/>
        <source>%1 is too large to be a PEM certificate or key</source>
        <translation>%1 ist zu groß für ein PEM-Zertifikat oder einen PEM-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/sync/tlsfiles.cpp" line="38"/>
        <location filename="../src/sync/tlsfiles.cpp" line="69"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../src/sync/tlsfiles.cpp" line="40"/>
        <source>the certificate in %1 expired on %2</source>
        <translation>das Zertifikat in %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/sync/tlsfiles.cpp" line="52"/>
        <source>%1 holds no unencrypted PEM private key (EC or RSA)</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (EC oder RSA)</translation>
    </message>
    <message>
        <location filename="../src/app/secretstore.cpp" line="10"/>
        <source>no keyring is available on this computer</source>
        <translation>auf diesem Computer ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../src/app/keychainsecretstore.cpp" line="18"/>
        <source>no keyring service (Secret Service or KWallet) answered</source>
        <translation>kein Schlüsselbunddienst (Secret Service oder KWallet) hat geantwortet</translation>
    </message>
</context>
<context>
    <name>muster::ActionItemModel</name>
    <message>
        <location filename="../src/app/actionitemmodel.cpp" line="120"/>
        <source>The action item was not changed: its incident could not be read.</source>
        <translation>Die Maßnahme wurde nicht geändert: ihr Incident konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/app/actionitemmodel.cpp" line="133"/>
        <source>The action item was not sent to Jira: its incident could not be read.</source>
        <translation>Die Maßnahme wurde nicht an Jira gesendet: ihr Incident konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>muster::AlertTracker</name>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="64"/>
        <source>The alerts were not linked: the incident could not be read.</source>
        <translation>Die Alarme wurden nicht verknüpft: Der Incident konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="87"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="91"/>
        <source>%1 comes from PagerDuty, which has no silences: acknowledge it there, or resolve the incident here (a PagerDuty integration resolves it there too).</source>
        <translation>%1 kommt aus PagerDuty, das keine Silences kennt: bestätigen Sie es dort, oder beheben Sie den Incident hier (eine PagerDuty-Integration behebt ihn dann auch dort).</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="99"/>
        <source>%1 comes from %2, which Muster neither asks here nor hears of through the relay; start Muster with --alertmanager %2 to silence it from this machine.</source>
        <translation>%1 stammt von %2, den Muster hier weder abfragt noch über das Relay kennt; starten Sie Muster mit --alertmanager %2, um den Alarm von diesem Rechner aus stummzuschalten.</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="107"/>
        <source>%1 is not firing in %2 now, so there is nothing to silence.</source>
        <translation>%1 ist in %2 derzeit nicht aktiv, es gibt also nichts stummzuschalten.</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="114"/>
        <source>%1 (Muster)</source>
        <translation>%1 (Muster)</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="115"/>
        <source>Muster incident “%1” (%2)</source>
        <translation>Muster-Incident „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="118"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="118"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="123"/>
        <source>%1 was not silenced. %2</source>
        <translation>%1 wurde nicht stummgeschaltet. %2</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="126"/>
        <source>Silenced %1 in Alertmanager for %2, until %3 (silence %4)</source>
        <translation>%1 im Alertmanager für %2 stummgeschaltet, bis %3 (Stummschaltung %4)</translation>
    </message>
</context>
<context>
    <name>muster::Appearance</name>
    <message>
        <location filename="../src/app/appearance.cpp" line="73"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../src/app/appearance.cpp" line="73"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../src/app/appearance.cpp" line="74"/>
        <source>High contrast (white on black)</source>
        <translation>Hoher Kontrast (weiß auf schwarz)</translation>
    </message>
</context>
<context>
    <name>muster::Builder</name>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="23"/>
        <source>Retrospective: %1</source>
        <translation>Retrospektive: %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="40"/>
        <source>Not written yet.</source>
        <translation>Noch nicht verfasst.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="77"/>
        <source>Drill (kept out of metrics)</source>
        <translation>Übung (nicht in den Metriken erfasst)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="83"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="84"/>
        <source>Severity and state</source>
        <translation>Schweregrad und Status</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="85"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="86"/>
        <source>Incident Commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="87"/>
        <source>Review</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="88"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="89"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="90"/>
        <source>Log chain</source>
        <translation>Protokollkette</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="99"/>
        <source>no entry sequenced by a relay yet</source>
        <translation>noch kein Eintrag von einem Relay sequenziert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/integrations/export/exportdocument.cpp" line="101"/>
        <source>%n entries, SHA-256 head %1</source>
        <translation>
            <numerusform>%n Eintrag, SHA-256-Kopf %1</numerusform>
            <numerusform>%n Einträge, SHA-256-Kopf %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/integrations/export/exportdocument.cpp" line="104"/>
        <source>%n not yet sequenced</source>
        <translation>
            <numerusform>%n noch nicht sequenziert</numerusform>
            <numerusform>%n noch nicht sequenziert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="106"/>
        <source>DIFFERS from the relay&apos;s chain from entry %1 (found %2)</source>
        <translation>ABWEICHUNG von der Kette des Relays ab Eintrag %1 (gefunden: %2)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="116"/>
        <source>Unknown: record when impact started (or was detected).</source>
        <translation>Unbekannt: Erfassen Sie, wann die Auswirkung begann (oder erkannt wurde).</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="120"/>
        <source>%1 so far (since %2; not mitigated when exported)</source>
        <translation>bisher %1 (seit %2; beim Export noch nicht eingedämmt)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="122"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="128"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="192"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="130"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="131"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="132"/>
        <source>Customer impact</source>
        <translation>Auswirkung auf Kunden</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="133"/>
        <source>Who was affected</source>
        <translation>Wer betroffen war</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="134"/>
        <source>SLO impact</source>
        <translation>Auswirkung auf SLOs</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="135"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="139"/>
        <source>Milestone: %1</source>
        <translation>Meilenstein: %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="142"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="199"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="271"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="142"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="142"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="143"/>
        <source>No milestones or chosen log entries yet.</source>
        <translation>Noch keine Meilensteine oder ausgewählten Protokolleinträge.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="144"/>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="145"/>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="146"/>
        <source>What went poorly</source>
        <translation>Was schlecht lief</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="147"/>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="152"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="153"/>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="153"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="237"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="153"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="237"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="153"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="237"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="154"/>
        <source>No action items.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="161"/>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="172"/>
        <source>%1; Jira %2</source>
        <translation>%1; Jira %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="173"/>
        <source>%1; Jira %2 (%3)</source>
        <translation>%1; Jira %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="174"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="182"/>
        <source>Incident record</source>
        <translation>Incident-Dokumentation</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="183"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="186"/>
        <source>other teams are needed</source>
        <translation>andere Teams werden benötigt</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="188"/>
        <source>customers can see the problem</source>
        <translation>Kunden bemerken das Problem</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="190"/>
        <source>unresolved after an hour of analysis</source>
        <translation>nach einer Stunde Analyse ungelöst</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="191"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="193"/>
        <source>Declared because</source>
        <translation>Gründe für das Ausrufen</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="195"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="199"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="199"/>
        <source>No milestones recorded.</source>
        <translation>Keine Meilensteine erfasst.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="201"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="205"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="211"/>
        <source>Subject-matter experts</source>
        <translation>Fachexperten</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="212"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="212"/>
        <source>Held by</source>
        <translation>Besetzt durch</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="215"/>
        <source>Linked alerts</source>
        <translation>Verknüpfte Alarme</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="219"/>
        <source>still firing</source>
        <translation>noch aktiv</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="220"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="220"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="220"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="220"/>
        <source>Resolved (UTC)</source>
        <translation>Behoben (UTC)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="225"/>
        <source>Runbook: %1</source>
        <translation>Runbook: %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="232"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="232"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="232"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="232"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="253"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="232"/>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="232"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="233"/>
        <source>The runbook has no steps.</source>
        <translation>Das Runbook hat keine Schritte.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="236"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="237"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="238"/>
        <source>No tasks were handed out.</source>
        <translation>Es wurden keine Aufgaben verteilt.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="240"/>
        <source>Stakeholder updates</source>
        <translation>Stakeholder-Updates</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="249"/>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="250"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="253"/>
        <source>Sent (UTC)</source>
        <translation>Gesendet (UTC)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="253"/>
        <source>To list</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="253"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="253"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="253"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="254"/>
        <source>No stakeholder updates were sent.</source>
        <translation>Es wurden keine Stakeholder-Updates gesendet.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="256"/>
        <source>Communication log</source>
        <translation>Kommunikationsprotokoll</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="265"/>
        <source>%1 (corrects the entry of %2)</source>
        <translation>%1 (korrigiert den Eintrag von %2)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="268"/>
        <source> (not yet synced)</source>
        <translation> (noch nicht synchronisiert)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="271"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="271"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="271"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="272"/>
        <source>The log is empty.</source>
        <translation>Das Protokoll ist leer.</translation>
    </message>
</context>
<context>
    <name>muster::CommandPalette</name>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="37"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="38"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="39"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="147"/>
        <source>no IC</source>
        <translation>kein IC</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="147"/>
        <source>IC %1</source>
        <translation>IC %1</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="149"/>
        <source>drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="181"/>
        <source>IC of %1</source>
        <translation>IC von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commandpalette.cpp" line="183"/>
        <source>IC of %n incidents</source>
        <translation>
            <numerusform>IC von %n Incident</numerusform>
            <numerusform>IC von %n Incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="210"/>
        <source>Draft a stakeholder update</source>
        <translation>Stakeholder-Update entwerfen</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="211"/>
        <source>comms email status communicate</source>
        <translation>kommunikation e-mail status mitteilen comms email communicate</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="212"/>
        <source>Open the retrospective</source>
        <translation>Retrospektive öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="213"/>
        <source>postmortem review learn blameless</source>
        <translation>postmortem nachbesprechung lernen review learn blameless</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="215"/>
        <source>Declare an incident</source>
        <translation>Incident ausrufen</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="216"/>
        <source>new create open page start</source>
        <translation>neu anlegen eröffnen alarmieren new create open page start</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="217"/>
        <source>Go to the board</source>
        <translation>Zum Board</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="218"/>
        <source>incidents overview home</source>
        <translation>incidents übersicht start overview home</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="219"/>
        <source>Go to people</source>
        <translation>Zu den Personen</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="220"/>
        <source>responders directory contacts team</source>
        <translation>verzeichnis kontakte team responder directory contacts people</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="221"/>
        <source>Go to detection</source>
        <translation>Zur Erkennung</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="222"/>
        <source>alerts alertmanager firing</source>
        <translation>alarme alerts alertmanager firing detection</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="223"/>
        <source>Go to action items</source>
        <translation>Zu den Folgeaufgaben</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="224"/>
        <source>follow-up tasks overdue</source>
        <translation>folgeaufgaben aufgaben überfällig follow-up tasks overdue action items</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="225"/>
        <source>Go to metrics</source>
        <translation>Zu den Kennzahlen</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="226"/>
        <source>mttd mtta mttr mtbf charts</source>
        <translation>mttd mtta mttr mtbf diagramme metriken charts metrics</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="227"/>
        <source>Show the wall display</source>
        <translation>Wandanzeige zeigen</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="228"/>
        <source>war room big screen full</source>
        <translation>lagezentrum großbildschirm vollbild war room wall big screen</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="229"/>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="230"/>
        <source>preferences relay sync workspace name language</source>
        <translation>einstellungen relay synchronisation arbeitsbereich name sprache settings preferences sync workspace language</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="231"/>
        <source>Switch between the light and dark theme</source>
        <translation>Zwischen hellem und dunklem Design wechseln</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="232"/>
        <source>dark light appearance colours</source>
        <translation>dunkel hell darstellung farben design dark light theme</translation>
    </message>
</context>
<context>
    <name>muster::CommsSettingsEditor</name>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="90"/>
        <source>Give the list a name, e.g. “Exec team”.</source>
        <translation>Geben Sie dem Verteiler einen Namen, z. B. „Führungsteam“.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="92"/>
        <source>Choose who the list is for.</source>
        <translation>Wählen Sie aus, für wen der Verteiler bestimmt ist.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="95"/>
        <source>A list needs at least one To address.</source>
        <translation>Ein Verteiler braucht mindestens eine An-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="98"/>
        <location filename="../src/app/commssettingseditor.cpp" line="166"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="101"/>
        <source>“%1” is not a time zone this computer knows; use a name such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt; verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="106"/>
        <source>There is already a list called “%1”.</source>
        <translation>Es gibt bereits einen Verteiler namens „%1“.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="143"/>
        <source>That list is not in this workspace.</source>
        <translation>Dieser Verteiler ist nicht in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="229"/>
        <source>A template needs a subject.</source>
        <translation>Eine Vorlage braucht einen Betreff.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="231"/>
        <source>A template needs a text.</source>
        <translation>Eine Vorlage braucht einen Text.</translation>
    </message>
</context>
<context>
    <name>muster::Database</name>
    <message>
        <location filename="../src/store/database.cpp" line="62"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="65"/>
        <source>%1 is not a Muster database (it may be damaged). It was left untouched; move it away or restore it from a backup.</source>
        <translation>%1 ist keine Muster-Datenbank (möglicherweise ist die Datei beschädigt). Die Datei wurde nicht verändert; verschieben Sie sie an einen anderen Ort oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="75"/>
        <location filename="../src/store/database.cpp" line="121"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="93"/>
        <location filename="../src/store/database.cpp" line="125"/>
        <source>Checking %1</source>
        <translation>Prüfen von %1</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="129"/>
        <source>%1 failed its integrity check (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 hat die Integritätsprüfung nicht bestanden (%2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="106"/>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="157"/>
        <source>Cannot move %1 aside to %2; nothing was deleted.</source>
        <translation>%1 kann nicht nach %2 verschoben werden; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="252"/>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>muster::DeclareIncidentEditor</name>
    <message>
        <location filename="../src/app/declareincidenteditor.cpp" line="124"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>muster::DetectionInbox</name>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="151"/>
        <source>Not connected to the relay: the alerts it forwarded from Alertmanager webhooks are as of %1.</source>
        <translation>Keine Verbindung zum Relay: Die Alarme, die es aus Alertmanager-Webhooks weitergab, haben den Stand von %1.</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="161"/>
        <source>no Alertmanager configured</source>
        <translation>kein Alertmanager konfiguriert</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="163"/>
        <source>asking Alertmanager…</source>
        <translation>Alertmanager wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="163"/>
        <source>no answer from Alertmanager yet</source>
        <translation>noch keine Antwort vom Alertmanager</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="165"/>
        <source>1 alert firing</source>
        <translation>1 Alarm aktiv</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="165"/>
        <source>%1 alerts firing</source>
        <translation>%1 Alarme aktiv</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="173"/>
        <source>webhooks through the relay from %1</source>
        <translation>Webhooks über das Relay von %1</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="179"/>
        <source>No Alertmanager is polled from here. Add one under Alertmanagers… (for example http://127.0.0.1:9093), or have Alertmanager send webhooks to the team&apos;s relay (see the user guide); what fires then shows here.</source>
        <translation>Von hier wird kein Alertmanager abgefragt. Fügen Sie unter „Alertmanager …“ einen hinzu (zum Beispiel http://127.0.0.1:9093) oder lassen Sie Alertmanager Webhooks an das Relay des Teams senden (siehe Benutzerhandbuch); was dann auslöst, erscheint hier.</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="184"/>
        <source>Asking %1…</source>
        <translation>Abfrage von %1…</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="185"/>
        <source>No answer from Alertmanager yet, so nothing is known about what fires. The reason is above.</source>
        <translation>Noch keine Antwort vom Alertmanager, daher ist nicht bekannt, welche Alarme aktiv sind. Den Grund sehen Sie oben.</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="187"/>
        <source>Nothing is firing.</source>
        <translation>Es ist kein Alarm aktiv.</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="238"/>
        <source>%1 (next try in %2 s)</source>
        <translation>%1 (neuer Versuch in %2 s)</translation>
    </message>
</context>
<context>
    <name>muster::HandoffController</name>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="77"/>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="85"/>
        <source>%1, step %2: %3</source>
        <translation>%1, Schritt %2: %3</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="97"/>
        <source>Open runbook steps not listed here: %1</source>
        <translation>Weitere offene Runbook-Schritte, hier nicht aufgeführt: %1</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="138"/>
        <source>No incident is open.</source>
        <translation>Es ist kein Incident geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="140"/>
        <source>Choose who takes over.</source>
        <translation>Wählen Sie aus, wer übernimmt.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="142"/>
        <source>%1 is %2 already.</source>
        <translation>%1 hat bereits die Rolle %2.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="144"/>
        <source>Say where things stand: the briefing needs the situation.</source>
        <translation>Beschreiben Sie den aktuellen Stand: Das Briefing braucht die Lage.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="148"/>
        <source>A part of the briefing is longer than %1 characters.</source>
        <translation>Ein Teil des Briefings ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="192"/>
        <source>There is no offer of that role to accept.</source>
        <translation>Für diese Rolle gibt es kein Angebot, das angenommen werden kann.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="197"/>
        <source>Only %1 can accept this offer.</source>
        <translation>Nur %1 kann dieses Angebot annehmen.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="205"/>
        <source>There is no offer of that role to decline.</source>
        <translation>Für diese Rolle gibt es kein Angebot, das abgelehnt werden kann.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="210"/>
        <source>Only %1 can decline this offer.</source>
        <translation>Nur %1 kann dieses Angebot ablehnen.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="218"/>
        <source>There is no offer of that role to withdraw.</source>
        <translation>Für diese Rolle gibt es kein Angebot, das zurückgezogen werden kann.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="224"/>
        <source>Only %1, who made the offer, or the current holder can withdraw it.</source>
        <translation>Nur die anbietende Person (%1) oder wer die Rolle derzeit innehat, kann es zurückziehen.</translation>
    </message>
</context>
<context>
    <name>muster::IncidentExporter</name>
    <message>
        <location filename="../src/app/incidentexporter.cpp" line="64"/>
        <source>&apos;%1&apos; is not an export format (md, pdf or json).</source>
        <translation>&apos;%1&apos; ist kein Exportformat (md, pdf oder json).</translation>
    </message>
    <message>
        <location filename="../src/app/incidentexporter.cpp" line="66"/>
        <source>Exports go to a file on this computer.</source>
        <translation>Exporte können nur in eine Datei auf diesem Computer geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentexporter.cpp" line="68"/>
        <source>Open an incident first.</source>
        <translation>Öffnen Sie zuerst einen Incident.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentexporter.cpp" line="70"/>
        <source>An export is already being written.</source>
        <translation>Es wird bereits ein Export geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentexporter.cpp" line="83"/>
        <source>The incident is not in this workspace.</source>
        <translation>Der Incident ist nicht in diesem Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>muster::IncidentNotifier</name>
    <message numerus="yes">
        <location filename="../src/app/incidentnotifier.cpp" line="102"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/incidentnotifier.cpp" line="103"/>
        <source>%n SEV1/SEV2 incidents declared</source>
        <translation>
            <numerusform>%n SEV1/SEV2-Incident ausgerufen</numerusform>
            <numerusform>%n SEV1/SEV2-Incidents ausgerufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="108"/>
        <source>%1 declared: %2</source>
        <translation>%1 ausgerufen: %2</translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="111"/>
        <source>Nobody has taken command yet.</source>
        <translation>Noch hat niemand das Kommando übernommen.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="112"/>
        <source>Incident Commander: %1</source>
        <translation>Incident Commander: %1</translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="51"/>
        <source>You are Incident Commander: %1</source>
        <translation>Sie sind Incident Commander: %1</translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="53"/>
        <source>%1 · you were given command of this incident.</source>
        <translation>%1 · Ihnen wurde das Kommando über diesen Incident übertragen.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="54"/>
        <source>%1 · command of this incident was handed to you.</source>
        <translation>%1 · Das Kommando über diesen Incident wurde an Sie übergeben.</translation>
    </message>
</context>
<context>
    <name>muster::IncidentRoom</name>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="186"/>
        <source>This log differs from the relay&apos;s record from entry %1 (found %2). It was changed on this computer, on the relay, or in between: keep both copies and run musterctl verify.</source>
        <translation>Dieses Protokoll weicht ab Eintrag %1 von der Aufzeichnung des Relays ab (gefunden: %2). Es wurde auf diesem Computer, auf dem Relay oder dazwischen verändert: Bewahren Sie beide Kopien auf und führen Sie musterctl verify aus.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="324"/>
        <location filename="../src/app/incidentroom.cpp" line="342"/>
        <source>The incident is not loaded.</source>
        <translation>Der Incident ist nicht geladen.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="329"/>
        <source>Say why the recorded time is wrong; the log keeps the reason with the correction.</source>
        <translation>Geben Sie an, warum der erfasste Zeitpunkt falsch ist; das Protokoll bewahrt den Grund mit der Korrektur auf.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="332"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="344"/>
        <source>Say what needs doing.</source>
        <translation>Geben Sie an, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="347"/>
        <source>Task: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="349"/>
        <source>That owner is not in the people directory.</source>
        <translation>Diese Person ist nicht im Personenverzeichnis.</translation>
    </message>
</context>
<context>
    <name>muster::IntegrationEditor</name>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="73"/>
        <source>Signing secret of the PagerDuty webhook subscription</source>
        <translation>Signaturgeheimnis des PagerDuty-Webhook-Abonnements</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="75"/>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="75"/>
        <source>API token of that account</source>
        <translation>API-Token dieses Kontos</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="76"/>
        <source>Integration key (the service&apos;s Events API v2 integration)</source>
        <translation>Integrationsschlüssel (die Events-API-v2-Integration des Services)</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="77"/>
        <source>Incoming webhook URL</source>
        <translation>URL des eingehenden Webhooks</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="82"/>
        <source>Name, as your team calls it</source>
        <translation>Name, wie Ihr Team ihn nennt</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="83"/>
        <source>Channel name, as your team calls it</source>
        <translation>Kanalname, wie Ihr Team ihn nennt</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="88"/>
        <source>Payments on-call</source>
        <translation>Payments-Rufbereitschaft</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="90"/>
        <source>Follow-ups in OPS</source>
        <translation>Folgearbeiten in OPS</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="196"/>
        <source>Give it a name your team will recognise.</source>
        <translation>Geben Sie ihm einen Namen, den Ihr Team wiedererkennt.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="197"/>
        <source>Give it the channel&apos;s name, like #incidents.</source>
        <translation>Geben Sie den Namen des Kanals an, etwa #incidents.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="199"/>
        <source>The name is longer than 100 characters.</source>
        <translation>Der Name ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="205"/>
        <source>Paste the signing secret PagerDuty showed when the webhook subscription was made.</source>
        <translation>Fügen Sie das Signaturgeheimnis ein, das PagerDuty beim Anlegen des Webhook-Abonnements gezeigt hat.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="213"/>
        <source>Paste the integration key of the PagerDuty service&apos;s Events API v2 integration: 32 letters and digits.</source>
        <translation>Fügen Sie den Integrationsschlüssel der Events-API-v2-Integration des PagerDuty-Services ein: 32 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="218"/>
        <source>Paste the incoming webhook&apos;s URL from %1.</source>
        <translation>Fügen Sie die URL des eingehenden Webhooks aus %1 ein.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="221"/>
        <source>The webhook URL starts with https://.</source>
        <translation>Die Webhook-URL beginnt mit https://.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="223"/>
        <source>The webhook URL has no host.</source>
        <translation>Die Webhook-URL hat keinen Host.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="225"/>
        <source>The webhook URL is longer than 2,000 characters.</source>
        <translation>Die Webhook-URL ist länger als 2.000 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="236"/>
        <source>Enter the Jira site&apos;s address, like https://acme.atlassian.net.</source>
        <translation>Geben Sie die Adresse der Jira-Site ein, etwa https://acme.atlassian.net.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="239"/>
        <source>The Jira site&apos;s address starts with https://.</source>
        <translation>Die Adresse der Jira-Site beginnt mit https://.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="242"/>
        <source>Enter the project&apos;s key as Jira shows it: capitals, like OPS.</source>
        <translation>Geben Sie den Projektschlüssel so ein, wie Jira ihn zeigt: in Großbuchstaben, etwa OPS.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="245"/>
        <source>Enter the issue type&apos;s name, like Task.</source>
        <translation>Geben Sie den Namen des Vorgangstyps ein, etwa Task.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="248"/>
        <source>The account is its e-mail address; leave it empty for a personal access token.</source>
        <translation>Das Konto ist seine E-Mail-Adresse; bei einem persönlichen Zugriffstoken leer lassen.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="251"/>
        <source>Paste a personal access token (Jira Data Center).</source>
        <translation>Fügen Sie ein persönliches Zugriffstoken ein (Jira Data Center).</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="252"/>
        <source>Paste an API token of that account (Jira Cloud).</source>
        <translation>Fügen Sie ein API-Token dieses Kontos ein (Jira Cloud).</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="215"/>
        <location filename="../src/app/integrationeditor.cpp" line="227"/>
        <source>Choose at least one event to post.</source>
        <translation>Wählen Sie mindestens ein Ereignis, das gepostet wird.</translation>
    </message>
</context>
<context>
    <name>muster::IntegrationList</name>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="21"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="23"/>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="25"/>
        <source>Mattermost</source>
        <translation>Mattermost</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="27"/>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="29"/>
        <source>PagerDuty (incoming)</source>
        <translation>PagerDuty (eingehend)</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="31"/>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="38"/>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="40"/>
        <source>Severity changed</source>
        <translation>Schweregrad geändert</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="42"/>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="44"/>
        <source>Command handed over</source>
        <translation>Kommando übergeben</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="46"/>
        <source>Stakeholder update sent</source>
        <translation>Stakeholder-Update gesendet</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="48"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="50"/>
        <source>Someone took command</source>
        <translation>Jemand hat das Kommando übernommen</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="52"/>
        <source>Action items sent to it</source>
        <translation>An sie gesendete Maßnahmen</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="92"/>
        <source>Paused: %1. Posts waiting: %2. Retry once it is fixed.</source>
        <translation>Pausiert: %1. Wartende Posts: %2. Erneut versuchen, sobald es behoben ist.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="95"/>
        <source>Paused: %1. Retry once it is fixed.</source>
        <translation>Pausiert: %1. Erneut versuchen, sobald es behoben ist.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="99"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="100"/>
        <source>Retrying: %1</source>
        <translation>Neuer Versuch: %1</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="164"/>
        <source>Posts to %1 (%2) are paused: %3</source>
        <translation>Posts an %1 (%2) sind pausiert: %3</translation>
    </message>
</context>
<context>
    <name>muster::MetricsDesk</name>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="93"/>
        <location filename="../src/app/metricsdesk.cpp" line="95"/>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%1” ist kein Datum: Geben Sie es als YYYY-MM-DD an.</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="97"/>
        <source>The range ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="261"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="282"/>
        <source>Incidents: %1</source>
        <translation>Incidents: %1</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="284"/>
        <source>drills left out: %1</source>
        <translation>nicht gezählte Übungen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="286"/>
        <source>not resolved yet: %1</source>
        <translation>noch nicht behoben: %1</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="299"/>
        <source>median %1 · measured: %2</source>
        <translation>Median %1 · gemessen: %2</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="300"/>
        <source>nothing to measure</source>
        <translation>nichts zu messen</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="304"/>
        <source>to detect</source>
        <translation>bis zur Erkennung</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="305"/>
        <source>to acknowledge</source>
        <translation>bis zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="306"/>
        <source>to resolve, from acknowledgement</source>
        <translation>bis zur Behebung, ab Bestätigung</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="307"/>
        <source>to resolve, from impact start</source>
        <translation>bis zur Behebung, ab Beginn der Auswirkung</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="326"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="339"/>
        <source>There is no chart called “%1”.</source>
        <translation>Es gibt kein Diagramm namens “%1”.</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="341"/>
        <source>Choose a file on this computer.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="344"/>
        <location filename="../src/app/metricsdesk.cpp" line="347"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>muster::MusterApp</name>
    <message>
        <location filename="../src/app/musterapp.cpp" line="190"/>
        <source>The damaged database was kept as %1. This is a fresh, empty workspace; set a relay in Sync settings to get the team&apos;s incidents back.</source>
        <translation>Die beschädigte Datenbank wurde als %1 aufbewahrt. Dies ist ein neuer, leerer Workspace; legen Sie in den Sync-Einstellungen ein Relay fest, um die Incidents des Teams zurückzuholen.</translation>
    </message>
    <message>
        <location filename="../src/app/musterapp.cpp" line="193"/>
        <source>The damaged database was kept as %1. The team&apos;s incidents are coming back from the relay; changes that never reached it are only in that file.</source>
        <translation>Die beschädigte Datenbank wurde als %1 aufbewahrt. Die Incidents des Teams kommen vom Relay zurück; Änderungen, die es nie erreicht haben, sind nur in dieser Datei.</translation>
    </message>
    <message>
        <location filename="../src/app/musterapp.cpp" line="373"/>
        <source>An access token is for a relay: enter the relay&apos;s address too.</source>
        <translation>Ein Zugangstoken gilt für ein Relay: Geben Sie auch die Adresse des Relays ein.</translation>
    </message>
    <message>
        <location filename="../src/app/musterapp.cpp" line="431"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/musterapp.cpp" line="451"/>
        <source>Muster speaks %1; &apos;%2&apos; is not one of them.</source>
        <translation>Muster spricht %1; &apos;%2&apos; gehört nicht dazu.</translation>
    </message>
</context>
<context>
    <name>muster::Musterctl</name>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="91"/>
        <source>sync needs --relay URL</source>
        <translation>sync benötigt --relay URL</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="95"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="159"/>
        <location filename="../src/cli/musterctl.cpp" line="173"/>
        <source>no incident &apos;%1&apos;</source>
        <translation>kein Incident &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="160"/>
        <source>&apos;%1&apos; matches %2 incidents; give more of the id</source>
        <translation>&apos;%1&apos; passt zu %2 Incidents; geben Sie mehr von der ID an</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="191"/>
        <source>saved here, not yet synced (%1); it goes with the next successful sync</source>
        <translation>hier gespeichert, noch nicht synchronisiert (%1); wird bei der nächsten erfolgreichen Synchronisierung übertragen</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="221"/>
        <source>--kind wants note, decision or action</source>
        <translation>--kind erwartet note, decision oder action</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="233"/>
        <source>ROLE is one of ic, deputy, comms, ops, scribe</source>
        <translation>ROLE muss einer dieser Werte sein: ic, deputy, comms, ops, scribe</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="253"/>
        <source>STATE is one of detected, acknowledged, investigating, mitigated, resolved, learning, closed</source>
        <translation>STATE muss einer dieser Werte sein: detected, acknowledged, investigating, mitigated, resolved, learning, closed</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="268"/>
        <source>severity is 1, 2, 3 or 4</source>
        <translation>Schweregrad muss 1, 2, 3 oder 4 sein</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="292"/>
        <source>No open incidents.</source>
        <translation>Keine offenen Incidents.</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="328"/>
        <source>id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="332"/>
        <source>(none)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="338"/>
        <source>  (pending)</source>
        <translation>  (ausstehend)</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="364"/>
        <source>a PDF is not for the terminal: add --output FILE or redirect</source>
        <translation>ein PDF gehört nicht ins Terminal: geben Sie --output FILE an oder leiten Sie die Ausgabe um</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="403"/>
        <source>warning: the log of incident %1 differs from the relay&apos;s from entry %2 (%3); run musterctl verify</source>
        <translation>Warnung: Das Protokoll von Incident %1 weicht ab Eintrag %2 von dem des Relays ab (%3); führen Sie musterctl verify aus</translation>
    </message>
    <message>
        <location filename="../src/cli/metricscommand.cpp" line="36"/>
        <source>--to is before --from</source>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <location filename="../src/cli/metricscommand.cpp" line="67"/>
        <location filename="../src/cli/musterctl.cpp" line="373"/>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="438"/>
        <source>no answer from %1</source>
        <translation>keine Antwort von %1</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="443"/>
        <source>sync with %1 refused (%2 changes not yet acknowledged): %3</source>
        <translation>Synchronisation mit %1 abgelehnt (%2 Änderungen noch nicht bestätigt): %3</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="449"/>
        <source>sync with %1 incomplete after %2 s (%3 changes not yet acknowledged): %4</source>
        <translation>Synchronisierung mit %1 nach %2 s unvollständig (noch nicht bestätigte Änderungen: %3): %4</translation>
    </message>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="103"/>
        <source>Nothing is firing in %1.</source>
        <translation>In %1 ist kein Alarm aktiv.</translation>
    </message>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="108"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="110"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="112"/>
        <source>[incident %1]</source>
        <translation>[Incident %1]</translation>
    </message>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="131"/>
        <source>no firing alert &apos;%1&apos; in %2</source>
        <translation>kein aktiver Alarm &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="177"/>
        <source>already part of incident %1; add the others with --incident %1</source>
        <translation>bereits Teil von Incident %1; fügen Sie die anderen mit --incident %1 hinzu</translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="79"/>
        <location filename="../src/cli/commscommands.cpp" line="174"/>
        <source>To: </source>
        <translation>To: </translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="82"/>
        <location filename="../src/cli/commscommands.cpp" line="176"/>
        <source>Cc: </source>
        <translation>Cc: </translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="97"/>
        <source>&apos;%1&apos; is not a time zone this machine knows (e.g. Europe/Berlin)</source>
        <translation>&apos;%1&apos; ist keine Zeitzone, die dieser Rechner kennt (z. B. Europe/Berlin)</translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="137"/>
        <source>no audience &apos;%1&apos;; musterctl audiences lists them</source>
        <translation>keine Zielgruppe &apos;%1&apos; gefunden; musterctl audiences listet sie auf</translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="160"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="177"/>
        <source>Subject: </source>
        <translation>Subject: </translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="182"/>
        <location filename="../src/cli/metricscommand.cpp" line="61"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="65"/>
        <source>no entry sequenced by a relay yet</source>
        <translation>noch kein Eintrag von einem Relay sequenziert</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="69"/>
        <source>%1 entries, head %2</source>
        <translation>%1 Einträge, Kopf %2</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="72"/>
        <source>%1 entries not yet sequenced by the relay</source>
        <translation>%1 Einträge noch nicht vom Relay sequenziert</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="75"/>
        <source>BROKEN: %1</source>
        <translation>DEFEKT: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="78"/>
        <source>DIFFERS from the relay&apos;s chain from entry %1 (%2), found %3: local %4, relay %5</source>
        <translation>ABWEICHUNG von der Kette des Relays ab Eintrag %1 (%2), gefunden %3: lokal %4, Relay %5</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="85"/>
        <source>holds</source>
        <translation>intakt</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="93"/>
        <source>%1 incidents checked: every chain holds.</source>
        <translation>%1 Incidents geprüft: Alle Ketten sind intakt.</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="97"/>
        <source>%1 of %2 incidents: the log&apos;s chain does not hold</source>
        <translation>%1 von %2 Incidents: Die Kette des Protokolls ist nicht intakt</translation>
    </message>
</context>
<context>
    <name>muster::Operation</name>
    <message>
        <location filename="../src/core/operation.cpp" line="92"/>
        <source>operation is not a map</source>
        <translation>Operation ist keine Map</translation>
    </message>
    <message>
        <location filename="../src/core/operation.cpp" line="96"/>
        <source>operation field &apos;%1&apos; missing or not text</source>
        <translation>Operationsfeld &apos;%1&apos; fehlt oder ist kein Text</translation>
    </message>
    <message>
        <location filename="../src/core/operation.cpp" line="99"/>
        <source>operation counter or clock missing or not an integer</source>
        <translation>Zähler oder Uhr der Operation fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/operation.cpp" line="104"/>
        <source>operation id is malformed</source>
        <translation>Operations-ID ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../src/core/operation.cpp" line="114"/>
        <source>unknown operation kind &apos;%1&apos;</source>
        <translation>unbekannte Operationsart &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>muster::PdfWriter</name>
    <message>
        <location filename="../src/integrations/export/pdfexport.cpp" line="269"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>muster::PersonEditor</name>
    <message>
        <location filename="../src/app/personeditor.cpp" line="67"/>
        <source>A name is needed.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../src/app/personeditor.cpp" line="74"/>
        <source>That e-mail address does not look right.</source>
        <translation>Diese E-Mail-Adresse scheint nicht korrekt zu sein.</translation>
    </message>
    <message>
        <location filename="../src/app/personeditor.cpp" line="78"/>
        <source>Someone called %1 is already in the directory.</source>
        <translation>Eine Person namens %1 ist bereits im Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>muster::RelayCredentials</name>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="23"/>
        <source>An access token has no spaces, line breaks or accented letters; paste it again.</source>
        <translation>Ein Zugangstoken enthält keine Leerzeichen, Zeilenumbrüche oder Buchstaben mit Akzent; fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="25"/>
        <source>That is too long to be an access token.</source>
        <translation>Das ist zu lang für ein Zugangstoken.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="54"/>
        <location filename="../src/app/relaycredentials.cpp" line="81"/>
        <source>the keyring did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="98"/>
        <source>The access token comes from MUSTER_TOKEN.</source>
        <translation>Das Zugangstoken stammt aus MUSTER_TOKEN.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="100"/>
        <source>An access token is saved in the system keyring. Paste a new one to replace it.</source>
        <translation>Im Systemschlüsselbund ist ein Zugangstoken gespeichert. Fügen Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="103"/>
        <source>Saving the access token in the system keyring…</source>
        <translation>Zugangstoken wird im Systemschlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="104"/>
        <source>The access token is kept until Muster closes, because %1.</source>
        <translation>Das Zugangstoken wird nur bis zum Beenden von Muster aufbewahrt: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="109"/>
        <source>No keyring: %1. A token you paste is kept until Muster closes.</source>
        <translation>Kein Schlüsselbund: %1. Ein eingefügtes Token wird bis zum Beenden von Muster aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="110"/>
        <source>Paste the access token the relay&apos;s operator made for you (muster-relay token create).</source>
        <translation>Fügen Sie das Zugangstoken ein, das der Betreiber des Relays für Sie erstellt hat (muster-relay token create).</translation>
    </message>
</context>
<context>
    <name>muster::RelayHub</name>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="60"/>
        <source>this token already holds %1 connections</source>
        <translation>dieses Token hat bereits %1 Verbindungen</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="105"/>
        <source>more than %1 messages a second</source>
        <translation>mehr als %1 Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="114"/>
        <source>the first message must be hello</source>
        <translation>die erste Nachricht muss hello sein</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="136"/>
        <source>this connection has already said hello</source>
        <translation>diese Verbindung hat bereits hello gesendet</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="138"/>
        <source>&apos;%1&apos; is sent by the relay, not to it</source>
        <translation>&apos;%1&apos; wird vom Relay gesendet, nicht an das Relay</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="145"/>
        <source>protocol version %1 is not supported; this relay speaks %2</source>
        <translation>Protokollversion %1 wird nicht unterstützt; dieses Relay verwendet %2</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="151"/>
        <source>&apos;%1&apos; is not a replica id</source>
        <translation>&apos;%1&apos; ist keine Replika-ID</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="155"/>
        <source>replica %1 is the relay&apos;s own</source>
        <translation>Replikat %1 gehört dem Relay selbst</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="160"/>
        <source>&apos;%1&apos; is not a valid workspace name</source>
        <translation>&apos;%1&apos; ist kein gültiger Name für einen Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="166"/>
        <source>this token is not for that workspace</source>
        <translation>dieses Token gilt nicht für diesen Workspace</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="174"/>
        <source>the relay cannot read its storage</source>
        <translation>das Relay kann seinen Speicher nicht lesen</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="215"/>
        <source>this connection&apos;s token may read the workspace but not change it</source>
        <translation>das Token dieser Verbindung darf den Workspace lesen, aber nicht ändern</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="221"/>
        <source>a push carries at most %1 ops, this one %2</source>
        <translation>ein Push enthält höchstens %1 Operationen, dieser %2</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="231"/>
        <source>op %1 belongs to workspace &apos;%2&apos;, this connection to &apos;%3&apos;</source>
        <translation>Operation %1 gehört zum Arbeitsbereich &apos;%2&apos;, diese Verbindung zu &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="239"/>
        <source>op %1 is from replica %2; this connection pushes only %3&apos;s ops</source>
        <translation>Operation %1 stammt von Replika %2; diese Verbindung sendet nur Operationen von %3</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="246"/>
        <source>the ops of a push must have consecutive counters</source>
        <translation>die Operationen eines Push müssen fortlaufende Zähler haben</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="250"/>
        <source>op %1 (%2): %3</source>
        <translation>Operation %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="255"/>
        <source>op %1 is stamped %2 s ahead of the relay&apos;s clock; at most %3 s are allowed. Check the clock of this computer.</source>
        <translation>Der Zeitstempel von Operation %1 liegt %2 s vor der Uhr des Relays; erlaubt sind höchstens %3 s. Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="328"/>
        <source>the relay could not store the ops; try again</source>
        <translation>das Relay konnte die Operationen nicht speichern; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="340"/>
        <location filename="../src/relay/relayhub.cpp" line="372"/>
        <location filename="../src/relay/relayhub.cpp" line="476"/>
        <source>the relay could not read its storage; try again</source>
        <translation>das Relay konnte seinen Speicher nicht lesen; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="346"/>
        <source>the relay has this replica&apos;s ops up to %1; push from %2</source>
        <translation>das Relay hat die Operationen dieser Replika bis %1; senden Sie ab %2</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhubintegrations.cpp" line="47"/>
        <source>this connection&apos;s token may not manage integrations; ask for an admin token (muster-relay token create … --role admin)</source>
        <translation>das Token dieser Verbindung darf keine Integrationen verwalten; bitten Sie um ein Admin-Token (muster-relay token create … --role admin)</translation>
    </message>
</context>
<context>
    <name>muster::RetroTimelineModel</name>
    <message>
        <location filename="../src/app/retrotimelinemodel.cpp" line="28"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
</context>
<context>
    <name>muster::RetrospectiveEditor</name>
    <message>
        <location filename="../src/app/retrospectiveeditor.cpp" line="97"/>
        <source>The incident is not loaded.</source>
        <translation>Der Incident ist nicht geladen.</translation>
    </message>
    <message>
        <location filename="../src/app/retrospectiveeditor.cpp" line="100"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/retrospectiveeditor.cpp" line="120"/>
        <source>&apos;%1&apos; is not a review state.</source>
        <translation>&apos;%1&apos; ist kein Prüfstatus.</translation>
    </message>
</context>
<context>
    <name>muster::SqliteRelayStorage</name>
    <message>
        <location filename="../src/relay/sqliterelaystorage.cpp" line="151"/>
        <source>%1 was written by a newer muster-relay (schema %2; this one knows up to %3). It was left untouched.</source>
        <translation>%1 wurde von einem neueren muster-relay geschrieben (Schema %2; dieses kennt Schemas bis %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/relay/sqliterelaystorage.cpp" line="410"/>
        <source>replica %1 already stored its op %2 in workspace %3; nothing of this batch was kept</source>
        <translation>Replikat %1 hat seine Operation %2 im Arbeitsbereich %3 bereits gespeichert; von diesem Stapel wurde nichts übernommen</translation>
    </message>
</context>
<context>
    <name>muster::Store</name>
    <message>
        <location filename="../src/store/store.cpp" line="36"/>
        <source>&apos;%1&apos; is not a valid workspace name</source>
        <translation>&apos;%1&apos; ist kein gültiger Name für einen Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../src/store/store.cpp" line="58"/>
        <source>%1 was written by a newer version of Muster (schema %2; this one knows up to %3). It was left untouched; update Muster to open it.</source>
        <translation>%1 wurde von einer neueren Version von Muster geschrieben (Schema %2; diese Version kennt Schemas bis %3). Die Datei wurde nicht verändert; aktualisieren Sie Muster, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../src/store/store.cpp" line="114"/>
        <source>%1 belongs to workspace &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>%1 gehört zum Arbeitsbereich &apos;%2&apos;, nicht zu &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/store.cpp" line="152"/>
        <location filename="../src/store/store.cpp" line="201"/>
        <location filename="../src/store/storechain.cpp" line="111"/>
        <location filename="../src/store/storechain.cpp" line="135"/>
        <location filename="../src/store/storesync.cpp" line="37"/>
        <location filename="../src/store/storesync.cpp" line="54"/>
        <location filename="../src/store/storesync.cpp" line="70"/>
        <location filename="../src/store/storesync.cpp" line="84"/>
        <location filename="../src/store/storesync.cpp" line="103"/>
        <source>The database is not open</source>
        <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../src/store/store.cpp" line="224"/>
        <source>op belongs to workspace &apos;%1&apos;</source>
        <translation>Operation gehört zum Arbeitsbereich &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/store.cpp" line="232"/>
        <source>op clock rejected: %1</source>
        <translation>Uhr der Operation abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../src/store/storechain.cpp" line="178"/>
        <source>entry %1 (%2) is no longer in the log, or its time was changed</source>
        <translation>Eintrag %1 (%2) ist nicht mehr im Protokoll oder sein Zeitpunkt wurde geändert</translation>
    </message>
</context>
<context>
    <name>muster::SyncController</name>
    <message>
        <location filename="../src/app/synccontroller.cpp" line="187"/>
        <source>Muster is not connected to a relay.</source>
        <translation>Muster ist mit keinem Relay verbunden.</translation>
    </message>
    <message>
        <location filename="../src/app/synccontroller.cpp" line="195"/>
        <source>Not connected to the relay right now; try again when it is.</source>
        <translation>Gerade nicht mit dem Relay verbunden; versuchen Sie es wieder, sobald die Verbindung steht.</translation>
    </message>
</context>
<context>
    <name>muster::SyncEngine</name>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="116"/>
        <source>The connection to the relay closed before it answered; look at the list again once reconnected.</source>
        <translation>Die Verbindung zum Relay wurde vor seiner Antwort geschlossen; sehen Sie nach erneuter Verbindung in die Liste.</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="125"/>
        <source>The relay refused the access token: %1</source>
        <translation>Das Relay hat das Zugangstoken abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="126"/>
        <source>The relay refused the workspace: %1</source>
        <translation>Das Relay hat den Workspace abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="162"/>
        <source>The relay sent a message Muster cannot read: %1</source>
        <translation>Das Relay hat eine Nachricht gesendet, die Muster nicht lesen kann: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="229"/>
        <source>The relay speaks protocol %1; this Muster speaks %2</source>
        <translation>Das Relay verwendet Protokoll %1; diese Version von Muster verwendet %2</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="257"/>
        <source>This computer&apos;s clock is %1 s %2 the relay&apos;s; fix it, or your changes may be refused.</source>
        <translation>Die Uhr dieses Computers geht gegenüber der des Relays %1 s %2; stellen Sie sie richtig, sonst werden Ihre Änderungen möglicherweise abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="259"/>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="259"/>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="334"/>
        <source>The relay refused: %1</source>
        <translation>Das Relay hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="415"/>
        <source>The log of incident %1 differs from the relay&apos;s from entry %2 (%3): it was changed here, on the relay, or in between. Run musterctl verify.</source>
        <translation>Das Protokoll von Incident %1 weicht ab Eintrag %2 von dem des Relays ab (%3): Es wurde hier, auf dem Relay oder dazwischen verändert. Führen Sie musterctl verify aus.</translation>
    </message>
</context>
<context>
    <name>muster::TokenAuthority</name>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="33"/>
        <source>too many failed attempts from this address</source>
        <translation>zu viele fehlgeschlagene Versuche von dieser Adresse</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="37"/>
        <source>an access token is required</source>
        <translation>ein Zugangstoken ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="43"/>
        <source>the Authorization header does not hold a Muster token</source>
        <translation>der Authorization-Header enthält kein Muster-Token</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="46"/>
        <source>the relay cannot read its tokens</source>
        <translation>das Relay kann seine Tokens nicht lesen</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="51"/>
        <source>the token is not valid</source>
        <translation>das Token ist ungültig</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="54"/>
        <source>the token was revoked</source>
        <translation>das Token wurde widerrufen</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="56"/>
        <source>a webhook token cannot open a sync connection</source>
        <translation>ein Webhook-Token kann keine Sync-Verbindung öffnen</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="58"/>
        <source>the token is not a webhook token for this workspace</source>
        <translation>das Token ist kein Webhook-Token für diesen Workspace</translation>
    </message>
</context>
<context>
    <name>muster::UpdateDraftEditor</name>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="117"/>
        <source>; Cc: %1</source>
        <translation>; Cc: %1</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="168"/>
        <source>Choose who it goes to: add a distribution list first if there is none.</source>
        <translation>Wählen Sie aus, an wen das Update geht: Legen Sie zuerst einen Verteiler an, falls es noch keinen gibt.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="252"/>
        <source>The .eml goes to a file on this computer.</source>
        <translation>Die .eml kann nur in eine Datei auf diesem Computer geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="259"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="261"/>
        <source>Saved %1, but no mail program opened it: open it from your mail client.</source>
        <translation>%1 gespeichert, aber kein E-Mail-Programm hat die Datei geöffnet: Öffnen Sie sie in Ihrem E-Mail-Programm.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="278"/>
        <source>No mail program is set up to open mailto: links; save the .eml or copy the text instead.</source>
        <translation>Es ist kein E-Mail-Programm für mailto:-Links eingerichtet; speichern Sie stattdessen die .eml oder kopieren Sie den Text.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="284"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="366"/>
        <source>Only the Incident Commander approves updates.</source>
        <translation>Nur der Incident Commander gibt Updates frei.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="370"/>
        <location filename="../src/app/updatedrafteditor.cpp" line="384"/>
        <source>No update is waiting for approval.</source>
        <translation>Kein Update wartet auf Freigabe.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="378"/>
        <source>Only the Incident Commander returns updates.</source>
        <translation>Nur der Incident Commander gibt Updates zurück.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="380"/>
        <source>Say what to change, so the Communications Lead knows.</source>
        <translation>Sagen Sie, was zu ändern ist, damit die Kommunikationsleitung es weiß.</translation>
    </message>
</context>
<context>
    <name>muster::UpdateDueNotifier</name>
    <message>
        <location filename="../src/app/updateduenotifier.cpp" line="33"/>
        <source>Stakeholder update due: %1</source>
        <translation>Stakeholder-Update fällig: %1</translation>
    </message>
    <message>
        <location filename="../src/app/updateduenotifier.cpp" line="34"/>
        <source>%1 · it is time for the next update to stakeholders.</source>
        <translation>%1 · Zeit für das nächste Update an die Stakeholder.</translation>
    </message>
</context>
<context>
    <name>muster::alerts</name>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="57"/>
        <source>has no fingerprint</source>
        <translation>hat keinen Fingerprint</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="59"/>
        <source>has no labels, or labels that are not text</source>
        <translation>hat keine Labels oder Labels, die kein Text sind</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="61"/>
        <source>has annotations that are not text</source>
        <translation>hat Annotationen, die kein Text sind</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="64"/>
        <source>has no valid startsAt</source>
        <translation>hat kein gültiges startsAt</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="70"/>
        <source>has an endsAt that is not a time</source>
        <translation>hat ein endsAt, das keine Zeitangabe ist</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="87"/>
        <source>the answer is %1 MiB, more than Muster reads</source>
        <translation>die Antwort ist %1 MiB groß, mehr als Muster liest</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="93"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="146"/>
        <source>expected a JSON array of alerts</source>
        <translation>JSON-Array mit Alarmen erwartet</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="151"/>
        <source>alert %1 is not an object</source>
        <translation>Alarm %1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="155"/>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="204"/>
        <source>alert %1 %2</source>
        <translation>Alarm %1 %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="159"/>
        <source>alert %1 has an updatedAt that is not a time</source>
        <translation>Alarm %1 hat ein updatedAt, das keine Zeitangabe ist</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="171"/>
        <source>alert %1 has the unknown state &apos;%2&apos;</source>
        <translation>Alarm %1 hat den unbekannten Zustand &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="174"/>
        <source>alert %1 has a status that is not lists of ids</source>
        <translation>Alarm %1 hat einen Status, der keine Listen von IDs enthält</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="187"/>
        <source>expected a webhook object</source>
        <translation>Webhook-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="190"/>
        <source>webhook version &apos;%1&apos; is not supported; Alertmanager sends version 4</source>
        <translation>Webhook-Version &apos;%1&apos; wird nicht unterstützt; Alertmanager sendet Version 4</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="193"/>
        <source>the webhook has no alerts array</source>
        <translation>der Webhook hat kein alerts-Array</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="198"/>
        <source>the webhook has no externalURL or groupKey</source>
        <translation>dem Webhook fehlt externalURL oder groupKey</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="211"/>
        <source>alert %1 has the unknown status &apos;%2&apos;</source>
        <translation>Alarm %1 hat den unbekannten Status &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>muster::alerts::AlertmanagerPoller</name>
    <message>
        <location filename="../src/integrations/alertmanager/alertmanagerpoller.cpp" line="81"/>
        <source>Alertmanager at %1 cannot be reached: %2</source>
        <translation>Alertmanager unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alertmanagerpoller.cpp" line="84"/>
        <source>Alertmanager at %1 answered HTTP %2</source>
        <translation>Alertmanager unter %1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alertmanagerpoller.cpp" line="88"/>
        <source>Alertmanager at %1 sent alerts Muster cannot read: %2</source>
        <translation>Alertmanager unter %1 hat Alarme gesendet, die Muster nicht lesen kann: %2</translation>
    </message>
</context>
<context>
    <name>muster::alerts::SilenceSender</name>
    <message>
        <location filename="../src/integrations/alertmanager/silencesender.cpp" line="55"/>
        <source>a silence needs at least one label to match</source>
        <translation>eine Stummschaltung benötigt mindestens ein Label zum Abgleich</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/silencesender.cpp" line="69"/>
        <source>Alertmanager at %1 cannot be reached: %2</source>
        <translation>Alertmanager unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/silencesender.cpp" line="79"/>
        <source>Alertmanager at %1 refused the silence (HTTP %2): %3</source>
        <translation>Alertmanager unter %1 hat die Stummschaltung abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/silencesender.cpp" line="89"/>
        <source>Alertmanager at %1 did not say which silence it created</source>
        <translation>Alertmanager unter %1 hat nicht mitgeteilt, welche Stummschaltung angelegt wurde</translation>
    </message>
</context>
<context>
    <name>muster::changes</name>
    <message>
        <location filename="../src/core/changes.cpp" line="62"/>
        <source>other teams are needed</source>
        <translation>andere Teams werden benötigt</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="64"/>
        <source>customers can see the problem</source>
        <translation>Kunden bemerken das Problem</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="66"/>
        <source>unresolved after an hour of analysis</source>
        <translation>nach einer Stunde Analyse ungelöst</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="68"/>
        <source>Declared %1%2: %3</source>
        <translation>%1%2 ausgerufen: %3</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="69"/>
        <source> (drill)</source>
        <translation> (Übung)</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="71"/>
        <source>Declared because: %1.</source>
        <translation>Gründe für das Ausrufen: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="75"/>
        <source>%1 took command as Incident Commander</source>
        <translation>%1 hat als Incident Commander das Kommando übernommen</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="100"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="122"/>
        <source>Alertmanager alerts linked: %1 (%2 in all)</source>
        <translation>Alertmanager-Alarme verknüpft: %1 (insgesamt %2)</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="160"/>
        <source>no linked alert fires any more</source>
        <translation>kein verknüpfter Alarm ist mehr aktiv</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="161"/>
        <source>%1 of %2 linked alerts still firing</source>
        <translation>%1 von %2 verknüpften Alarmen noch aktiv</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="163"/>
        <source>Alertmanager: %1 resolved (%2)</source>
        <translation>Alertmanager: %1 behoben (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="167"/>
        <source>Alertmanager: %1 firing again</source>
        <translation>Alertmanager: %1 wieder aktiv</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="177"/>
        <source>Severity changed from %1 to %2</source>
        <translation>Schweregrad von %1 auf %2 geändert</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="188"/>
        <source>State changed from %1 to %2</source>
        <translation>Status von %1 auf %2 geändert</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="204"/>
        <source>%1 time cleared (was %2)</source>
        <translation>Zeitpunkt „%1“ entfernt (war %2)</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="206"/>
        <source>%1 time corrected from %2 to %3</source>
        <translation>Zeitpunkt „%1“ von %2 auf %3 korrigiert</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="209"/>
        <source>%1 time set to %2</source>
        <translation>Zeitpunkt „%1“ auf %2 gesetzt</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="222"/>
        <source>Title changed to “%1”</source>
        <translation>Titel geändert in „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="230"/>
        <source>Summary updated</source>
        <translation>Zusammenfassung aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="239"/>
        <source>Affected services: %1</source>
        <translation>Betroffene Services: %1</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="240"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="249"/>
        <source>Conference bridge removed</source>
        <translation>Konferenzraum entfernt</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="250"/>
        <source>Conference bridge: %1</source>
        <translation>Konferenzraum: %1</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="259"/>
        <source>Customer impact cleared</source>
        <translation>Auswirkung auf Kunden entfernt</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="260"/>
        <source>Customer impact: %1</source>
        <translation>Auswirkung auf Kunden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="270"/>
        <source>%1 is no longer %2</source>
        <translation>%1 hat nicht mehr die Rolle %2</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="272"/>
        <source>Command passed from %1 to %2</source>
        <translation>Kommando von %1 an %2 übergeben</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="274"/>
        <source>%1 is now %2</source>
        <translation>%1 hat jetzt die Rolle %2</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="285"/>
        <source>Situation</source>
        <translation>Lage</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="286"/>
        <source>Under way</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="287"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="288"/>
        <source>Next stakeholder update</source>
        <translation>Nächstes Stakeholder-Update</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="289"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="300"/>
        <source>%1 offered %2 to %3. Briefing:</source>
        <translation>%1 hat %3 die Rolle %2 angeboten. Briefing:</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="316"/>
        <source>%1 accepted command from %2 and is now Incident Commander</source>
        <translation>%1 hat das Kommando von %2 übernommen und ist jetzt Incident Commander</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="317"/>
        <source>%1 accepted %2 from %3</source>
        <translation>%1 hat die Rolle %2 von %3 übernommen</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="326"/>
        <source>%1 declined to take over as %2</source>
        <translation>%1 hat die Übernahme der Rolle %2 abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="340"/>
        <source>%1 withdrew the offer of %2 to %3</source>
        <translation>%1 hat das Angebot der Rolle %2 an %3 zurückgezogen</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="349"/>
        <source>No one is named as the next %1</source>
        <translation>Für die Rolle %1 ist niemand als Nachfolge benannt</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="350"/>
        <source>%1 is named as the next %2</source>
        <translation>%1 ist als Nachfolge für die Rolle %2 benannt</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="361"/>
        <source>%1 joined as subject-matter expert</source>
        <translation>%1 ist als Fachexperte hinzugekommen</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="362"/>
        <source>%1 is no longer a subject-matter expert</source>
        <translation>%1 ist nicht mehr Fachexperte</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="400"/>
        <source>Runbook step %1 %2: %3</source>
        <translation>Runbook-Schritt %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="402"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="402"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/retrochanges.cpp" line="40"/>
        <source>Retrospective updated: %1</source>
        <translation>Retrospektive aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../src/core/retrochanges.cpp" line="51"/>
        <source>Retrospective back to draft</source>
        <translation>Retrospektive zurück im Entwurf</translation>
    </message>
    <message>
        <location filename="../src/core/retrochanges.cpp" line="54"/>
        <source>Retrospective ready for review</source>
        <translation>Retrospektive bereit zur Prüfung</translation>
    </message>
    <message>
        <location filename="../src/core/retrochanges.cpp" line="57"/>
        <source>Retrospective published</source>
        <translation>Retrospektive veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="47"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="48"/>
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="63"/>
        <source>%1 done: %2</source>
        <translation>%1 erledigt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="66"/>
        <source>%1 dropped: %2</source>
        <translation>%1 verworfen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="69"/>
        <source>%1 reopened: %2</source>
        <translation>%1 wieder geöffnet: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="83"/>
        <source>%1 has no owner now: %2</source>
        <translation>%1 jetzt ohne verantwortliche Person: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="84"/>
        <source>%1 now owned by %2: %3</source>
        <translation>%1 jetzt in Verantwortung von %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="95"/>
        <source>%1 due %2: %3</source>
        <translation>%1 fällig %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="96"/>
        <source>%1 has no due time now: %2</source>
        <translation>%1 hat keinen Fälligkeitstermin mehr: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="110"/>
        <source>%1 renamed from “%2” to “%3”</source>
        <translation>%1 umbenannt von „%2“ in „%3“</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="122"/>
        <source>Action item sent to %1 again: %2</source>
        <translation>Maßnahme erneut an %1 gesendet: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="123"/>
        <source>Action item sent to %1: %2</source>
        <translation>Maßnahme an %1 gesendet: %2</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="23"/>
        <source>Stakeholder update sent to %1: %2</source>
        <translation>Stakeholder-Update an %1 gesendet: %2</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="24"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="27"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="29"/>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="34"/>
        <source>To %1 and Cc %2 recipients (every address is in the update&apos;s record)</source>
        <translation>An %1 und Cc %2 Empfänger (alle Adressen sind im Datensatz des Updates festgehalten)</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="61"/>
        <source>%1 asked the Incident Commander to approve the update to %2: %3</source>
        <translation>%1 hat den Incident Commander gebeten, das Update an %2 freizugeben: %3</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="87"/>
        <source>%1 approved the update to %2</source>
        <translation>%1 hat das Update an %2 freigegeben</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="95"/>
        <source>%1 returned the update to %2: %3</source>
        <translation>%1 hat das Update an %2 zurückgegeben: %3</translation>
    </message>
</context>
<context>
    <name>muster::comms</name>
    <message>
        <location filename="../src/comms/cadence.cpp" line="70"/>
        <source>Update due in %1 min</source>
        <translation>Update fällig in %1 Min.</translation>
    </message>
    <message>
        <location filename="../src/comms/cadence.cpp" line="72"/>
        <source>Update due now</source>
        <translation>Update jetzt fällig</translation>
    </message>
    <message>
        <location filename="../src/comms/cadence.cpp" line="72"/>
        <source>Update overdue by %1 min</source>
        <translation>Update seit %1 Min. überfällig</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="95"/>
        <source>an address must be on one line</source>
        <translation>eine Adresse muss einzeilig sein</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="97"/>
        <source>an address is empty</source>
        <translation>eine Adresse ist leer</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="100"/>
        <location filename="../src/comms/email.cpp" line="114"/>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="102"/>
        <source>a name must not contain quotes or backslashes: “%1”</source>
        <translation>ein Name darf keine Anführungszeichen oder Backslashes enthalten: „%1“</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="105"/>
        <source>“%1”: addresses with non-ASCII letters are not supported</source>
        <translation>„%1“: Adressen mit Nicht-ASCII-Buchstaben werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="107"/>
        <source>an address is longer than %1 characters</source>
        <translation>eine Adresse ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="122"/>
        <source>there is no recipient</source>
        <translation>es gibt keinen Empfänger</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="128"/>
        <source>the subject must be on one line</source>
        <translation>der Betreff muss einzeilig sein</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="130"/>
        <source>the subject is empty</source>
        <translation>der Betreff ist leer</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="132"/>
        <source>the subject is longer than %1 characters</source>
        <translation>der Betreff ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="135"/>
        <source>the subject contains a control character</source>
        <translation>der Betreff enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../src/comms/updatelint.cpp" line="42"/>
        <source>A placeholder was left unfilled: readers would see it as it is.</source>
        <translation>Ein Platzhalter wurde nicht ausgefüllt: Die Empfänger würden ihn unverändert sehen.</translation>
    </message>
    <message>
        <location filename="../src/comms/updatelint.cpp" line="51"/>
        <source>A time to recovery that is not confirmed becomes a broken promise; leave it out until it is.</source>
        <translation>Eine unbestätigte Zeitangabe zur Behebung wird zum gebrochenen Versprechen; lassen Sie sie weg, bis sie bestätigt ist.</translation>
    </message>
    <message>
        <location filename="../src/comms/updatelint.cpp" line="61"/>
        <source>An IP address, internal host name or internal URL means nothing to readers outside and tells too much.</source>
        <translation>Eine IP-Adresse, ein interner Hostname oder eine interne URL sagt externen Empfängern nichts und verrät zu viel.</translation>
    </message>
    <message>
        <location filename="../src/comms/updatelint.cpp" line="76"/>
        <source>The subject is %1 characters long; mail clients cut it after about %2.</source>
        <translation>Der Betreff ist %1 Zeichen lang; E-Mail-Programme kürzen ihn nach etwa %2.</translation>
    </message>
    <message>
        <location filename="../src/comms/updatelint.cpp" line="87"/>
        <source>It does not say when the next update comes; readers will ask instead of waiting.</source>
        <translation>Es fehlt, wann das nächste Update kommt; die Empfänger werden nachfragen, statt zu warten.</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="58"/>
        <source>The incident&apos;s title</source>
        <translation>Der Titel des Incidents</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="59"/>
        <source>The incident&apos;s id</source>
        <translation>Die ID des Incidents</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="60"/>
        <source>SEV1 … SEV4</source>
        <translation>SEV1 … SEV4</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="61"/>
        <source>Where the response stands: Investigating, Mitigated, …</source>
        <translation>Stand des Einsatzes: In Untersuchung, Eingedämmt, …</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="62"/>
        <source>The incident&apos;s summary</source>
        <translation>Die Zusammenfassung des Incidents</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="63"/>
        <source>The customer impact as written in the incident</source>
        <translation>Die Auswirkung auf Kunden, wie im Incident beschrieben</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="64"/>
        <source>The affected services</source>
        <translation>Die betroffenen Services</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="65"/>
        <source>The conference bridge&apos;s link, for teams asked to join</source>
        <translation>Der Link zum Konferenzraum, für Teams, die dazukommen sollen</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="66"/>
        <source>When it started, in the audience&apos;s time zone</source>
        <translation>Wann er begann, in der Zeitzone der Zielgruppe</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="67"/>
        <source>What is being done now: open tasks and runbook steps under way</source>
        <translation>Was gerade getan wird: offene Aufgaben und laufende Runbook-Schritte</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="68"/>
        <source>The Incident Commander&apos;s name</source>
        <translation>Der Name des Incident Commanders</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="69"/>
        <source>The Communications Lead&apos;s name</source>
        <translation>Der Name der Kommunikationsleitung</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="70"/>
        <source>When the next update comes, in the audience&apos;s time zone</source>
        <translation>Wann das nächste Update kommt, in der Zeitzone der Zielgruppe</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="71"/>
        <source>What customers can do meanwhile, as written in the draft</source>
        <translation>Was Kunden in der Zwischenzeit tun können, wie im Entwurf angegeben</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="72"/>
        <source>Whether any impact or data loss remains, as written in the draft</source>
        <translation>Ob eine Auswirkung oder ein Datenverlust bleibt, wie im Entwurf angegeben</translation>
    </message>
</context>
<context>
    <name>muster::comms::CadencePolicy</name>
    <message>
        <location filename="../src/comms/cadence.cpp" line="22"/>
        <source>the %1 interval must be 0 (none) to %2 minutes</source>
        <translation>das Intervall für %1 muss 0 (keines) bis %2 Minuten betragen</translation>
    </message>
    <message>
        <location filename="../src/comms/cadence.cpp" line="27"/>
        <source>an incident counts as long after 1 to %1 minutes</source>
        <translation>die Schwelle für lange Incidents muss 1 bis %1 Minuten betragen</translation>
    </message>
    <message>
        <location filename="../src/comms/cadence.cpp" line="29"/>
        <source>the long-incident interval must be 1 to %1 minutes</source>
        <translation>das Intervall für lange Incidents muss 1 bis %1 Minuten betragen</translation>
    </message>
</context>
<context>
    <name>muster::logchain</name>
    <message>
        <location filename="../src/core/logchain.cpp" line="113"/>
        <source>entry %1 appears twice in the chain</source>
        <translation>Eintrag %1 kommt zweimal in der Kette vor</translation>
    </message>
    <message>
        <location filename="../src/core/logchain.cpp" line="114"/>
        <source>entry %1 of the chain is missing</source>
        <translation>Eintrag %1 der Kette fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/logchain.cpp" line="120"/>
        <source>entry %1 (%2) does not match its recorded hash: it was changed after it was chained, or an entry before it was</source>
        <translation>Eintrag %1 (%2) passt nicht zu seinem gespeicherten Hash: Er oder ein Eintrag davor wurde nach dem Verketten geändert</translation>
    </message>
</context>
<context>
    <name>muster::protocol</name>
    <message>
        <location filename="../src/sync/protocol.cpp" line="218"/>
        <source>an array of positive integers</source>
        <translation>ein Array positiver ganzer Zahlen</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="253"/>
        <source>an array of peer maps</source>
        <translation>ein Array von Peer-Maps</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="263"/>
        <source>an array of replica ids</source>
        <translation>eine Liste von Replika-IDs</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="293"/>
        <source>an array of alert maps</source>
        <translation>ein Array von Alarm-Maps</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="422"/>
        <source>not CBOR: %1</source>
        <translation>kein CBOR: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="427"/>
        <source>a message must be a CBOR map</source>
        <translation>eine Nachricht muss eine CBOR-Map sein</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="433"/>
        <source>field &apos;type&apos; must be text</source>
        <translation>Feld &apos;type&apos; muss Text sein</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="442"/>
        <source>unknown message type &apos;%1&apos;</source>
        <translation>unbekannter Nachrichtentyp &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="445"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>muster::protocol::detail</name>
    <message>
        <location filename="../src/sync/protocolintegrations.cpp" line="90"/>
        <source>an array of at most %1 integrations</source>
        <translation>ein Array aus höchstens %1 Integrationen</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolintegrations.cpp" line="111"/>
        <source>an array of integration maps</source>
        <translation>ein Array aus Integrations-Maps</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolintegrations.cpp" line="137"/>
        <source>the integration&apos;s id</source>
        <translation>die ID der Integration</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolintegrations.cpp" line="139"/>
        <source>add, remove or retry</source>
        <translation>add, remove oder retry</translation>
    </message>
</context>
<context>
    <name>muster::protocol::detail::Reader</name>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="26"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="29"/>
        <source>text of at most %1 characters</source>
        <translation>Text mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="39"/>
        <source>a non-negative integer</source>
        <translation>eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="47"/>
        <source>a sequence number below 2^62</source>
        <translation>eine Sequenznummer unter 2^62</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="57"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="67"/>
        <source>an array of at most %1 texts</source>
        <translation>ein Array aus höchstens %1 Texten</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="79"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="92"/>
        <source>op %1: %2</source>
        <translation>Operation %1: %2</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="105"/>
        <source>an array of [index, position, 32-byte hash] in index order</source>
        <translation>ein Array aus [Index, Position, 32-Byte-Hash] in Indexreihenfolge</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="126"/>
        <source>field &apos;%1&apos; must be %2</source>
        <translation>Feld &apos;%1&apos; muss %2 sein</translation>
    </message>
</context>
</TS>
