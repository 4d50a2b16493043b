// SPDX-License-Identifier: GPL-3.0-or-later
// Exports the open incident's retrospective and full record as Markdown, PDF or JSON from the
// desktop (the same writers as `musterctl export`). The incident and its whole log are read on
// the store thread, then written by a worker thread, all or nothing.
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQmlIntegration>

namespace muster {

class IncidentRoom;
class MusterApp;

class IncidentExporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of IncidentRoom")
    // An export is being made.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Where exports go unless the user picks another folder: the documents folder.
    Q_PROPERTY(QUrl defaultFolder READ defaultFolder CONSTANT)

public:
    IncidentExporter(IncidentRoom *room, MusterApp *app);

    bool busy() const { return m_busy; }
    QUrl defaultFolder() const;

    // "2026-11-24-checkout-502s-for-eu-customers-retrospective.md": the day it started, the title.
    Q_INVOKABLE QString suggestedFileName(const QString &format) const;
    // Starts writing the open incident as "md", "pdf" or "json" to a local file; exported() or
    // failed() follows. Returns why it cannot start, or "".
    Q_INVOKABLE QString exportTo(const QString &format, const QUrl &file);
    // Opens the folder that holds an exported file in the file manager.
    Q_INVOKABLE void showFolder(const QString &path) const;

Q_SIGNALS:
    void busyChanged();
    void exported(const QString &path);
    void failed(const QString &problem);

private:
    void setBusy(bool busy);
    void finish(const QString &path, const QString &problem);

    IncidentRoom *m_room;
    MusterApp *m_app;
    bool m_busy = false;
};

} // namespace muster
