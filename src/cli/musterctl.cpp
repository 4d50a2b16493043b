// SPDX-License-Identifier: GPL-3.0-or-later
#include "musterctl.h"

#include "core/changes.h"
#include "core/ids.h"
#include "sync/syncengine.h"
#include "sync/tlsfiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>
#include <unistd.h>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray jsonText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}
} // namespace

Musterctl::Musterctl(CtlCommandLine line, QTextStream &out, QTextStream &err)
    : m_line(std::move(line))
    , m_out(out)
    , m_err(err)
{ }

Musterctl::~Musterctl()
{
    m_store.close();
}

int Musterctl::fail(int code, const QString &message)
{
    m_err << "musterctl: " << message << Qt::endl;
    return code;
}

int Musterctl::run()
{
    if (const int code = open(); code != exitcode::Ok)
        return code;
    const QString &command = m_line.command;
    if (command == u"declare")
        return declare();
    if (command == u"log")
        return log();
    if (command == u"assign")
        return assign();
    if (command == u"status")
        return status();
    if (command == u"severity")
        return severity();
    if (command == u"list")
        return list();
    if (command == u"show")
        return show();
    if (command == u"export")
        return exportIncident();
    if (command == u"audiences")
        return audiences();
    if (command == u"audience")
        return audience();
    if (command == u"comms")
        return draftUpdate();
    if (command == u"metrics")
        return metrics();
    if (command == u"verify")
        return verify();
    if (command == u"alerts")
        return alerts();
    if (command == u"acknowledge")
        return acknowledge();
    if (command == u"sync") {
        if (m_line.relay.isEmpty())
            return fail(exitcode::Usage, tr("sync needs --relay URL"));
        const int code = sync(m_line.timeoutSeconds);
        return code == exitcode::Ok && m_divergences > 0 ? exitcode::ChainBroken : code;
    }
    return fail(exitcode::Usage, tr("unknown command '%1'").arg(command));
}

int Musterctl::open()
{
    QDir().mkpath(m_line.dataDir);
    m_lock = std::make_unique<InstanceLock>(m_line.dataDir);
    if (!m_lock->tryLock())
        return fail(exitcode::Failure, m_lock->errorMessage());
    const QString path = QDir(m_line.dataDir).filePath(m_line.workspace + QStringLiteral(".muster.sqlite"));
    if (auto error = m_store.open(path, m_line.workspace))
        return fail(exitcode::Failure, error.message);
    // Reading commands do not add the user to the directory.
    static const QStringList readOnly {QStringLiteral("list"), QStringLiteral("show"),
                                       QStringLiteral("export"), QStringLiteral("sync"),
                                       QStringLiteral("audiences")};
    if (readOnly.contains(m_line.command))
        return exitcode::Ok;
    const auto me = personNamed(m_line.user);
    if (!me.ok())
        return fail(me.error.code == StoreError::Code::Invalid ? exitcode::Invalid : exitcode::Failure,
                    me.error.message);
    m_userId = me.value.id;
    return exitcode::Ok;
}

StoreResult<Person> Musterctl::personNamed(const QString &nameOrId)
{
    const auto people = m_store.people();
    if (!people.ok())
        return {{}, people.error};
    std::optional<Person> found;
    for (const Person &person : people.value) {
        const bool matches = person.id == nameOrId || person.name.compare(nameOrId, Qt::CaseInsensitive) == 0;
        // Two replicas may each have added the same name: pick the same one everywhere.
        if (matches && (!found || person.id < found->id))
            found = person;
    }
    if (found)
        return {*found, {}};
    Person person;
    person.id = newEntityId(nowMs());
    person.name = nameOrId.trimmed();
    const auto result = m_store.commitLocal(changes::savePerson(person.id, {}, person),
                                            m_userId.isEmpty() ? person.id : m_userId);
    if (!result.ok())
        return {{}, result.error};
    return {person, {}};
}

