// SPDX-License-Identifier: GPL-3.0-or-later
// The communications desk's state for the whole app: the workspace's distribution lists and its
// communication settings (cadence, edited templates) as the store has them, read again whenever
// a change to them is saved here or arrives from a teammate. The board's and the incident
// header's "next update due" come from its cadence policy.
#pragma once

#include "comms/cadence.h"
#include "core/commssettings.h"

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>

Q_MOC_INCLUDE("commssettingseditor.h")

namespace muster {

class StoreClient;
class MusterApp;
class CommsSettingsEditor;
struct Operation;

class CommsDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The communications desk belongs to MusterApp")
    // The lists that are not archived, by name: [{id, name, audience, audienceLabel, to, cc, zone}].
    Q_PROPERTY(QVariantList lists READ lists NOTIFY changed)
    // The settings form's backend.
    Q_PROPERTY(muster::CommsSettingsEditor *editor READ editor CONSTANT)

public:
    CommsDesk(StoreClient *store, MusterApp *app);

    const CommsSettings &settings() const { return m_settings; }
    const QList<DistributionList> &allLists() const { return m_lists; }
    comms::CadencePolicy policy() const { return comms::cadencePolicy(m_settings); }
    QVariantList lists() const;
    CommsSettingsEditor *editor() const { return m_editor; }

    // Reads lists and settings; then() runs when they are in.
    void reload(std::function<void()> then = {});
    // Saved or received changes: reloads when any touches lists or settings.
    void onChanges(const QList<Operation> &ops);

Q_SIGNALS:
    void changed();

private:
    StoreClient *m_store;
    CommsSettingsEditor *m_editor;
    CommsSettings m_settings;
    QList<DistributionList> m_lists;
    quint64 m_generation = 0;
};

} // namespace muster
