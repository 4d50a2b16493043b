// SPDX-License-Identifier: GPL-3.0-or-later
// muster: the desktop incident command center. Parses the command line, then hands over to
// MusterApp (the composition root) and the QML window.
#include "app/appsettings.h"
#include "app/commandline.h"
#include "app/musterapp.h"
#include "app/screenshot.h"
#include "app/singleinstance.h"
#include "app/startuptrace.h"
#include "app/windowmemory.h"
#include "store/instancelock.h"

#include <QApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTextStream>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(MusterPlugin)

namespace {
// How long a second start waits for the first to answer while the first is still starting.
constexpr int kFirstStartGraceMs = 3000;
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QUICK_CONTROLS_MATERIAL_VARIANT", "Dense");
    // --screenshot renders offscreen, and --help and --version only print: none of them needs
    // a display (CI, a terminal over ssh, a package's post-install check).
    for (int i = 1; i < argc && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"); ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        else if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0
                 || qstrcmp(argv[i], "--version") == 0)
            qputenv("QT_QPA_PLATFORM", "minimal");
    }
    QApplication application(argc, argv); // QApplication, not QGuiApplication: Qt Charts needs it
    QApplication::setOrganizationName(QStringLiteral("Muster"));
    QApplication::setApplicationName(QStringLiteral("muster"));
    QApplication::setApplicationDisplayName(QStringLiteral("Muster"));
    QApplication::setApplicationVersion(QStringLiteral(MUSTER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.muster.Muster"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.muster.Muster.svg")));

    // --language for this run, else the saved choice, else the system's language.
    const QString language = muster::requestedLanguage(application.arguments());
    muster::installTranslator(application,
                              muster::localeFor(language.isEmpty() ? muster::readSavedLanguage() : language));
    muster::CommandLine cli = muster::parseCommandLine(application.arguments());
    if (!cli.error.isEmpty()) {
        QTextStream(stderr) << "muster: " << cli.error << "\n";
        return 2;
    }
    if (!cli.output.isEmpty()) {
        QTextStream(stdout) << cli.output << "\n";
        return 0;
    }
    QQuickStyle::setStyle(QStringLiteral("Material"));
    // Settings fill what the command line left open; screenshots stay independent of them.
    if (cli.screenshotPath.isEmpty())
        muster::applySavedSettings(cli, muster::readSavedSettings());
    muster::applySavedDetection(cli, muster::readSavedDetection());

    // One window per data directory: a second start brings the first forward and exits. The
    // lock decides who is first; only its holder answers later starts, so two Musters started
    // at once cannot both take the socket.
    const bool interactive = cli.screenshotPath.isEmpty();
    muster::InstanceLock lock(cli.options.dataDir);
    const bool locked = lock.tryLock();
    muster::SingleInstance instance(cli.options.dataDir);
    if (interactive && !locked && instance.activateRunningWithin(kFirstStartGraceMs)) {
        QTextStream(stdout) << "muster: already running on " << cli.options.dataDir
                            << "; brought it forward\n";
        return 0;
    }
    if (interactive && locked)
        instance.listen();

    muster::MusterApp app(cli.options);
    if (!locked) {
        QTextStream(stderr) << "muster: " << lock.errorMessage() << "\n";
        app.fail(lock.errorMessage());
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&app)},
                                 {QStringLiteral("fullScreenAllowed"), cli.screenshotPath.isEmpty()}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Muster/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (cli.size.isValid())
        window->resize(cli.size);
    muster::installStartupTrace(window, &app);
    // The same place, size and view as last time; not for screenshots, a size asked for on the
    // command line, or the wall (a full-screen mode of its own).
    muster::WindowMemory memory(window, &app);
    if (interactive && !cli.size.isValid() && !cli.options.wall) {
        QSettings settings;
        memory.restore(muster::WindowMemory::read(settings));
        QObject::connect(&application, &QCoreApplication::aboutToQuit, &memory, [&memory] {
            QSettings settings;
            muster::WindowMemory::write(settings, memory.current());
        });
    }
    QObject::connect(&instance, &muster::SingleInstance::activationRequested, window, [window] {
        if (window->visibility() == QWindow::Minimized)
            window->showNormal();
        window->raise();
        window->requestActivate();
    });
    app.start();

    if (cli.screenshotPath.isEmpty())
        return application.exec();

    muster::ScreenshotWriter writer(&app, window, cli.screenshotPath, cli.view);
    QObject::connect(&writer, &muster::ScreenshotWriter::finished, &application, &QApplication::exit);
    writer.start();
    return application.exec();
}