std::optional<Incident> Musterctl::findIncident(const QString &reference, int *code)
{
    *code = exitcode::Ok;
    QString id = reference.trimmed();
    if (!isValidEntityId(id)) {
        // A unique prefix of an open incident's id is enough, as with git.
        const auto open = m_store.activeIncidents();
        QStringList matches;
        for (const IncidentSummary &summary : open.value) {
            if (id.size() >= 4 && summary.id.startsWith(id, Qt::CaseInsensitive))
                matches.append(summary.id);
        }
        if (matches.size() != 1) {
            *code = fail(exitcode::NotFound,
                         matches.isEmpty() ? tr("no incident '%1'").arg(reference.left(40))
                                           : tr("'%1' matches %2 incidents; give more of the id")
                                                 .arg(reference.left(40))
                                                 .arg(matches.size()));
            return std::nullopt;
        }
        id = matches.constFirst();
    }
    const auto result = m_store.incident(id);
    if (!result.ok()) {
        *code = fail(exitcode::Failure, result.error.message);
        return std::nullopt;
    }
    if (!result.value) {
        *code = fail(exitcode::NotFound, tr("no incident '%1'").arg(reference.left(40)));
        return std::nullopt;
    }
    return result.value;
}

int Musterctl::commit(const QList<Change> &changes, const QString &printOnSuccess)
{
    const auto result = m_store.commitLocal(changes, m_userId);
    if (!result.ok()) {
        return fail(result.error.code == StoreError::Code::Invalid ? exitcode::Invalid : exitcode::Failure,
                    result.error.message);
    }
    if (!printOnSuccess.isEmpty())
        m_out << printOnSuccess << Qt::endl;
    if (!m_line.relay.isEmpty() && sync(m_line.timeoutSeconds, true) != exitcode::Ok) {
        m_err
            << "musterctl: "
            << tr("saved here, not yet synced (%1); it goes with the next successful sync").arg(m_syncProblem)
            << Qt::endl;
    }
    return exitcode::Ok;
}

int Musterctl::declare()
{
    Declaration declaration;
    declaration.title = m_line.title.trimmed();
    declaration.severity = *severityFromInt(m_line.severity);
    declaration.summary = m_line.summary.trimmed();
    for (const QString &service : m_line.services) {
        if (!service.trimmed().isEmpty() && !declaration.services.contains(service.trimmed()))
            declaration.services.append(service.trimmed());
    }
    declaration.commanderId = m_userId;
    declaration.commanderName = m_line.user;
    const QString id = newEntityId(nowMs());
    return commit(changes::declareIncident(id, declaration, nowMs()), id);
}

int Musterctl::log()
{
    int code = exitcode::Ok;
    const auto incident = findIncident(m_line.arguments.at(0), &code);
    if (!incident)
        return code;
    const auto kind = logKindFromName(m_line.kind);
    if (!kind || !isUserLogKind(*kind))
        return fail(exitcode::Usage, tr("--kind wants note, decision or action"));
    return commit(changes::logEntry(incident->id, *kind, m_line.arguments.at(1)));
}

int Musterctl::assign()
{
    int code = exitcode::Ok;
    const auto incident = findIncident(m_line.arguments.at(0), &code);
    if (!incident)
        return code;
    const auto role = roleFromName(m_line.arguments.at(1));
    if (!role)
        return fail(exitcode::Usage, tr("ROLE is one of ic, deputy, comms, ops, scribe"));
    const auto person = personNamed(m_line.arguments.at(2));
    if (!person.ok())
        return fail(person.error.code == StoreError::Code::Invalid ? exitcode::Invalid : exitcode::Failure,
                    person.error.message);
    const auto people = peopleIndex();
    return commit(changes::assignRole(*incident, *role, person.value.id, person.value.name,
                                      people.value.value(incident->holderOf(*role))));
}

int Musterctl::status()
{
    int code = exitcode::Ok;
    const auto incident = findIncident(m_line.arguments.at(0), &code);
    if (!incident)
        return code;
    const auto state = stateFromName(m_line.arguments.at(1));
    if (!state) {
        return fail(
            exitcode::Usage,
            tr("STATE is one of detected, acknowledged, investigating, mitigated, resolved, learning, "
               "closed"));
    }
    return commit(changes::setState(*incident, *state, nowMs()));
}

