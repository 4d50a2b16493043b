// SPDX-License-Identifier: GPL-3.0-or-later
// musterctl: parses the command line and runs one command. Everything else is in muster_cli.
#include "cli/ctlcommandline.h"
#include "cli/musterctl.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Muster"));
    QCoreApplication::setApplicationName(QStringLiteral("musterctl"));
    // stdout is for results and stderr for one-line errors; progress chatter only on request
    // (QT_LOGGING_RULES="muster.*.info=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    muster::CtlCommandLine line = muster::parseCtlCommandLine(app.arguments());
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
