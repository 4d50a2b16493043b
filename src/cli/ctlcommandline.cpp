// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlcommandline.h"

#include "core/audience.h"
#include "core/ids.h"
#include "integrations/export/incidentrecord.h"
#include "metrics/metricscsv.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QHash>
#include <QStandardPaths>
#include <algorithm>

namespace muster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

struct CommandSpec
{
    QString usage;
    int minArguments;
    int maxArguments;
    QStringList options; // the command options it accepts
};

const QHash<QString, CommandSpec> &commands()
{
    static const QHash<QString, CommandSpec> all {
        {QStringLiteral("declare"),
         {QStringLiteral("declare --title T --severity N [--summary S] [--service S]..."),
          0,
          0,
          {QStringLiteral("title"), QStringLiteral("severity"), QStringLiteral("summary"),
           QStringLiteral("service")}}},
        {QStringLiteral("log"),
         {QStringLiteral("log INCIDENT TEXT [--kind note|decision|action]"), 2, 2, {QStringLiteral("kind")}}},
        {QStringLiteral("assign"), {QStringLiteral("assign INCIDENT ROLE PERSON"), 3, 3, {}}},
        {QStringLiteral("status"), {QStringLiteral("status INCIDENT STATE"), 2, 2, {}}},
        {QStringLiteral("severity"), {QStringLiteral("severity INCIDENT N"), 2, 2, {}}},
        {QStringLiteral("list"), {QStringLiteral("list [--json]"), 0, 0, {QStringLiteral("json")}}},
        {QStringLiteral("show"), {QStringLiteral("show INCIDENT [--json]"), 1, 1, {QStringLiteral("json")}}},
        {QStringLiteral("sync"),
         {QStringLiteral("sync [--timeout SECONDS]"), 0, 0, {QStringLiteral("timeout")}}},
        {QStringLiteral("verify"),
         {QStringLiteral("verify [INCIDENT] [--json]"), 0, 1, {QStringLiteral("json")}}},
        {QStringLiteral("export"),
         {QStringLiteral("export INCIDENT --format md|pdf|json [--output FILE]"),
          1,
          1,
          {QStringLiteral("format"), QStringLiteral("output")}}},
        {QStringLiteral("audiences"), {QStringLiteral("audiences [--json]"), 0, 0, {QStringLiteral("json")}}},
        {QStringLiteral("audience"),
         {QStringLiteral("audience NAME --type executives|support|engineering|customers --to ADDRESS... "
                         "[--cc ADDRESS]... [--zone ZONE]"),
          1,
          1,
          {QStringLiteral("type"), QStringLiteral("to"), QStringLiteral("cc"), QStringLiteral("zone")}}},
        {QStringLiteral("comms"),
         {QStringLiteral("comms INCIDENT --audience NAME [--stage STAGE] (--eml FILE | --text) [--sent] "
                         "[--workaround TEXT] [--remaining TEXT]"),
          1,
          1,
          {QStringLiteral("audience"), QStringLiteral("stage"), QStringLiteral("eml"), QStringLiteral("text"),
           QStringLiteral("sent"), QStringLiteral("workaround"), QStringLiteral("remaining")}}},
        {QStringLiteral("metrics"),
         {QStringLiteral("metrics --chart CHART [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--service S] "
                         "[--severity N] [--by week|month] [--output FILE]"),
          0,
          0,
          {QStringLiteral("chart"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("service"),
           QStringLiteral("severity"), QStringLiteral("by"), QStringLiteral("output")}}},
        {QStringLiteral("alerts"),
         {QStringLiteral("alerts --alertmanager URL [--json] [--timeout SECONDS]"),
          0,
          0,
          {QStringLiteral("alertmanager"), QStringLiteral("json"), QStringLiteral("timeout")}}},
        {QStringLiteral("acknowledge"),
         {QStringLiteral(
              "acknowledge FINGERPRINT... --alertmanager URL [--incident INCIDENT] [--timeout SECONDS]"),
          1,
          100,
          {QStringLiteral("alertmanager"), QStringLiteral("incident"), QStringLiteral("timeout")}}},
    };
    return all;
}

QString helpText()
{
    QString text
        = tr("Usage: musterctl [--data-dir DIR] [--relay URL] [--token T] [--workspace W] [--user U] COMMAND "
             "...\n\n"
             "Scripted access to a Muster workspace: the same database and sync as the desktop app.\n\n"
             "Commands:\n");
    QStringList usages;
    for (const CommandSpec &spec : commands())
        usages.append(QStringLiteral("  ") + spec.usage);
    usages.sort();
    text += usages.join(u'\n');
    text += tr(
        "\n\nGlobal options:\n"
        "  --data-dir DIR   where the workspace database lives (default: the desktop app's)\n"
        "  --relay URL      the relay to sync with, e.g. ws://127.0.0.1:7447\n"
        "  --token T        the relay access token (better: set MUSTER_TOKEN, which ps cannot show)\n"
        "  --ca-file FILE   trust only the PEM certificates in FILE for a wss:// relay\n"
        "  --workspace W    the workspace (default: default)\n"
        "  --user U         who you are in the people directory (default: $USER)\n\n"
        "Exit codes: 0 done, 1 database failure, 2 usage, 3 no such incident or alert, 4 refused as\n"
        "invalid, 5 sync incomplete, 6 Alertmanager unreachable, 7 the log's hash chain does not hold.\n"
        "See docs/musterctl.md.\n");
    return text;
}

} // namespace

