// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrationcommands.h"

#include "core/changes.h"
#include "core/fields.h"
#include "core/ids.h"
#include "integrations/pagerduty/pagerdutyevents.h"
#include "integrationstore.h"
#include "relaystorage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>
#include <QUrl>

namespace muster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

QString allEventNames()
{
    return eventListName({allIncidentEventKinds.begin(), allIncidentEventKinds.end()});
}

} // namespace

RelayCommandLine parseIntegrationCommandLine(const QStringList &arguments)
{
    RelayCommandLine out;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manages where the relay posts incident events: Slack, Microsoft Teams and Mattermost "
           "channels through their incoming webhooks, and PagerDuty through its Events API v2; where "
           "PagerDuty's webhooks come in; and the Jira project action items are filed in.\n\n"
           "  integration add --workspace W --kind slack|teams|mattermost|pagerduty --name NAME\n"
           "                  [--events LIST] [--update-text] [--url-file FILE] [--endpoint URL]\n"
           "      reads the secret from FILE or standard input: a chat webhook's URL, or PagerDuty's\n"
           "      integration key (it stays on the relay, is never sent to desktops and never\n"
           "      logged); prints the new id\n"
           "  integration add --workspace W --kind pagerduty-webhook --name NAME [--url-file FILE]\n"
           "      reads a PagerDuty webhook subscription's signing secret; PagerDuty posts to\n"
           "      /pagerduty/W on the --http listener, and its incidents appear in Detection\n"
           "  integration add --workspace W --kind jira --name NAME --site URL --project KEY\n"
           "                  --issue-type TYPE [--user EMAIL] [--url-file FILE]\n"
           "      reads a Jira token: with --user, the account's API token (Jira Cloud); without,\n"
           "      a personal access token (Data Center). Action items sent to Jira from the app\n"
           "      become issues in project KEY, and their status is read back every 5 minutes\n"
           "  integration list\n"
           "      every integration: id, workspace, kind, name, where it posts, events, how delivery goes\n"
           "  integration remove ID\n"
           "      stops posting and drops what is still queued\n"
           "  integration retry ID\n"
           "      resumes a paused integration and sends what is queued now"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The relay's SQLite database."), tr("FILE"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("The workspace whose incidents are posted."), tr("NAME"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        tr("slack, teams, mattermost, pagerduty (these post), pagerduty-webhook (receives) or jira (files "
           "action items)."),
        tr("KIND"));
    const QCommandLineOption name(QStringLiteral("name"), tr("What the team calls it, like #incidents."),
                                  tr("NAME"));
    const QCommandLineOption events(
        QStringLiteral("events"),
        tr("Which events to post, separated by commas, of %1 (default: all but acknowledged for chat; "
           "declared,acknowledged,resolved for PagerDuty, which takes only those).")
            .arg(allEventNames()),
        tr("LIST"));
    const QCommandLineOption updateText(QStringLiteral("update-text"),
                                        tr("Quote a stakeholder update's text, not only its subject."));
    const QCommandLineOption urlFile(QStringLiteral("url-file"),
                                     tr("Read the secret (webhook URL, integration key, signing secret or "
                                        "Jira token) from this file instead of standard input."),
                                     tr("FILE"));
    const QCommandLineOption site(QStringLiteral("site"),
                                  tr("Jira only: the site, like https://acme.atlassian.net."), tr("URL"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     tr("Jira only: the key of the project issues are filed in, like OPS."),
                                     tr("KEY"));
    const QCommandLineOption issueType(QStringLiteral("issue-type"),
                                       tr("Jira only: the issue type's name, like Task."), tr("TYPE"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        tr("Jira Cloud only: the e-mail of the account whose API token is given. Without it the token is "
           "a personal access token (Jira Data Center)."),
        tr("EMAIL"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        tr("PagerDuty only: the Events API address (default %1; "
           "https://events.eu.pagerduty.com/v2/enqueue for the EU service region).")
            .arg(QString::fromLatin1(kPagerDutyEventsUrl)),
        tr("URL"));
    parser.addOptions({help, db, workspace, kind, name, events, updateText, urlFile, endpoint, site, project,
                       issueType, user});
    if (!relayParsedOrAnswered(parser, arguments, help, &out))
        return out;
    const bool jiraOptions
        = parser.isSet(site) || parser.isSet(project) || parser.isSet(issueType) || parser.isSet(user);
    out.databasePath = relayDatabaseFrom(parser, db);
    const QStringList words = parser.positionalArguments(); // "integration", the verb, its argument
    const QString verb = words.value(1);
    const bool takesId = verb == u"remove" || verb == u"retry";
    if (verb == u"add") {
        out.command = RelayCommandLine::Command::IntegrationAdd;
        out.integrationWorkspace = parser.value(workspace);
        out.integrationKind = parser.value(kind);
        out.integrationName = parser.value(name).trimmed();
        out.integrationUpdateText = parser.isSet(updateText);
        out.integrationUrlFile = parser.value(urlFile);
        out.integrationEndpoint = parser.value(endpoint);
        out.integrationSite = parser.value(site).trimmed();
        out.integrationProject = parser.value(project).trimmed();
        out.integrationIssueType = parser.value(issueType).trimmed();
        out.integrationUser = parser.value(user).trimmed();
        const auto parsedKind = integrationKindFromName(out.integrationKind);
        out.integrationEvents = parser.isSet(events) || !parsedKind
            ? parser.value(events)
            : eventListName(defaultEvents(*parsedKind));
        QString unknownEvent;
        if (!isValidWorkspaceName(out.integrationWorkspace)) {
            out.error = parser.isSet(workspace)
                ? tr("'%1' is not a valid workspace name").arg(out.integrationWorkspace)
                : tr("integration add needs --workspace NAME");
        } else if (!parsedKind) {
            out.error = parser.isSet(kind)
                ? tr("--kind is slack, teams, mattermost, pagerduty, pagerduty-webhook or jira, not '%1'")
                      .arg(out.integrationKind)
                : tr("integration add needs --kind slack, teams, mattermost, pagerduty, pagerduty-webhook or "
                     "jira");
        } else if (out.integrationName.isEmpty()) {
            out.error = tr("integration add needs --name, like --name '#incidents'");
        } else if (!validateText(out.integrationName, 100, false).isEmpty()) {
            out.error = tr("--name wants 1 to 100 characters without control characters");
        } else if (*parsedKind == IntegrationKind::Jira) {
            const JiraSettings settings {out.integrationProject, out.integrationIssueType,
                                         out.integrationUser};
            if (parser.isSet(events) || parser.isSet(updateText) || parser.isSet(endpoint))
                out.error
                    = tr("a jira integration files action items; --events, --update-text and --endpoint "
                         "are for the others");
            else if (out.integrationSite.isEmpty())
                out.error = tr("a jira integration needs --site, like --site https://acme.atlassian.net");
            else if (const QString problem = validateWebhookUrl(out.integrationSite); !problem.isEmpty())
                out.error = tr("--site: %1").arg(problem);
            else if (const QString problem = validateJiraSettings(settings); !problem.isEmpty())
                out.error = problem;
        } else if (jiraOptions) {
            out.error = tr("--site, --project, --issue-type and --user are for --kind jira");
        } else if (*parsedKind == IntegrationKind::PagerDutyWebhook) {
            if (parser.isSet(events) || parser.isSet(updateText) || parser.isSet(endpoint))
                out.error
                    = tr("a pagerduty-webhook integration receives; --events, --update-text and --endpoint "
                         "are for those that post");
        } else if (!eventListFromName(out.integrationEvents, &unknownEvent)) {
            out.error = tr("--events takes %1, not '%2'").arg(allEventNames(), unknownEvent.left(40));
        } else if (eventListFromName(out.integrationEvents)->contains(IncidentEventKind::ActionItemFiled)) {
            out.error = tr("action-item is for Jira integrations");
        } else if (*parsedKind == IntegrationKind::PagerDuty) {
            const auto chosen = *eventListFromName(out.integrationEvents);
            if (!std::all_of(chosen.cbegin(), chosen.cend(), isPagerDutyEvent))
                out.error = tr("PagerDuty takes only the events declared, acknowledged and resolved");
            else if (parser.isSet(updateText))
                out.error = tr("--update-text is for chat integrations");
        } else if (parser.isSet(endpoint)) {
            out.error = tr("--endpoint is for PagerDuty; a chat integration's URL is its webhook");
        }
        if (!out.error.isEmpty())
            return out;
    } else if (verb == u"list") {
        out.command = RelayCommandLine::Command::IntegrationList;
    } else if (takesId) {
        out.command = verb == u"remove" ? RelayCommandLine::Command::IntegrationRemove
                                        : RelayCommandLine::Command::IntegrationRetry;
        out.integrationId = words.value(2);
        if (out.integrationId.isEmpty()) {
            out.error = tr("integration %1 needs the integration's id (see integration list)").arg(verb);
            return out;
        }
    } else {
        out.error = verb.isEmpty() ? tr("integration wants add, list, remove or retry")
                                   : tr("integration wants add, list, remove or retry, not '%1'").arg(verb);
        return out;
    }
    const qsizetype expected = takesId ? 3 : 2;
    if (words.size() > expected)
        out.error = tr("unexpected argument '%1'").arg(words.at(expected));
    else if (out.command != RelayCommandLine::Command::IntegrationAdd
             && (parser.isSet(workspace) || parser.isSet(kind) || parser.isSet(name) || parser.isSet(events)
                 || parser.isSet(updateText) || parser.isSet(urlFile) || parser.isSet(endpoint)
                 || jiraOptions))
        out.error
            = tr("--workspace, --kind, --name, --events, --update-text, --url-file, --endpoint, --site, "
                 "--project, --issue-type and --user belong to integration add");
    return out;
}

namespace {

// Gives a new integration its id, its start (the workspace's head: it acts on what comes after)
// and its time, saves it and prints its id. False, with the reason on err, when it could not.
bool saveNew(Integration &integration, IntegrationStore &store, RelayStorage &ops, QTextStream &out,
             QTextStream &err, qint64 nowMs)
{
    const auto head = ops.head(integration.workspace);
    if (!head.ok()) {
        err << tr("muster-relay: cannot read the workspace: %1").arg(head.error.message) << Qt::endl;
        return false;
    }
    integration.id = newIntegrationId();
    integration.afterSeq = head.value;
    integration.createdAtMs = nowMs;
    if (auto error = store.saveIntegration(integration)) {
        err << tr("muster-relay: cannot save the integration: %1").arg(error.message) << Qt::endl;
        return false;
    }
    out << integration.id << Qt::endl;
    return true;
}

// `integration add --kind pagerduty-webhook`: where PagerDuty's webhooks are received and checked.
int addIncoming(const RelayCommandLine &line, IntegrationStore &store, RelayStorage &ops,
                const QString &secret, QTextStream &out, QTextStream &err, qint64 nowMs)
{
    if (const QString problem
        = validateIntegrationRequest(line.integrationKind, line.integrationName, {}, {}, secret);
        !problem.isEmpty()) {
        err << tr("muster-relay: %1").arg(problem) << Qt::endl;
        return 1;
    }
    Integration integration;
    integration.workspace = line.integrationWorkspace;
    integration.kind = IntegrationKind::PagerDutyWebhook;
    integration.name = line.integrationName;
    integration.secret = secret;
    if (!saveNew(integration, store, ops, out, err, nowMs))
        return 1;
    err << tr("Integration %1: PagerDuty webhooks for workspace %2 are received at %3 on the relay's --http "
              "listener, checked against the signing secret; a running relay takes them within 10 seconds.")
               .arg(integration.id, integration.workspace, targetOf(integration))
        << Qt::endl;
    return 0;
}

// `integration add --kind jira`: where action items are filed, and with which token.
int addJira(const RelayCommandLine &line, IntegrationStore &store, RelayStorage &ops, const QString &token,
            QTextStream &out, QTextStream &err, qint64 nowMs)
{
    const JiraSettings settings {line.integrationProject, line.integrationIssueType, line.integrationUser};
    if (const QString problem = validateIntegrationRequest(line.integrationKind, line.integrationName,
                                                           line.integrationSite, {}, token, settings);
        !problem.isEmpty()) {
        err << tr("muster-relay: %1").arg(problem) << Qt::endl;
        return 1;
    }
    const auto all = store.integrations();
    if (!all.ok()) {
        err << tr("muster-relay: cannot read the integrations: %1").arg(all.error.message) << Qt::endl;
        return 1;
    }
    if (const QString jira = jiraIntegrationOf(all.value, line.integrationWorkspace); !jira.isEmpty()) {
        err << tr("muster-relay: workspace %1 files action items in Jira already (%2); remove that one first")
                   .arg(line.integrationWorkspace, jira)
            << Qt::endl;
        return 1;
    }
    Integration integration;
    integration.workspace = line.integrationWorkspace;
    integration.kind = IntegrationKind::Jira;
    integration.name = line.integrationName;
    integration.url = jiraSite(line.integrationSite);
    integration.secret = token;
    integration.events = defaultEvents(IntegrationKind::Jira);
    integration.jira = settings;
    if (!saveNew(integration, store, ops, out, err, nowMs))
        return 1;
    err << tr("Integration %1: action items of workspace %2 sent to Jira become %3 issues in project %4 at "
              "%5, "
              "filed as %6. A running relay starts within 10 seconds.")
               .arg(integration.id, integration.workspace, settings.issueType, settings.project,
                    targetOf(integration.url),
                    settings.user.isEmpty() ? tr("the personal access token's account") : settings.user)
        << Qt::endl;
    return 0;
}

int add(const RelayCommandLine &line, IntegrationStore &store, RelayStorage &ops, QTextStream &in,
        QTextStream &out, QTextStream &err, qint64 nowMs)
{
    const IntegrationKind kind = *integrationKindFromName(line.integrationKind);
    const bool pagerDuty = kind == IntegrationKind::PagerDuty;
    const bool incoming = kind == IntegrationKind::PagerDutyWebhook;
    QString secret;
    if (!line.integrationUrlFile.isEmpty()) {
        QFile file(line.integrationUrlFile);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("muster-relay: cannot read %1: %2").arg(line.integrationUrlFile, file.errorString())
                << Qt::endl;
            return 1;
        }
        secret = QString::fromUtf8(file.readLine(4096)).trimmed();
    } else {
        err << (kind == IntegrationKind::Jira
                    ? tr("Jira token (read from standard input, not echoed to any log):")
                    : incoming
                    ? tr("The PagerDuty webhook's signing secret (read from standard input, not echoed "
                         "to any log):")
                    : pagerDuty
                    ? tr("PagerDuty integration key (read from standard input, not echoed to any log):")
                    : tr("Webhook URL (read from standard input, not echoed to any log):"))
            << Qt::endl;
        secret = in.readLine(4096).trimmed();
    }
    const QString url = pagerDuty
        ? (line.integrationEndpoint.isEmpty() ? QString::fromLatin1(kPagerDutyEventsUrl)
                                              : line.integrationEndpoint.trimmed())
        : secret;
    if (incoming)
        return addIncoming(line, store, ops, secret, out, err, nowMs);
    if (kind == IntegrationKind::Jira)
        return addJira(line, store, ops, secret, out, err, nowMs);
    if (pagerDuty && !isValidRoutingKey(secret)) {
        err << tr("muster-relay: a PagerDuty integration key is 32 letters and digits (the service's Events "
                  "API v2 integration)")
            << Qt::endl;
        return 1;
    }
    if (const QString problem = validateWebhookUrl(url); !problem.isEmpty()) {
        err << tr("muster-relay: %1").arg(problem) << Qt::endl;
        return 1;
    }
    Integration integration;
    integration.workspace = line.integrationWorkspace;
    integration.kind = kind;
    integration.name = line.integrationName;
    integration.url = url;
    integration.secret = pagerDuty ? secret : QString();
    integration.events = *eventListFromName(line.integrationEvents);
    integration.options.includeUpdateText = line.integrationUpdateText;
    if (!saveNew(integration, store, ops, out, err, nowMs))
        return 1;
    err << tr("Integration %1: %2 posts to %3 (%4) for workspace %5 on: %6. A running relay starts within 10 "
              "seconds; incidents already there are posted when they next change.")
               .arg(integration.id, integrationKindName(integration.kind), integration.name, targetOf(url),
                    integration.workspace,
                    eventListName(integration.events).replace(u',', QStringLiteral(", ")))
        << Qt::endl;
    if (QUrl(url).scheme() == u"http" && !QHostAddress(QUrl(url).host()).isLoopback())
        err << tr(
            "muster-relay: warning: the URL is plain http://, so its secret crosses the network unencrypted")
            << Qt::endl;
    return 0;
}

int list(IntegrationStore &store, QTextStream &out, QTextStream &err)
{
    const auto all = store.integrations();
    if (!all.ok()) {
        err << tr("muster-relay: cannot read the integrations: %1").arg(all.error.message) << Qt::endl;
        return 1;
    }
    if (all.value.isEmpty()) {
        err << tr(
            "No integrations yet. Add one with: muster-relay integration add --workspace NAME --kind slack "
            "--name '#incidents' < webhook-url.txt")
            << Qt::endl;
        return 0;
    }
    // Columns separated by two spaces, each as wide as its widest entry; delivery last, as it
    // may be a long sentence.
    QList<QStringList> rows {{tr("ID"), tr("WORKSPACE"), tr("KIND"), tr("NAME"), tr("POSTS TO"), tr("EVENTS"),
                              tr("WAITING"), tr("DELIVERY")}};
    for (const Integration &i : all.value) {
        const auto waiting = store.waitingPosts(i.id);
        QString delivery;
        if (!i.paused.isEmpty())
            delivery = tr("paused: %1").arg(i.paused);
        else if (!i.lastError.isEmpty() && waiting.ok() && waiting.value == 0)
            delivery = tr("warning: %1").arg(i.lastError);
        else if (!i.lastError.isEmpty())
            delivery = tr("retrying: %1").arg(i.lastError);
        else if (i.lastDeliveredAtMs > 0)
            delivery = tr("ok, last post %1").arg(formatLogTime(i.lastDeliveredAtMs));
        else
            delivery = tr("nothing posted yet");
        rows << QStringList {i.id,
                             i.workspace,
                             integrationKindName(i.kind),
                             i.name,
                             targetOf(i),
                             eventListName(i.events)
                                 + (i.options.includeUpdateText ? QStringLiteral("+text") : QString()),
                             waiting.ok() ? QString::number(waiting.value) : QStringLiteral("?"),
                             delivery};
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c + 1 < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c + 1 < row.size(); ++c)
            out << row.at(c).leftJustified(widths.at(c)) << "  ";
        out << row.constLast() << '\n';
    }
    out.flush();
    return 0;
}

int removeOrRetry(const RelayCommandLine &line, IntegrationStore &store, QTextStream &out, QTextStream &err,
                  qint64 nowMs)
{
    const bool remove = line.command == RelayCommandLine::Command::IntegrationRemove;
    const auto done = remove ? store.removeIntegration(line.integrationId)
                             : store.resumeIntegration(line.integrationId, nowMs);
    if (!done.ok()) {
        err << tr("muster-relay: cannot change the integration: %1").arg(done.error.message) << Qt::endl;
        return 1;
    }
    if (!done.value) {
        err << tr("muster-relay: there is no integration %1 (see muster-relay integration list)")
                   .arg(line.integrationId.left(40))
            << Qt::endl;
        return 1;
    }
    out << (remove
                ? tr("Removed integration %1 and its queue. A running relay stops posting within 10 seconds.")
                : tr("Integration %1 resumes: a running relay sends what is queued within 10 seconds."))
               .arg(line.integrationId)
        << Qt::endl;
    return 0;
}

} // namespace

int runIntegrationCommand(const RelayCommandLine &line, IntegrationStore &integrations, RelayStorage &ops,
                          QTextStream &in, QTextStream &out, QTextStream &err, qint64 nowMs)
{
    switch (line.command) {
    case RelayCommandLine::Command::IntegrationAdd:
        return add(line, integrations, ops, in, out, err, nowMs);
    case RelayCommandLine::Command::IntegrationList:
        return list(integrations, out, err);
    case RelayCommandLine::Command::IntegrationRemove:
    case RelayCommandLine::Command::IntegrationRetry:
        return removeOrRetry(line, integrations, out, err, nowMs);
    default:
        break;
    }
    return 2;
}

} // namespace muster
