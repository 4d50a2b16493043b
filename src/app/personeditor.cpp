// SPDX-License-Identifier: GPL-3.0-or-later
#include "personeditor.h"

#include "core/changes.h"
#include "core/fields.h"
#include "core/ids.h"
#include "musterapp.h"
#include "peoplemodel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace muster {

PersonEditor::PersonEditor(QObject *parent)
    : QObject(parent)
{ }

void PersonEditor::setApp(MusterApp *app)
{
    if (m_app != app) {
        m_app = app;
        emit appChanged();
    }
}

void PersonEditor::set(QString &member, const QString &value)
{
    if (member != value) {
        member = value;
        emit changed();
    }
}

void PersonEditor::setName(const QString &v)
{
    set(m_name, v);
}
void PersonEditor::setEmail(const QString &v)
{
    set(m_email, v);
}
void PersonEditor::setTeam(const QString &v)
{
    set(m_team, v);
}
void PersonEditor::setHandle(const QString &v)
{
    set(m_handle, v);
}

void PersonEditor::setPersonId(const QString &id)
{
    const auto person = m_app ? m_app->people()->person(id) : std::nullopt;
    m_personId = person ? id : QString();
    m_name = person ? person->name : QString();
    m_email = person ? person->email : QString();
    m_team = person ? person->team : QString();
    m_handle = person ? person->handle : QString();
    emit changed();
}

QString PersonEditor::problem() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("muster", text); };
    if (m_name.trimmed().isEmpty())
        return tr("A name is needed.");
    for (const QString *field : {&m_name, &m_email, &m_team, &m_handle}) {
        if (const QString p = validateText(field->trimmed(), limits::shortTextChars, false); !p.isEmpty())
            return p;
    }
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!m_email.trimmed().isEmpty() && !email.match(m_email.trimmed()).hasMatch())
        return tr("That e-mail address does not look right.");
    if (m_app) {
        const auto sameName = m_app->people()->findByName(m_name);
        if (sameName && sameName->id != m_personId)
            return tr("Someone called %1 is already in the directory.").arg(sameName->name);
    }
    return {};
}

bool PersonEditor::submit()
{
    if (!valid() || !m_app)
        return false;
    const QString id = m_personId.isEmpty() ? newEntityId(m_app->nowMs()) : m_personId;
    const Person before = m_app->people()->person(id).value_or(Person {});
    const Person after {id, m_name, m_email, m_team, m_handle};
    m_app->commit(changes::savePerson(id, before, after), this, [this, id](bool ok) {
        if (ok)
            emit saved(id);
    });
    return true;
}

void PersonEditor::clear()
{
    setPersonId({});
}

} // namespace muster
