// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatetemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace muster::comms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster::comms", text);
}

} // namespace

UpdateStage suggestedStage(LifecycleState state, bool anySent)
{
    switch (state) {
    case LifecycleState::Mitigated:
        return UpdateStage::Mitigated;
    case LifecycleState::Resolved:
    case LifecycleState::Learning:
    case LifecycleState::Closed:
        return UpdateStage::Resolved;
    default:
        return anySent ? UpdateStage::Update : UpdateStage::Initial;
    }
}

UpdateTemplate defaultTemplate(AudienceType audience, UpdateStage stage)
{
    // Resources of this library (resources/comms/), linked in as an object library.
    QFile file(QStringLiteral(":/comms/%1-%2.txt").arg(audienceTypeName(audience), updateStageName(stage)));
    UpdateTemplate out {audience, stage, {}, {}};
    if (!file.open(QIODevice::ReadOnly))
        return out; // every pair is bundled; tst_updatetemplate renders each one
    // "Subject: …", a blank line, then the body.
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype end = text.indexOf(u'\n');
    out.subject = text.left(end).section(u':', 1).trimmed();
    out.body = text.mid(end + 1).trimmed() + u'\n';
    return out;
}

UpdateTemplate templateFor(const CommsSettings &settings, AudienceType audience, UpdateStage stage)
{
    const auto edited = settings.templates.constFind({audience, stage});
    if (edited == settings.templates.cend())
        return defaultTemplate(audience, stage);
    return {audience, stage, edited->subject, edited->body};
}

QList<std::pair<QString, QString>> placeholderHelp()
{
    return {
        {QStringLiteral("title"), tr("The incident's title")},
        {QStringLiteral("id"), tr("The incident's id")},
        {QStringLiteral("severity"), tr("SEV1 … SEV4")},
        {QStringLiteral("status"), tr("Where the response stands: Investigating, Mitigated, …")},
        {QStringLiteral("summary"), tr("The incident's summary")},
        {QStringLiteral("impact"), tr("The customer impact as written in the incident")},
        {QStringLiteral("services"), tr("The affected services")},
        {QStringLiteral("bridge"), tr("The conference bridge's link, for teams asked to join")},
        {QStringLiteral("started"), tr("When it started, in the audience's time zone")},
        {QStringLiteral("actions"), tr("What is being done now: open tasks and runbook steps under way")},
        {QStringLiteral("ic"), tr("The Incident Commander's name")},
        {QStringLiteral("cl"), tr("The Communications Lead's name")},
        {QStringLiteral("next_update"), tr("When the next update comes, in the audience's time zone")},
        {QStringLiteral("workaround"), tr("What customers can do meanwhile, as written in the draft")},
        {QStringLiteral("remaining"), tr("Whether any impact or data loss remains, as written in the draft")},
    };
}

RenderedUpdate renderTemplate(const UpdateTemplate &updateTemplate, const QMap<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    RenderedUpdate out;
    auto fill = [&](const QString &text) {
        QString result;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            result += QStringView(text).mid(last, match.capturedStart() - last);
            const QString name = match.captured(1);
            const QString value = values.value(name).trimmed();
            if (value.isEmpty()) {
                result += QStringLiteral("{{") + name + QStringLiteral("}}");
                if (!out.unfilled.contains(name))
                    out.unfilled << name;
            } else {
                result += value;
            }
            last = match.capturedEnd();
        }
        return result + text.mid(last);
    };
    // A subject is one line whatever a value held.
    out.subject = fill(updateTemplate.subject).simplified();
    out.body = fill(updateTemplate.body);
    return out;
}

} // namespace muster::comms
