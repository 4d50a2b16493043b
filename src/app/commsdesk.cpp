// SPDX-License-Identifier: GPL-3.0-or-later
#include "commsdesk.h"

#include "commssettingseditor.h"
#include "core/fields.h"
#include "core/operation.h"
#include "musterapp.h"
#include "store/storeclient.h"

namespace muster {

namespace {
struct Loaded
{
    StoreResult<CommsSettings> settings;
    StoreResult<QList<DistributionList>> lists;
};
} // namespace

CommsDesk::CommsDesk(StoreClient *store, MusterApp *app)
    : QObject(app)
    , m_store(store)
    , m_editor(new CommsSettingsEditor(this, app))
{ }

QVariantList CommsDesk::lists() const
{
    QVariantList out;
    for (const DistributionList &list : m_lists) {
        if (list.archived)
            continue;
        out.append(QVariantMap {{QStringLiteral("id"), list.id},
                                {QStringLiteral("name"), list.name},
                                {QStringLiteral("audience"), audienceTypeName(list.audience)},
                                {QStringLiteral("audienceLabel"), audienceTypeLabel(list.audience)},
                                {QStringLiteral("to"), list.to},
                                {QStringLiteral("cc"), list.cc},
                                {QStringLiteral("zone"), list.timeZone}});
    }
    return out;
}

void CommsDesk::reload(std::function<void()> then)
{
    const quint64 generation = ++m_generation;
    m_store->run<Loaded>(
        this,
        [](Store &store) {
            return Loaded {store.commsSettings(), store.distributionLists()};
        },
        [this, generation, then](const Loaded &loaded) {
            // An older answer than one already asked for is dropped; what failed keeps the last state.
            if (generation == m_generation && loaded.settings.ok() && loaded.lists.ok()) {
                m_settings = loaded.settings.value;
                m_lists = loaded.lists.value;
                emit changed();
            }
            if (then)
                then();
        });
}

void CommsDesk::onChanges(const QList<Operation> &ops)
{
    const bool touches = std::any_of(ops.cbegin(), ops.cend(), [](const Operation &op) {
        const auto entity = EntityRef::parse(op.entity);
        return entity && (entity->type == EntityType::List || entity->type == EntityType::Comms);
    });
    if (touches)
        reload();
}

} // namespace muster