int Musterctl::severity()
{
    int code = exitcode::Ok;
    const auto incident = findIncident(m_line.arguments.at(0), &code);
    if (!incident)
        return code;
    bool ok = false;
    const auto severity = severityFromInt(m_line.arguments.at(1).toInt(&ok));
    if (!ok || !severity)
        return fail(exitcode::Usage, tr("severity is 1, 2, 3 or 4"));
    return commit(changes::setSeverity(*incident, *severity));
}

int Musterctl::list()
{
    auto result = m_store.activeIncidents();
    if (!result.ok())
        return fail(exitcode::Failure, result.error.message);
    // The same order on every replica: severity, start, then id.
    std::sort(result.value.begin(), result.value.end(),
              [](const IncidentSummary &a, const IncidentSummary &b) {
                  return std::tuple(int(a.severity), a.startedAtMs, a.id)
                      < std::tuple(int(b.severity), b.startedAtMs, b.id);
              });
    if (m_line.json) {
        QJsonArray incidents;
        for (const IncidentSummary &summary : result.value)
            incidents.append(summaryJson(summary));
        m_out << jsonText(
            {{QStringLiteral("workspace"), m_line.workspace}, {QStringLiteral("incidents"), incidents}});
        return exitcode::Ok;
    }
    if (result.value.isEmpty())
        m_out << tr("No open incidents.") << Qt::endl;
    for (const IncidentSummary &s : result.value) {
        m_out << severityLabel(s.severity) << "  " << qSetFieldWidth(14) << Qt::left << stateName(s.state)
              << qSetFieldWidth(0) << s.id << "  " << s.title;
        if (!s.commanderName.isEmpty())
            m_out << "  (IC " << s.commanderName << ')';
        m_out << Qt::endl;
    }
    return exitcode::Ok;
}

StoreResult<PeopleIndex> Musterctl::peopleIndex()
{
    const auto people = m_store.people();
    PeopleIndex index;
    for (const Person &person : people.value)
        index.insert(person.id, person.name);
    return {index, people.error};
}

int Musterctl::show()
{
    int code = exitcode::Ok;
    const auto incident = findIncident(m_line.arguments.at(0), &code);
    if (!incident)
        return code;
    const auto log = m_store.wholeLog(incident->id);
    const auto people = peopleIndex();
    if (!log.ok() || !people.ok())
        return fail(exitcode::Failure, log.ok() ? people.error.message : log.error.message);
    if (m_line.json) {
        m_out << jsonText(incidentJson(*incident, log.value, people.value));
        return exitcode::Ok;
    }
    m_out << severityLabel(incident->severity) << "  " << stateLabel(incident->state) << "  "
          << incident->title << Qt::endl;
    m_out << tr("id: %1").arg(incident->id) << Qt::endl;
    if (!incident->summary.isEmpty())
        m_out << incident->summary << Qt::endl;
    for (Role role : allRoles)
        m_out << roleLabel(role) << ": " << people.value.value(incident->holderOf(role), tr("(none)"))
              << Qt::endl;
    m_out << Qt::endl;
    for (const LogLine &line : log.value) {
        m_out << isoTime(line.entry.hlc.wallMs) << "  " << people.value.value(line.entry.author) << "  ["
              << logKindName(line.entry.kind) << "] " << line.entry.text
              << (line.pending ? tr("  (pending)") : QString()) << Qt::endl;
    }
    return exitcode::Ok;
}

