// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdispatcher.h"

#include <QByteArray>
#include <QtGlobal>

namespace muster {

void preferPollEventDispatcher()
{
    // QCoreApplication reads the variable once, when it makes its dispatcher; an operator who
    // set it either way (QT_NO_GLIB= keeps GLib) is left to have what they asked for.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
}

} // namespace muster
