// SPDX-License-Identifier: GPL-3.0-or-later
#include "relaycommandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}
} // namespace

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress parsed = host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    if (host == u"localhost")
        parsed = QHostAddress::LocalHost;
    if (parsed.isNull())
        return false;
    *address = parsed;
    *port = quint16(number);
    return true;
}

RelayCommandLine parseRelayCommandLine(const QStringList &arguments)
{
    RelayCommandLine out;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Muster's relay: keeps every teammate's incident picture in sync."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port to listen on (default 127.0.0.1:7447; port 0 picks "
                                       "a free one)."),
                                    tr("ADDR:PORT"), QStringLiteral("127.0.0.1:7447"));
    const QCommandLineOption db(QStringLiteral("db"), tr("The relay's SQLite database."), tr("FILE"));
    const QCommandLineOption maxMessage(QStringLiteral("max-message-bytes"),
                                        tr("Largest message or frame accepted (default 65536)."),
                                        tr("BYTES"));
    const QCommandLineOption maxAhead(QStringLiteral("max-clock-ahead"),
                                      tr("Refuse ops stamped more than this far ahead of the relay's clock "
                                         "(default 60)."),
                                      tr("SECONDS"));
    const QCommandLineOption ping(QStringLiteral("ping-interval"),
                                  tr("Ping every peer this often; two missed pongs drop it (default 20)."),
                                  tr("SECONDS"));
    const QCommandLineOption http(QStringLiteral("http"),
                                  tr("Also receive Alertmanager webhooks over HTTP on this address and port, "
                                     "at /alertmanager/WORKSPACE (off unless given)."),
                                  tr("ADDR:PORT"));
    parser.addOptions({help, version, listen, db, http, maxMessage, maxAhead, ping});
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    if (parser.isSet(help)) {
        out.output = parser.helpText();
        return out;
    }
    if (parser.isSet(version)) {
        out.output = QStringLiteral("muster-relay " MUSTER_VERSION "\n");
        return out;
    }
    if (!parser.positionalArguments().isEmpty()) {
        out.error = tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst());
        return out;
    }
    if (!parseListenAddress(parser.value(listen), &out.server.address, &out.server.port)) {
        out.error = tr("--listen wants ADDR:PORT, like 127.0.0.1:7447, not '%1'").arg(parser.value(listen));
        return out;
    }
    if (parser.isSet(http)) {
        out.webhooks = true;
        if (!parseListenAddress(parser.value(http), &out.httpAddress, &out.httpPort)) {
            out.error = tr("--http wants ADDR:PORT, like 127.0.0.1:9095, not '%1'").arg(parser.value(http));
            return out;
        }
    }
    auto positive = [&](const QCommandLineOption &option, qint64 min, qint64 max, qint64 *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qint64 number = parser.value(option).toLongLong(&ok);
        if (!ok || number < min || number > max) {
            out.error = tr("--%1 wants a whole number from %2 to %3")
                            .arg(option.names().constFirst())
                            .arg(min)
                            .arg(max);
            return false;
        }
        *value = number;
        return true;
    };
    qint64 aheadSeconds = out.server.hub.maxClockAheadMs / 1000;
    qint64 pingSeconds = out.server.pingIntervalMs / 1000;
    if (!positive(maxMessage, 4096, 16 * 1024 * 1024, &out.server.hub.maxMessageBytes)
        || !positive(maxAhead, 1, 24 * 3600, &aheadSeconds) || !positive(ping, 1, 3600, &pingSeconds))
        return out;
    out.server.hub.maxClockAheadMs = aheadSeconds * 1000;
    out.server.pingIntervalMs = int(pingSeconds * 1000);
    out.databasePath = parser.isSet(db) ? QFileInfo(parser.value(db)).absoluteFilePath() : QString();
    if (out.databasePath.isEmpty()) {
        out.databasePath = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                               .filePath(QStringLiteral("muster-relay/relay.sqlite"));
    }
    return out;
}

} // namespace muster
