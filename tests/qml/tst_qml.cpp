// SPDX-License-Identifier: GPL-3.0-or-later
// The QuickTest runner for the QML tests. It creates a QApplication (Qt Charts needs one),
// makes the Muster module importable, and offers a `Fixture` singleton that builds a real
// MusterApp on a fresh temporary data directory.
#include "app/musterapp.h"

#include <QApplication>
#include <QFile>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(MusterPlugin)

class Fixture : public QObject
{
    Q_OBJECT

public:
    // A started app on an empty data directory; with demo, filled with the sample incidents.
    Q_INVOKABLE muster::MusterApp *createApp(bool demo, const QString &user)
    {
        auto dir = std::make_unique<QTemporaryDir>();
        muster::StartupOptions options;
        options.dataDir = dir->path();
        options.userName = user;
        options.demo = demo;
        auto *app = new muster::MusterApp(options, this);
        app->start();
        m_dirs.push_back(std::move(dir));
        return app;
    }

    // An app whose database file is not a database: startup must stop and say so.
    Q_INVOKABLE muster::MusterApp *createAppOnDamagedDatabase()
    {
        auto dir = std::make_unique<QTemporaryDir>();
        QFile file(dir->filePath(QStringLiteral("default.muster.sqlite")));
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray(4096, 'x'));
        file.close();
        muster::StartupOptions options;
        options.dataDir = dir->path();
        auto *app = new muster::MusterApp(options, this);
        app->start();
        m_dirs.push_back(std::move(dir));
        return app;
    }

private:
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        qmlRegisterSingletonInstance("MusterTest", 1, 0, "Fixture", &m_fixture);
    }

private:
    Fixture m_fixture;
};

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MusterTest"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "muster_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"