int Musterctl::exportIncident()
{
    int code = exitcode::Ok;
    const auto incident = findIncident(m_line.arguments.at(0), &code);
    if (!incident)
        return code;
    const auto log = m_store.wholeLog(incident->id);
    const auto people = peopleIndex();
    if (!log.ok() || !people.ok())
        return fail(exitcode::Failure, log.ok() ? people.error.message : log.error.message);
    const auto chain = m_store.chainStatus(incident->id);
    if (!chain.ok())
        return fail(exitcode::Failure, chain.error.message);
    const IncidentRecord record {*incident, log.value, people.value, m_line.workspace, nowMs(), chain.value};
    const ExportFormat format = exportFormatFromName(m_line.format).value_or(ExportFormat::Json);
    if (!m_line.outputPath.isEmpty()) {
        if (const QString problem = writeExport(record, format, m_line.outputPath); !problem.isEmpty())
            return fail(exitcode::Failure, problem);
        return exitcode::Ok;
    }
    if (format == ExportFormat::Pdf && isatty(STDOUT_FILENO))
        return fail(exitcode::Usage, tr("a PDF is not for the terminal: add --output FILE or redirect"));
    QString problem;
    const QByteArray bytes = renderExport(record, format, &problem);
    if (bytes.isEmpty())
        return fail(exitcode::Failure, problem);
    // Bytes as they are (a PDF is binary): past the text stream, which would re-encode them.
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        return fail(exitcode::Failure, tr("cannot write to standard output: %1").arg(out.errorString()));
    return exitcode::Ok;
}

int Musterctl::sync(int timeoutSeconds, bool giveUpWhenUnreachable)
{
    SyncOptions options;
    options.relay = m_line.relay;
    options.accessToken = m_line.token;
    options.clientName = QStringLiteral("musterctl " MUSTER_VERSION);
    auto *transport = new WebSocketTransport;
    if (!m_line.caFile.isEmpty()) {
        QList<QSslCertificate> trusted;
        if (const QString error = loadCaCertificates(m_line.caFile, &trusted); !error.isEmpty()) {
            delete transport;
            m_syncProblem = error;
            return fail(exitcode::Usage, error);
        }
        transport->setTrustedCertificates(trusted);
    }
    SyncEngine engine(m_store, transport, options);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &SyncEngine::synced, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &SyncEngine::chainDiverged, &loop, [this](const QList<ChainDivergence> &found) {
        for (const ChainDivergence &d : found) {
            ++m_divergences;
            fail(exitcode::ChainBroken,
                 tr("warning: the log of incident %1 differs from the relay's from entry %2 (%3); run "
                    "musterctl verify")
                     .arg(d.incidentId)
                     .arg(d.position)
                     .arg(d.entry.toString()));
        }
    });
    // A refused token or workspace will not be accepted by waiting: say so now.
    bool refused = false;
    QObject::connect(&engine, &SyncEngine::refused, &loop, [&loop, &refused] {
        refused = true;
        loop.quit();
    });
    if (giveUpWhenUnreachable) {
        QObject::connect(&engine, &SyncEngine::stateChanged, &loop, [&loop](SyncEngine::State state) {
            if (state == SyncEngine::State::Offline)
                loop.quit();
        });
    }
    deadline.start(timeoutSeconds * 1000);
    engine.start();
    if (!engine.isSynced())
        loop.exec();
    const bool done = engine.isSynced();
    const QString problem = engine.lastError();
    engine.stop();
    // Let the close handshake go out before the socket is destroyed.
    QTimer settle;
    settle.setSingleShot(true);
    QObject::connect(&settle, &QTimer::timeout, &loop, &QEventLoop::quit);
    settle.start(50);
    loop.exec();
    if (done)
        return exitcode::Ok;
    const int pending = m_store.pendingCount().value;
    m_syncProblem = problem.isEmpty() ? tr("no answer from %1").arg(m_line.relay.toString()) : problem;
    if (giveUpWhenUnreachable)
        return exitcode::SyncIncomplete; // the caller says it in its own words
    if (refused) {
        return fail(exitcode::SyncIncomplete,
                    tr("sync with %1 refused (%2 changes not yet acknowledged): %3")
                        .arg(m_line.relay.toString())
                        .arg(pending)
                        .arg(m_syncProblem));
    }
    return fail(exitcode::SyncIncomplete,
                tr("sync with %1 incomplete after %2 s (%3 changes not yet acknowledged): %4")
                    .arg(m_line.relay.toString())
                    .arg(timeoutSeconds)
                    .arg(pending)
                    .arg(m_syncProblem));
}

} // namespace muster
