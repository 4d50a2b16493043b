// SPDX-License-Identifier: GPL-3.0-or-later
// musterctl: parses the command line and runs one command. Everything else is in muster_cli.
#include "cli/ctlcommandline.h"
#include "cli/musterctl.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Warnings from Qt and the libraries repeat what the error line says, or are noise to a script
    // (a socket torn down mid-send, a missing XDG_RUNTIME_DIR): they show only when
    // QT_LOGGING_RULES asks for output.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "musterctl: %s\n", qPrintable(message));
        });
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Muster"));
    QCoreApplication::setApplicationName(QStringLiteral("musterctl"));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    muster::CtlCommandLine line = muster::parseCtlCommandLine(arguments);
    // A PDF is typeset, and fonts come with a GUI application; musterctl never shows a window,
    // so it is an offscreen one, made only for that command.
    std::unique_ptr<QCoreApplication> app;
    if (line.error.isEmpty() && line.command == u"export" && line.format == u"pdf") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // stdout is for results and stderr for one-line errors; progress chatter only on request
    // (QT_LOGGING_RULES="muster.*.info=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!line.error.isEmpty()) {
        err << "musterctl: " << line.error << Qt::endl;
        return muster::exitcode::Usage;
    }
    if (!line.output.isEmpty()) {
        out << line.output;
        return muster::exitcode::Ok;
    }
    muster::Musterctl ctl(std::move(line), out, err);
    const int code = ctl.run();
    out.flush();
    return code;
}