CtlCommandLine parseCtlCommandLine(const QStringList &arguments)
{
    CtlCommandLine out;
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, {});
    const QCommandLineOption version(QStringLiteral("version"), {});
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), {}, QStringLiteral("DIR"));
    const QCommandLineOption relay(QStringLiteral("relay"), {}, QStringLiteral("URL"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), {}, QStringLiteral("W"),
                                       QStringLiteral("default"));
    const QCommandLineOption user(QStringLiteral("user"), {}, QStringLiteral("U"));
    const QCommandLineOption token(QStringLiteral("token"), {}, QStringLiteral("T"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), {}, QStringLiteral("FILE"));
    const QList<QCommandLineOption> commandOptions {
        {QStringLiteral("title"), {}, QStringLiteral("T")},
        {QStringLiteral("severity"), {}, QStringLiteral("N")},
        {QStringLiteral("summary"), {}, QStringLiteral("S")},
        {QStringLiteral("service"), {}, QStringLiteral("S")},
        {QStringLiteral("kind"), {}, QStringLiteral("KIND")},
        {QStringLiteral("json"), {}},
        {QStringLiteral("timeout"), {}, QStringLiteral("SECONDS")},
        {QStringLiteral("format"), {}, QStringLiteral("FORMAT")},
        {QStringLiteral("output"), {}, QStringLiteral("FILE")},
        {QStringLiteral("alertmanager"), {}, QStringLiteral("URL")},
        {QStringLiteral("incident"), {}, QStringLiteral("INCIDENT")},
        {QStringLiteral("type"), {}, QStringLiteral("TYPE")},
        {QStringLiteral("to"), {}, QStringLiteral("ADDRESS")},
        {QStringLiteral("cc"), {}, QStringLiteral("ADDRESS")},
        {QStringLiteral("zone"), {}, QStringLiteral("ZONE")},
        {QStringLiteral("audience"), {}, QStringLiteral("NAME")},
        {QStringLiteral("stage"), {}, QStringLiteral("STAGE")},
        {QStringLiteral("eml"), {}, QStringLiteral("FILE")},
        {QStringLiteral("text"), {}},
        {QStringLiteral("sent"), {}},
        {QStringLiteral("workaround"), {}, QStringLiteral("TEXT")},
        {QStringLiteral("remaining"), {}, QStringLiteral("TEXT")},
        {QStringLiteral("chart"), {}, QStringLiteral("CHART")},
        {QStringLiteral("from"), {}, QStringLiteral("DAY")},
        {QStringLiteral("to"), {}, QStringLiteral("DAY")},
        {QStringLiteral("by"), {}, QStringLiteral("PERIOD")},
    };
    parser.addOptions({help, version, dataDir, relay, token, caFile, workspace, user});
    parser.addOptions(commandOptions);
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    if (parser.isSet(help)) {
        out.output = helpText();
        return out;
    }
    if (parser.isSet(version)) {
        out.output = QStringLiteral("musterctl " MUSTER_VERSION "\n");
        return out;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        out.error = tr("no command given; try musterctl --help");
        return out;
    }
    out.command = positional.takeFirst();
    const auto spec = commands().constFind(out.command);
    if (spec == commands().cend()) {
        out.error = tr("unknown command '%1'; try musterctl --help").arg(out.command.left(40));
        return out;
    }
    for (const QCommandLineOption &option : commandOptions) {
        if (parser.isSet(option) && !spec->options.contains(option.names().constFirst())) {
            out.error = tr("%1 takes no --%2 (usage: musterctl %3)")
                            .arg(out.command, option.names().constFirst(), spec->usage);
            return out;
        }
    }
    if (positional.size() < spec->minArguments || positional.size() > spec->maxArguments) {
        out.error = tr("usage: musterctl %1").arg(spec->usage);
        return out;
    }
    out.arguments = positional;

    out.dataDir = parser.isSet(dataDir)
        ? QDir(parser.value(dataDir)).absolutePath()
        // The desktop app's own data directory (organization Muster, application muster).
        : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
              .filePath(QStringLiteral("Muster/muster"));
    out.workspace = parser.value(workspace);
    if (!isValidWorkspaceName(out.workspace)) {
        out.error = tr("workspace names are 1 to 64 letters, digits, '.', '_' or '-'");
        return out;
    }
    if (parser.isSet(relay)) {
        out.relay = QUrl(parser.value(relay), QUrl::StrictMode);
        if (!out.relay.isValid() || (out.relay.scheme() != u"ws" && out.relay.scheme() != u"wss")
            || out.relay.host().isEmpty()) {
            out.error = tr("--relay wants a ws:// or wss:// URL, like ws://127.0.0.1:7447");
            return out;
        }
    }
    out.token = parser.isSet(token) ? parser.value(token).trimmed()
                                    : qEnvironmentVariable("MUSTER_TOKEN").trimmed();
    // It goes into an HTTP header: a line break would end it and start another header.
    if (std::any_of(out.token.begin(), out.token.end(),
                    [](QChar c) { return c.unicode() < 0x21 || c.unicode() > 0x7e; })) {
        out.error
            = tr("the access token has characters a token cannot have (spaces, line breaks or non-ASCII)");
        return out;
    }
    if (parser.isSet(caFile))
        out.caFile = QDir(parser.value(caFile)).absolutePath();
    out.user = parser.value(user).trimmed();
    if (out.user.isEmpty())
        out.user = qEnvironmentVariable("USER", QStringLiteral("musterctl"));

    out.title = parser.value(QStringLiteral("title"));
    out.summary = parser.value(QStringLiteral("summary"));
    out.services = parser.values(QStringLiteral("service"));
    out.json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("kind"))) {
        out.kind = parser.value(QStringLiteral("kind"));
        static const QStringList kinds {QStringLiteral("note"), QStringLiteral("decision"),
                                        QStringLiteral("action")};
        if (!kinds.contains(out.kind)) {
            out.error = tr("--kind wants note, decision or action");
            return out;
        }
    }
    if (out.command == u"declare") {
        if (out.title.trimmed().isEmpty() || !parser.isSet(QStringLiteral("severity"))) {
            out.error = tr("usage: musterctl %1").arg(spec->usage);
            return out;
        }
        bool ok = false;
        out.severity = parser.value(QStringLiteral("severity")).toInt(&ok);
        if (!ok || out.severity < 1 || out.severity > 4) {
            out.error = tr("--severity wants 1, 2, 3 or 4");
            return out;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        out.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || out.timeoutSeconds < 1 || out.timeoutSeconds > 86400) {
            out.error = tr("--timeout wants a whole number of seconds from 1 to 86400");
            return out;
        }
    }
    if (out.command == u"audience") {
        out.audienceType = parser.value(QStringLiteral("type"));
        out.to = parser.values(QStringLiteral("to"));
        out.cc = parser.values(QStringLiteral("cc"));
        out.zone = parser.value(QStringLiteral("zone"));
        if (!audienceTypeFromName(out.audienceType)) {
            out.error = tr("--type wants executives, support, engineering or customers");
            return out;
        }
        if (out.to.isEmpty()) {
            out.error = tr("an audience needs at least one --to address");
            return out;
        }
    }
    if (out.command == u"metrics") {
        out.chart = parser.value(QStringLiteral("chart"));
        if (!metricsChartFromName(out.chart)) {
            out.error
                = tr("metrics --chart wants one of %1").arg(metricsChartNames().join(QStringLiteral(", ")));
            return out;
        }
        out.fromDate = parser.value(QStringLiteral("from"));
        out.toDate = parser.value(QStringLiteral("to"));
        for (const QString &day : {out.fromDate, out.toDate}) {
            if (!day.isEmpty() && !QDate::fromString(day, Qt::ISODate).isValid()) {
                out.error = tr("'%1' is not a day: write it as YYYY-MM-DD").arg(day.left(40));
                return out;
            }
        }
        if (!out.fromDate.isEmpty() && !out.toDate.isEmpty()
            && QDate::fromString(out.toDate, Qt::ISODate) < QDate::fromString(out.fromDate, Qt::ISODate)) {
            out.error = tr("--to is before --from");
            return out;
        }
        if (out.services.size() > 1) {
            out.error = tr("metrics takes one --service");
            return out;
        }
        if (parser.isSet(QStringLiteral("severity"))) {
            bool ok = false;
            out.severity = parser.value(QStringLiteral("severity")).toInt(&ok);
            if (!ok || out.severity < 1 || out.severity > 4) {
                out.error = tr("--severity wants 1, 2, 3 or 4");
                return out;
            }
        }
        const QString by = parser.value(QStringLiteral("by"));
        if (!by.isEmpty() && by != u"week" && by != u"month") {
            out.error = tr("--by wants week or month");
            return out;
        }
        out.byMonth = by == u"month";
        out.outputPath = parser.value(QStringLiteral("output"));
    }
    if (out.command == u"comms") {
        out.audience = parser.value(QStringLiteral("audience"));
        out.stage = parser.value(QStringLiteral("stage"));
        out.emlPath = parser.value(QStringLiteral("eml"));
        out.text = parser.isSet(QStringLiteral("text"));
        out.markSent = parser.isSet(QStringLiteral("sent"));
        out.workaround = parser.value(QStringLiteral("workaround"));
        out.remaining = parser.value(QStringLiteral("remaining"));
        if (out.audience.trimmed().isEmpty()) {
            out.error = tr("comms needs --audience NAME (musterctl audiences lists them)");
            return out;
        }
        if (!out.stage.isEmpty() && !updateStageFromName(out.stage)) {
            out.error = tr("--stage wants initial, scoping, update, mitigated or resolved");
            return out;
        }
        if (out.emlPath.isEmpty() == !out.text) {
            out.error = tr("comms wants one of --eml FILE or --text");
            return out;
        }
    }
    if (out.command == u"export") {
        out.format = parser.value(QStringLiteral("format"));
        if (!exportFormatFromName(out.format)) {
            out.error = tr("export --format wants md, pdf or json");
            return out;
        }
        out.outputPath = parser.value(QStringLiteral("output"));
    }
    if (spec->options.contains(QStringLiteral("alertmanager"))) {
        out.alertmanager = QUrl(parser.value(QStringLiteral("alertmanager")), QUrl::StrictMode);
        if (!out.alertmanager.isValid()
            || (out.alertmanager.scheme() != u"http" && out.alertmanager.scheme() != u"https")
            || out.alertmanager.host().isEmpty()) {
            out.error
                = tr("%1 needs --alertmanager with an http:// or https:// URL, like http://127.0.0.1:9093")
                      .arg(out.command);
            return out;
        }
    }
    out.incident = parser.value(QStringLiteral("incident")).trimmed();
    if (out.command == u"acknowledge") {
        for (const QString &fingerprint : std::as_const(out.arguments)) {
            if (fingerprint.isEmpty() || fingerprint.size() > 64
                || !std::all_of(fingerprint.cbegin(), fingerprint.cend(),
                                [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; })) {
                out.error = tr("'%1' is not an alert fingerprint (1 to 64 letters and digits)")
                                .arg(fingerprint.left(40));
                return out;
            }
        }
    }
    return out;
}

} // namespace muster
