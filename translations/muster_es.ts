<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionItemsView</name>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="19"/>
        <location filename="../qml/views/ActionItemsView.qml" line="41"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="29"/>
        <source>Action items</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="30"/>
        <source>%1 open, %2 overdue</source>
        <translation>%1 abiertas, %2 vencidas</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="31"/>
        <source>%1 open</source>
        <translation>%1 abiertas</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="34"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="43"/>
        <source>Show the action items of: %1</source>
        <translation>Mostrar las acciones de seguimiento de: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="47"/>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="123"/>
        <source>DRILL</source>
        <translation>SIMULACRO</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="137"/>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="144"/>
        <source>no due date</source>
        <translation>sin vencimiento</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="145"/>
        <source>overdue since %1</source>
        <translation>vencida desde %1</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="146"/>
        <source>due %1</source>
        <translation>vence %1</translation>
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
        <translation>Enviando a Jira…</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="163"/>
        <source>Send to Jira</source>
        <translation>Enviar a Jira</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="178"/>
        <source>Open %1 in Jira</source>
        <translation>Abrir %1 en Jira</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="179"/>
        <source>Send to Jira: %1</source>
        <translation>Enviar a Jira: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="184"/>
        <source>Open incident</source>
        <translation>Abrir incidente</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="191"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="194"/>
        <source>Mark done: %1</source>
        <translation>Marcar como hecha: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="204"/>
        <source>Nothing open for %1.</source>
        <translation>Nada abierto para %1.</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="205"/>
        <source>No open action items.</source>
        <translation>No hay acciones de seguimiento abiertas.</translation>
    </message>
    <message>
        <location filename="../qml/views/ActionItemsView.qml" line="206"/>
        <source>Action items are the follow-ups a retrospective agrees on; add them in an incident&apos;s Tasks tab.</source>
        <translation>Las acciones de seguimiento son los compromisos que acuerda una retrospectiva; añádelas en la pestaña Tareas de un incidente.</translation>
    </message>
</context>
<context>
    <name>AlertGroupDelegate</name>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="38"/>
        <source>%1 on %2, %3 firing, since %4</source>
        <translation>%1 en %2, %3 activas, desde %4</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="38"/>
        <source>no service</source>
        <translation>sin servicio</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="63"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="72"/>
        <source>%1 silenced</source>
        <translation>%1 silenciadas</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="76"/>
        <source>%1 inhibited</source>
        <translation>%1 inhibidas</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="79"/>
        <source>1 firing</source>
        <translation>1 activa</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="79"/>
        <source>%1 firing</source>
        <translation>%1 activas</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="91"/>
        <source>Firing since %1</source>
        <translation>Activa desde %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="118"/>
        <source>Graph</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="122"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="129"/>
        <source>In incident: %1</source>
        <translation>En el incidente: %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="139"/>
        <source>Open incident</source>
        <translation>Abrir incidente</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="150"/>
        <source>Add to incident…</source>
        <translation>Añadir al incidente…</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="152"/>
        <source>No incident is under way</source>
        <translation>No hay ningún incidente en curso</translation>
    </message>
    <message>
        <location filename="../qml/delegates/AlertGroupDelegate.qml" line="160"/>
        <source>Declare incident…</source>
        <translation>Declarar incidente…</translation>
    </message>
