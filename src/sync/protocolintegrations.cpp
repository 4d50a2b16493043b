// SPDX-License-Identifier: GPL-3.0-or-later
// The integration messages of the relay protocol: `integrations` and `manage-integration`.
#include "protocolreader.h"

#include <QCoreApplication>

namespace muster::protocol::detail {

namespace {
// The context lupdate gives the messages of this namespace's functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("muster::protocol::detail", text);
}

const QString kType = QStringLiteral("type");
const QString kIntegrations = QStringLiteral("integrations");
const QString kEvents = QStringLiteral("events");
constexpr qsizetype kMaxIntegrations = 200;
constexpr qsizetype kMaxEvents = 20;

QCborArray textArray(const QStringList &texts)
{
    QCborArray out;
    for (const QString &text : texts)
        out.append(text);
    return out;
}
} // namespace

QCborMap toCbor(const Integrations &m)
{
    QCborArray items;
    for (const IntegrationInfo &i : m.integrations) {
        QCborMap item {{QStringLiteral("id"), i.id},
                       {QStringLiteral("kind"), i.kind},
                       {QStringLiteral("name"), i.name},
                       {QStringLiteral("target"), i.target},
                       {kEvents, textArray(i.events)},
                       {QStringLiteral("updateText"), i.updateText},
                       {QStringLiteral("paused"), i.paused},
                       {QStringLiteral("lastError"), i.lastError},
                       {QStringLiteral("lastErrorAt"), i.lastErrorAt},
                       {QStringLiteral("lastDeliveredAt"), i.lastDeliveredAt},
                       {QStringLiteral("waiting"), i.waiting}};
        if (!i.project.isEmpty()) {
            item.insert(QStringLiteral("project"), i.project);
            item.insert(QStringLiteral("issueType"), i.issueType);
            item.insert(QStringLiteral("account"), i.account);
        }
        items.append(item);
    }
    QCborMap map {{kType, kIntegrations}, {kIntegrations, items}, {QStringLiteral("manage"), m.manage}};
    if (m.answers)
        map.insert(QStringLiteral("answers"), m.answers);
    return map;
}

QCborMap toCbor(const ManageIntegration &m)
{
    QCborMap map {{kType, QStringLiteral("manage-integration")},
                  {QStringLiteral("id"), m.id},
                  {QStringLiteral("action"), m.action}};
    if (!m.integration.isEmpty())
        map.insert(QStringLiteral("integration"), m.integration);
    if (m.action == u"add") {
        map.insert(QStringLiteral("kind"), m.kind);
        map.insert(QStringLiteral("name"), m.name);
        map.insert(QStringLiteral("url"), m.url);
        if (!m.key.isEmpty())
            map.insert(QStringLiteral("key"), m.key);
        map.insert(kEvents, textArray(m.events));
        map.insert(QStringLiteral("updateText"), m.updateText);
        if (!m.project.isEmpty()) {
            map.insert(QStringLiteral("project"), m.project);
            map.insert(QStringLiteral("issueType"), m.issueType);
            map.insert(QStringLiteral("user"), m.user);
        }
    }
    return map;
}

Integrations decodeIntegrations(Reader &r)
{
    Integrations m;
    m.manage = r.flag(QStringLiteral("manage"));
    m.answers = r.count(QStringLiteral("answers"), false);
    const QCborArray items = r.array(kIntegrations);
    if (items.size() > kMaxIntegrations) {
        r.fail(kIntegrations, tr("an array of at most %1 integrations").arg(kMaxIntegrations));
        return m;
    }
    for (const QCborValue &item : items) {
        Reader field(item.toMap());
        IntegrationInfo i;
        i.id = field.text(QStringLiteral("id"), true, 64);
        i.kind = field.text(QStringLiteral("kind"), true, 32);
        i.name = field.text(QStringLiteral("name"), true, 200);
        i.target = field.text(QStringLiteral("target"), true, 2000);
        i.events = field.texts(kEvents, kMaxEvents, 32);
        i.updateText = field.flag(QStringLiteral("updateText"));
        i.paused = field.text(QStringLiteral("paused"), false, 1000);
        i.lastError = field.text(QStringLiteral("lastError"), false, 1000);
        i.lastErrorAt = field.count(QStringLiteral("lastErrorAt"), false);
        i.lastDeliveredAt = field.count(QStringLiteral("lastDeliveredAt"), false);
        i.waiting = field.count(QStringLiteral("waiting"), false);
        i.project = field.text(QStringLiteral("project"), false, 100);
        i.issueType = field.text(QStringLiteral("issueType"), false, 100);
        i.account = field.text(QStringLiteral("account"), false, 200);
        if (!item.isMap() || !field.error().isEmpty()) {
            r.fail(kIntegrations, tr("an array of integration maps"));
            return m;
        }
        m.integrations.append(i);
    }
    return m;
}

ManageIntegration decodeManageIntegration(Reader &r)
{
    ManageIntegration m;
    m.id = r.count(QStringLiteral("id"));
    m.action = r.text(QStringLiteral("action"), true, 16);
    m.integration = r.text(QStringLiteral("integration"), false, 64);
    if (m.action == u"add") {
        m.kind = r.text(QStringLiteral("kind"), true, 32);
        m.name = r.text(QStringLiteral("name"), true, 200);
        m.url = r.text(QStringLiteral("url"), true, 2000);
        m.key = r.text(QStringLiteral("key"), false, 1000);
        m.events = r.texts(kEvents, kMaxEvents, 32);
        m.updateText = r.flag(QStringLiteral("updateText"));
        m.project = r.text(QStringLiteral("project"), false, 100);
        m.issueType = r.text(QStringLiteral("issueType"), false, 100);
        m.user = r.text(QStringLiteral("user"), false, 200);
    } else if (m.action == u"remove" || m.action == u"retry") {
        if (m.integration.isEmpty())
            r.fail(QStringLiteral("integration"), tr("the integration's id"));
    } else if (r.error().isEmpty()) {
        r.fail(QStringLiteral("action"), tr("add, remove or retry"));
    }
    return m;
}

} // namespace muster::protocol::detail
