// SPDX-License-Identifier: GPL-3.0-or-later
// muster-relay runs on Qt's poll()-based event dispatcher, because GLib's costs n² steps per
// fan-out to n sockets (see src/relay/eventdispatcher.h). This test makes its application as
// the relay's main() does and checks which dispatcher it got; and that an operator who set
// QT_NO_GLIB themselves keeps their choice.
#include "relay/eventdispatcher.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QTest>

using namespace muster;

class TestEventDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRelayGetsThePollDispatcher()
    {
        const QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        QVERIFY(dispatcher);
        QCOMPARE(dispatcher->metaObject()->className(), "QEventDispatcherUNIX");
    }

    void anOperatorsOwnSettingStands()
    {
        const QByteArray before = qgetenv("QT_NO_GLIB");
        qputenv("QT_NO_GLIB", QByteArray()); // set and empty: the operator asks for GLib
        preferPollEventDispatcher();
        QVERIFY(qEnvironmentVariableIsSet("QT_NO_GLIB"));
        QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray());
        qputenv("QT_NO_GLIB", before);
    }
};

int main(int argc, char *argv[])
{
    // Whatever the shell that runs the tests has set, start from the relay's usual case: unset.
    qunsetenv("QT_NO_GLIB");
    preferPollEventDispatcher();
    QCoreApplication app(argc, argv);
    TestEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_eventdispatcher.moc"