</context>
<context>
    <name>AlertmanagerSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="29"/>
        <source>Alertmanagers</source>
        <translation>Alertmanagers</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="40"/>
        <source>Alertmanagers to poll from this computer, one address per line</source>
        <translation>Alertmanagers que consultar desde este equipo, una dirección por línea</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="48"/>
        <source>Alertmanager addresses</source>
        <translation>Direcciones de Alertmanager</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="51"/>
        <source>Leave empty when Alertmanager sends its webhooks to the team&apos;s relay: those alerts reach every teammate without polling.</source>
        <translation>Déjalo vacío si Alertmanager envía sus webhooks al relay del equipo: esas alertas llegan a todos los compañeros sin necesidad de consultar.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="60"/>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="66"/>
        <source>Seconds between polls</source>
        <translation>Segundos entre consultas</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="81"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AlertmanagerSettingsDialog.qml" line="87"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="107"/>
        <source>← Board</source>
        <translation>← Tablero</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="107"/>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="113"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="121"/>
        <source>Detection (%1)</source>
        <translation>Detección (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="122"/>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="130"/>
        <source>Action items</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/AppHeader.qml" line="132"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="139"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="167"/>
        <source>Wall display</source>
        <translation>Mural</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="171"/>
        <source>Show the war-room wall: full screen, read only (F11; Escape leaves it)</source>
        <translation>Mostrar la pantalla de la sala de crisis: pantalla completa, solo lectura (F11; Escape para salir)</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="176"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="182"/>
        <source>Switch to the light theme</source>
        <translation>Cambiar al tema claro</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="182"/>
        <source>Switch to the dark theme</source>
        <translation>Cambiar al tema oscuro</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="183"/>
        <location filename="../qml/components/AppHeader.qml" line="207"/>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="193"/>
        <source>%1 · wall display and theme</source>
        <translation>%1 · mural y tema</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="194"/>
        <source>More: wall display and theme</source>
        <translation>Más: mural y tema</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="199"/>
        <source>Signed in as %1</source>
        <translation>Sesión de %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="203"/>
        <source>Wall display (F11)</source>
        <translation>Mural (F11)</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="216"/>
        <source>Declare incident</source>
        <translation>Declarar incidente</translation>
    </message>
    <message>
        <location filename="../qml/components/AppHeader.qml" line="221"/>
        <source>Declare a new incident (Ctrl+D)</source>
        <translation>Declarar un nuevo incidente (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>AttachAlertsDialog</name>
    <message>
        <location filename="../qml/dialogs/AttachAlertsDialog.qml" line="19"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AttachAlertsDialog.qml" line="29"/>
        <source>Add %1 to an incident</source>
        <translation>Añadir %1 a un incidente</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AttachAlertsDialog.qml" line="41"/>
        <source>Incidents under way</source>
        <translation>Incidentes en curso</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AttachAlertsDialog.qml" line="66"/>
        <source>%1, SEV%2, %3</source>
        <translation>%1, SEV%2, %3</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/AttachAlertsDialog.qml" line="72"/>
        <source>%1 (drill)</source>
        <translation>%1 (simulacro)</translation>
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
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../qml/views/BoardView.qml" line="47"/>
        <source>Filter by title, service or IC  (Ctrl+F)</source>
        <translation>Filtrar por título, servicio o IC  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="46"/>
        <source>Filter incidents</source>
        <translation>Filtrar incidentes</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="43"/>
        <source>Title, service or IC (Ctrl+F)</source>
        <translation>Título, servicio o IC (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="63"/>
        <source>Show only severity %1</source>
        <translation>Mostrar solo la severidad %1</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="65"/>
        <source>Show %1 (click again to stop filtering)</source>
        <translation>Mostrar %1 (vuelve a hacer clic para dejar de filtrar)</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="70"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="73"/>
        <source>Filter by service</source>
        <translation>Filtrar por servicio</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="77"/>
        <source>1 active incident</source>
        <translation>1 incidente activo</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="78"/>
        <source>%1 active incidents</source>
        <translation>%1 incidentes activos</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="92"/>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="93"/>
        <source>Acknowledged</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="94"/>
        <source>Investigating</source>
        <translation>Investigando</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="95"/>
        <source>Mitigated</source>
        <translation>Mitigado</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="96"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="97"/>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="120"/>
        <source>No active incidents.</source>
        <translation>No hay incidentes activos.</translation>
    </message>
    <message>
        <location filename="../qml/views/BoardView.qml" line="121"/>
        <source>When something breaks, declare an incident with Ctrl+D.</source>
        <translation>Cuando algo falle, declara un incidente con Ctrl+D.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../qml/components/ChartCard.qml" line="14"/>
        <source>Nothing to show in this range.</source>
        <translation>No hay nada que mostrar en este intervalo.</translation>
    </message>
    <message>
        <location filename="../qml/components/ChartCard.qml" line="41"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../qml/components/ChartCard.qml" line="46"/>
        <source>Save the numbers behind this chart as a CSV file</source>
        <translation>Guardar los datos de este gráfico como archivo CSV</translation>
    </message>
</context>
<context>
    <name>CommandPaletteDialog</name>
    <message>
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="39"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="44"/>
        <source>Jump to an incident, a person or an action…</source>
        <translation>Ir a un incidente, una persona o una acción…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="50"/>
        <source>Search incidents, people and actions</source>
        <translation>Buscar incidentes, personas y acciones</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="51"/>
        <source>%n result(s); arrows choose, Enter goes</source>
        <translation>
            <numerusform>%n resultado; las flechas eligen, Intro va</numerusform>
            <numerusform>%n resultados; las flechas eligen, Intro va</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="80"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommandPaletteDialog.qml" line="141"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>CommsPanel</name>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="39"/>
        <source>Stakeholder updates</source>
        <translation>Actualizaciones para las partes interesadas</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="40"/>
        <source>%1 sent</source>
        <translation>%1 enviadas</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="44"/>
        <source>Lists…</source>
        <translation>Listas…</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="48"/>
        <source>Distribution lists and the update cadence</source>
        <translation>Listas de distribución y cadencia de actualizaciones</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="79"/>
        <source>%1 asks you to approve the update to %2:</source>
        <translation>%1 te pide que apruebes la actualización para %2:</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="102"/>
        <source>What to change, if you return it</source>
        <translation>Qué cambiar, si la devuelves</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="109"/>
        <source>Return</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="116"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="131"/>
        <source>Draft an update… (Ctrl+U)</source>
        <translation>Redactar una actualización… (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="167"/>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="167"/>
        <source>; Cc: %1</source>
        <translation>; CC: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="178"/>
        <source>Nothing sent yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../qml/views/CommsPanel.qml" line="179"/>
        <source>Send the first notice within minutes of declaring: what is known, what is being done, when the next update comes.</source>
        <translation>Envía el primer aviso a los pocos minutos de declarar: qué se sabe, qué se está haciendo y cuándo llegará la próxima actualización.</translation>
    </message>
</context>
<context>
    <name>CommsSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="32"/>
        <source>Communication settings</source>
        <translation>Ajustes de comunicación</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="48"/>
        <source>Distribution lists</source>
        <translation>Listas de distribución</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="49"/>
        <source>Cadence</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="50"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="83"/>
        <source>New list</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="94"/>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="97"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="99"/>
        <source>e.g. Exec team</source>
        <translation>p. ej., Equipo directivo</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="103"/>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="106"/>
        <source>Audience: decides which templates it gets</source>
        <translation>Audiencia: determina qué plantillas recibe</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="114"/>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="117"/>
        <source>To: one address per line (addr@example.com or Name &lt;addr@example.com&gt;)</source>
        <translation>Para: una dirección por línea (addr@example.com o Nombre &lt;addr@example.com&gt;)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="123"/>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="126"/>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="132"/>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="135"/>
        <source>Time zone the readers live in (an IANA name such as Europe/Berlin; empty for UTC)</source>
        <translation>Zona horaria de los lectores (un nombre IANA como Europe/Berlin; vacío para UTC)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="147"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="149"/>
        <source>Archived: it no longer appears when drafting.</source>
        <translation>Archivada: ya no aparece al redactar.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="154"/>
        <source>Add list</source>
        <translation>Añadir lista</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="154"/>
        <source>Save list</source>
        <translation>Guardar lista</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="155"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="177"/>
        <source>an update every</source>
        <translation>una actualización cada</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="182"/>
        <source>Minutes between updates at SEV%1</source>
        <translation>Minutos entre actualizaciones en SEV%1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="190"/>
        <source>minutes (0: no regular updates)</source>
        <translation>minutos (0: sin actualizaciones periódicas)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="194"/>
        <source>Long incidents: once an update goes out this long after the start, the next comes less often.</source>
        <translation>Incidentes largos: cuando una actualización sale pasado este tiempo desde el inicio, las siguientes se espacian más.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="202"/>
        <source>after</source>
        <translation>tras</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="206"/>
        <source>Minutes after the start when updates come less often</source>
        <translation>Minutos desde el inicio a partir de los cuales las actualizaciones son menos frecuentes</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="210"/>
        <source>minutes, an update every</source>
        <translation>minutos, una actualización cada</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="214"/>
        <source>Minutes between updates in long incidents</source>
        <translation>Minutos entre actualizaciones en incidentes largos</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="218"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="221"/>
        <source>Conference bridge for new incidents: each starts with this link, which its details can change.</source>
        <translation>Sala de conferencia para incidentes nuevos: cada uno empieza con este enlace, que se puede cambiar en sus detalles.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="235"/>
        <source>https://… (none)</source>
        <translation>https://… (ninguno)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="237"/>
        <source>Conference bridge link for new incidents</source>
        <translation>Enlace de la sala de conferencia para incidentes nuevos</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="242"/>
        <source>Save link</source>
        <translation>Guardar enlace</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="243"/>
        <source>Saved: new incidents start with this bridge.</source>
        <translation>Guardado: los incidentes nuevos empiezan con esta sala.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="249"/>
        <source>Save cadence</source>
        <translation>Guardar cadencia</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="252"/>
        <source>Saved: every countdown follows it now.</source>
        <translation>Guardada: todas las cuentas atrás la siguen ya.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="275"/>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="285"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="289"/>
        <source>Edited for this workspace.</source>
        <translation>Editada para este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="289"/>
        <source>The bundled template.</source>
        <translation>La plantilla incluida.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="299"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="310"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="318"/>
        <source>Back to the bundled template</source>
        <translation>Volver a la plantilla incluida</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="320"/>
        <source>Back to the bundled template.</source>
        <translation>Restaurada la plantilla incluida.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="325"/>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="326"/>
        <source>Saved: new drafts use it.</source>
        <translation>Guardada: los nuevos borradores la usan.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CommsSettingsDialog.qml" line="363"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="16"/>
        <source>Declare an incident</source>
        <translation>Declarar un incidente</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="53"/>
        <source>Alerts to link from Alertmanager: %1. Detected %2, when the first of them started.</source>
        <translation>Alertas de Alertmanager que vincular: %1. Detectado %2, cuando empezó la primera.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="61"/>
        <source>Declare when any of these holds. Unsure? Declare.</source>
        <translation>Declara si se cumple alguna de estas condiciones. ¿Dudas? Declara.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="66"/>
        <source>Another team must be pulled in</source>
        <translation>Hay que implicar a otro equipo</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="71"/>
        <source>Customers or end users can see the problem</source>
        <translation>Los clientes o usuarios finales ven el problema</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="76"/>
        <source>Still unresolved after an hour of focused analysis</source>
        <translation>Sigue sin resolverse tras una hora de análisis dedicado</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="82"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="90"/>
        <source>What is broken, for whom? e.g. “Checkout fails for EU customers”</source>
        <translation>¿Qué falla y para quién? p. ej., «El pago falla para clientes de la UE»</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="92"/>
        <source>Incident title</source>
        <translation>Título del incidente</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="97"/>
        <source>Severity (Alt+1 … Alt+4) — unsure? pick the higher one</source>
        <translation>Severidad (Alt+1 … Alt+4) — ¿dudas? elige la más alta</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="127"/>
        <source>Affected services (comma-separated)</source>
        <translation>Servicios afectados (separados por comas)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="131"/>
        <source>checkout-api, payments-api</source>
        <translation>checkout-api, payments-api</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="133"/>
        <source>Affected services</source>
        <translation>Servicios afectados</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="136"/>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="144"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="140"/>
        <source>What is known so far (optional)</source>
        <translation>Lo que se sabe hasta ahora (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="150"/>
        <source>This is a drill (GameDay): same process, kept out of metrics</source>
        <translation>Es un simulacro (GameDay): mismo proceso, excluido de las métricas</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="165"/>
        <source>You will be Incident Commander until you hand over.</source>
        <translation>Serás Comandante del incidente hasta que hagas el traspaso.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="172"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DeclareDialog.qml" line="177"/>
        <source>Declare</source>
        <translation>Declarar</translation>
    </message>
</context>
<context>
    <name>DetectionView</name>
    <message>
        <location filename="../qml/views/DetectionView.qml" line="32"/>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <location filename="../qml/views/DetectionView.qml" line="37"/>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <location filename="../qml/views/DetectionView.qml" line="43"/>
        <source>Alertmanagers…</source>
        <translation>Alertmanagers…</translation>
    </message>
    <message>
        <location filename="../qml/views/DetectionView.qml" line="49"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../qml/views/DetectionView.qml" line="83"/>
        <source>Firing alerts, grouped</source>
        <translation>Alertas activas, agrupadas</translation>
    </message>
</context>
<context>
    <name>HandoffBanner</name>
    <message>
        <location filename="../qml/components/HandoffBanner.qml" line="39"/>
        <source>%1 offers you %2. Read the briefing, then accept or decline.</source>
        <translation>%1 te ofrece %2. Lee el informe y luego acepta o rechaza.</translation>
    </message>
    <message>
        <location filename="../qml/components/HandoffBanner.qml" line="49"/>
        <source>Read the briefing…</source>
        <translation>Leer el informe…</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="24"/>
        <source>Hand over %1</source>
        <translation>Traspasar %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="49"/>
        <source>Nothing changes in the roster until they accept. The offer and the briefing go into the log.</source>
        <translation>No cambia nada en el reparto de roles hasta que acepte. La oferta y el informe se añaden al registro.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="56"/>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="67"/>
        <source>Who takes over</source>
        <translation>Quién toma el relevo</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="66"/>
        <source>Choose a person</source>
        <translation>Elige una persona</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="72"/>
        <source>Situation now (required)</source>
        <translation>Situación actual (obligatorio)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="78"/>
        <source>Under way: actions and who is on them</source>
        <translation>En curso: acciones y quién se ocupa de ellas</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="83"/>
        <source>Open: tasks and runbook steps not started</source>
        <translation>Abierto: tareas y pasos del runbook sin empezar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="88"/>
        <source>Next stakeholder update due</source>
        <translation>Vencimiento de la próxima actualización para las partes interesadas</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="93"/>
        <source>Risks and what to watch</source>
        <translation>Riesgos y qué vigilar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffDialog.qml" line="111"/>
        <source>Offer %1</source>
        <translation>Ofrecer %1</translation>
    </message>
</context>
<context>
    <name>HandoffReviewDialog</name>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="22"/>
        <source>%1 offers you %2</source>
        <translation>%1 te ofrece %2</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="46"/>
        <source>Offered %1</source>
        <translation>Ofrecido %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="52"/>
        <source>Situation now</source>
        <translation>Situación actual</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="53"/>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="54"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="55"/>
        <source>Next stakeholder update</source>
        <translation>Próxima actualización para las partes interesadas</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="56"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="84"/>
        <source>If you decline, say why (optional; it goes into the log)</source>
        <translation>Si rechazas, explica por qué (opcional; se añade al registro)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="93"/>
        <source>Reason for declining</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="100"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="109"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/HandoffReviewDialog.qml" line="116"/>
        <source>Accept: I am %1 now</source>
        <translation>Aceptar: ahora soy %1</translation>
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
        <translation>%1, %2, %3, en curso desde hace %4, IC %5</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="39"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="67"/>
        <source>DRILL</source>
        <translation>SIMULACRO</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="75"/>
        <source>lasted %1</source>
        <translation>duró %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="82"/>
        <source>Running since %1</source>
        <translation>En curso desde %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="97"/>
        <source>IC %1</source>
        <translation>IC %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="97"/>
        <source>No Incident Commander</source>
        <translation>Sin comandante (IC)</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="124"/>
        <source>Resolved %1</source>
        <translation>Resuelto %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="125"/>
        <source>Last log %1</source>
        <translation>Última entrada %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/IncidentCard.qml" line="126"/>
        <source>Nothing logged yet</source>
        <translation>Aún no hay nada registrado</translation>
    </message>
</context>
<context>
    <name>IncidentDetailsDialog</name>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="18"/>
        <source>Edit incident details</source>
        <translation>Editar detalles del incidente</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="38"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="44"/>
        <source>Incident title</source>
        <translation>Título del incidente</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="47"/>
        <source>Affected services (comma-separated)</source>
        <translation>Servicios afectados (separados por comas)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="52"/>
        <source>Affected services</source>
        <translation>Servicios afectados</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="55"/>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="61"/>
        <source>Customer impact</source>
        <translation>Impacto en clientes</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="59"/>
        <source>Who is affected and how, in words a customer would use</source>
        <translation>Quién está afectado y cómo, con las palabras que usaría un cliente</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="64"/>
        <source>Conference bridge</source>
        <translation>Sala de conferencia</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="69"/>
        <source>https://… (Zoom, Meet, Jitsi or any link)</source>
        <translation>https://… (Zoom, Meet, Jitsi u otro enlace)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="72"/>
        <source>Conference bridge link</source>
        <translation>Enlace de la sala de conferencia</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="75"/>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="82"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="94"/>
        <source>Every change is written to the log.</source>
        <translation>Cada cambio se escribe en el registro.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="100"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IncidentDetailsDialog.qml" line="105"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>IncidentHeader</name>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="54"/>
        <source>DRILL — kept out of metrics</source>
        <translation>SIMULACRO — excluido de las métricas</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="70"/>
        <source>Join bridge</source>
        <translation>Unirse a la sala</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="72"/>
        <source>Join the conference bridge: %1</source>
        <translation>Unirse a la sala de conferencia: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="98"/>
        <source>The next stakeholder update is due at %1</source>
        <translation>La próxima actualización para las partes interesadas vence a las %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="110"/>
        <source>Running for %1</source>
        <translation>En curso desde hace %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="113"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="126"/>
        <source>IC: %1</source>
        <translation>IC: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="127"/>
        <source>No Incident Commander</source>
        <translation>Sin comandante (IC)</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="143"/>
        <source>Also here: %1</source>
        <translation>También aquí: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="150"/>
        <source>Edit details…</source>
        <translation>Editar detalles…</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="155"/>
        <source>Title, services, summary and customer impact (Ctrl+E)</source>
        <translation>Título, servicios, resumen e impacto en clientes (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="159"/>
        <source>Retrospective…</source>
        <translation>Retrospectiva…</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="164"/>
        <source>The blameless retrospective: impact, timeline, contributing factors, action items</source>
        <translation>La retrospectiva sin culpas: impacto, cronología, factores contribuyentes y acciones de seguimiento</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="172"/>
        <location filename="../qml/views/IncidentHeader.qml" line="184"/>
        <source>Severity</source>
        <translation>Severidad</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="186"/>
        <source>Unsure? Pick the higher severity.</source>
        <translation>¿Dudas? Elige la severidad más alta.</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="189"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="203"/>
        <source>Lifecycle state</source>
        <translation>Estado del ciclo de vida</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentHeader.qml" line="209"/>
        <source>Impact: %1</source>
        <translation>Impacto: %1</translation>
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
        <translation>Tareas ⚠%1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="133"/>
        <source>Tasks %1</source>
        <translation>Tareas %1</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="134"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="136"/>
        <source>Tasks (%1 overdue)</source>
        <translation>Tareas (%1 vencidas)</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="137"/>
        <source>Tasks (%1 open)</source>
        <translation>Tareas (%1 abiertas)</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="147"/>
        <source>Comms ⚠</source>
        <translation>Comunicación ⚠</translation>
    </message>
    <message>
        <location filename="../qml/views/IncidentView.qml" line="147"/>
        <source>Comms</source>
        <translation>Comunicación</translation>
    </message>
</context>
<context>
    <name>IntegrationsDialog</name>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="23"/>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="65"/>
        <source>Integrations run on the relay. Set a relay in Settings to use them.</source>
        <translation>Las integraciones funcionan en el relay. Indique un relay en Ajustes para usarlas.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="66"/>
        <source>Waiting for the relay to say which integrations there are…</source>
        <translation>Esperando a que el relay diga qué integraciones hay…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="67"/>
        <source>No integrations yet.</source>
        <translation>Aún no hay integraciones.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="69"/>
        <source>Someone with an admin token adds them, here or with muster-relay integration add.</source>
        <translation>Las añade alguien con un token de administrador, aquí o con muster-relay integration add.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="125"/>
        <source>%1 · receives at %2 on the relay&apos;s webhook listener; its incidents appear in Detection</source>
        <translation>%1 · recibe en %2 en el receptor de webhooks del relay; sus incidentes aparecen en Detección</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="128"/>
        <source>%1 · files action items sent to it as %2 issues in project %3 at %4, as %5</source>
        <translation>%1 · crea las acciones de seguimiento que recibe como incidencias de tipo %2 en el proyecto %3 de %4, como %5</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="129"/>
        <source>%1 · files action items sent to it as %2 issues in project %3 at %4, with a personal access token</source>
        <translation>%1 · crea las acciones de seguimiento que recibe como incidencias de tipo %2 en el proyecto %3 de %4, con un token de acceso personal</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="130"/>
        <source>%1 · posts to %2 on: %3</source>
        <translation>%1 · publica en %2 al: %3</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="151"/>
        <source>Receiving: last webhook %1</source>
        <translation>Recibiendo: último webhook %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="152"/>
        <source>Working: last reached Jira %1</source>
        <translation>Funcionando: último contacto con Jira %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="153"/>
        <source>Posting: last post %1</source>
        <translation>Publicando: última publicación %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="155"/>
        <source>Nothing filed yet. Send an action item to Jira from its menu.</source>
        <translation>Aún no se ha creado nada. Envíe una acción de seguimiento a Jira desde su menú.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="156"/>
        <source>Nothing posted yet.</source>
        <translation>Aún no se ha publicado nada.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="154"/>
        <source>Nothing received yet.</source>
        <translation>Aún no se ha recibido nada.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="53"/>
        <source>Incident events are posted once, by the relay, whether or not anyone has Muster open. The relay also files the action items sent to Jira.</source>
        <translation>El relay publica cada evento de un incidente una sola vez, tenga alguien Muster abierto o no. El relay también crea las acciones de seguimiento enviadas a Jira.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="172"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="173"/>
        <source>Retry posts to %1</source>
        <translation>Reintentar las publicaciones en %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="180"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="181"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="211"/>
        <source>Add an integration</source>
        <translation>Añadir una integración</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="215"/>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="219"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="236"/>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="240"/>
        <source>Jira site</source>
        <translation>Sitio de Jira</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="255"/>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="258"/>
        <source>Project key</source>
        <translation>Clave del proyecto</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="269"/>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="272"/>
        <source>Issue type</source>
        <translation>Tipo de incidencia</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="282"/>
        <source>Account e-mail (Jira Cloud; leave empty for a personal access token)</source>
        <translation>Correo de la cuenta (Jira Cloud; déjelo vacío con un token de acceso personal)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="289"/>
        <source>Account e-mail</source>
        <translation>Correo de la cuenta</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="317"/>
        <source>PagerDuty posts to /pagerduty/%1 on the relay&apos;s webhook listener (muster-relay --http); its incidents appear in Detection.</source>
        <translation>PagerDuty publica en /pagerduty/%1 en el receptor de webhooks del relay (muster-relay --http); sus incidentes aparecen en Detección.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="325"/>
        <source>Action items are filed when someone chooses “Send to Jira” on one, in the retrospective or the Action items view. Their status is read back every few minutes.</source>
        <translation>Las acciones de seguimiento se crean cuando alguien elige «Enviar a Jira» en una, en la retrospectiva o en la vista de acciones de seguimiento. Su estado se vuelve a leer cada pocos minutos.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="333"/>
        <source>Post when…</source>
        <translation>Publicar cuando…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="309"/>
        <source>It is a secret: it goes to the relay only and is not shown again.</source>
        <translation>Es un secreto: solo va al relay y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="370"/>
        <source>Quote the text of stakeholder updates</source>
        <translation>Citar el texto de las actualizaciones a las partes interesadas</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="391"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="399"/>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/IntegrationsDialog.qml" line="399"/>
        <source>Add integration</source>
        <translation>Añadir integración</translation>
    </message>
</context>
<context>
    <name>LogEntryDelegate</name>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="31"/>
        <source>%1 at %2 by %3: %4</source>
        <translation>%1 a las %2 por %3: %4</translation>
    </message>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="32"/>
        <source>(pending)</source>
        <translation>(pendiente)</translation>
    </message>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="82"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="82"/>
        <source>✓ synced</source>
        <translation>✓ sincronizado</translation>
    </message>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="85"/>
        <source>saved here, not yet shared</source>
        <translation>guardado aquí, aún sin compartir</translation>
    </message>
    <message>
        <location filename="../qml/delegates/LogEntryDelegate.qml" line="85"/>
        <source>shared with the team</source>
        <translation>compartido con el equipo</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="42"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="44"/>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="44"/>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="49"/>
        <source>Search the log (Ctrl+F)</source>
        <translation>Buscar en el registro (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="53"/>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="75"/>
        <source>Entry kind</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="85"/>
        <source>What happened, was decided or is being done? (Ctrl+L, Enter to add)</source>
        <translation>¿Qué ha pasado, qué se ha decidido o qué se está haciendo? (Ctrl+L, Enter para añadir)</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="84"/>
        <source>New log entry</source>
        <translation>Nueva entrada del registro</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="81"/>
        <source>What happened? (Ctrl+L)</source>
        <translation>¿Qué ha pasado? (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="99"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="131"/>
        <source>Newer entries above · Back to the newest</source>
        <translation>Entradas más recientes arriba · Volver a las más recientes</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="132"/>
        <source>Back to the newest log entries</source>
        <translation>Volver a las entradas más recientes del registro</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="148"/>
        <source>Nothing in this log matches.</source>
        <translation>Nada en este registro coincide.</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="148"/>
        <source>Nothing logged yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <location filename="../qml/views/LogPanel.qml" line="149"/>
        <source>Record findings, decisions and actions as they happen.</source>
        <translation>Registra hallazgos, decisiones y acciones a medida que ocurren.</translation>
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
        <translation>Integraciones…</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="51"/>
        <source>Export the numbers behind the chart</source>
        <translation>Exportar los datos del gráfico</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="53"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="66"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="75"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="84"/>
        <source>From day (UTC)</source>
        <translation>Día inicial (UTC)</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="86"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="95"/>
        <source>To day (UTC, included)</source>
        <translation>Día final (UTC, incluido)</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="98"/>
        <source>4 weeks</source>
        <translation>4 semanas</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="98"/>
        <source>13 weeks</source>
        <translation>13 semanas</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="99"/>
        <source>52 weeks</source>
        <translation>52 semanas</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="110"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="114"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="118"/>
        <source>All severities</source>
        <translation>Todas las severidades</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="121"/>
        <source>Severity</source>
        <translation>Severidad</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="124"/>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="130"/>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="152"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="218"/>
        <source>Response times by month</source>
        <translation>Tiempos de respuesta por mes</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="218"/>
        <source>Response times by week</source>
        <translation>Tiempos de respuesta por semana</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="219"/>
        <source>Means, in minutes, of the incidents detected in each period (UTC). MTTD: impact start → detected. MTTA: detected → acknowledged. MTTR: acknowledged → resolved, and impact start → resolved. An incident lacking one of the two times is left out of that figure.</source>
        <translation>Medias, en minutos, de los incidentes detectados en cada periodo (UTC). MTTD: inicio del impacto → detectado. MTTA: detectado → reconocido. MTTR: reconocido → resuelto, e inicio del impacto → resuelto. Un incidente al que le falte uno de los dos tiempos se excluye de esa cifra.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="235"/>
        <location filename="../qml/views/MetricsView.qml" line="277"/>
        <location filename="../qml/views/MetricsView.qml" line="357"/>
        <source>minutes</source>
        <translation>minutos</translation>
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
        <translation>MTTR desde el impacto</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="267"/>
        <source>Response times by severity</source>
        <translation>Tiempos de respuesta por severidad</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="268"/>
        <source>The same means over the whole range, per severity, in minutes. In brackets: how many incidents of that severity were measured.</source>
        <translation>Las mismas medias en todo el intervalo, por severidad, en minutos. Entre paréntesis: cuántos incidentes de esa severidad se midieron.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="286"/>
        <source>Incidents per month</source>
        <translation>Incidentes por mes</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="286"/>
        <source>Incidents per week</source>
        <translation>Incidentes por semana</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="287"/>
        <source>Incidents by the week (Monday, UTC) or month they were detected, stacked by severity. Drills are never counted.</source>
        <translation>Incidentes según la semana (lunes, UTC) o el mes en que se detectaron, apilados por severidad. Los simulacros nunca se cuentan.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="299"/>
        <source>incidents</source>
        <translation>incidentes</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="309"/>
        <source>Mean time between failures, by service</source>
        <translation>Tiempo medio entre fallos, por servicio</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="310"/>
        <source>Hours from one incident&apos;s resolution to the next one&apos;s start (impact start, or else detection) on the same service, within the range. In brackets: incidents on the service.</source>
        <translation>Horas desde la resolución de un incidente hasta el inicio del siguiente (inicio del impacto o, si no, detección) en el mismo servicio, dentro del intervalo. Entre paréntesis: incidentes en el servicio.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="312"/>
        <source>One incident only, so no MTBF yet: %1.</source>
        <translation>Solo un incidente, así que aún no hay MTBF: %1.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="314"/>
        <source>No service had two incidents in this range.</source>
        <translation>Ningún servicio tuvo dos incidentes en este intervalo.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="320"/>
        <location filename="../qml/views/MetricsView.qml" line="339"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="329"/>
        <source>Time in incident roles, per person</source>
        <translation>Tiempo en roles de incidente, por persona</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="330"/>
        <source>Hours each person held a role, from being assigned until handing it over or the incident being resolved (until now while it is open). A role nobody was given counts once, as the Incident Commander&apos;s time. For on-call load fairness.</source>
        <translation>Horas que cada persona tuvo un rol, desde que se le asignó hasta que lo traspasó o se resolvió el incidente (hasta ahora si sigue abierto). Un rol que no se asignó a nadie cuenta una vez, como tiempo del Comandante del incidente. Para repartir la carga de guardias de forma justa.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="348"/>
        <source>Slowest runbook steps</source>
        <translation>Pasos de runbook más lentos</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="349"/>
        <source>Median minutes from starting a step (marking it in progress, or else finishing the step before it or attaching the runbook) to marking it done. The ten slowest steps.</source>
        <translation>Mediana de minutos desde que empieza un paso (al marcarlo en curso o, si no, al terminar el paso anterior o adjuntar el runbook) hasta que se marca como hecho. Los diez pasos más lentos.</translation>
    </message>
    <message>
        <location filename="../qml/views/MetricsView.qml" line="351"/>
        <source>No runbook step was done in this range.</source>
        <translation>No se completó ningún paso de runbook en este intervalo.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="36"/>
        <source>Correct the “%1” time</source>
        <translation>Corregir la hora de «%1»</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="36"/>
        <source>Set the “%1” time</source>
        <translation>Fijar la hora de «%1»</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="48"/>
        <source>Local time, as YYYY-MM-DD HH:MM</source>
        <translation>Hora local, como AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="62"/>
        <source>That is not a valid date and time.</source>
        <translation>No es una fecha y hora válidas.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="68"/>
        <source>Why is the recorded time wrong?</source>
        <translation>¿Por qué es incorrecta la hora registrada?</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="74"/>
        <source>e.g. the dashboard shows errors from 08:41</source>
        <translation>p. ej., el panel muestra errores desde las 08:41</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="76"/>
        <source>Reason for the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="90"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="97"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/MilestoneDialog.qml" line="104"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>MilestoneTimeline</name>
    <message>
        <location filename="../qml/components/MilestoneTimeline.qml" line="43"/>
        <source>%1 at %2, correct it</source>
        <translation>%1 a las %2, corregir</translation>
    </message>
    <message>
        <location filename="../qml/components/MilestoneTimeline.qml" line="44"/>
        <source>%1 not reached, set it</source>
        <translation>%1 no alcanzado, fijar</translation>
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
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="39"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="40"/>
        <source>1 responder</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="40"/>
        <source>%1 responders</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="44"/>
        <source>Add person…</source>
        <translation>Añadir persona…</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="64"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="65"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="66"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../qml/views/PeopleView.qml" line="67"/>
        <source>Phone or chat</source>
        <translation>Teléfono o chat</translation>
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
        <translation>%1 (tú)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="18"/>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="18"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="34"/>
        <location filename="../qml/dialogs/PersonDialog.qml" line="40"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="43"/>
        <location filename="../qml/dialogs/PersonDialog.qml" line="48"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="51"/>
        <location filename="../qml/dialogs/PersonDialog.qml" line="57"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="60"/>
        <location filename="../qml/dialogs/PersonDialog.qml" line="65"/>
        <source>Phone or chat handle</source>
        <translation>Teléfono o usuario de chat</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="79"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="84"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PersonDialog.qml" line="84"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>RetroField</name>
    <message>
        <location filename="../qml/components/RetroField.qml" line="44"/>
        <source>⚠ “%1”: %2 %3</source>
        <translation>⚠ «%1»: %2 %3</translation>
    </message>
</context>
<context>
    <name>RetrospectiveView</name>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="41"/>
        <source>Export the retrospective and the incident record</source>
        <translation>Exportar la retrospectiva y el expediente del incidente</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="44"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="45"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="45"/>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="77"/>
        <source>Retrospective</source>
        <translation>Retrospectiva</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="90"/>
        <source>DRILL — kept out of metrics</source>
        <translation>SIMULACRO — fuera de las métricas</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="113"/>
        <source>⚠ 1 wording hint</source>
        <translation>⚠ 1 sugerencia de redacción</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="113"/>
        <source>⚠ %1 wording hints</source>
        <translation>⚠ %1 sugerencias de redacción</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="120"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="124"/>
        <source>The retrospective and the full incident record, as Markdown, PDF or JSON</source>
        <translation>La retrospectiva y el historial completo del incidente, en Markdown, PDF o JSON</translation>
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
        <translation>Revertir</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="151"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="151"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="159"/>
        <source>Back to draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="166"/>
        <source>Ready for review</source>
        <translation>Lista para revisión</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="166"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="183"/>
        <source>✓ Exported to %1</source>
        <translation>✓ Exportado a %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="189"/>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="195"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="225"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="226"/>
        <source>What happened, in a few sentences a newcomer can follow.</source>
        <translation>Qué pasó, en pocas frases que alguien nuevo pueda seguir.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="234"/>
        <source>Impact lasted %1 (from impact start, or detection, to mitigation or resolution).</source>
        <translation>El impacto duró %1 (desde su inicio, o la detección, hasta la mitigación o la resolución).</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="235"/>
        <source>Impact duration: record when impact started and when it was mitigated.</source>
        <translation>Duración del impacto: registra cuándo empezó el impacto y cuándo se mitigó.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="243"/>
        <source>Who was affected</source>
        <translation>A quién afectó</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="245"/>
        <source>Customers, regions, internal teams; how many, and how.</source>
        <translation>Clientes, regiones, equipos internos; cuántos y cómo.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="252"/>
        <source>SLO impact</source>
        <translation>Impacto en los SLO</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="254"/>
        <source>Error budget spent, targets missed.</source>
        <translation>Presupuesto de errores consumido, objetivos incumplidos.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="262"/>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="263"/>
        <source>Conditions that made this possible: defaults, gaps in checks, missing signals. One per line.</source>
        <translation>Condiciones que lo hicieron posible: valores predeterminados, carencias en las comprobaciones, señales ausentes. Una por línea.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="270"/>
        <source>What went well</source>
        <translation>Qué salió bien</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="271"/>
        <source>What helped: signals, tools, decisions, people&apos;s know-how.</source>
        <translation>Qué ayudó: señales, herramientas, decisiones, la experiencia de las personas.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="278"/>
        <source>What went poorly</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="279"/>
        <source>What slowed detection, diagnosis or recovery.</source>
        <translation>Qué ralentizó la detección, el diagnóstico o la recuperación.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="286"/>
        <source>Where we got lucky</source>
        <translation>Dónde tuvimos suerte</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="287"/>
        <source>What kept it from being worse, that we cannot count on next time.</source>
        <translation>Lo que evitó que fuera peor y con lo que no podemos contar la próxima vez.</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="318"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="319"/>
        <source>%1 of %2 entries in</source>
        <translation>%1 de %2 entradas incluidas</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="348"/>
        <source>Include in the timeline: %1</source>
        <translation>Incluir en la cronología: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="389"/>
        <source>Action items</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="393"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../qml/views/RetrospectiveView.qml" line="396"/>
        <source>Add an action item</source>
        <translation>Añadir una acción de seguimiento</translation>
    </message>
</context>
<context>
    <name>RosterDelegate</name>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="50"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="53"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="54"/>
        <source>%1 (as IC)</source>
        <translation>%1 (como IC)</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="68"/>
        <source>Hand over…</source>
        <translation>Traspasar…</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="68"/>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="70"/>
        <source>Hand over %1</source>
        <translation>Traspasar %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="70"/>
        <source>Assign %1</source>
        <translation>Asignar %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="77"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RosterDelegate.qml" line="79"/>
        <source>Remove %1 as subject-matter expert</source>
        <translation>Quitar a %1 como experto en la materia</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="23"/>
        <source>Unassign (the IC holds it)</source>
        <translation>Desasignar (lo asume el IC)</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="43"/>
        <source>Name nobody</source>
        <translation>No designar a nadie</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="58"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="82"/>
        <source>%1 offered to %2, waiting for an answer</source>
        <translation>%1 ofrecido a %2, esperando respuesta</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="92"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="105"/>
        <source>Next IC: %1</source>
        <translation>Próximo IC: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="105"/>
        <source>Next IC: nobody named</source>
        <translation>Próximo IC: sin designar</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="112"/>
        <source>Name…</source>
        <translation>Designar…</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="115"/>
        <source>Name the next Incident Commander</source>
        <translation>Designar al próximo Comandante del incidente</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="121"/>
        <source>Add an expert…</source>
        <translation>Añadir un experto…</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="122"/>
        <source>Add subject-matter expert…</source>
        <translation>Añadir experto en la materia…</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="130"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="155"/>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="159"/>
        <source>firing</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="160"/>
        <source>resolved %1</source>
        <translation>resuelta %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="167"/>
        <source>Silence</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="170"/>
        <source>Silence %1 in Alertmanager</source>
        <translation>Silenciar %1 en Alertmanager</translation>
    </message>
    <message>
        <location filename="../qml/views/RosterPanel.qml" line="179"/>
        <source>Declared because</source>
        <translation>Declarado porque</translation>
    </message>
</context>
<context>
    <name>RunbookPanel</name>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="27"/>
        <source>%1 (%2 steps)</source>
        <translation>%1 (%2 pasos)</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="41"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="42"/>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="46"/>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="49"/>
        <source>Attach a runbook</source>
        <translation>Adjuntar un runbook</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="56"/>
        <source>Some runbook templates could not be read: %1</source>
        <translation>No se pudieron leer algunas plantillas de runbook: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="66"/>
        <source>Runbook progress</source>
        <translation>Progreso del runbook</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="96"/>
        <source>No runbook attached.</source>
        <translation>No hay ningún runbook adjunto.</translation>
    </message>
    <message>
        <location filename="../qml/views/RunbookPanel.qml" line="97"/>
        <source>Attach one to work through its steps; your own templates go in %1.</source>
        <translation>Adjunta uno para seguir sus pasos; tus propias plantillas van en %1.</translation>
    </message>
</context>
<context>
    <name>RunbookStepDelegate</name>
    <message>
        <location filename="../qml/delegates/RunbookStepDelegate.qml" line="29"/>
        <source>Step %1: %2, %3</source>
        <translation>Paso %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RunbookStepDelegate.qml" line="73"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../qml/delegates/RunbookStepDelegate.qml" line="87"/>
        <source>Set step state</source>
        <translation>Cambiar el estado del paso</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="42"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="52"/>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="58"/>
        <source>Relay address</source>
        <translation>Dirección del relay</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="62"/>
        <source>Leave empty to keep everything on this computer.</source>
        <translation>Déjalo vacío para mantenerlo todo en este equipo.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="66"/>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="74"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="71"/>
        <source>Saved — paste a new one to replace it</source>
        <translation>Guardado — pega uno nuevo para reemplazarlo</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="96"/>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="100"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="103"/>
        <source>Your name, as teammates see it</source>
        <translation>Tu nombre, tal como lo ven tus compañeros</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="107"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="110"/>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="119"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="121"/>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="129"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="134"/>
        <source>A new workspace, name or language takes effect the next time Muster starts.</source>
        <translation>Un nuevo espacio de trabajo, nombre o idioma se aplica la próxima vez que se inicie Muster.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="154"/>
        <source>Integrations…</source>
        <translation>Integraciones…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="156"/>
        <source>Slack, Microsoft Teams and Mattermost channels the relay posts to</source>
        <translation>Canales de Slack, Microsoft Teams y Mattermost en los que publica el relay</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="161"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="166"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>SeverityBadge</name>
    <message>
        <location filename="../qml/components/SeverityBadge.qml" line="21"/>
        <source>Severity %1</source>
        <translation>Severidad %1</translation>
    </message>
</context>
<context>
    <name>SilenceDialog</name>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="26"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="26"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="29"/>
        <source>Silence %1</source>
        <translation>Silenciar %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="39"/>
        <source>Alertmanager stops notifying about this alert until the silence ends. It keeps firing, and Muster keeps showing it.</source>
        <translation>Alertmanager deja de notificar esta alerta hasta que termine el silencio. Sigue activa y Muster la sigue mostrando.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="46"/>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="60"/>
        <source>Silence for</source>
        <translation>Silenciar durante</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="64"/>
        <source>Why (optional; goes into Alertmanager&apos;s comment and the log)</source>
        <translation>Motivo (opcional; se añade al comentario de Alertmanager y al registro)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="72"/>
        <source>e.g. rollback under way</source>
        <translation>p. ej., reversión en curso</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="73"/>
        <source>Reason for the silence</source>
        <translation>Motivo del silencio</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/SilenceDialog.qml" line="82"/>
        <source>Silence for %1</source>
        <translation>Silenciar durante %1</translation>
    </message>
</context>
<context>
    <name>StartupErrorView</name>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="25"/>
        <source>Muster cannot open this workspace</source>
        <translation>Muster no puede abrir este espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="41"/>
        <source>Data directory: %1</source>
        <translation>Directorio de datos: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="50"/>
        <source>You can keep the damaged file for recovery and start on a fresh one: everything the team shared comes back from the relay. Changes that never reached the relay stay only in the damaged file.</source>
        <translation>Puedes conservar el archivo dañado para recuperarlo y empezar con uno nuevo: todo lo que compartió el equipo vuelve desde el relay. Los cambios que nunca llegaron al relay quedan solo en el archivo dañado.</translation>
    </message>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="53"/>
        <source>You can keep the damaged file for recovery and start on an empty workspace, or quit and restore the file from a backup. No relay is set, so nothing comes back by itself.</source>
        <translation>Puedes conservar el archivo dañado para recuperarlo y empezar con un espacio de trabajo vacío, o salir y restaurar el archivo desde una copia de seguridad. No hay ningún relay configurado, así que nada se recupera por sí solo.</translation>
    </message>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="65"/>
        <source>Keep it aside and start fresh</source>
        <translation>Apartarlo y empezar de cero</translation>
    </message>
    <message>
        <location filename="../qml/views/StartupErrorView.qml" line="70"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <location filename="../qml/components/SyncIndicator.qml" line="21"/>
        <source>%n pending</source>
        <extracomment>Changes saved here that the relay has not confirmed yet</extracomment>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="27"/>
        <source>Local only · saved</source>
        <translation>Solo local · guardado</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="29"/>
        <source>Offline · retry in %1 s</source>
        <translation>Sin conexión · reintento en %1 s</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="30"/>
        <source>Offline · retrying</source>
        <translation>Sin conexión · reintentando</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="34"/>
        <source>Access refused</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="36"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="38"/>
        <source>Catching up…</source>
        <translation>Poniéndose al día…</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="40"/>
        <source>Syncing · %1</source>
        <translation>Sincronizando · %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="40"/>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="44"/>
        <source>Relay: %1</source>
        <translation>Relay: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="45"/>
        <source>No relay: changes stay on this computer</source>
        <translation>Sin relay: los cambios se quedan en este equipo</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/SyncIndicator.qml" line="46"/>
        <source>Changes a relay would receive: %n</source>
        <translation>
            <numerusform>Cambios que recibiría un relay: %n</numerusform>
            <numerusform>Cambios que recibiría un relay: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="57"/>
        <source>Click for sync settings</source>
        <translation>Haz clic para ver los ajustes de sincronización</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="45"/>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="51"/>
        <source>Hand to…</source>
        <translation>Pasar a…</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="55"/>
        <source>Due in 30 minutes</source>
        <translation>Vence en 30 minutos</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="59"/>
        <source>Due in 2 hours</source>
        <translation>Vence en 2 horas</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="63"/>
        <source>Due in a week</source>
        <translation>Vence en una semana</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="67"/>
        <source>No due time</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="73"/>
        <source>Send to Jira</source>
        <translation>Enviar a Jira</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="73"/>
        <source>Send to Jira again</source>
        <translation>Enviar a Jira de nuevo</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="80"/>
        <source>Drop (no longer needed)</source>
        <translation>Descartar (ya no hace falta)</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="80"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="113"/>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="115"/>
        <source>overdue since %1</source>
        <translation>vencida desde %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="116"/>
        <source>due %1</source>
        <translation>vence %1</translation>
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
        <translation>Abrir %1 en Jira</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="153"/>
        <source>Sending to Jira…</source>
        <translation>Enviando a Jira…</translation>
    </message>
    <message>
        <location filename="../qml/delegates/TaskDelegate.qml" line="162"/>
        <source>More for %1</source>
        <translation>Más para %1</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="27"/>
        <source>The due time is not a date and time like 2026-11-24 10:30.</source>
        <translation>El vencimiento no es una fecha y hora como 2026-11-24 10:30.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="36"/>
        <source>Add an action item</source>
        <translation>Añadir una acción de seguimiento</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="36"/>
        <source>Add a task</source>
        <translation>Añadir una tarea</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="50"/>
        <source>Task — during the response</source>
        <translation>Tarea — durante la respuesta</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="50"/>
        <source>Action item — follow-up after it</source>
        <translation>Acción de seguimiento — después de la respuesta</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="52"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="54"/>
        <location filename="../qml/dialogs/TaskDialog.qml" line="61"/>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="58"/>
        <source>e.g. Add a canary stage for checkout-api</source>
        <translation>p. ej., Añadir una fase canary para checkout-api</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="59"/>
        <source>e.g. Check the CDN error rate for eu-west-1</source>
        <translation>p. ej., Revisar la tasa de errores de la CDN en eu-west-1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="64"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="68"/>
        <source>Nobody yet — choose…</source>
        <translation>Nadie todavía — elegir…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="70"/>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="76"/>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="79"/>
        <source>Due (local time, YYYY-MM-DD HH:MM; empty for none)</source>
        <translation>Vencimiento (hora local, AAAA-MM-DD HH:MM; vacío si no hay)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="87"/>
        <source>Due time</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="91"/>
        <source>+1 h</source>
        <translation>+1 h</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="96"/>
        <source>+1 week</source>
        <translation>+1 semana</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="113"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/TaskDialog.qml" line="119"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="31"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="32"/>
        <source>%1 open, %2 overdue</source>
        <translation>%1 abiertas, %2 vencidas</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="33"/>
        <source>%1 open</source>
        <translation>%1 abiertas</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="37"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="40"/>
        <source>Add a task</source>
        <translation>Añadir una tarea</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="69"/>
        <source>No tasks yet.</source>
        <translation>Aún no hay tareas.</translation>
    </message>
    <message>
        <location filename="../qml/views/TaskPanel.qml" line="70"/>
        <source>Hand out work with an owner and a due time; after the incident, record follow-up action items here.</source>
        <translation>Reparte el trabajo con un responsable y un vencimiento; tras el incidente, registra aquí las acciones de seguimiento.</translation>
    </message>
</context>
<context>
    <name>UpdateDraftDialog</name>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="31"/>
        <source>Stakeholder update</source>
        <translation>Actualización para las partes interesadas</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="46"/>
        <source>Save the update as an e-mail draft</source>
        <translation>Guardar la actualización como borrador de correo</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="48"/>
        <source>E-mail messages (*.eml)</source>
        <translation>Mensajes de correo (*.eml)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="49"/>
        <source>Saved and opened in your mail program. Mark it as sent once it has gone out.</source>
        <translation>Guardada y abierta en tu programa de correo. Márcala como enviada cuando haya salido.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="59"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="69"/>
        <source>Distribution list</source>
        <translation>Lista de distribución</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="71"/>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="81"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="87"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="88"/>
        <source>No distribution list yet: add one with Lists… on the Comms tab.</source>
        <translation>Aún no hay ninguna lista de distribución: añade una con Listas… en la pestaña Comunicación.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="99"/>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="101"/>
        <source>Workaround for customers, if any (fills {{workaround}})</source>
        <translation>Solución alternativa para clientes, si la hay (rellena {{workaround}})</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="109"/>
        <source>Remaining impact or data loss (fills {{remaining}})</source>
        <translation>Impacto restante o pérdida de datos (rellena {{remaining}})</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="122"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="136"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="168"/>
        <source>Waiting for the Incident Commander&apos;s approval.</source>
        <translation>Esperando la aprobación del Comandante del incidente.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="169"/>
        <source>✓ Approved by %1.</source>
        <translation>✓ Aprobada por %1.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="170"/>
        <source>Returned by %1: %2</source>
        <translation>Devuelta por %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="189"/>
        <source>Save .eml and open…</source>
        <translation>Guardar .eml y abrir…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="197"/>
        <source>Open in mail app</source>
        <translation>Abrir en la app de correo</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="199"/>
        <source>Opened in your mail program. Mark it as sent once it has gone out.</source>
        <translation>Abierta en tu programa de correo. Márcala como enviada cuando haya salido.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="202"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="203"/>
        <source>Copied as plain text.</source>
        <translation>Copiada como texto sin formato.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="206"/>
        <source>Copy Markdown</source>
        <translation>Copiar Markdown</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="207"/>
        <source>Copied as Markdown, for chat.</source>
        <translation>Copiada como Markdown, para el chat.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="212"/>
        <source>Ask the IC to approve</source>
        <translation>Pedir aprobación al IC</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="214"/>
        <source>Sent to the Incident Commander for approval.</source>
        <translation>Enviada al Comandante del incidente para su aprobación.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="219"/>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UpdateDraftDialog.qml" line="224"/>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>%1 %2, %3, en curso desde hace %4</translation>
    </message>
    <message>
        <location filename="../qml/delegates/WallTile.qml" line="81"/>
        <source>DRILL</source>
        <translation>SIMULACRO</translation>
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
        <translation>nadie</translation>
    </message>
    <message>
        <location filename="../qml/delegates/WallTile.qml" line="125"/>
        <source>Bridge %1</source>
        <translation>Sala %1</translation>
    </message>
    <message>
        <location filename="../qml/delegates/WallTile.qml" line="147"/>
        <source>No regular updates</source>
        <translation>Sin actualizaciones periódicas</translation>
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
        <translation>Todo en orden</translation>
    </message>
    <message>
        <location filename="../qml/views/WallView.qml" line="42"/>
        <source>Active incidents: %1</source>
        <translation>Incidentes activos: %1</translation>
    </message>
    <message>
        <location filename="../qml/views/WallView.qml" line="56"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../qml/views/WallView.qml" line="119"/>
        <source>No active incidents</source>
        <translation>No hay incidentes activos</translation>
    </message>
    <message>
        <location filename="../qml/views/WallView.qml" line="127"/>
        <source>Last incident resolved %1 ago</source>
        <translation>Último incidente resuelto hace %1</translation>
    </message>
    <message>
        <location filename="../qml/views/WallView.qml" line="128"/>
        <source>No incident on record yet</source>
        <translation>Aún no hay incidentes registrados</translation>
    </message>
</context>
<context>
    <name>muster</name>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="98"/>
        <source>Usage: musterctl [--data-dir DIR] [--relay URL] [--token T] [--workspace W] [--user U] COMMAND ...

Scripted access to a Muster workspace: the same database and sync as the desktop app.

Commands:
</source>
        <translation>Uso: musterctl [--data-dir DIR] [--relay URL] [--token T] [--workspace W] [--user U] COMANDO ...

Acceso mediante scripts a un espacio de trabajo de Muster: la misma base de datos y la misma sincronización que la aplicación de escritorio.

Comandos:
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

Opciones globales:
  --data-dir DIR      dónde está la base de datos del espacio de trabajo (predeterminado: la de la aplicación de escritorio)
  --relay URL         el relay con el que sincronizar, p. ej. ws://127.0.0.1:7447
  --token T           el token de acceso al relay (mejor: define MUSTER_TOKEN, que ps no puede mostrar)
  --ca-file ARCHIVO   solo se confía en los certificados PEM de ARCHIVO para un relay wss://
  --workspace W       el espacio de trabajo (predeterminado: default)
  --user U            quién eres en el directorio de personas (predeterminado: $USER)

Códigos de salida: 0 hecho, 1 fallo de la base de datos, 2 uso, 3 no existe el incidente o la alerta, 4 rechazado por
no válido, 5 sincronización incompleta, 6 Alertmanager inaccesible, 7 la cadena de hashes del registro está rota.
Consulta docs/musterctl.md.
</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="181"/>
        <source>no command given; try musterctl --help</source>
        <translation>no se ha indicado ningún comando; prueba musterctl --help</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="187"/>
        <source>unknown command &apos;%1&apos;; try musterctl --help</source>
        <translation>comando desconocido &apos;%1&apos;; prueba musterctl --help</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="192"/>
        <source>%1 takes no --%2 (usage: musterctl %3)</source>
        <translation>%1 no admite --%2 (uso: musterctl %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="198"/>
        <location filename="../src/cli/ctlcommandline.cpp" line="251"/>
        <source>usage: musterctl %1</source>
        <translation>uso: musterctl %1</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="210"/>
        <location filename="../src/app/commandline.cpp" line="110"/>
        <source>workspace names are 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>los nombres de espacio de trabajo tienen de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="217"/>
        <location filename="../src/app/commandline.cpp" line="120"/>
        <source>--relay wants a ws:// or wss:// URL, like ws://127.0.0.1:7447</source>
        <translation>--relay requiere una URL ws:// o wss://, como ws://127.0.0.1:7447</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="227"/>
        <source>the access token has characters a token cannot have (spaces, line breaks or non-ASCII)</source>
        <translation>el token de acceso contiene caracteres que un token no puede tener (espacios, saltos de línea o caracteres no ASCII)</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="245"/>
        <source>--kind wants note, decision or action</source>
        <translation>--kind requiere note, decision o action</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="257"/>
        <location filename="../src/cli/ctlcommandline.cpp" line="311"/>
        <source>--severity wants 1, 2, 3 or 4</source>
        <translation>--severity requiere 1, 2, 3 o 4</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="265"/>
        <source>--timeout wants a whole number of seconds from 1 to 86400</source>
        <translation>--timeout requiere un número entero de segundos entre 1 y 86400</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="275"/>
        <source>--type wants executives, support, engineering or customers</source>
        <translation>--type requiere executives, support, engineering o customers</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="279"/>
        <source>an audience needs at least one --to address</source>
        <translation>una audiencia necesita al menos una dirección --to</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="287"/>
        <source>metrics --chart wants one of %1</source>
        <translation>metrics --chart requiere uno de estos valores: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="294"/>
        <source>&apos;%1&apos; is not a day: write it as YYYY-MM-DD</source>
        <translation>&apos;%1&apos; no es un día: escríbelo como AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="300"/>
        <source>--to is before --from</source>
        <translation>--to es anterior a --from</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="304"/>
        <source>metrics takes one --service</source>
        <translation>metrics admite un solo --service</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="317"/>
        <source>--by wants week or month</source>
        <translation>--by requiere week o month</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="332"/>
        <source>comms needs --audience NAME (musterctl audiences lists them)</source>
        <translation>comms necesita --audience NOMBRE (musterctl audiences las enumera)</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="336"/>
        <source>--stage wants initial, scoping, update, mitigated or resolved</source>
        <translation>--stage requiere initial, scoping, update, mitigated o resolved</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="340"/>
        <source>comms wants one of --eml FILE or --text</source>
        <translation>comms requiere --eml ARCHIVO o --text</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="347"/>
        <source>export --format wants md, pdf or json</source>
        <translation>export --format requiere md, pdf o json</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="358"/>
        <source>%1 needs --alertmanager with an http:// or https:// URL, like http://127.0.0.1:9093</source>
        <translation>%1 necesita --alertmanager con una URL http:// o https://, como http://127.0.0.1:9093</translation>
    </message>
    <message>
        <location filename="../src/cli/ctlcommandline.cpp" line="369"/>
        <source>&apos;%1&apos; is not an alert fingerprint (1 to 64 letters and digits)</source>
        <translation>&apos;%1&apos; no es una huella de alerta (de 1 a 64 letras y dígitos)</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="36"/>
        <source>Executives</source>
        <translation>Directivos</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="38"/>
        <source>Customer support</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="40"/>
        <source>Engineering</source>
        <translation>Ingeniería</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="42"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="73"/>
        <source>Initial notice</source>
        <translation>Aviso inicial</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="75"/>
        <source>Scoping</source>
        <translation>Evaluación del alcance</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="77"/>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="79"/>
        <location filename="../src/core/domain.cpp" line="71"/>
        <location filename="../src/core/domain.cpp" line="127"/>
        <source>Mitigated</source>
        <translation>Mitigado</translation>
    </message>
    <message>
        <location filename="../src/core/audience.cpp" line="81"/>
        <location filename="../src/core/domain.cpp" line="73"/>
        <location filename="../src/core/domain.cpp" line="129"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="35"/>
        <source>“Human error” ends the inquiry where it should start.</source>
        <translation>«Error humano» cierra la investigación justo donde debería empezar.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="36"/>
        <source>Say what made the mistake easy to make: “the runbook step did not say which cluster”.</source>
        <translation>Di qué hizo que el error fuera fácil de cometer: «el paso del runbook no indicaba qué clúster».</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="41"/>
        <source>This judges a person, not what happened.</source>
        <translation>Esto juzga a una persona, no lo que pasó.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="42"/>
        <source>Describe the action and its context: “the change was applied without a second review”.</source>
        <translation>Describe la acción y su contexto: «el cambio se aplicó sin una segunda revisión».</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="47"/>
        <source>Hindsight: it was not known then what is known now.</source>
        <translation>Sesgo retrospectivo: entonces no se sabía lo que se sabe ahora.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="48"/>
        <source>Say what was visible at the time: “the dashboard did not show the EU error rate”.</source>
        <translation>Di qué era visible en ese momento: «el panel no mostraba la tasa de errores de la UE».</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="52"/>
        <source>This frames a gap in the process as a person&apos;s failing.</source>
        <translation>Esto presenta una carencia del proceso como un fallo de una persona.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="53"/>
        <source>Say what did not happen and what would have prompted it: “the checklist has no step for it”.</source>
        <translation>Di qué no ocurrió y qué lo habría propiciado: «la lista de comprobación no tiene un paso para ello».</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="55"/>
        <source>Blame makes people hide what they know.</source>
        <translation>La culpa hace que las personas oculten lo que saben.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="56"/>
        <source>Name the contributing factors instead: conditions, defaults, missing safeguards.</source>
        <translation>Nombra en su lugar los factores contribuyentes: condiciones, valores predeterminados, salvaguardas ausentes.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="59"/>
        <source>These words make the situation look simpler than it was for the people in it.</source>
        <translation>Estas palabras hacen que la situación parezca más sencilla de lo que fue para quienes la vivieron.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="60"/>
        <source>Leave them out, or say what made it hard to see then.</source>
        <translation>Omítelas o di qué hacía difícil verlo en aquel momento.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="98"/>
        <source>This names a person as the cause.</source>
        <translation>Esto señala a una persona como la causa.</translation>
    </message>
    <message>
        <location filename="../src/core/blameless.cpp" line="99"/>
        <source>Name the change or the condition instead: “the 14:02 deploy removed the index”.</source>
        <translation>Nombra en su lugar el cambio o la condición: «el despliegue de las 14:02 eliminó el índice».</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/changes.cpp" line="385"/>
        <source>Runbook attached: %1 (%n steps)</source>
        <translation>
            <numerusform>Runbook adjuntado: %1 (%n paso)</numerusform>
            <numerusform>Runbook adjuntado: %1 (%n pasos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="31"/>
        <source>recipients must be a list of at most %1 addresses</source>
        <translation>los destinatarios deben ser una lista de %1 direcciones como máximo</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="34"/>
        <source>an address must be text</source>
        <translation>una dirección debe ser texto</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="36"/>
        <source>address: %1</source>
        <translation>dirección: %1</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="44"/>
        <source>minutes must be a whole number from %1 to %2</source>
        <translation>los minutos deben ser un número entero entre %1 y %2</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="130"/>
        <source>a list needs a name</source>
        <translation>una lista necesita un nombre</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="136"/>
        <source>an audience is executives, support, engineering or customers</source>
        <translation>una audiencia debe ser executives, support, engineering o customers</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="146"/>
        <source>a time zone is an IANA name such as Europe/Berlin, or empty for UTC</source>
        <translation>una zona horaria debe ser un nombre IANA como Europe/Madrid, o vacía para UTC</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="149"/>
        <location filename="../src/core/fields.cpp" line="167"/>
        <location filename="../src/core/fields.cpp" line="184"/>
        <source>value must be true or false</source>
        <translation>el valor debe ser true o false</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="150"/>
        <source>unknown list field &apos;%1&apos;</source>
        <translation>campo de lista desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="162"/>
        <location filename="../src/core/fields.cpp" line="159"/>
        <source>the bridge link must be text</source>
        <translation>el enlace de la sala debe ser texto</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="167"/>
        <source>a template must be a map or null</source>
        <translation>una plantilla debe ser un mapa o null</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="171"/>
        <source>a template needs a subject</source>
        <translation>una plantilla necesita un asunto</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="173"/>
        <source>template subject: %1</source>
        <translation>asunto de la plantilla: %1</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="176"/>
        <source>a template needs a body</source>
        <translation>una plantilla necesita un cuerpo</translation>
    </message>
    <message>
        <location filename="../src/core/commssettings.cpp" line="179"/>
        <source>unknown communication setting &apos;%1&apos;</source>
        <translation>ajuste de comunicación desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="26"/>
        <source>Critical: broad customer impact, data loss or security exposure</source>
        <translation>Crítica: amplio impacto en clientes, pérdida de datos o exposición de seguridad</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="29"/>
        <source>Major: many customers affected or a key function degraded</source>
        <translation>Grave: muchos clientes afectados o una función clave degradada</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="32"/>
        <source>Minor: limited impact, handled urgently by the owning team</source>
        <translation>Menor: impacto limitado, el equipo responsable lo gestiona con urgencia</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="35"/>
        <source>Low: no customer impact yet, tracked as work</source>
        <translation>Baja: aún sin impacto en clientes, se gestiona como trabajo normal</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="65"/>
        <location filename="../src/core/domain.cpp" line="121"/>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="67"/>
        <location filename="../src/core/domain.cpp" line="123"/>
        <source>Acknowledged</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="69"/>
        <location filename="../src/core/domain.cpp" line="125"/>
        <source>Investigating</source>
        <translation>Investigando</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="75"/>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="77"/>
        <location filename="../src/core/domain.cpp" line="133"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="119"/>
        <source>Impact started</source>
        <translation>Inicio del impacto</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="131"/>
        <source>Retrospective started</source>
        <translation>Inicio de la retrospectiva</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="169"/>
        <source>Incident Commander</source>
        <translation>Comandante del incidente</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="171"/>
        <source>Deputy IC</source>
        <translation>IC adjunto</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="173"/>
        <source>Communications Lead</source>
        <translation>Responsable de comunicaciones</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="175"/>
        <source>Operations Lead</source>
        <translation>Responsable de operaciones</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="177"/>
        <source>Scribe</source>
        <translation>Escriba</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="210"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="212"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="214"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="216"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="218"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="220"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="256"/>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="258"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="260"/>
        <location filename="../src/core/task.cpp" line="83"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../src/core/domain.cpp" line="262"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="28"/>
        <location filename="../src/core/sentupdate.cpp" line="95"/>
        <source>value must be text</source>
        <translation>el valor debe ser texto</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="31"/>
        <source>text must not be empty</source>
        <translation>el texto no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="38"/>
        <source>person reference must be text</source>
        <translation>la referencia a una persona debe ser texto</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="42"/>
        <source>&apos;%1&apos; is not a person id</source>
        <translation>&apos;%1&apos; no es un id de persona</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="48"/>
        <source>runbook must be a map</source>
        <translation>el runbook debe ser un mapa</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="52"/>
        <source>runbook title: %1</source>
        <translation>título del runbook: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="56"/>
        <source>runbook template: %1</source>
        <translation>plantilla de runbook: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="59"/>
        <source>runbook needs 1 to %1 steps</source>
        <translation>el runbook necesita de 1 a %1 pasos</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="62"/>
        <source>runbook step: %1</source>
        <translation>paso del runbook: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="70"/>
        <source>step state must be a map</source>
        <translation>el estado del paso debe ser un mapa</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="73"/>
        <source>unknown step state</source>
        <translation>estado de paso desconocido</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="77"/>
        <source>step time must be an integer</source>
        <translation>la hora del paso debe ser un entero</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="89"/>
        <source>a linked alert must be a map or null</source>
        <translation>una alerta vinculada debe ser un mapa o null</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="93"/>
        <source>alert name: %1</source>
        <translation>nombre de la alerta: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="97"/>
        <source>alert service: %1</source>
        <translation>servicio de la alerta: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="101"/>
        <source>alert source: %1</source>
        <translation>origen de la alerta: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="104"/>
        <source>alert resolvedAt must be a positive integer</source>
        <translation>resolvedAt de la alerta debe ser un entero positivo</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="113"/>
        <source>a handoff must be a map or null</source>
        <translation>un traspaso debe ser un mapa o null</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="116"/>
        <source>handoff from: %1</source>
        <translation>traspaso desde: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="118"/>
        <source>handoff to: %1</source>
        <translation>traspaso a: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="122"/>
        <source>briefing situation: %1</source>
        <translation>situación del informe de traspaso: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="128"/>
        <source>briefing %1: %2</source>
        <translation>informe de traspaso, %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="132"/>
        <source>handoff time must be a positive integer</source>
        <translation>la hora del traspaso debe ser un entero positivo</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="139"/>
        <source>log entry must be a map</source>
        <translation>la entrada del registro debe ser un mapa</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="142"/>
        <source>unknown log entry kind &apos;%1&apos;</source>
        <translation>tipo de entrada del registro desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="145"/>
        <source>log text: %1</source>
        <translation>texto del registro: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="148"/>
        <source>a correction must name the entry it corrects</source>
        <translation>una corrección debe indicar la entrada que corrige</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="162"/>
        <source>severity must be 1 to 4</source>
        <translation>la severidad debe ser de 1 a 4</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="164"/>
        <source>unknown lifecycle state</source>
        <translation>estado del ciclo de vida desconocido</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="170"/>
        <source>services must be a list of at most %1 names</source>
        <translation>los servicios deben ser una lista de %1 nombres como máximo</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="173"/>
        <source>service name: %1</source>
        <translation>nombre del servicio: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="180"/>
        <source>milestone must be a time or null</source>
        <translation>el hito debe ser una hora o null</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="203"/>
        <source>unknown incident field &apos;%1&apos;</source>
        <translation>campo de incidente desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="212"/>
        <source>unknown person field &apos;%1&apos;</source>
        <translation>campo de persona desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="374"/>
        <source>text is longer than %1 characters</source>
        <translation>el texto tiene más de %1 caracteres</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="382"/>
        <source>text contains a control character</source>
        <translation>el texto contiene un carácter de control</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="382"/>
        <source>text must be a single line</source>
        <translation>el texto debe ocupar una sola línea</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="392"/>
        <source>The bridge link is longer than %1 characters.</source>
        <translation>El enlace de la sala tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="394"/>
        <source>The bridge link has spaces in it.</source>
        <translation>El enlace de la sala contiene espacios.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="398"/>
        <source>The bridge link is not a link: paste it whole, starting with https://.</source>
        <translation>El enlace de la sala no es un enlace: péguelo entero, empezando por https://.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="400"/>
        <source>The bridge link names no host.</source>
        <translation>El enlace de la sala no indica ningún servidor.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="402"/>
        <source>The bridge link names no number or address.</source>
        <translation>El enlace de la sala no indica ningún número ni dirección.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="403"/>
        <source>A bridge link starts with https://, http://, tel: or sip:, not %1:.</source>
        <translation>Un enlace de sala empieza por https://, http://, tel: o sip:, no por %1:.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="424"/>
        <source>Give the incident a short title that says what is broken.</source>
        <translation>Dale al incidente un título breve que diga qué está roto.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="426"/>
        <source>Title: %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="428"/>
        <source>Summary: %1</source>
        <translation>Resumen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="430"/>
        <source>Customer impact: %1</source>
        <translation>Impacto en clientes: %1</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="432"/>
        <source>At most %1 services.</source>
        <translation>Como máximo %1 servicios.</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="435"/>
        <source>Service “%1”: %2</source>
        <translation>Servicio «%1»: %2</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="465"/>
        <source>a map names the key %1 twice</source>
        <translation>un mapa contiene la clave %1 dos veces</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="479"/>
        <source>malformed entity &apos;%1&apos;</source>
        <translation>entidad mal formada &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="481"/>
        <source>this change is too large to sync (%1 KiB; at most %2 KiB): shorten it</source>
        <translation>este cambio es demasiado grande para sincronizarlo (%1 KiB; máximo %2 KiB): acórtalo</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="490"/>
        <source>unknown incident entry &apos;%1&apos;</source>
        <translation>entrada de incidente desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/fields.cpp" line="495"/>
        <source>only incidents have entries</source>
        <translation>solo los incidentes tienen entradas</translation>
    </message>
    <message>
        <location filename="../src/core/hlc.cpp" line="33"/>
        <source>clock %1 ms ahead of ours (limit %2 ms)</source>
        <translation>reloj %1 ms por delante del nuestro (límite %2 ms)</translation>
    </message>
    <message>
        <location filename="../src/core/milestonecheck.cpp" line="48"/>
        <source>before %1 (%2)</source>
        <translation>anterior a %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/milestonecheck.cpp" line="51"/>
        <source>in the future</source>
        <translation>en el futuro</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="42"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="44"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="46"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="63"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="65"/>
        <source>Who was affected</source>
        <translation>A quién afectó</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="67"/>
        <source>SLO impact</source>
        <translation>Impacto en el SLO</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="69"/>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="71"/>
        <source>What went well</source>
        <translation>Qué salió bien</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="73"/>
        <source>What went poorly</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="75"/>
        <source>Where we got lucky</source>
        <translation>Dónde tuvimos suerte</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="118"/>
        <source>a review state is draft, review or published</source>
        <translation>el estado de revisión es borrador, en revisión o publicada</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="121"/>
        <source>timeline inclusion must be true, false or null</source>
        <translation>la inclusión en la cronología debe ser true, false o null</translation>
    </message>
    <message>
        <location filename="../src/core/retrospective.cpp" line="123"/>
        <source>%1 must be text</source>
        <translation>%1 debe ser texto</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="30"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="44"/>
        <source>no &apos;# Title&apos; line</source>
        <translation>falta la línea &apos;# Título&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="46"/>
        <source>title is longer than %1 characters</source>
        <translation>el título supera los %1 caracteres</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="49"/>
        <source>no &apos;- [ ] step&apos; lines</source>
        <translation>no hay líneas &apos;- [ ] paso&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="51"/>
        <source>more than %1 steps</source>
        <translation>más de %1 pasos</translation>
    </message>
    <message>
        <location filename="../src/core/runbooktemplate.cpp" line="66"/>
        <source>unreadable or larger than 256 KiB</source>
        <translation>ilegible o mayor de 256 KiB</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="34"/>
        <source>%1 must be a list</source>
        <translation>%1 debe ser una lista</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="37"/>
        <source>a %1 address must be text</source>
        <translation>una dirección %1 debe ser texto</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="39"/>
        <source>%1 address: %2</source>
        <translation>dirección %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="90"/>
        <source>a sent update must be a map</source>
        <translation>una actualización enviada debe ser un mapa</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="95"/>
        <source>update list: %1</source>
        <translation>lista de actualizaciones: %1</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="97"/>
        <source>unknown audience &apos;%1&apos;</source>
        <translation>audiencia desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="99"/>
        <source>unknown update stage &apos;%1&apos;</source>
        <translation>fase de actualización desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="107"/>
        <source>an update goes to 1 to %1 recipients</source>
        <translation>una actualización va a entre 1 y %1 destinatarios</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="110"/>
        <source>an update needs a subject</source>
        <translation>una actualización necesita un asunto</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="112"/>
        <source>update subject: %1</source>
        <translation>asunto de la actualización: %1</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="115"/>
        <source>update body: value must be text</source>
        <translation>cuerpo de la actualización: el valor debe ser texto</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="117"/>
        <source>update body: %1</source>
        <translation>cuerpo de la actualización: %1</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="120"/>
        <source>an update&apos;s time must be a positive integer</source>
        <translation>la hora de una actualización debe ser un entero positivo</translation>
    </message>
    <message>
        <location filename="../src/core/sentupdate.cpp" line="123"/>
        <source>an update names who sent it</source>
        <translation>una actualización indica quién la envió</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="26"/>
        <source>a tracker issue is a map of key, url, status, category and integration</source>
        <translation>una incidencia del tracker es un mapa de key, url, status, category e integration</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="37"/>
        <source>&apos;%1&apos; is not an issue key like OPS-123</source>
        <translation>«%1» no es una clave de incidencia como OPS-123</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="40"/>
        <source>a tracker issue&apos;s page must be an http or https address</source>
        <translation>la página de una incidencia del tracker debe ser una dirección http o https</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="56"/>
        <source>Action item</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="56"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="81"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="85"/>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="163"/>
        <source>a task needs a title</source>
        <translation>una tarea necesita un título</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="167"/>
        <source>a task is a &apos;task&apos; or an &apos;action&apos;</source>
        <translation>una tarea es &apos;task&apos; o &apos;action&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="170"/>
        <source>a task&apos;s owner must be a person id or empty</source>
        <translation>el responsable de una tarea debe ser un id de persona o estar vacío</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="176"/>
        <source>a due time must be a time or null</source>
        <translation>el vencimiento debe ser una hora o null</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="178"/>
        <source>a task is open, done or dropped</source>
        <translation>una tarea está abierta, hecha o descartada</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="181"/>
        <source>a task&apos;s creation time must be a time</source>
        <translation>la hora de creación de una tarea debe ser una hora</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="184"/>
        <source>a tracker request&apos;s time must be a time</source>
        <translation>la hora de una solicitud al tracker debe ser una hora</translation>
    </message>
    <message>
        <location filename="../src/core/task.cpp" line="187"/>
        <source>unknown task attribute &apos;%1&apos;</source>
        <translation>atributo de tarea desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="81"/>
        <source>an approval must be a map or null</source>
        <translation>una aprobación debe ser un mapa o null</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="84"/>
        <source>an approval is requested, approved or returned</source>
        <translation>una aprobación está solicitada, aprobada o devuelta</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="87"/>
        <source>an approval names an audience and a stage</source>
        <translation>una aprobación indica una audiencia y una fase</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="90"/>
        <source>an update for approval needs a subject</source>
        <translation>una actualización para aprobar necesita un asunto</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="92"/>
        <source>approval subject: %1</source>
        <translation>asunto de la aprobación: %1</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="96"/>
        <source>approval %1: value must be text</source>
        <translation>aprobación, %1: el valor debe ser texto</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="101"/>
        <source>approval body: %1</source>
        <translation>cuerpo de la aprobación: %1</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="105"/>
        <source>approval comment: %1</source>
        <translation>comentario de la aprobación: %1</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="107"/>
        <source>an approval names who asked for it</source>
        <translation>una aprobación indica quién la pidió</translation>
    </message>
    <message>
        <location filename="../src/core/updateapproval.cpp" line="110"/>
        <source>an approval&apos;s decision names a person</source>
        <translation>la decisión de una aprobación indica una persona</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/incidentrecord.cpp" line="79"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/incidentrecord.cpp" line="82"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/incidentrecord.cpp" line="83"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/incidentrecord.cpp" line="126"/>
        <source>nothing to write</source>
        <translation>nada que escribir</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/incidentrecord.cpp" line="130"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/pdfexport.cpp" line="288"/>
        <source>a PDF needs fonts: make it from the desktop app or musterctl</source>
        <translation>un PDF necesita fuentes: créalo desde la aplicación de escritorio o con musterctl</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/pdfexport.cpp" line="305"/>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="61"/>
        <location filename="../src/relay/relaycommandline.cpp" line="85"/>
        <location filename="../src/relay/relaycommandline.cpp" line="179"/>
        <location filename="../src/app/commandline.cpp" line="28"/>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="62"/>
        <location filename="../src/relay/relaycommandline.cpp" line="86"/>
        <location filename="../src/relay/relaycommandline.cpp" line="185"/>
        <source>The relay&apos;s SQLite database.</source>
        <translation>La base de datos SQLite del relay.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="62"/>
        <location filename="../src/relay/integrationcommands.cpp" line="83"/>
        <location filename="../src/relay/relaycommandline.cpp" line="86"/>
        <location filename="../src/relay/relaycommandline.cpp" line="185"/>
        <location filename="../src/relay/relaycommandline.cpp" line="229"/>
        <location filename="../src/relay/relaycommandline.cpp" line="232"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="64"/>
        <source>The workspace whose incidents are posted.</source>
        <translation>El espacio de trabajo cuyos incidentes se publican.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="67"/>
        <source>slack, teams, mattermost, pagerduty (these post), pagerduty-webhook (receives) or jira (files action items).</source>
        <translation>slack, teams, mattermost, pagerduty (estas publican), pagerduty-webhook (recibe) o jira (crea acciones de seguimiento).</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="69"/>
        <location filename="../src/relay/integrationcommands.cpp" line="379"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="70"/>
        <source>What the team calls it, like #incidents.</source>
        <translation>Cómo lo llama el equipo, por ejemplo #incidents.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="77"/>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="79"/>
        <source>Quote a stakeholder update&apos;s text, not only its subject.</source>
        <translation>Citar el texto de una actualización a las partes interesadas, no solo el asunto.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="81"/>
        <source>Read the secret (webhook URL, integration key, signing secret or Jira token) from this file instead of standard input.</source>
        <translation>Leer el secreto (URL del webhook, clave de integración, secreto de firma o token de Jira) de este archivo en lugar de la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="85"/>
        <source>Jira only: the site, like https://acme.atlassian.net.</source>
        <translation>Solo Jira: el sitio, como https://acme.atlassian.net.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="87"/>
        <source>Jira only: the key of the project issues are filed in, like OPS.</source>
        <translation>Solo Jira: la clave del proyecto donde se crean las incidencias, como OPS.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="88"/>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="90"/>
        <source>Jira only: the issue type&apos;s name, like Task.</source>
        <translation>Solo Jira: el nombre del tipo de incidencia, como Task.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="90"/>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="93"/>
        <source>Jira Cloud only: the e-mail of the account whose API token is given. Without it the token is a personal access token (Jira Data Center).</source>
        <translation>Solo Jira Cloud: el correo de la cuenta cuyo token de API se da. Sin él, el token es un token de acceso personal (Jira Data Center).</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="95"/>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="132"/>
        <source>integration add needs --workspace NAME</source>
        <translation>integration add necesita --workspace NOMBRE</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="135"/>
        <source>--kind is slack, teams, mattermost, pagerduty, pagerduty-webhook or jira, not &apos;%1&apos;</source>
        <translation>--kind es slack, teams, mattermost, pagerduty, pagerduty-webhook o jira, no «%1»</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="137"/>
        <source>integration add needs --kind slack, teams, mattermost, pagerduty, pagerduty-webhook or jira</source>
        <translation>integration add necesita --kind slack, teams, mattermost, pagerduty, pagerduty-webhook o jira</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="140"/>
        <source>integration add needs --name, like --name &apos;#incidents&apos;</source>
        <translation>integration add necesita --name, por ejemplo --name &apos;#incidents&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="142"/>
        <source>--name wants 1 to 100 characters without control characters</source>
        <translation>--name necesita de 1 a 100 caracteres sin caracteres de control</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="148"/>
        <source>a jira integration files action items; --events, --update-text and --endpoint are for the others</source>
        <translation>una integración jira crea acciones de seguimiento; --events, --update-text y --endpoint son para las demás</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="151"/>
        <source>a jira integration needs --site, like --site https://acme.atlassian.net</source>
        <translation>una integración jira necesita --site, como --site https://acme.atlassian.net</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="153"/>
        <source>--site: %1</source>
        <translation>--site: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="157"/>
        <source>--site, --project, --issue-type and --user are for --kind jira</source>
        <translation>--site, --project, --issue-type y --user son para --kind jira</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="164"/>
        <source>--events takes %1, not &apos;%2&apos;</source>
        <translation>--events admite %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="166"/>
        <source>action-item is for Jira integrations</source>
        <translation>action-item es para integraciones de Jira</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="185"/>
        <source>integration %1 needs the integration&apos;s id (see integration list)</source>
        <translation>integration %1 necesita el id de la integración (vea integration list)</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="189"/>
        <source>integration wants add, list, remove or retry</source>
        <translation>integration espera add, list, remove o retry</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="190"/>
        <source>integration wants add, list, remove or retry, not &apos;%1&apos;</source>
        <translation>integration espera add, list, remove o retry, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="201"/>
        <source>--workspace, --kind, --name, --events, --update-text, --url-file, --endpoint, --site, --project, --issue-type and --user belong to integration add</source>
        <translation>--workspace, --kind, --name, --events, --update-text, --url-file, --endpoint, --site, --project, --issue-type y --user son de integration add</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="270"/>
        <source>muster-relay: workspace %1 files action items in Jira already (%2); remove that one first</source>
        <translation>muster-relay: el espacio de trabajo %1 ya crea acciones de seguimiento en Jira (%2); quite esa primero</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="285"/>
        <source>Integration %1: action items of workspace %2 sent to Jira become %3 issues in project %4 at %5, filed as %6. A running relay starts within 10 seconds.</source>
        <translation>Integración %1: las acciones de seguimiento del espacio de trabajo %2 enviadas a Jira pasan a ser incidencias de tipo %3 en el proyecto %4 de %5, creadas como %6. Un relay en marcha empieza en 10 segundos.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="290"/>
        <source>the personal access token&apos;s account</source>
        <translation>la cuenta del token de acceso personal</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="305"/>
        <source>muster-relay: cannot read %1: %2</source>
        <translation>muster-relay: no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="312"/>
        <source>Jira token (read from standard input, not echoed to any log):</source>
        <translation>Token de Jira (leído de la entrada estándar, no se escribe en ningún registro):</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="318"/>
        <source>Webhook URL (read from standard input, not echoed to any log):</source>
        <translation>URL del webhook (leída de la entrada estándar, no se repite en ningún registro):</translation>
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
        <translation>muster-relay: no se puede leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="222"/>
        <source>muster-relay: cannot save the integration: %1</source>
        <translation>muster-relay: no se puede guardar la integración: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="74"/>
        <source>Which events to post, separated by commas, of %1 (default: all but acknowledged for chat; declared,acknowledged,resolved for PagerDuty, which takes only those).</source>
        <translation>Qué eventos publicar, separados por comas, de %1 (por defecto: para chat todos menos acknowledged; para PagerDuty declared,acknowledged,resolved, que solo admite esos).</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="98"/>
        <source>PagerDuty only: the Events API address (default %1; https://events.eu.pagerduty.com/v2/enqueue for the EU service region).</source>
        <translation>Solo PagerDuty: la dirección de la Events API (por defecto %1; https://events.eu.pagerduty.com/v2/enqueue para la región de servicio de la UE).</translation>
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
        <translation>Gestiona dónde publica el relay los eventos de incidentes: canales de Slack, Microsoft Teams y Mattermost mediante sus webhooks entrantes, y PagerDuty mediante su Events API v2; dónde llegan los webhooks de PagerDuty; y el proyecto de Jira donde se crean las acciones de seguimiento.

  integration add --workspace W --kind slack|teams|mattermost|pagerduty --name NOMBRE
                  [--events LISTA] [--update-text] [--url-file ARCHIVO] [--endpoint URL]
      lee el secreto de ARCHIVO o de la entrada estándar: la URL de un webhook de chat o la
      clave de integración de PagerDuty (se queda en el relay, nunca va a los escritorios
      ni a ningún registro); imprime el id nuevo
  integration add --workspace W --kind pagerduty-webhook --name NOMBRE [--url-file ARCHIVO]
      lee el secreto de firma de una suscripción de webhooks de PagerDuty; PagerDuty publica en
      /pagerduty/W en el receptor --http, y sus incidentes aparecen en Detección
  integration add --workspace W --kind jira --name NOMBRE --site URL --project CLAVE
                  --issue-type TIPO [--user CORREO] [--url-file ARCHIVO]
      lee un token de Jira: con --user, el token de API de la cuenta (Jira Cloud); sin él,
      un token de acceso personal (Data Center). Las acciones de seguimiento enviadas a Jira
      desde la app pasan a ser incidencias del proyecto CLAVE; su estado se lee cada 5 minutos
  integration list
      todas las integraciones: id, espacio de trabajo, tipo, nombre, destino, eventos, estado de la entrega
  integration remove ID
      deja de publicar y descarta lo que sigue en cola
  integration retry ID
      reanuda una integración en pausa y envía ya lo pendiente</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="161"/>
        <source>a pagerduty-webhook integration receives; --events, --update-text and --endpoint are for those that post</source>
        <translation>una integración pagerduty-webhook recibe; --events, --update-text y --endpoint son para las que publican</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="170"/>
        <source>PagerDuty takes only the events declared, acknowledged and resolved</source>
        <translation>PagerDuty solo admite los eventos declared, acknowledged y resolved</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="172"/>
        <source>--update-text is for chat integrations</source>
        <translation>--update-text es para integraciones de chat</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="174"/>
        <source>--endpoint is for PagerDuty; a chat integration&apos;s URL is its webhook</source>
        <translation>--endpoint es para PagerDuty; la URL de una integración de chat es su webhook</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="246"/>
        <source>Integration %1: PagerDuty webhooks for workspace %2 are received at %3 on the relay&apos;s --http listener, checked against the signing secret; a running relay takes them within 10 seconds.</source>
        <translation>Integración %1: los webhooks de PagerDuty del espacio de trabajo %2 se reciben en %3 en el receptor --http del relay y se comprueban con el secreto de firma; un relay en marcha los acepta en 10 segundos.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="314"/>
        <source>The PagerDuty webhook&apos;s signing secret (read from standard input, not echoed to any log):</source>
        <translation>El secreto de firma del webhook de PagerDuty (leído de la entrada estándar, no se repite en ningún registro):</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="317"/>
        <source>PagerDuty integration key (read from standard input, not echoed to any log):</source>
        <translation>Clave de integración de PagerDuty (leída de la entrada estándar, no se repite en ningún registro):</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="331"/>
        <source>muster-relay: a PagerDuty integration key is 32 letters and digits (the service&apos;s Events API v2 integration)</source>
        <translation>muster-relay: una clave de integración de PagerDuty tiene 32 letras y cifras (la integración Events API v2 del servicio)</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="350"/>
        <source>Integration %1: %2 posts to %3 (%4) for workspace %5 on: %6. A running relay starts within 10 seconds; incidents already there are posted when they next change.</source>
        <translation>Integración %1: %2 publica en %3 (%4) para el espacio de trabajo %5 al: %6. Un relay en marcha empieza en 10 segundos; los incidentes que ya existen se publican en su próximo cambio.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="357"/>
        <source>muster-relay: warning: the URL is plain http://, so its secret crosses the network unencrypted</source>
        <translation>muster-relay: aviso: la URL es http:// sin cifrar, así que su secreto cruza la red sin cifrar</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="266"/>
        <location filename="../src/relay/integrationcommands.cpp" line="367"/>
        <source>muster-relay: cannot read the integrations: %1</source>
        <translation>muster-relay: no se pueden leer las integraciones: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="371"/>
        <source>No integrations yet. Add one with: muster-relay integration add --workspace NAME --kind slack --name &apos;#incidents&apos; &lt; webhook-url.txt</source>
        <translation>Aún no hay integraciones. Añada una con: muster-relay integration add --workspace NOMBRE --kind slack --name &apos;#incidents&apos; &lt; webhook-url.txt</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="379"/>
        <source>POSTS TO</source>
        <translation>PUBLICA EN</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="379"/>
        <source>EVENTS</source>
        <translation>EVENTOS</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="380"/>
        <source>WAITING</source>
        <translation>PENDIENTES</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="380"/>
        <source>DELIVERY</source>
        <translation>ENTREGA</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="385"/>
        <source>paused: %1</source>
        <translation>en pausa: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="387"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="389"/>
        <source>retrying: %1</source>
        <translation>reintentando: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="391"/>
        <source>ok, last post %1</source>
        <translation>ok, última publicación %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="393"/>
        <source>nothing posted yet</source>
        <translation>aún nada publicado</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="425"/>
        <source>muster-relay: cannot change the integration: %1</source>
        <translation>muster-relay: no se puede cambiar la integración: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="429"/>
        <source>muster-relay: there is no integration %1 (see muster-relay integration list)</source>
        <translation>muster-relay: no existe la integración %1 (vea muster-relay integration list)</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="435"/>
        <source>Removed integration %1 and its queue. A running relay stops posting within 10 seconds.</source>
        <translation>Integración %1 quitada junto con su cola. Un relay en marcha deja de publicar en 10 segundos.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="436"/>
        <source>Integration %1 resumes: a running relay sends what is queued within 10 seconds.</source>
        <translation>La integración %1 se reanuda: un relay en marcha envía lo pendiente en 10 segundos.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="87"/>
        <source>The workspace the token opens.</source>
        <translation>El espacio de trabajo que abre el token.</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="64"/>
        <location filename="../src/relay/integrationcommands.cpp" line="71"/>
        <location filename="../src/relay/integrationcommands.cpp" line="379"/>
        <location filename="../src/relay/relaycommandline.cpp" line="88"/>
        <location filename="../src/relay/relaycommandline.cpp" line="89"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="89"/>
        <source>Who the token is for.</source>
        <translation>Para quién es el token.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="94"/>
        <location filename="../src/relay/tokencommands.cpp" line="63"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="131"/>
        <location filename="../src/relay/relaycommandline.cpp" line="108"/>
        <source>&apos;%1&apos; is not a valid workspace name</source>
        <translation>&apos;%1&apos; no es un nombre de espacio de trabajo válido</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="109"/>
        <source>token create needs --workspace NAME</source>
        <translation>token create necesita --workspace NOMBRE</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="114"/>
        <source>--user wants a name of 1 to 200 characters without control characters</source>
        <translation>--user requiere un nombre de 1 a 200 caracteres sin caracteres de control</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="115"/>
        <source>token create needs --user NAME</source>
        <translation>token create necesita --user NOMBRE</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="130"/>
        <source>token revoke needs the token&apos;s id (see token list)</source>
        <translation>token revoke necesita el id del token (consulta token list)</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="134"/>
        <source>token wants create, list or revoke</source>
        <translation>token requiere create, list o revoke</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="135"/>
        <source>token wants create, list or revoke, not &apos;%1&apos;</source>
        <translation>token requiere create, list o revoke, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/integrationcommands.cpp" line="195"/>
        <location filename="../src/relay/relaycommandline.cpp" line="139"/>
        <location filename="../src/relay/relaycommandline.cpp" line="253"/>
        <location filename="../src/app/commandline.cpp" line="102"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
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
        <translation>Gestiona los tokens de acceso del relay.

  token create --workspace W --user U [--role member|viewer|webhook|admin]
      imprime un token nuevo una sola vez, en su propia línea; el relay solo guarda su hash
  token list
      todos los tokens: id, espacio de trabajo, usuario, rol, fecha de creación y si está revocado
  token revoke ID
      las conexiones abiertas del token se cierran en 10 segundos</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="91"/>
        <source>member (reads and writes), viewer (reads: a wall display), webhook (the HTTP listener only) or admin (a member who also manages the workspace&apos;s integrations). Default member.</source>
        <translation>member (lee y escribe), viewer (lee: una pantalla mural), webhook (solo el receptor HTTP) o admin (un member que además gestiona las integraciones del espacio de trabajo). Por defecto, member.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="120"/>
        <source>--role is member, viewer, webhook or admin, not &apos;%1&apos;</source>
        <translation>--role es member, viewer, webhook o admin, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="142"/>
        <source>--workspace, --user and --role belong to token create</source>
        <translation>--workspace, --user y --role son opciones de token create</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="176"/>
        <source>Muster&apos;s relay: keeps every teammate&apos;s incident picture in sync.

Also: muster-relay token … (access tokens) and muster-relay integration … (chat integrations); add --help to either.</source>
        <translation>El relay de Muster: mantiene sincronizada la visión de los incidentes de todo el equipo.

Además: muster-relay token … (tokens de acceso) y muster-relay integration … (integraciones de chat); añada --help a cualquiera de los dos.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="180"/>
        <location filename="../src/app/commandline.cpp" line="29"/>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="182"/>
        <source>Address and port to listen on (default 127.0.0.1:7447; port 0 picks a free one).</source>
        <translation>Dirección y puerto en los que escuchar (por defecto 127.0.0.1:7447; el puerto 0 elige uno libre).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="184"/>
        <location filename="../src/relay/relaycommandline.cpp" line="199"/>
        <source>ADDR:PORT</source>
        <translation>DIRECCIÓN:PUERTO</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="187"/>
        <source>Largest message or frame accepted (default 65536).</source>
        <translation>Tamaño máximo de mensaje o trama que se acepta (por defecto 65536).</translation>
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
        <translation>Rechaza las operaciones con una marca de tiempo adelantada más de esto respecto al reloj del relay (por defecto 60).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="192"/>
        <location filename="../src/relay/relaycommandline.cpp" line="195"/>
        <location filename="../src/relay/relaycommandline.cpp" line="212"/>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="194"/>
        <source>Ping every peer this often; two missed pongs drop it (default 20).</source>
        <translation>Cada cuánto se hace ping a cada par; dos pongs perdidos lo desconectan (por defecto 20).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="197"/>
        <source>Also receive Alertmanager webhooks over HTTP on this address and port, at /alertmanager/WORKSPACE (off unless given).</source>
        <translation>Recibe también webhooks de Alertmanager por HTTP en esta dirección y puerto, en /alertmanager/ESPACIO_DE_TRABAJO (desactivado si no se indica).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="202"/>
        <source>Let in connections and webhooks that carry no token, as members of every workspace. Only for trying Muster on one machine.</source>
        <translation>Admite conexiones y webhooks sin token, como miembros de todos los espacios de trabajo. Solo para probar Muster en una única máquina.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="205"/>
        <source>Failed authentications an address may make in a minute before it is shut out, a minute at first and twice as long each time after (default 10).</source>
        <translation>Autenticaciones fallidas que puede hacer una dirección en un minuto antes de bloquearla, un minuto la primera vez y el doble cada vez siguiente (por defecto 10).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="208"/>
        <location filename="../src/relay/relaycommandline.cpp" line="216"/>
        <location filename="../src/relay/relaycommandline.cpp" line="218"/>
        <location filename="../src/relay/relaycommandline.cpp" line="221"/>
        <location filename="../src/relay/relaycommandline.cpp" line="237"/>
        <source>COUNT</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="210"/>
        <source>The WebSocket upgrade, and then the hello, must each come within this time (default 5).</source>
        <translation>El upgrade a WebSocket, y después el hello, deben llegar cada uno dentro de este tiempo (por defecto 5).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="214"/>
        <source>Messages one connection may send a second, with twice as many in a burst; more closes it with 4429 (default 500).</source>
        <translation>Mensajes por segundo que puede enviar una conexión, el doble en ráfagas; si envía más, se cierra con 4429 (por defecto 500).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="218"/>
        <source>Open connections one token may hold (default 20).</source>
        <translation>Conexiones abiertas que puede mantener un token (por defecto 20).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="220"/>
        <source>Ops one push may carry; told to clients in welcome (default 500).</source>
        <translation>Operaciones que puede llevar un push; se comunica a los clientes en el welcome (por defecto 500).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="223"/>
        <source>Bytes waiting to be written to a client before it is switched to paged catch-up (default 1048576).</source>
        <translation>Bytes pendientes de escribir a un cliente antes de pasarlo a la puesta al día paginada (por defecto 1048576).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="227"/>
        <source>Serve wss:// (and https:// on --http) with this PEM certificate, its chain after it.</source>
        <translation>Sirve wss:// (y https:// en --http) con este certificado PEM, seguido de su cadena.</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="231"/>
        <source>The certificate&apos;s PEM private key (EC or RSA, unencrypted).</source>
        <translation>La clave privada PEM del certificado (EC o RSA, sin cifrar).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="234"/>
        <source>Threads that read and write the connections, beside the one that stores the ops; 0 keeps every connection on that one (default 2).</source>
        <translation>Hilos que leen y escriben las conexiones, además del que guarda las ops; 0 deja todas las conexiones en ese (por defecto 2).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="240"/>
        <source>Shortest time between the starts of two group commits: under load each commit, and each message to the clients, carries more ops. 0 commits at every turn (default 1).</source>
        <translation>Tiempo mínimo entre el inicio de dos commits de grupo: con carga, cada commit, y cada mensaje a los clientes, lleva más ops. 0 hace commit en cada vuelta (por defecto 1).</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="242"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="257"/>
        <source>--listen wants ADDR:PORT, like 127.0.0.1:7447, not &apos;%1&apos;</source>
        <translation>--listen requiere DIRECCIÓN:PUERTO, como 127.0.0.1:7447, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="263"/>
        <source>--http wants ADDR:PORT, like 127.0.0.1:9095, not &apos;%1&apos;</source>
        <translation>--http requiere DIRECCIÓN:PUERTO, como 127.0.0.1:9095, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="273"/>
        <source>--%1 wants a whole number from %2 to %3</source>
        <translation>--%1 requiere un número entero de %2 a %3</translation>
    </message>
    <message>
        <location filename="../src/relay/relaycommandline.cpp" line="311"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert y --tls-key van juntos</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="28"/>
        <source>muster-relay: cannot save the token: %1</source>
        <translation>muster-relay: no se puede guardar el token: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="32"/>
        <source>Token %1 for %2 in workspace %3 (%4). This is the only time it is shown; the relay keeps only its digest.</source>
        <translation>Token %1 para %2 en el espacio de trabajo %3 (%4). Solo se muestra esta vez; el relay solo guarda su hash.</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="43"/>
        <source>muster-relay: cannot read the tokens: %1</source>
        <translation>muster-relay: no se pueden leer los tokens: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="47"/>
        <source>No tokens yet. Create one with: muster-relay token create --workspace NAME --user NAME</source>
        <translation>Aún no hay tokens. Crea uno con: muster-relay token create --workspace NOMBRE --user NOMBRE</translation>
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
        <translation>ESPACIO DE TRABAJO</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="63"/>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="63"/>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="63"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="66"/>
        <source>revoked %1</source>
        <translation>revocado %1</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="66"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="78"/>
        <source>muster-relay: cannot revoke the token: %1</source>
        <translation>muster-relay: no se puede revocar el token: %1</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="82"/>
        <source>muster-relay: there is no token %1 (see muster-relay token list)</source>
        <translation>muster-relay: no existe el token %1 (consulta muster-relay token list)</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="88"/>
        <source>Token %1 was already revoked on %2.</source>
        <translation>El token %1 ya se revocó el %2.</translation>
    </message>
    <message>
        <location filename="../src/relay/tokencommands.cpp" line="92"/>
        <source>Revoked token %1 (%2 in workspace %3). A running relay closes its connections within 10 seconds.</source>
        <translation>Token %1 revocado (%2 en el espacio de trabajo %3). Un relay en ejecución cierra sus conexiones en 10 segundos.</translation>
    </message>
    <message>
        <location filename="../src/store/instancelock.cpp" line="19"/>
        <source>Cannot create the data directory %1</source>
        <translation>No se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <location filename="../src/store/instancelock.cpp" line="30"/>
        <source>Muster is already running with the data directory %1 (process %2 on %3). Switch to that window, or start this one with another --data-dir.</source>
        <translation>Muster ya se está ejecutando con el directorio de datos %1 (proceso %2 en %3). Cambia a esa ventana o inicia esta con otro --data-dir.</translation>
    </message>
    <message>
        <location filename="../src/store/instancelock.cpp" line="39"/>
        <source>Cannot lock the data directory %1 (is it writable?)</source>
        <translation>No se puede bloquear el directorio de datos %1 (¿tiene permiso de escritura?)</translation>
    </message>
    <message>
        <location filename="../src/store/migrations.cpp" line="189"/>
        <source>Cannot read the schema version</source>
        <translation>No se puede leer la versión del esquema</translation>
    </message>
    <message>
        <location filename="../src/store/sqlitestatement.cpp" line="93"/>
        <source>The database is in use by another program and stayed locked. Nothing was changed; close the other program and try again.</source>
        <translation>Otro programa está usando la base de datos y sigue bloqueada. No se ha cambiado nada; cierra el otro programa y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/store/sqlitestatement.cpp" line="97"/>
        <source>The disk is full. The change was not saved; free some space and try again.</source>
        <translation>El disco está lleno. No se ha guardado el cambio; libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/store/sqlitestatement.cpp" line="102"/>
        <source>The database is damaged (%1). It was left untouched; restore it from a backup.</source>
        <translation>La base de datos está dañada (%1). No se ha modificado; restáurala desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../src/store/sqlitestatement.cpp" line="104"/>
        <source>Database error: %1</source>
        <translation>Error de la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../src/store/storequeries.cpp" line="405"/>
        <location filename="../src/store/walcheckpointer.cpp" line="20"/>
        <source>The database is not open</source>
        <translation>La base de datos no está abierta</translation>
    </message>
    <message>
        <location filename="../src/sync/synctransport.cpp" line="96"/>
        <source>the relay&apos;s certificate is not trusted: %1</source>
        <translation>el certificado del relay no es de confianza: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/tlsfiles.cpp" line="22"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../src/sync/tlsfiles.cpp" line="24"/>
        <source>%1 is too large to be a PEM certificate or key</source>
        <translation>%1 es demasiado grande para ser un certificado o una clave PEM</translation>
    </message>
    <message>
        <location filename="../src/sync/tlsfiles.cpp" line="38"/>
        <location filename="../src/sync/tlsfiles.cpp" line="69"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <location filename="../src/sync/tlsfiles.cpp" line="40"/>
        <source>the certificate in %1 expired on %2</source>
        <translation>el certificado de %1 caducó el %2</translation>
    </message>
    <message>
        <location filename="../src/sync/tlsfiles.cpp" line="52"/>
        <source>%1 holds no unencrypted PEM private key (EC or RSA)</source>
        <translation>%1 no contiene ninguna clave privada PEM sin cifrar (EC o RSA)</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="27"/>
        <source>Muster: incident command center for on-call and SRE teams</source>
        <translation>Muster: centro de mando de incidentes para equipos de guardia y SRE</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="30"/>
        <source>Keep the database in DIR.</source>
        <translation>Guarda la base de datos en DIR.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="33"/>
        <source>Open workspace NAME (default: default).</source>
        <translation>Abre el espacio de trabajo NOMBRE (por defecto: default).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="35"/>
        <source>Your name in the people directory.</source>
        <translation>Tu nombre en el directorio de personas.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="39"/>
        <source>Sync with the relay at URL, e.g. ws://127.0.0.1:7447 (default: as saved in Settings; none means local only).</source>
        <translation>Sincroniza con el relay en URL, p. ej. ws://127.0.0.1:7447 (por defecto: el guardado en Ajustes; si no hay ninguno, solo en local).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="44"/>
        <source>For a wss:// relay with a private CA or a self-signed certificate: trust only the PEM certificates in FILE.</source>
        <translation>Para un relay wss:// con una CA privada o un certificado autofirmado: confía solo en los certificados PEM de ARCHIVO.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="49"/>
        <source>Show what the Prometheus Alertmanager at URL reports as firing, e.g. http://127.0.0.1:9093. May be given more than once.</source>
        <translation>Muestra lo que el Alertmanager de Prometheus en URL notifica como activo, p. ej. http://127.0.0.1:9093. Se puede indicar más de una vez.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="53"/>
        <source>Fill an empty database with a realistic sample.</source>
        <translation>Llena una base de datos vacía con datos de ejemplo realistas.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="55"/>
        <source>Start as the war-room wall display: full screen, read only, every active incident as a tile. Escape leaves it.</source>
        <translation>Inicia como pantalla mural de la sala de crisis: pantalla completa, solo lectura, cada incidente activo como un mosaico. Escape para salir.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="59"/>
        <source>On the wall, show each page this many seconds when the tiles need more than one (5 to 300, default 15).</source>
        <translation>En la pantalla mural, muestra cada página durante estos segundos cuando los mosaicos ocupan más de una (de 5 a 300, por defecto 15).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="63"/>
        <source>Render offscreen, save a PNG to FILE and exit.</source>
        <translation>Renderiza fuera de pantalla, guarda un PNG en ARCHIVO y sale.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="76"/>
        <source>light, dark or contrast (high contrast) for this run (default: as last chosen).</source>
        <translation>light, dark o contrast (alto contraste) para esta ejecución (por defecto: lo último elegido).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="80"/>
        <source>Text size, 0.5 to 2 times Muster&apos;s own (default: from the desktop&apos;s font size).</source>
        <translation>Tamaño del texto, de 0,5 a 2 veces el de Muster (por defecto: según el tamaño de letra del escritorio).</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="172"/>
        <source>unknown view &apos;%1&apos; (board, incident, incident:N, comms, comms-settings, people, detection, actions, retrospective, settings, integrations, palette, palette:TEXT, wall or metrics)</source>
        <translation>vista desconocida &apos;%1&apos; (board, incident, incident:N, comms, comms-settings, people, detection, actions, retrospective, settings, integrations, palette, palette:TEXT, wall o metrics)</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="194"/>
        <source>--theme takes light, dark or contrast</source>
        <translation>--theme admite light, dark o contrast</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="202"/>
        <source>--font-scale takes a number from 0.5 to 2, e.g. 1.25</source>
        <translation>--font-scale admite un número de 0.5 a 2, p. ej. 1.25</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="72"/>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>Tamaño de la ventana, p. ej. 1920x1080.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="67"/>
        <source>With --screenshot: board, incident (incident:N for the N-th on the board), people, detection, actions, retrospective (of the first incident in its retrospective), comms (the first incident&apos;s update form), comms-settings, settings, integrations (with two sample integrations), palette (palette:TEXT with TEXT typed), wall (wall:N for its N-th page) or metrics.</source>
        <translation>Con --screenshot: board, incident (incident:N para el N-ésimo del tablero), people, detection, actions, retrospective (del primer incidente en retrospectiva), comms (el formulario de actualización del primer incidente), comms-settings, settings, integrations (con dos integraciones de ejemplo), palette (palette:TEXT con TEXT escrito), wall (wall:N para su N-ésima página) o metrics.</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="84"/>
        <source>en, de or es for this run, or system (default: as saved, else the system&apos;s language).</source>
        <translation>en, de o es para esta ejecución, o system (por defecto: lo guardado; si no, el idioma del sistema).</translation>
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
        <location filename="../src/app/commandline.cpp" line="141"/>
        <source>--alertmanager wants an http:// or https:// URL, like http://127.0.0.1:9093</source>
        <translation>--alertmanager requiere una URL http:// o https://, como http://127.0.0.1:9093</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="151"/>
        <source>--wall-page-seconds takes a number of seconds from 5 to 300</source>
        <translation>--wall-page-seconds requiere un número de segundos de 5 a 300</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="182"/>
        <source>--size takes WIDTHxHEIGHT, for example 1366x768</source>
        <translation>--size requiere ANCHOxALTO, por ejemplo 1366x768</translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="189"/>
        <source>--language takes en, de, es or system</source>
        <translation>--language admite en, de, es o system</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="63"/>
        <source>The relay address must look like ws://relay.example.org:7447 (or be empty for local only).</source>
        <translation>La dirección del relay debe tener la forma ws://relay.example.org:7447 (o quedar vacía para trabajar solo en local).</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="66"/>
        <source>Workspace names are 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Los nombres de espacio de trabajo tienen de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="69"/>
        <source>Display name: %1</source>
        <translation>Nombre visible: %1</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="109"/>
        <source>&apos;%1&apos; is not an Alertmanager address; write one like http://alertmanager.example:9093 on each line.</source>
        <translation>&apos;%1&apos; no es una dirección de Alertmanager; escribe una por línea, como http://alertmanager.example:9093.</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="114"/>
        <source>Muster polls at most %1 Alertmanagers; send the others&apos; webhooks to the relay.</source>
        <translation>Muster consulta como máximo %1 Alertmanagers; envía los webhooks de los demás al relay.</translation>
    </message>
    <message>
        <location filename="../src/app/appsettings.cpp" line="117"/>
        <source>Ask every %1 to %2 seconds.</source>
        <translation>Consulta cada %1 a %2 segundos.</translation>
    </message>
    <message>
        <location filename="../src/app/secretstore.cpp" line="10"/>
        <source>no keyring is available on this computer</source>
        <translation>no hay ningún llavero disponible en este equipo</translation>
    </message>
    <message>
        <location filename="../src/app/keychainsecretstore.cpp" line="18"/>
        <source>no keyring service (Secret Service or KWallet) answered</source>
        <translation>no ha respondido ningún servicio de llavero (Secret Service o KWallet)</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="67"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="69"/>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="71"/>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="72"/>
        <source>%1 d ago</source>
        <translation>hace %1 d</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="72"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="114"/>
        <source>Other teams are needed</source>
        <translation>Se necesitan otros equipos</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="116"/>
        <source>Customers can see the problem</source>
        <translation>Los clientes ven el problema</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="118"/>
        <source>Unresolved after an hour of analysis</source>
        <translation>Sin resolver tras una hora de análisis</translation>
    </message>
    <message>
        <location filename="../src/app/rostermodel.cpp" line="56"/>
        <source>Subject-matter expert</source>
        <translation>Experto en la materia</translation>
    </message>
    <message>
        <location filename="../src/app/declareincidenteditor.cpp" line="71"/>
        <source>Pick a severity. Unsure? Pick the higher one.</source>
        <translation>Elige una severidad. ¿Dudas? Elige la más alta.</translation>
    </message>
    <message>
        <location filename="../src/app/declareincidenteditor.cpp" line="73"/>
        <source>Muster is still starting.</source>
        <translation>Muster aún se está iniciando.</translation>
    </message>
    <message>
        <location filename="../src/app/logentryeditor.cpp" line="53"/>
        <source>Choose note, decision or action.</source>
        <translation>Elige nota, decisión o acción.</translation>
    </message>
    <message>
        <location filename="../src/app/logentryeditor.cpp" line="55"/>
        <source>Write what happened, was decided or is being done.</source>
        <translation>Escribe qué pasó, qué se decidió o qué se está haciendo.</translation>
    </message>
    <message>
        <location filename="../src/app/logentryeditor.cpp" line="59"/>
        <location filename="../src/app/incidentdetailseditor.cpp" line="57"/>
        <source>No incident is open.</source>
        <translation>No hay ningún incidente abierto.</translation>
    </message>
</context>
<context>
    <name>muster::ActionItemModel</name>
    <message>
        <location filename="../src/app/actionitemmodel.cpp" line="120"/>
        <source>The action item was not changed: its incident could not be read.</source>
        <translation>No se ha cambiado la acción de seguimiento: no se pudo leer su incidente.</translation>
    </message>
    <message>
        <location filename="../src/app/actionitemmodel.cpp" line="133"/>
        <source>The action item was not sent to Jira: its incident could not be read.</source>
        <translation>La acción de seguimiento no se envió a Jira: no se pudo leer su incidente.</translation>
    </message>
</context>
<context>
    <name>muster::AlertTracker</name>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="64"/>
        <source>The alerts were not linked: the incident could not be read.</source>
        <translation>No se han vinculado las alertas: no se pudo leer el incidente.</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="87"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="91"/>
        <source>%1 comes from PagerDuty, which has no silences: acknowledge it there, or resolve the incident here (a PagerDuty integration resolves it there too).</source>
        <translation>%1 viene de PagerDuty, que no tiene silencios: reconózcalo allí, o resuelva el incidente aquí (una integración de PagerDuty también lo resuelve allí).</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="99"/>
        <source>%1 comes from %2, which Muster neither asks here nor hears of through the relay; start Muster with --alertmanager %2 to silence it from this machine.</source>
        <translation>%1 viene de %2, que Muster no consulta aquí ni conoce a través del relay; inicia Muster con --alertmanager %2 para silenciarla desde este equipo.</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="107"/>
        <source>%1 is not firing in %2 now, so there is nothing to silence.</source>
        <translation>%1 no está activa ahora en %2, así que no hay nada que silenciar.</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="114"/>
        <source>%1 (Muster)</source>
        <translation>%1 (Muster)</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="115"/>
        <source>Muster incident “%1” (%2)</source>
        <translation>Incidente de Muster «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="118"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="118"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="123"/>
        <source>%1 was not silenced. %2</source>
        <translation>%1 no se ha silenciado. %2</translation>
    </message>
    <message>
        <location filename="../src/app/alerttracker.cpp" line="126"/>
        <source>Silenced %1 in Alertmanager for %2, until %3 (silence %4)</source>
        <translation>%1 silenciada en Alertmanager durante %2, hasta %3 (silencio %4)</translation>
    </message>
</context>
<context>
    <name>muster::Appearance</name>
    <message>
        <location filename="../src/app/appearance.cpp" line="73"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../src/app/appearance.cpp" line="73"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../src/app/appearance.cpp" line="74"/>
        <source>High contrast (white on black)</source>
        <translation>Alto contraste (blanco sobre negro)</translation>
    </message>
</context>
<context>
    <name>muster::Builder</name>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="23"/>
        <source>Retrospective: %1</source>
        <translation>Retrospectiva: %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="40"/>
        <source>Not written yet.</source>
        <translation>Aún sin escribir.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="77"/>
        <source>Drill (kept out of metrics)</source>
        <translation>Simulacro (excluido de las métricas)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="83"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="84"/>
        <source>Severity and state</source>
        <translation>Severidad y estado</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="85"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="86"/>
        <source>Incident Commander</source>
        <translation>Comandante del incidente</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="87"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="88"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="89"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="90"/>
        <source>Log chain</source>
        <translation>Cadena del registro</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="99"/>
        <source>no entry sequenced by a relay yet</source>
        <translation>ninguna entrada secuenciada aún por un relay</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/integrations/export/exportdocument.cpp" line="101"/>
        <source>%n entries, SHA-256 head %1</source>
        <translation>
            <numerusform>%n entrada, cabeza SHA-256 %1</numerusform>
            <numerusform>%n entradas, cabeza SHA-256 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/integrations/export/exportdocument.cpp" line="104"/>
        <source>%n not yet sequenced</source>
        <translation>
            <numerusform>%n aún sin secuenciar</numerusform>
            <numerusform>%n aún sin secuenciar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="106"/>
        <source>DIFFERS from the relay&apos;s chain from entry %1 (found %2)</source>
        <translation>DIFIERE de la cadena del relay desde la entrada %1 (encontrado %2)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="116"/>
        <source>Unknown: record when impact started (or was detected).</source>
        <translation>Desconocido: registra cuándo empezó el impacto (o cuándo se detectó).</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="120"/>
        <source>%1 so far (since %2; not mitigated when exported)</source>
        <translation>%1 hasta ahora (desde %2; sin mitigar al exportar)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="122"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (de %2 a %3)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="128"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="192"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="130"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="131"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="132"/>
        <source>Customer impact</source>
        <translation>Impacto en clientes</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="133"/>
        <source>Who was affected</source>
        <translation>A quién afectó</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="134"/>
        <source>SLO impact</source>
        <translation>Impacto en el SLO</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="135"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="139"/>
        <source>Milestone: %1</source>
        <translation>Hito: %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="142"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="199"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="271"/>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="142"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="142"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="143"/>
        <source>No milestones or chosen log entries yet.</source>
        <translation>Aún no hay hitos ni entradas del registro elegidas.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="144"/>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="145"/>
        <source>What went well</source>
        <translation>Qué salió bien</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="146"/>
        <source>What went poorly</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="147"/>
        <source>Where we got lucky</source>
        <translation>Dónde tuvimos suerte</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="152"/>
        <source>Action items</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="153"/>
        <source>Action item</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="153"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="237"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="153"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="237"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="153"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="237"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="154"/>
        <source>No action items.</source>
        <translation>No hay acciones de seguimiento.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="161"/>
        <source>%1, overdue</source>
        <translation>%1, vencida</translation>
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
        <translation>nadie aún</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="182"/>
        <source>Incident record</source>
        <translation>Ficha del incidente</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="183"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="186"/>
        <source>other teams are needed</source>
        <translation>se necesitan otros equipos</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="188"/>
        <source>customers can see the problem</source>
        <translation>los clientes ven el problema</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="190"/>
        <source>unresolved after an hour of analysis</source>
        <translation>sin resolver tras una hora de análisis</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="191"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="193"/>
        <source>Declared because</source>
        <translation>Declarado porque</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="195"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="199"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="199"/>
        <source>No milestones recorded.</source>
        <translation>No se han registrado hitos.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="201"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="205"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="211"/>
        <source>Subject-matter experts</source>
        <translation>Expertos en la materia</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="212"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="212"/>
        <source>Held by</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="215"/>
        <source>Linked alerts</source>
        <translation>Alertas vinculadas</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="219"/>
        <source>still firing</source>
        <translation>aún activa</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="220"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="220"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="220"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="220"/>
        <source>Resolved (UTC)</source>
        <translation>Resuelto (UTC)</translation>
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
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="232"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="232"/>
        <location filename="../src/integrations/export/exportdocument.cpp" line="253"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="232"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="232"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="233"/>
        <source>The runbook has no steps.</source>
        <translation>El runbook no tiene pasos.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="236"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="237"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="238"/>
        <source>No tasks were handed out.</source>
        <translation>No se asignaron tareas.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="240"/>
        <source>Stakeholder updates</source>
        <translation>Actualizaciones para las partes interesadas</translation>
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
        <translation>Enviada (UTC)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="253"/>
        <source>To list</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="253"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="253"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="253"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="254"/>
        <source>No stakeholder updates were sent.</source>
        <translation>No se enviaron actualizaciones para las partes interesadas.</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="256"/>
        <source>Communication log</source>
        <translation>Registro de comunicación</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="265"/>
        <source>%1 (corrects the entry of %2)</source>
        <translation>%1 (corrige la entrada de %2)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="268"/>
        <source> (not yet synced)</source>
        <translation> (aún sin sincronizar)</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="271"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="271"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="271"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../src/integrations/export/exportdocument.cpp" line="272"/>
        <source>The log is empty.</source>
        <translation>El registro está vacío.</translation>
    </message>
</context>
<context>
    <name>muster::CommandPalette</name>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="37"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="38"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="39"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="147"/>
        <source>no IC</source>
        <translation>sin IC</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="147"/>
        <source>IC %1</source>
        <translation>IC %1</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="149"/>
        <source>drill</source>
        <translation>simulacro</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="181"/>
        <source>IC of %1</source>
        <translation>IC de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/commandpalette.cpp" line="183"/>
        <source>IC of %n incidents</source>
        <translation>
            <numerusform>IC de %n incidente</numerusform>
            <numerusform>IC de %n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="210"/>
        <source>Draft a stakeholder update</source>
        <translation>Redactar una actualización para las partes interesadas</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="211"/>
        <source>comms email status communicate</source>
        <translation>comunicación correo estado comunicar comms email status</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="212"/>
        <source>Open the retrospective</source>
        <translation>Abrir la retrospectiva</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="213"/>
        <source>postmortem review learn blameless</source>
        <translation>postmortem revisión aprender retrospectiva review learn blameless</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="215"/>
        <source>Declare an incident</source>
        <translation>Declarar un incidente</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="216"/>
        <source>new create open page start</source>
        <translation>nuevo crear abrir avisar new create open page</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="217"/>
        <source>Go to the board</source>
        <translation>Ir al tablero</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="218"/>
        <source>incidents overview home</source>
        <translation>incidentes resumen inicio board overview home</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="219"/>
        <source>Go to people</source>
        <translation>Ir a personas</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="220"/>
        <source>responders directory contacts team</source>
        <translation>directorio contactos equipo responders people team</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="221"/>
        <source>Go to detection</source>
        <translation>Ir a detección</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="222"/>
        <source>alerts alertmanager firing</source>
        <translation>alertas alertmanager disparadas alerts firing detection</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="223"/>
        <source>Go to action items</source>
        <translation>Ir al seguimiento</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="224"/>
        <source>follow-up tasks overdue</source>
        <translation>seguimiento tareas vencidas follow-up tasks overdue action items</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="225"/>
        <source>Go to metrics</source>
        <translation>Ir a métricas</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="226"/>
        <source>mttd mtta mttr mtbf charts</source>
        <translation>mttd mtta mttr mtbf gráficos métricas charts metrics</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="227"/>
        <source>Show the wall display</source>
        <translation>Mostrar el mural</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="228"/>
        <source>war room big screen full</source>
        <translation>sala de crisis pantalla grande completa mural war room wall</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="229"/>
        <source>Open settings</source>
        <translation>Abrir la configuración</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="230"/>
        <source>preferences relay sync workspace name language</source>
        <translation>configuración preferencias relay sincronización espacio nombre idioma settings sync language</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="231"/>
        <source>Switch between the light and dark theme</source>
        <translation>Cambiar entre el tema claro y el oscuro</translation>
    </message>
    <message>
        <location filename="../src/app/commandpalette.cpp" line="232"/>
        <source>dark light appearance colours</source>
        <translation>oscuro claro apariencia colores tema dark light theme</translation>
    </message>
</context>
<context>
    <name>muster::CommsSettingsEditor</name>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="90"/>
        <source>Give the list a name, e.g. “Exec team”.</source>
        <translation>Ponle un nombre a la lista, p. ej. «Equipo directivo».</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="92"/>
        <source>Choose who the list is for.</source>
        <translation>Elige para quién es la lista.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="95"/>
        <source>A list needs at least one To address.</source>
        <translation>Una lista necesita al menos una dirección en Para.</translation>
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
        <translation>«%1» no es una zona horaria que conozca este equipo; usa un nombre como Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="106"/>
        <source>There is already a list called “%1”.</source>
        <translation>Ya hay una lista llamada «%1».</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="143"/>
        <source>That list is not in this workspace.</source>
        <translation>Esa lista no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="229"/>
        <source>A template needs a subject.</source>
        <translation>Una plantilla necesita un asunto.</translation>
    </message>
    <message>
        <location filename="../src/app/commssettingseditor.cpp" line="231"/>
        <source>A template needs a text.</source>
        <translation>Una plantilla necesita un texto.</translation>
    </message>
</context>
<context>
    <name>muster::Database</name>
    <message>
        <location filename="../src/store/database.cpp" line="62"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="65"/>
        <source>%1 is not a Muster database (it may be damaged). It was left untouched; move it away or restore it from a backup.</source>
        <translation>%1 no es una base de datos de Muster (puede estar dañado). No se ha modificado; muévelo a otro sitio o restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="75"/>
        <location filename="../src/store/database.cpp" line="121"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="93"/>
        <location filename="../src/store/database.cpp" line="125"/>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="106"/>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="129"/>
        <source>%1 failed its integrity check (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 no ha superado la comprobación de integridad (%2). No se ha modificado; restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="157"/>
        <source>Cannot move %1 aside to %2; nothing was deleted.</source>
        <translation>No se puede mover %1 a %2; no se ha eliminado nada.</translation>
    </message>
    <message>
        <location filename="../src/store/database.cpp" line="252"/>
        <source>Database error: %1</source>
        <translation>Error de la base de datos: %1</translation>
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
        <translation>Sin conexión con el relay: las alertas que reenvió desde webhooks de Alertmanager datan de %1.</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="161"/>
        <source>no Alertmanager configured</source>
        <translation>ningún Alertmanager configurado</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="163"/>
        <source>asking Alertmanager…</source>
        <translation>consultando a Alertmanager…</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="163"/>
        <source>no answer from Alertmanager yet</source>
        <translation>aún sin respuesta de Alertmanager</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="165"/>
        <source>1 alert firing</source>
        <translation>1 alerta activa</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="165"/>
        <source>%1 alerts firing</source>
        <translation>%1 alertas activas</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="173"/>
        <source>webhooks through the relay from %1</source>
        <translation>webhooks a través del relay desde %1</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="179"/>
        <source>No Alertmanager is polled from here. Add one under Alertmanagers… (for example http://127.0.0.1:9093), or have Alertmanager send webhooks to the team&apos;s relay (see the user guide); what fires then shows here.</source>
        <translation>No se consulta ningún Alertmanager desde aquí. Añade uno en Alertmanagers… (por ejemplo, http://127.0.0.1:9093) o haz que Alertmanager envíe webhooks al relay del equipo (consulta la guía de usuario); lo que se active aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="184"/>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="185"/>
        <source>No answer from Alertmanager yet, so nothing is known about what fires. The reason is above.</source>
        <translation>Aún no hay respuesta de Alertmanager, así que no se sabe qué está activo. El motivo aparece arriba.</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="187"/>
        <source>Nothing is firing.</source>
        <translation>No hay nada activo.</translation>
    </message>
    <message>
        <location filename="../src/app/detectioninbox.cpp" line="238"/>
        <source>%1 (next try in %2 s)</source>
        <translation>%1 (siguiente intento en %2 s)</translation>
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
        <translation>%1, paso %2: %3</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="97"/>
        <source>Open runbook steps not listed here: %1</source>
        <translation>Pasos abiertos del runbook que no figuran aquí: %1</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="138"/>
        <source>No incident is open.</source>
        <translation>No hay ningún incidente abierto.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="140"/>
        <source>Choose who takes over.</source>
        <translation>Elige quién toma el relevo.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="142"/>
        <source>%1 is %2 already.</source>
        <translation>%1 ya es %2.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="144"/>
        <source>Say where things stand: the briefing needs the situation.</source>
        <translation>Indica cómo están las cosas: el informe necesita la situación.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="148"/>
        <source>A part of the briefing is longer than %1 characters.</source>
        <translation>Una parte del informe supera los %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="192"/>
        <source>There is no offer of that role to accept.</source>
        <translation>No hay ninguna oferta de ese rol que aceptar.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="197"/>
        <source>Only %1 can accept this offer.</source>
        <translation>Solo %1 puede aceptar esta oferta.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="205"/>
        <source>There is no offer of that role to decline.</source>
        <translation>No hay ninguna oferta de ese rol que rechazar.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="210"/>
        <source>Only %1 can decline this offer.</source>
        <translation>Solo %1 puede rechazar esta oferta.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="218"/>
        <source>There is no offer of that role to withdraw.</source>
        <translation>No hay ninguna oferta de ese rol que retirar.</translation>
    </message>
    <message>
        <location filename="../src/app/handoffcontroller.cpp" line="224"/>
        <source>Only %1, who made the offer, or the current holder can withdraw it.</source>
        <translation>Solo %1, que hizo la oferta, o quien ocupa ahora el rol pueden retirarla.</translation>
    </message>
</context>
<context>
    <name>muster::IncidentExporter</name>
    <message>
        <location filename="../src/app/incidentexporter.cpp" line="64"/>
        <source>&apos;%1&apos; is not an export format (md, pdf or json).</source>
        <translation>&apos;%1&apos; no es un formato de exportación (md, pdf o json).</translation>
    </message>
    <message>
        <location filename="../src/app/incidentexporter.cpp" line="66"/>
        <source>Exports go to a file on this computer.</source>
        <translation>Las exportaciones se guardan en un archivo de este equipo.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentexporter.cpp" line="68"/>
        <source>Open an incident first.</source>
        <translation>Abre primero un incidente.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentexporter.cpp" line="70"/>
        <source>An export is already being written.</source>
        <translation>Ya se está escribiendo una exportación.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentexporter.cpp" line="83"/>
        <source>The incident is not in this workspace.</source>
        <translation>El incidente no está en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>muster::IncidentNotifier</name>
    <message numerus="yes">
        <location filename="../src/app/incidentnotifier.cpp" line="102"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/incidentnotifier.cpp" line="103"/>
        <source>%n SEV1/SEV2 incidents declared</source>
        <translation>
            <numerusform>%n incidente SEV1/SEV2 declarado</numerusform>
            <numerusform>%n incidentes SEV1/SEV2 declarados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="108"/>
        <source>%1 declared: %2</source>
        <translation>%1 declarado: %2</translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="111"/>
        <source>Nobody has taken command yet.</source>
        <translation>Nadie ha asumido el mando todavía.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="112"/>
        <source>Incident Commander: %1</source>
        <translation>Comandante del incidente: %1</translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="51"/>
        <source>You are Incident Commander: %1</source>
        <translation>Eres Comandante del incidente: %1</translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="53"/>
        <source>%1 · you were given command of this incident.</source>
        <translation>%1 · se le ha asignado el mando de este incidente.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentnotifier.cpp" line="54"/>
        <source>%1 · command of this incident was handed to you.</source>
        <translation>%1 · se te ha traspasado el mando de este incidente.</translation>
    </message>
</context>
<context>
    <name>muster::IncidentRoom</name>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="186"/>
        <source>This log differs from the relay&apos;s record from entry %1 (found %2). It was changed on this computer, on the relay, or in between: keep both copies and run musterctl verify.</source>
        <translation>Este registro difiere del registro del relay a partir de la entrada %1 (encontrado: %2). Se modificó en este equipo, en el relay o entre medias: conserva ambas copias y ejecuta musterctl verify.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="324"/>
        <location filename="../src/app/incidentroom.cpp" line="342"/>
        <source>The incident is not loaded.</source>
        <translation>El incidente no está cargado.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="329"/>
        <source>Say why the recorded time is wrong; the log keeps the reason with the correction.</source>
        <translation>Indica por qué la hora registrada es incorrecta; el registro guarda el motivo junto con la corrección.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="332"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="344"/>
        <source>Say what needs doing.</source>
        <translation>Indica qué hay que hacer.</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="347"/>
        <source>Task: %1</source>
        <translation>Tarea: %1</translation>
    </message>
    <message>
        <location filename="../src/app/incidentroom.cpp" line="349"/>
        <source>That owner is not in the people directory.</source>
        <translation>Ese responsable no está en el directorio de personas.</translation>
    </message>
</context>
<context>
    <name>muster::IntegrationEditor</name>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="73"/>
        <source>Signing secret of the PagerDuty webhook subscription</source>
        <translation>Secreto de firma de la suscripción de webhooks de PagerDuty</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="75"/>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="75"/>
        <source>API token of that account</source>
        <translation>Token de API de esa cuenta</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="76"/>
        <source>Integration key (the service&apos;s Events API v2 integration)</source>
        <translation>Clave de integración (la integración Events API v2 del servicio)</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="77"/>
        <source>Incoming webhook URL</source>
        <translation>URL del webhook entrante</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="82"/>
        <source>Name, as your team calls it</source>
        <translation>Nombre, como lo llama su equipo</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="83"/>
        <source>Channel name, as your team calls it</source>
        <translation>Nombre del canal, como lo llama su equipo</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="88"/>
        <source>Payments on-call</source>
        <translation>Guardia de pagos</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="90"/>
        <source>Follow-ups in OPS</source>
        <translation>Seguimiento en OPS</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="196"/>
        <source>Give it a name your team will recognise.</source>
        <translation>Póngale un nombre que su equipo reconozca.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="197"/>
        <source>Give it the channel&apos;s name, like #incidents.</source>
        <translation>Indique el nombre del canal, por ejemplo #incidents.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="199"/>
        <source>The name is longer than 100 characters.</source>
        <translation>El nombre tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="205"/>
        <source>Paste the signing secret PagerDuty showed when the webhook subscription was made.</source>
        <translation>Pegue el secreto de firma que PagerDuty mostró al crear la suscripción de webhooks.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="213"/>
        <source>Paste the integration key of the PagerDuty service&apos;s Events API v2 integration: 32 letters and digits.</source>
        <translation>Pegue la clave de la integración Events API v2 del servicio de PagerDuty: 32 letras y cifras.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="218"/>
        <source>Paste the incoming webhook&apos;s URL from %1.</source>
        <translation>Pegue la URL del webhook entrante de %1.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="221"/>
        <source>The webhook URL starts with https://.</source>
        <translation>La URL del webhook empieza por https://.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="223"/>
        <source>The webhook URL has no host.</source>
        <translation>La URL del webhook no tiene host.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="225"/>
        <source>The webhook URL is longer than 2,000 characters.</source>
        <translation>La URL del webhook tiene más de 2.000 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="236"/>
        <source>Enter the Jira site&apos;s address, like https://acme.atlassian.net.</source>
        <translation>Escriba la dirección del sitio de Jira, como https://acme.atlassian.net.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="239"/>
        <source>The Jira site&apos;s address starts with https://.</source>
        <translation>La dirección del sitio de Jira empieza por https://.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="242"/>
        <source>Enter the project&apos;s key as Jira shows it: capitals, like OPS.</source>
        <translation>Escriba la clave del proyecto como la muestra Jira: en mayúsculas, como OPS.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="245"/>
        <source>Enter the issue type&apos;s name, like Task.</source>
        <translation>Escriba el nombre del tipo de incidencia, como Task.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="248"/>
        <source>The account is its e-mail address; leave it empty for a personal access token.</source>
        <translation>La cuenta es su dirección de correo; déjelo vacío con un token de acceso personal.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="251"/>
        <source>Paste a personal access token (Jira Data Center).</source>
        <translation>Pegue un token de acceso personal (Jira Data Center).</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="252"/>
        <source>Paste an API token of that account (Jira Cloud).</source>
        <translation>Pegue un token de API de esa cuenta (Jira Cloud).</translation>
    </message>
    <message>
        <location filename="../src/app/integrationeditor.cpp" line="215"/>
        <location filename="../src/app/integrationeditor.cpp" line="227"/>
        <source>Choose at least one event to post.</source>
        <translation>Elija al menos un evento que publicar.</translation>
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
        <translation>PagerDuty (entrante)</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="31"/>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="38"/>
        <source>Declared</source>
        <translation>Declarado</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="40"/>
        <source>Severity changed</source>
        <translation>Severidad cambiada</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="42"/>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="44"/>
        <source>Command handed over</source>
        <translation>Mando traspasado</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="46"/>
        <source>Stakeholder update sent</source>
        <translation>Actualización enviada</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="48"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="50"/>
        <source>Someone took command</source>
        <translation>Alguien tomó el mando</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="52"/>
        <source>Action items sent to it</source>
        <translation>Acciones de seguimiento enviadas a ella</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="92"/>
        <source>Paused: %1. Posts waiting: %2. Retry once it is fixed.</source>
        <translation>En pausa: %1. Publicaciones pendientes: %2. Reintente cuando esté arreglado.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="95"/>
        <source>Paused: %1. Retry once it is fixed.</source>
        <translation>En pausa: %1. Reintente cuando esté arreglado.</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="99"/>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="100"/>
        <source>Retrying: %1</source>
        <translation>Reintentando: %1</translation>
    </message>
    <message>
        <location filename="../src/app/integrationlist.cpp" line="164"/>
        <source>Posts to %1 (%2) are paused: %3</source>
        <translation>Las publicaciones en %1 (%2) están en pausa: %3</translation>
    </message>
</context>
<context>
    <name>muster::MetricsDesk</name>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="93"/>
        <location filename="../src/app/metricsdesk.cpp" line="95"/>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha: escríbela como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="97"/>
        <source>The range ends before it begins.</source>
        <translation>El intervalo termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="261"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="282"/>
        <source>Incidents: %1</source>
        <translation>Incidentes: %1</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="284"/>
        <source>drills left out: %1</source>
        <translation>simulacros excluidos: %1</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="286"/>
        <source>not resolved yet: %1</source>
        <translation>aún sin resolver: %1</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="299"/>
        <source>median %1 · measured: %2</source>
        <translation>mediana %1 · medidos: %2</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="300"/>
        <source>nothing to measure</source>
        <translation>nada que medir</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="304"/>
        <source>to detect</source>
        <translation>hasta detectar</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="305"/>
        <source>to acknowledge</source>
        <translation>hasta reconocer</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="306"/>
        <source>to resolve, from acknowledgement</source>
        <translation>hasta resolver, desde el reconocimiento</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="307"/>
        <source>to resolve, from impact start</source>
        <translation>hasta resolver, desde el inicio del impacto</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="326"/>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="339"/>
        <source>There is no chart called “%1”.</source>
        <translation>No hay ningún gráfico llamado “%1”.</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="341"/>
        <source>Choose a file on this computer.</source>
        <translation>Elige un archivo de este equipo.</translation>
    </message>
    <message>
        <location filename="../src/app/metricsdesk.cpp" line="344"/>
        <location filename="../src/app/metricsdesk.cpp" line="347"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>muster::MusterApp</name>
    <message>
        <location filename="../src/app/musterapp.cpp" line="190"/>
        <source>The damaged database was kept as %1. This is a fresh, empty workspace; set a relay in Sync settings to get the team&apos;s incidents back.</source>
        <translation>La base de datos dañada se guardó como %1. Este es un espacio de trabajo nuevo y vacío; configura un relay en los ajustes de sincronización para recuperar los incidentes del equipo.</translation>
    </message>
    <message>
        <location filename="../src/app/musterapp.cpp" line="193"/>
        <source>The damaged database was kept as %1. The team&apos;s incidents are coming back from the relay; changes that never reached it are only in that file.</source>
        <translation>La base de datos dañada se guardó como %1. Los incidentes del equipo se están recuperando del relay; los cambios que nunca llegaron a él solo están en ese archivo.</translation>
    </message>
    <message>
        <location filename="../src/app/musterapp.cpp" line="373"/>
        <source>An access token is for a relay: enter the relay&apos;s address too.</source>
        <translation>Un token de acceso es para un relay: introduce también la dirección del relay.</translation>
    </message>
    <message>
        <location filename="../src/app/musterapp.cpp" line="431"/>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/musterapp.cpp" line="451"/>
        <source>Muster speaks %1; &apos;%2&apos; is not one of them.</source>
        <translation>Muster habla %1; &apos;%2&apos; no es uno de ellos.</translation>
    </message>
</context>
<context>
    <name>muster::Musterctl</name>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="103"/>
        <source>Nothing is firing in %1.</source>
        <translation>No hay alertas activas en %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="108"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="110"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="112"/>
        <source>[incident %1]</source>
        <translation>[incidente %1]</translation>
    </message>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="131"/>
        <source>no firing alert &apos;%1&apos; in %2</source>
        <translation>no hay ninguna alerta activa &apos;%1&apos; en %2</translation>
    </message>
    <message>
        <location filename="../src/cli/alertcommands.cpp" line="177"/>
        <source>already part of incident %1; add the others with --incident %1</source>
        <translation>ya forma parte del incidente %1; añade las demás con --incident %1</translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="79"/>
        <location filename="../src/cli/commscommands.cpp" line="174"/>
        <source>To: </source>
        <translation>Para: </translation>
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
        <translation>&apos;%1&apos; no es una zona horaria que este equipo conozca (p. ej., Europe/Madrid)</translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="137"/>
        <source>no audience &apos;%1&apos;; musterctl audiences lists them</source>
        <translation>no existe la audiencia &apos;%1&apos;; musterctl audiences las muestra</translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="160"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="177"/>
        <source>Subject: </source>
        <translation>Asunto: </translation>
    </message>
    <message>
        <location filename="../src/cli/commscommands.cpp" line="182"/>
        <location filename="../src/cli/metricscommand.cpp" line="61"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/metricscommand.cpp" line="36"/>
        <source>--to is before --from</source>
        <translation>--to es anterior a --from</translation>
    </message>
    <message>
        <location filename="../src/cli/metricscommand.cpp" line="67"/>
        <location filename="../src/cli/musterctl.cpp" line="373"/>
        <source>cannot write to standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="91"/>
        <source>sync needs --relay URL</source>
        <translation>sync necesita --relay URL</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="95"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="159"/>
        <location filename="../src/cli/musterctl.cpp" line="173"/>
        <source>no incident &apos;%1&apos;</source>
        <translation>no existe el incidente &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="160"/>
        <source>&apos;%1&apos; matches %2 incidents; give more of the id</source>
        <translation>&apos;%1&apos; coincide con %2 incidentes; indica más caracteres del id</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="191"/>
        <source>saved here, not yet synced (%1); it goes with the next successful sync</source>
        <translation>guardado aquí, aún sin sincronizar (%1); se enviará con la próxima sincronización correcta</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="221"/>
        <source>--kind wants note, decision or action</source>
        <translation>--kind admite note, decision o action</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="233"/>
        <source>ROLE is one of ic, deputy, comms, ops, scribe</source>
        <translation>ROL es uno de ic, deputy, comms, ops, scribe</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="253"/>
        <source>STATE is one of detected, acknowledged, investigating, mitigated, resolved, learning, closed</source>
        <translation>ESTADO es uno de detected, acknowledged, investigating, mitigated, resolved, learning, closed</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="268"/>
        <source>severity is 1, 2, 3 or 4</source>
        <translation>la severidad es 1, 2, 3 o 4</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="292"/>
        <source>No open incidents.</source>
        <translation>No hay incidentes abiertos.</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="328"/>
        <source>id: %1</source>
        <translation>id: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="332"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="338"/>
        <source>  (pending)</source>
        <translation>  (pendiente)</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="364"/>
        <source>a PDF is not for the terminal: add --output FILE or redirect</source>
        <translation>un PDF no es para la terminal: añade --output ARCHIVO o redirige la salida</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="403"/>
        <source>warning: the log of incident %1 differs from the relay&apos;s from entry %2 (%3); run musterctl verify</source>
        <translation>aviso: el registro del incidente %1 difiere del del relay a partir de la entrada %2 (%3); ejecuta musterctl verify</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="438"/>
        <source>no answer from %1</source>
        <translation>sin respuesta de %1</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="443"/>
        <source>sync with %1 refused (%2 changes not yet acknowledged): %3</source>
        <translation>sincronización con %1 rechazada (%2 cambios aún sin confirmar): %3</translation>
    </message>
    <message>
        <location filename="../src/cli/musterctl.cpp" line="449"/>
        <source>sync with %1 incomplete after %2 s (%3 changes not yet acknowledged): %4</source>
        <translation>sincronización con %1 incompleta tras %2 s (%3 cambios aún sin confirmar): %4</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="65"/>
        <source>no entry sequenced by a relay yet</source>
        <translation>ningún relay ha secuenciado aún ninguna entrada</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="69"/>
        <source>%1 entries, head %2</source>
        <translation>%1 entradas, cabeza %2</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="72"/>
        <source>%1 entries not yet sequenced by the relay</source>
        <translation>%1 entradas aún no secuenciadas por el relay</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="75"/>
        <source>BROKEN: %1</source>
        <translation>ROTA: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="78"/>
        <source>DIFFERS from the relay&apos;s chain from entry %1 (%2), found %3: local %4, relay %5</source>
        <translation>DIFIERE de la cadena del relay a partir de la entrada %1 (%2); encontrado %3: local %4, relay %5</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="85"/>
        <source>holds</source>
        <translation>íntegra</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="93"/>
        <source>%1 incidents checked: every chain holds.</source>
        <translation>%1 incidentes comprobados: todas las cadenas son íntegras.</translation>
    </message>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="97"/>
        <source>%1 of %2 incidents: the log&apos;s chain does not hold</source>
        <translation>%1 de %2 incidentes: la cadena del registro no es íntegra</translation>
    </message>
</context>
<context>
    <name>muster::Operation</name>
    <message>
        <location filename="../src/core/operation.cpp" line="92"/>
        <source>operation is not a map</source>
        <translation>la operación no es un mapa</translation>
    </message>
    <message>
        <location filename="../src/core/operation.cpp" line="96"/>
        <source>operation field &apos;%1&apos; missing or not text</source>
        <translation>falta el campo &apos;%1&apos; de la operación o no es texto</translation>
    </message>
    <message>
        <location filename="../src/core/operation.cpp" line="99"/>
        <source>operation counter or clock missing or not an integer</source>
        <translation>falta el contador o el reloj de la operación, o no es un entero</translation>
    </message>
    <message>
        <location filename="../src/core/operation.cpp" line="104"/>
        <source>operation id is malformed</source>
        <translation>el id de la operación está mal formado</translation>
    </message>
    <message>
        <location filename="../src/core/operation.cpp" line="114"/>
        <source>unknown operation kind &apos;%1&apos;</source>
        <translation>tipo de operación desconocido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>muster::PdfWriter</name>
    <message>
        <location filename="../src/integrations/export/pdfexport.cpp" line="269"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
</context>
<context>
    <name>muster::PersonEditor</name>
    <message>
        <location filename="../src/app/personeditor.cpp" line="67"/>
        <source>A name is needed.</source>
        <translation>Hace falta un nombre.</translation>
    </message>
    <message>
        <location filename="../src/app/personeditor.cpp" line="74"/>
        <source>That e-mail address does not look right.</source>
        <translation>Esa dirección de correo electrónico no parece correcta.</translation>
    </message>
    <message>
        <location filename="../src/app/personeditor.cpp" line="78"/>
        <source>Someone called %1 is already in the directory.</source>
        <translation>Ya hay alguien llamado %1 en el directorio.</translation>
    </message>
</context>
<context>
    <name>muster::RelayCredentials</name>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="23"/>
        <source>An access token has no spaces, line breaks or accented letters; paste it again.</source>
        <translation>Un token de acceso no lleva espacios, saltos de línea ni letras acentuadas; vuelve a pegarlo.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="25"/>
        <source>That is too long to be an access token.</source>
        <translation>Es demasiado largo para ser un token de acceso.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="54"/>
        <location filename="../src/app/relaycredentials.cpp" line="81"/>
        <source>the keyring did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="98"/>
        <source>The access token comes from MUSTER_TOKEN.</source>
        <translation>El token de acceso viene de MUSTER_TOKEN.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="100"/>
        <source>An access token is saved in the system keyring. Paste a new one to replace it.</source>
        <translation>Hay un token de acceso guardado en el llavero del sistema. Pega uno nuevo para sustituirlo.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="103"/>
        <source>Saving the access token in the system keyring…</source>
        <translation>Guardando el token de acceso en el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="104"/>
        <source>The access token is kept until Muster closes, because %1.</source>
        <translation>El token de acceso se conserva hasta que se cierre Muster, porque %1.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="109"/>
        <source>No keyring: %1. A token you paste is kept until Muster closes.</source>
        <translation>Sin llavero: %1. El token que pegues se conserva hasta que se cierre Muster.</translation>
    </message>
    <message>
        <location filename="../src/app/relaycredentials.cpp" line="110"/>
        <source>Paste the access token the relay&apos;s operator made for you (muster-relay token create).</source>
        <translation>Pega el token de acceso que el operador del relay creó para ti (muster-relay token create).</translation>
    </message>
</context>
<context>
    <name>muster::RelayHub</name>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="60"/>
        <source>this token already holds %1 connections</source>
        <translation>este token ya tiene %1 conexiones</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="105"/>
        <source>more than %1 messages a second</source>
        <translation>más de %1 mensajes por segundo</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="114"/>
        <source>the first message must be hello</source>
        <translation>el primer mensaje debe ser hello</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="136"/>
        <source>this connection has already said hello</source>
        <translation>esta conexión ya ha enviado hello</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="138"/>
        <source>&apos;%1&apos; is sent by the relay, not to it</source>
        <translation>&apos;%1&apos; lo envía el relay, no se envía al relay</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="145"/>
        <source>protocol version %1 is not supported; this relay speaks %2</source>
        <translation>la versión de protocolo %1 no es compatible; este relay usa la %2</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="151"/>
        <source>&apos;%1&apos; is not a replica id</source>
        <translation>&apos;%1&apos; no es un id de réplica</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="155"/>
        <source>replica %1 is the relay&apos;s own</source>
        <translation>la réplica %1 es la del propio relay</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="160"/>
        <source>&apos;%1&apos; is not a valid workspace name</source>
        <translation>&apos;%1&apos; no es un nombre de espacio de trabajo válido</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="166"/>
        <source>this token is not for that workspace</source>
        <translation>este token no es para ese espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="174"/>
        <source>the relay cannot read its storage</source>
        <translation>el relay no puede leer su almacenamiento</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="215"/>
        <source>this connection&apos;s token may read the workspace but not change it</source>
        <translation>el token de esta conexión puede leer el espacio de trabajo, pero no modificarlo</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="221"/>
        <source>a push carries at most %1 ops, this one %2</source>
        <translation>un push lleva como máximo %1 ops; este lleva %2</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="231"/>
        <source>op %1 belongs to workspace &apos;%2&apos;, this connection to &apos;%3&apos;</source>
        <translation>la op %1 pertenece al espacio de trabajo &apos;%2&apos;; esta conexión, a &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="239"/>
        <source>op %1 is from replica %2; this connection pushes only %3&apos;s ops</source>
        <translation>la op %1 es de la réplica %2; esta conexión solo envía ops de %3</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="246"/>
        <source>the ops of a push must have consecutive counters</source>
        <translation>las ops de un push deben tener contadores consecutivos</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="250"/>
        <source>op %1 (%2): %3</source>
        <translation>op %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="255"/>
        <source>op %1 is stamped %2 s ahead of the relay&apos;s clock; at most %3 s are allowed. Check the clock of this computer.</source>
        <translation>la op %1 lleva una marca de tiempo %2 s por delante del reloj del relay; se permiten como máximo %3 s. Comprueba el reloj de este equipo.</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="328"/>
        <source>the relay could not store the ops; try again</source>
        <translation>el relay no pudo guardar las ops; inténtalo de nuevo</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="340"/>
        <location filename="../src/relay/relayhub.cpp" line="372"/>
        <location filename="../src/relay/relayhub.cpp" line="476"/>
        <source>the relay could not read its storage; try again</source>
        <translation>el relay no pudo leer su almacenamiento; inténtalo de nuevo</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhub.cpp" line="346"/>
        <source>the relay has this replica&apos;s ops up to %1; push from %2</source>
        <translation>el relay tiene las ops de esta réplica hasta la %1; envía desde la %2</translation>
    </message>
    <message>
        <location filename="../src/relay/relayhubintegrations.cpp" line="47"/>
        <source>this connection&apos;s token may not manage integrations; ask for an admin token (muster-relay token create … --role admin)</source>
        <translation>el token de esta conexión no puede gestionar integraciones; pida un token de administrador (muster-relay token create … --role admin)</translation>
    </message>
</context>
<context>
    <name>muster::RetroTimelineModel</name>
    <message>
        <location filename="../src/app/retrotimelinemodel.cpp" line="28"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
</context>
<context>
    <name>muster::RetrospectiveEditor</name>
    <message>
        <location filename="../src/app/retrospectiveeditor.cpp" line="97"/>
        <source>The incident is not loaded.</source>
        <translation>El incidente no está cargado.</translation>
    </message>
    <message>
        <location filename="../src/app/retrospectiveeditor.cpp" line="100"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/retrospectiveeditor.cpp" line="120"/>
        <source>&apos;%1&apos; is not a review state.</source>
        <translation>&apos;%1&apos; no es un estado de revisión.</translation>
    </message>
</context>
<context>
    <name>muster::SqliteRelayStorage</name>
    <message>
        <location filename="../src/relay/sqliterelaystorage.cpp" line="151"/>
        <source>%1 was written by a newer muster-relay (schema %2; this one knows up to %3). It was left untouched.</source>
        <translation>%1 lo escribió un muster-relay más reciente (esquema %2; este admite hasta el %3). No se ha modificado.</translation>
    </message>
    <message>
        <location filename="../src/relay/sqliterelaystorage.cpp" line="410"/>
        <source>replica %1 already stored its op %2 in workspace %3; nothing of this batch was kept</source>
        <translation>la réplica %1 ya guardó su operación %2 en el espacio de trabajo %3; no se conservó nada de este lote</translation>
    </message>
</context>
<context>
    <name>muster::Store</name>
    <message>
        <location filename="../src/store/store.cpp" line="36"/>
        <source>&apos;%1&apos; is not a valid workspace name</source>
        <translation>&apos;%1&apos; no es un nombre de espacio de trabajo válido</translation>
    </message>
    <message>
        <location filename="../src/store/store.cpp" line="58"/>
        <source>%1 was written by a newer version of Muster (schema %2; this one knows up to %3). It was left untouched; update Muster to open it.</source>
        <translation>%1 lo escribió una versión más reciente de Muster (esquema %2; esta admite hasta el %3). No se ha modificado; actualiza Muster para abrirlo.</translation>
    </message>
    <message>
        <location filename="../src/store/store.cpp" line="114"/>
        <source>%1 belongs to workspace &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>%1 pertenece al espacio de trabajo &apos;%2&apos;, no a &apos;%3&apos;</translation>
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
        <translation>La base de datos no está abierta</translation>
    </message>
    <message>
        <location filename="../src/store/store.cpp" line="224"/>
        <source>op belongs to workspace &apos;%1&apos;</source>
        <translation>la op pertenece al espacio de trabajo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/store.cpp" line="232"/>
        <source>op clock rejected: %1</source>
        <translation>reloj de la op rechazado: %1</translation>
    </message>
    <message>
        <location filename="../src/store/storechain.cpp" line="178"/>
        <source>entry %1 (%2) is no longer in the log, or its time was changed</source>
        <translation>la entrada %1 (%2) ya no está en el registro, o se cambió su hora</translation>
    </message>
</context>
<context>
    <name>muster::SyncController</name>
    <message>
        <location filename="../src/app/synccontroller.cpp" line="187"/>
        <source>Muster is not connected to a relay.</source>
        <translation>Muster no está conectado a ningún relay.</translation>
    </message>
    <message>
        <location filename="../src/app/synccontroller.cpp" line="195"/>
        <source>Not connected to the relay right now; try again when it is.</source>
        <translation>Ahora no hay conexión con el relay; vuelva a intentarlo cuando la haya.</translation>
    </message>
</context>
<context>
    <name>muster::SyncEngine</name>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="116"/>
        <source>The connection to the relay closed before it answered; look at the list again once reconnected.</source>
        <translation>La conexión con el relay se cerró antes de su respuesta; mire la lista de nuevo al reconectar.</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="125"/>
        <source>The relay refused the access token: %1</source>
        <translation>El relay rechazó el token de acceso: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="126"/>
        <source>The relay refused the workspace: %1</source>
        <translation>El relay rechazó el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="162"/>
        <source>The relay sent a message Muster cannot read: %1</source>
        <translation>El relay envió un mensaje que Muster no puede leer: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="229"/>
        <source>The relay speaks protocol %1; this Muster speaks %2</source>
        <translation>El relay usa el protocolo %1; este Muster usa el %2</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="257"/>
        <source>This computer&apos;s clock is %1 s %2 the relay&apos;s; fix it, or your changes may be refused.</source>
        <translation>El reloj de este equipo va %1 s %2 respecto al relay; corrígelo o tus cambios podrían rechazarse.</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="259"/>
        <source>behind</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="259"/>
        <source>ahead of</source>
        <translation>adelantado</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="334"/>
        <source>The relay refused: %1</source>
        <translation>El relay rechazó la solicitud: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/syncengine.cpp" line="415"/>
        <source>The log of incident %1 differs from the relay&apos;s from entry %2 (%3): it was changed here, on the relay, or in between. Run musterctl verify.</source>
        <translation>El registro del incidente %1 difiere del registro del relay a partir de la entrada %2 (%3): se modificó aquí, en el relay o entre medias. Ejecuta musterctl verify.</translation>
    </message>
</context>
<context>
    <name>muster::TokenAuthority</name>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="33"/>
        <source>too many failed attempts from this address</source>
        <translation>demasiados intentos fallidos desde esta dirección</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="37"/>
        <source>an access token is required</source>
        <translation>se necesita un token de acceso</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="43"/>
        <source>the Authorization header does not hold a Muster token</source>
        <translation>la cabecera Authorization no contiene un token de Muster</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="46"/>
        <source>the relay cannot read its tokens</source>
        <translation>el relay no puede leer sus tokens</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="51"/>
        <source>the token is not valid</source>
        <translation>el token no es válido</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="54"/>
        <source>the token was revoked</source>
        <translation>el token está revocado</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="56"/>
        <source>a webhook token cannot open a sync connection</source>
        <translation>un token de webhook no puede abrir una conexión de sincronización</translation>
    </message>
    <message>
        <location filename="../src/relay/tokenauthority.cpp" line="58"/>
        <source>the token is not a webhook token for this workspace</source>
        <translation>el token no es un token de webhook para este espacio de trabajo</translation>
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
        <translation>Elige a quién va dirigida: si no hay ninguna lista de distribución, añade una primero.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="252"/>
        <source>The .eml goes to a file on this computer.</source>
        <translation>El .eml se guarda en un archivo de este equipo.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="259"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="261"/>
        <source>Saved %1, but no mail program opened it: open it from your mail client.</source>
        <translation>Se guardó %1, pero ningún programa de correo lo abrió: ábrelo desde tu cliente de correo.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="278"/>
        <source>No mail program is set up to open mailto: links; save the .eml or copy the text instead.</source>
        <translation>No hay ningún programa de correo configurado para abrir enlaces mailto:; guarda el .eml o copia el texto.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="284"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="366"/>
        <source>Only the Incident Commander approves updates.</source>
        <translation>Solo el Comandante del incidente aprueba las actualizaciones.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="370"/>
        <location filename="../src/app/updatedrafteditor.cpp" line="384"/>
        <source>No update is waiting for approval.</source>
        <translation>Ninguna actualización espera aprobación.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="378"/>
        <source>Only the Incident Commander returns updates.</source>
        <translation>Solo el Comandante del incidente devuelve las actualizaciones.</translation>
    </message>
    <message>
        <location filename="../src/app/updatedrafteditor.cpp" line="380"/>
        <source>Say what to change, so the Communications Lead knows.</source>
        <translation>Indica qué hay que cambiar para que lo sepa el Responsable de comunicaciones.</translation>
    </message>
</context>
<context>
    <name>muster::UpdateDueNotifier</name>
    <message>
        <location filename="../src/app/updateduenotifier.cpp" line="33"/>
        <source>Stakeholder update due: %1</source>
        <translation>Vence la actualización para las partes interesadas: %1</translation>
    </message>
    <message>
        <location filename="../src/app/updateduenotifier.cpp" line="34"/>
        <source>%1 · it is time for the next update to stakeholders.</source>
        <translation>%1 · es hora de la próxima actualización para las partes interesadas.</translation>
    </message>
</context>
<context>
    <name>muster::alerts</name>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="57"/>
        <source>has no fingerprint</source>
        <translation>no tiene fingerprint</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="59"/>
        <source>has no labels, or labels that are not text</source>
        <translation>no tiene etiquetas, o tiene etiquetas que no son texto</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="61"/>
        <source>has annotations that are not text</source>
        <translation>tiene anotaciones que no son texto</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="64"/>
        <source>has no valid startsAt</source>
        <translation>no tiene un startsAt válido</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="70"/>
        <source>has an endsAt that is not a time</source>
        <translation>tiene un endsAt que no es una marca de tiempo</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="87"/>
        <source>the answer is %1 MiB, more than Muster reads</source>
        <translation>la respuesta ocupa %1 MiB, más de lo que Muster lee</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="93"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="146"/>
        <source>expected a JSON array of alerts</source>
        <translation>se esperaba un array JSON de alertas</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="151"/>
        <source>alert %1 is not an object</source>
        <translation>la alerta %1 no es un objeto</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="155"/>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="204"/>
        <source>alert %1 %2</source>
        <translation>la alerta %1 %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="159"/>
        <source>alert %1 has an updatedAt that is not a time</source>
        <translation>la alerta %1 tiene un updatedAt que no es una marca de tiempo</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="171"/>
        <source>alert %1 has the unknown state &apos;%2&apos;</source>
        <translation>la alerta %1 tiene el estado desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="174"/>
        <source>alert %1 has a status that is not lists of ids</source>
        <translation>la alerta %1 tiene un estado que no son listas de ids</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="187"/>
        <source>expected a webhook object</source>
        <translation>se esperaba un objeto de webhook</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="190"/>
        <source>webhook version &apos;%1&apos; is not supported; Alertmanager sends version 4</source>
        <translation>la versión de webhook &apos;%1&apos; no es compatible; Alertmanager envía la versión 4</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="193"/>
        <source>the webhook has no alerts array</source>
        <translation>el webhook no tiene el array alerts</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="198"/>
        <source>the webhook has no externalURL or groupKey</source>
        <translation>al webhook le falta externalURL o groupKey</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alert.cpp" line="211"/>
        <source>alert %1 has the unknown status &apos;%2&apos;</source>
        <translation>la alerta %1 tiene el estado desconocido &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>muster::alerts::AlertmanagerPoller</name>
    <message>
        <location filename="../src/integrations/alertmanager/alertmanagerpoller.cpp" line="81"/>
        <source>Alertmanager at %1 cannot be reached: %2</source>
        <translation>No se puede contactar con Alertmanager en %1: %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alertmanagerpoller.cpp" line="84"/>
        <source>Alertmanager at %1 answered HTTP %2</source>
        <translation>Alertmanager en %1 respondió HTTP %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/alertmanagerpoller.cpp" line="88"/>
        <source>Alertmanager at %1 sent alerts Muster cannot read: %2</source>
        <translation>Alertmanager en %1 envió alertas que Muster no puede leer: %2</translation>
    </message>
</context>
<context>
    <name>muster::alerts::SilenceSender</name>
    <message>
        <location filename="../src/integrations/alertmanager/silencesender.cpp" line="55"/>
        <source>a silence needs at least one label to match</source>
        <translation>un silencio necesita al menos una etiqueta que coincida</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/silencesender.cpp" line="69"/>
        <source>Alertmanager at %1 cannot be reached: %2</source>
        <translation>No se puede contactar con Alertmanager en %1: %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/silencesender.cpp" line="79"/>
        <source>Alertmanager at %1 refused the silence (HTTP %2): %3</source>
        <translation>Alertmanager en %1 rechazó el silencio (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../src/integrations/alertmanager/silencesender.cpp" line="89"/>
        <source>Alertmanager at %1 did not say which silence it created</source>
        <translation>Alertmanager en %1 no indicó qué silencio creó</translation>
    </message>
</context>
<context>
    <name>muster::changes</name>
    <message>
        <location filename="../src/core/changes.cpp" line="62"/>
        <source>other teams are needed</source>
        <translation>se necesitan otros equipos</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="64"/>
        <source>customers can see the problem</source>
        <translation>los clientes ven el problema</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="66"/>
        <source>unresolved after an hour of analysis</source>
        <translation>sin resolver tras una hora de análisis</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="68"/>
        <source>Declared %1%2: %3</source>
        <translation>Declarado %1%2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="69"/>
        <source> (drill)</source>
        <translation> (simulacro)</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="71"/>
        <source>Declared because: %1.</source>
        <translation>Declarado porque: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="75"/>
        <source>%1 took command as Incident Commander</source>
        <translation>%1 asumió el mando como Comandante del incidente</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="100"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="122"/>
        <source>Alertmanager alerts linked: %1 (%2 in all)</source>
        <translation>Alertas de Alertmanager vinculadas: %1 (%2 en total)</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="160"/>
        <source>no linked alert fires any more</source>
        <translation>ninguna alerta vinculada sigue activa</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="161"/>
        <source>%1 of %2 linked alerts still firing</source>
        <translation>%1 de %2 alertas vinculadas siguen activas</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="163"/>
        <source>Alertmanager: %1 resolved (%2)</source>
        <translation>Alertmanager: %1 resuelta (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="167"/>
        <source>Alertmanager: %1 firing again</source>
        <translation>Alertmanager: %1 activa de nuevo</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="177"/>
        <source>Severity changed from %1 to %2</source>
        <translation>Severidad cambiada de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="188"/>
        <source>State changed from %1 to %2</source>
        <translation>Estado cambiado de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="204"/>
        <source>%1 time cleared (was %2)</source>
        <translation>%1: hora borrada (era %2)</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="206"/>
        <source>%1 time corrected from %2 to %3</source>
        <translation>%1: hora corregida de %2 a %3</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="209"/>
        <source>%1 time set to %2</source>
        <translation>%1: hora fijada en %2</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="222"/>
        <source>Title changed to “%1”</source>
        <translation>Título cambiado a “%1”</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="230"/>
        <source>Summary updated</source>
        <translation>Resumen actualizado</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="239"/>
        <source>Affected services: %1</source>
        <translation>Servicios afectados: %1</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="240"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="249"/>
        <source>Conference bridge removed</source>
        <translation>Sala de conferencia eliminada</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="250"/>
        <source>Conference bridge: %1</source>
        <translation>Sala de conferencia: %1</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="259"/>
        <source>Customer impact cleared</source>
        <translation>Impacto en clientes borrado</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="260"/>
        <source>Customer impact: %1</source>
        <translation>Impacto en clientes: %1</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="270"/>
        <source>%1 is no longer %2</source>
        <translation>%1 ya no es %2</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="272"/>
        <source>Command passed from %1 to %2</source>
        <translation>El mando pasó de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="274"/>
        <source>%1 is now %2</source>
        <translation>%1 ahora es %2</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="285"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="286"/>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="287"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="288"/>
        <source>Next stakeholder update</source>
        <translation>Próxima actualización para las partes interesadas</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="289"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="300"/>
        <source>%1 offered %2 to %3. Briefing:</source>
        <translation>%1 ofreció %2 a %3. Informe:</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="316"/>
        <source>%1 accepted command from %2 and is now Incident Commander</source>
        <translation>%1 aceptó el mando de %2 y ahora es Comandante del incidente</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="317"/>
        <source>%1 accepted %2 from %3</source>
        <translation>%1 aceptó %2 de %3</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="326"/>
        <source>%1 declined to take over as %2</source>
        <translation>%1 rechazó asumir el rol de %2</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="340"/>
        <source>%1 withdrew the offer of %2 to %3</source>
        <translation>%1 retiró la oferta de %2 a %3</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="349"/>
        <source>No one is named as the next %1</source>
        <translation>Siguiente %1: sin designar</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="350"/>
        <source>%1 is named as the next %2</source>
        <translation>Siguiente %2: %1</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="361"/>
        <source>%1 joined as subject-matter expert</source>
        <translation>%1 se unió como especialista</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="362"/>
        <source>%1 is no longer a subject-matter expert</source>
        <translation>%1 ya no es especialista</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="400"/>
        <source>Runbook step %1 %2: %3</source>
        <translation>Paso %1 del runbook %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="402"/>
        <source>done</source>
        <translation>completado</translation>
    </message>
    <message>
        <location filename="../src/core/changes.cpp" line="402"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../src/core/retrochanges.cpp" line="40"/>
        <source>Retrospective updated: %1</source>
        <translation>Retrospectiva actualizada: %1</translation>
    </message>
    <message>
        <location filename="../src/core/retrochanges.cpp" line="51"/>
        <source>Retrospective back to draft</source>
        <translation>Retrospectiva devuelta a borrador</translation>
    </message>
    <message>
        <location filename="../src/core/retrochanges.cpp" line="54"/>
        <source>Retrospective ready for review</source>
        <translation>Retrospectiva lista para revisión</translation>
    </message>
    <message>
        <location filename="../src/core/retrochanges.cpp" line="57"/>
        <source>Retrospective published</source>
        <translation>Retrospectiva publicada</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="47"/>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="48"/>
        <source>%1 added: %2</source>
        <translation>%1 añadida: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="63"/>
        <source>%1 done: %2</source>
        <translation>%1 completada: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="66"/>
        <source>%1 dropped: %2</source>
        <translation>%1 descartada: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="69"/>
        <source>%1 reopened: %2</source>
        <translation>%1 reabierta: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="83"/>
        <source>%1 has no owner now: %2</source>
        <translation>%1 ya no tiene responsable: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="84"/>
        <source>%1 now owned by %2: %3</source>
        <translation>%1 asignada a %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="95"/>
        <source>%1 due %2: %3</source>
        <translation>%1 vence %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="96"/>
        <source>%1 has no due time now: %2</source>
        <translation>%1 ya no tiene vencimiento: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="110"/>
        <source>%1 renamed from “%2” to “%3”</source>
        <translation>%1 renombrada de “%2” a “%3”</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="122"/>
        <source>Action item sent to %1 again: %2</source>
        <translation>Acción de seguimiento enviada de nuevo a %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/taskchanges.cpp" line="123"/>
        <source>Action item sent to %1: %2</source>
        <translation>Acción de seguimiento enviada a %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="23"/>
        <source>Stakeholder update sent to %1: %2</source>
        <translation>Actualización para las partes interesadas enviada a %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="24"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="27"/>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="29"/>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="34"/>
        <source>To %1 and Cc %2 recipients (every address is in the update&apos;s record)</source>
        <translation>%1 destinatarios en Para y %2 en Cc (todas las direcciones constan en el registro de la actualización)</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="61"/>
        <source>%1 asked the Incident Commander to approve the update to %2: %3</source>
        <translation>%1 pidió al Comandante del incidente que apruebe la actualización para %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="87"/>
        <source>%1 approved the update to %2</source>
        <translation>%1 aprobó la actualización para %2</translation>
    </message>
    <message>
        <location filename="../src/core/updatechanges.cpp" line="95"/>
        <source>%1 returned the update to %2: %3</source>
        <translation>%1 devolvió la actualización para %2: %3</translation>
    </message>
</context>
<context>
    <name>muster::comms</name>
    <message>
        <location filename="../src/comms/cadence.cpp" line="70"/>
        <source>Update due in %1 min</source>
        <translation>Actualización: vence en %1 min</translation>
    </message>
    <message>
        <location filename="../src/comms/cadence.cpp" line="72"/>
        <source>Update due now</source>
        <translation>Actualización: vence ahora</translation>
    </message>
    <message>
        <location filename="../src/comms/cadence.cpp" line="72"/>
        <source>Update overdue by %1 min</source>
        <translation>Actualización vencida hace %1 min</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="95"/>
        <source>an address must be on one line</source>
        <translation>una dirección debe ocupar una sola línea</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="97"/>
        <source>an address is empty</source>
        <translation>una dirección está vacía</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="100"/>
        <location filename="../src/comms/email.cpp" line="114"/>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1” no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="102"/>
        <source>a name must not contain quotes or backslashes: “%1”</source>
        <translation>un nombre no puede contener comillas ni barras invertidas: “%1”</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="105"/>
        <source>“%1”: addresses with non-ASCII letters are not supported</source>
        <translation>“%1”: no se admiten direcciones con letras no ASCII</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="107"/>
        <source>an address is longer than %1 characters</source>
        <translation>una dirección supera los %1 caracteres</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="122"/>
        <source>there is no recipient</source>
        <translation>no hay ningún destinatario</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="128"/>
        <source>the subject must be on one line</source>
        <translation>el asunto debe ocupar una sola línea</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="130"/>
        <source>the subject is empty</source>
        <translation>el asunto está vacío</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="132"/>
        <source>the subject is longer than %1 characters</source>
        <translation>el asunto supera los %1 caracteres</translation>
    </message>
    <message>
        <location filename="../src/comms/email.cpp" line="135"/>
        <source>the subject contains a control character</source>
        <translation>el asunto contiene un carácter de control</translation>
    </message>
    <message>
        <location filename="../src/comms/updatelint.cpp" line="42"/>
        <source>A placeholder was left unfilled: readers would see it as it is.</source>
        <translation>Quedó un marcador sin rellenar: los lectores lo verían tal cual.</translation>
    </message>
    <message>
        <location filename="../src/comms/updatelint.cpp" line="51"/>
        <source>A time to recovery that is not confirmed becomes a broken promise; leave it out until it is.</source>
        <translation>Un plazo de recuperación sin confirmar acaba siendo una promesa incumplida; omítelo hasta que lo esté.</translation>
    </message>
    <message>
        <location filename="../src/comms/updatelint.cpp" line="61"/>
        <source>An IP address, internal host name or internal URL means nothing to readers outside and tells too much.</source>
        <translation>Una dirección IP, un nombre de host interno o una URL interna no dicen nada a los lectores externos y revelan demasiado.</translation>
    </message>
    <message>
        <location filename="../src/comms/updatelint.cpp" line="76"/>
        <source>The subject is %1 characters long; mail clients cut it after about %2.</source>
        <translation>El asunto tiene %1 caracteres; los clientes de correo lo cortan a partir de unos %2.</translation>
    </message>
    <message>
        <location filename="../src/comms/updatelint.cpp" line="87"/>
        <source>It does not say when the next update comes; readers will ask instead of waiting.</source>
        <translation>No dice cuándo llega la próxima actualización; los lectores preguntarán en vez de esperar.</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="58"/>
        <source>The incident&apos;s title</source>
        <translation>El título del incidente</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="59"/>
        <source>The incident&apos;s id</source>
        <translation>El id del incidente</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="60"/>
        <source>SEV1 … SEV4</source>
        <translation>SEV1 … SEV4</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="61"/>
        <source>Where the response stands: Investigating, Mitigated, …</source>
        <translation>En qué punto está la respuesta: Investigando, Mitigado, …</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="62"/>
        <source>The incident&apos;s summary</source>
        <translation>El resumen del incidente</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="63"/>
        <source>The customer impact as written in the incident</source>
        <translation>El impacto en clientes tal como figura en el incidente</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="64"/>
        <source>The affected services</source>
        <translation>Los servicios afectados</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="65"/>
        <source>The conference bridge&apos;s link, for teams asked to join</source>
        <translation>El enlace de la sala de conferencia, para los equipos a los que se pide unirse</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="66"/>
        <source>When it started, in the audience&apos;s time zone</source>
        <translation>Cuándo empezó, en la zona horaria de la audiencia</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="67"/>
        <source>What is being done now: open tasks and runbook steps under way</source>
        <translation>Qué se está haciendo ahora: tareas abiertas y pasos del runbook en curso</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="68"/>
        <source>The Incident Commander&apos;s name</source>
        <translation>El nombre del Comandante del incidente</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="69"/>
        <source>The Communications Lead&apos;s name</source>
        <translation>El nombre del Responsable de comunicaciones</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="70"/>
        <source>When the next update comes, in the audience&apos;s time zone</source>
        <translation>Cuándo llega la próxima actualización, en la zona horaria de la audiencia</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="71"/>
        <source>What customers can do meanwhile, as written in the draft</source>
        <translation>Qué pueden hacer los clientes mientras tanto, según el borrador</translation>
    </message>
    <message>
        <location filename="../src/comms/updatetemplate.cpp" line="72"/>
        <source>Whether any impact or data loss remains, as written in the draft</source>
        <translation>Si queda algún impacto o pérdida de datos, según el borrador</translation>
    </message>
</context>
<context>
    <name>muster::comms::CadencePolicy</name>
    <message>
        <location filename="../src/comms/cadence.cpp" line="22"/>
        <source>the %1 interval must be 0 (none) to %2 minutes</source>
        <translation>el intervalo de %1 debe estar entre 0 (ninguno) y %2 minutos</translation>
    </message>
    <message>
        <location filename="../src/comms/cadence.cpp" line="27"/>
        <source>an incident counts as long after 1 to %1 minutes</source>
        <translation>el umbral para considerar largo un incidente debe estar entre 1 y %1 minutos</translation>
    </message>
    <message>
        <location filename="../src/comms/cadence.cpp" line="29"/>
        <source>the long-incident interval must be 1 to %1 minutes</source>
        <translation>el intervalo para incidentes largos debe estar entre 1 y %1 minutos</translation>
    </message>
</context>
<context>
    <name>muster::logchain</name>
    <message>
        <location filename="../src/core/logchain.cpp" line="113"/>
        <source>entry %1 appears twice in the chain</source>
        <translation>la entrada %1 aparece dos veces en la cadena</translation>
    </message>
    <message>
        <location filename="../src/core/logchain.cpp" line="114"/>
        <source>entry %1 of the chain is missing</source>
        <translation>falta la entrada %1 de la cadena</translation>
    </message>
    <message>
        <location filename="../src/core/logchain.cpp" line="120"/>
        <source>entry %1 (%2) does not match its recorded hash: it was changed after it was chained, or an entry before it was</source>
        <translation>la entrada %1 (%2) no coincide con su hash registrado: se modificó después de encadenarse, o se modificó una entrada anterior</translation>
    </message>
</context>
<context>
    <name>muster::protocol</name>
    <message>
        <location filename="../src/sync/protocol.cpp" line="218"/>
        <source>an array of positive integers</source>
        <translation>un array de enteros positivos</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="253"/>
        <source>an array of peer maps</source>
        <translation>un array de mapas de pares</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="263"/>
        <source>an array of replica ids</source>
        <translation>un array de ids de réplica</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="293"/>
        <source>an array of alert maps</source>
        <translation>un array de mapas de alertas</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="422"/>
        <source>not CBOR: %1</source>
        <translation>no es CBOR: %1</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="427"/>
        <source>a message must be a CBOR map</source>
        <translation>un mensaje debe ser un mapa CBOR</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="433"/>
        <source>field &apos;type&apos; must be text</source>
        <translation>el campo &apos;type&apos; debe ser texto</translation>
    </message>
    <message>
        <location filename="../src/sync/protocol.cpp" line="442"/>
        <source>unknown message type &apos;%1&apos;</source>
        <translation>tipo de mensaje desconocido &apos;%1&apos;</translation>
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
        <translation>un array de como mucho %1 integraciones</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolintegrations.cpp" line="111"/>
        <source>an array of integration maps</source>
        <translation>un array de mapas de integración</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolintegrations.cpp" line="137"/>
        <source>the integration&apos;s id</source>
        <translation>el id de la integración</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolintegrations.cpp" line="139"/>
        <source>add, remove or retry</source>
        <translation>add, remove o retry</translation>
    </message>
</context>
<context>
    <name>muster::protocol::detail::Reader</name>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="26"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="29"/>
        <source>text of at most %1 characters</source>
        <translation>texto de %1 caracteres como máximo</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="39"/>
        <source>a non-negative integer</source>
        <translation>un entero no negativo</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="47"/>
        <source>a sequence number below 2^62</source>
        <translation>un número de secuencia menor que 2^62</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="57"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="67"/>
        <source>an array of at most %1 texts</source>
        <translation>un array de como mucho %1 textos</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="79"/>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="92"/>
        <source>op %1: %2</source>
        <translation>op %1: %2</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="105"/>
        <source>an array of [index, position, 32-byte hash] in index order</source>
        <translation>un array de [índice, posición, hash de 32 bytes] en orden de índice</translation>
    </message>
    <message>
        <location filename="../src/sync/protocolreader.cpp" line="126"/>
        <source>field &apos;%1&apos; must be %2</source>
        <translation>el campo &apos;%1&apos; debe ser %2</translation>
    </message>
</context>
</TS>
