// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrospectiveeditor.h"

#include "core/blameless.h"
#include "core/fields.h"
#include "core/retrochanges.h"
#include "format.h"
#include "musterapp.h"
#include "peoplemodel.h"
#include "retrotimelinemodel.h"
#include "store/storeclient.h"

namespace muster {

RetrospectiveEditor::RetrospectiveEditor(MusterApp *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_timeline(new RetroTimelineModel(this))
{ }

void RetrospectiveEditor::setIncident(const Incident &incident)
{
    const bool other = incident.id != m_incident.id;
    m_incident = incident;
    if (other || !m_dirty) {
        m_parts = incident.retrospective.parts;
        setDirty(false);
        emit partsChanged();
    }
    emit stateChanged();
    if (m_active)
        reloadTimeline();
}

void RetrospectiveEditor::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
    if (active)
        reloadTimeline();
}

QString RetrospectiveEditor::impactDuration() const
{
    if (m_incident.id.isEmpty())
        return {};
    const qint64 now = m_app->nowMs();
    const qint64 ms = impactDurationMs(m_incident, now);
    return ms > 0 ? Format::elapsed(double(now - ms), double(now)) : QString();
}

int RetrospectiveEditor::hintCount() const
{
    int count = 0;
    for (const QString &text : m_parts)
        count += int(hintsFor(text).size());
    return count;
}

QVariantList RetrospectiveEditor::hintsFor(const QString &text) const
{
    QStringList people;
    for (int row = 0; row < m_app->people()->rowCount(); ++row)
        people << m_app->people()->index(row).data(PeopleModel::NameRole).toString();
    QVariantList out;
    for (const BlamelessHint &hint : blamelessHints(text, people)) {
        out.append(QVariantMap {{QStringLiteral("words"), hint.words},
                                {QStringLiteral("why"), hint.why},
                                {QStringLiteral("suggestion"), hint.suggestion},
                                {QStringLiteral("rule"), hint.rule}});
    }
    return out;
}

void RetrospectiveEditor::setPart(const QString &part, const QString &text)
{
    if (m_parts.value(part) == text)
        return;
    m_parts.insert(part, text);
    setDirty(true);
    emit partsChanged();
}

void RetrospectiveEditor::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged();
}

QString RetrospectiveEditor::validate() const
{
    if (m_incident.id.isEmpty())
        return tr("The incident is not loaded.");
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        if (const QString problem = validateText(it.value(), limits::longTextChars, true); !problem.isEmpty())
            return tr("%1: %2").arg(retroPartLabel(it.key()), problem);
    }
    return {};
}

QString RetrospectiveEditor::save()
{
    if (const QString problem = validate(); !problem.isEmpty())
        return problem;
    m_app->commit(changes::saveRetrospective(m_incident, m_parts), this, [this](bool ok) {
        if (ok)
            setDirty(false);
    });
    return {};
}

QString RetrospectiveEditor::setReviewState(const QString &state)
{
    const auto target = reviewStateFromName(state);
    if (!target)
        return tr("'%1' is not a review state.").arg(state);
    if (const QString problem = validate(); !problem.isEmpty())
        return problem;
    // What is on screen is what goes to review or gets published.
    m_app->commit(changes::saveRetrospective(m_incident, m_parts)
                      + changes::setReviewState(m_incident, *target),
                  this, [this](bool ok) {
                      if (ok)
                          setDirty(false);
                  });
    return {};
}

void RetrospectiveEditor::revert()
{
    m_parts = m_incident.retrospective.parts;
    setDirty(false);
    emit partsChanged();
}

void RetrospectiveEditor::setIncluded(int row, bool included)
{
    const auto entry = m_timeline->entryAt(row);
    const auto kind = entry ? logKindFromName(entry->kind) : std::nullopt;
    if (!entry || !kind || m_incident.id.isEmpty())
        return;
    m_app->commit(changes::setTimelineInclusion(m_incident, *entry->logId, *kind, included), this);
}

void RetrospectiveEditor::reloadTimeline()
{
    if (m_incident.id.isEmpty()) {
        m_timeline->setEntries({}, *m_app->people());
        return;
    }
    const quint64 generation = ++m_generation;
    const QString id = m_incident.id;
    m_app->storeClient()->run<StoreResult<QList<LogLine>>>(
        this, [id](Store &store) { return store.wholeLog(id); },
        [this, generation](const StoreResult<QList<LogLine>> &log) {
            if (generation != m_generation || !log.ok())
                return;
            QList<LogEntry> oldestFirst;
            oldestFirst.reserve(log.value.size());
            for (const LogLine &line : log.value)
                oldestFirst.append(line.entry);
            m_timeline->setEntries(retroTimeline(m_incident, oldestFirst, true), *m_app->people());
        });
}

} // namespace muster
