// SPDX-License-Identifier: GPL-3.0-or-later
// The "Add integration" form: which service, the channel's name, the incoming webhook's URL,
// which events to post, whether to quote stakeholder updates. Submitting sends it to the relay,
// which keeps the URL; the form waits for the relay's answer and shows a refusal as it came.
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>

Q_MOC_INCLUDE("integrationlist.h")

namespace muster {

class IntegrationList;

class IntegrationEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::IntegrationList *integrations READ integrations WRITE setIntegrations NOTIFY
                   integrationsChanged REQUIRED)
    // "slack", "teams", "mattermost", "pagerduty", "pagerduty-webhook" or "jira"; kindChoices()
    // for a combo box. Choosing one chooses its usual events.
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    // The secret: a chat webhook's URL, PagerDuty's integration key or signing secret, Jira's token.
    Q_PROPERTY(QString url READ url WRITE setUrl NOTIFY changed)
    Q_PROPERTY(QString nameLabel READ nameLabel NOTIFY changed)
    Q_PROPERTY(QString namePlaceholder READ namePlaceholder NOTIFY changed)
    Q_PROPERTY(QString secretLabel READ secretLabel NOTIFY changed)
    Q_PROPERTY(QString secretPlaceholder READ secretPlaceholder NOTIFY changed)
    // The kind receives (PagerDuty's webhooks) rather than posts: no events to choose.
    Q_PROPERTY(bool receives READ receives NOTIFY changed)
    // Jira: the site, project key, issue type and (Jira Cloud) the account's e-mail; `url` holds
    // the token. It files action items when asked, so it has no events either.
    Q_PROPERTY(bool jira READ jira NOTIFY changed)
    Q_PROPERTY(QString site READ site WRITE setSite NOTIFY changed)
    Q_PROPERTY(QString project READ project WRITE setProject NOTIFY changed)
    Q_PROPERTY(QString issueType READ issueType WRITE setIssueType NOTIFY changed)
    Q_PROPERTY(QString user READ user WRITE setUser NOTIFY changed)
    // [{value, label, checked}] in the relay's order: those the kind can send.
    Q_PROPERTY(QVariantList events READ events NOTIFY changed)
    Q_PROPERTY(bool updateText READ updateText WRITE setUpdateText NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString refusal READ refusal NOTIFY busyChanged)

public:
    explicit IntegrationEditor(QObject *parent = nullptr);

    IntegrationList *integrations() const { return m_integrations; }
    void setIntegrations(IntegrationList *integrations);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString name() const { return m_name; }
    void setName(const QString &name);
    QString url() const { return m_url; }
    void setUrl(const QString &url);
    bool receives() const { return incoming(); }
    bool jira() const { return m_kind == u"jira"; }
    QString site() const { return m_site; }
    void setSite(const QString &site);
    QString project() const { return m_project; }
    void setProject(const QString &project);
    QString issueType() const { return m_issueType; }
    void setIssueType(const QString &issueType);
    QString user() const { return m_user; }
    void setUser(const QString &user);
    // A chat integration is named after its channel; PagerDuty's after what the team calls it.
    QString nameLabel() const;
    QString namePlaceholder() const;
    QString secretLabel() const;
    QString secretPlaceholder() const;
    QVariantList events() const;
    bool updateText() const { return m_updateText; }
    void setUpdateText(bool on);
    bool valid() const { return problem().isEmpty(); }
    QString problem() const;
    bool busy() const { return m_pending != 0; }
    QString refusal() const { return m_refusal; }

    Q_INVOKABLE QVariantList kindChoices() const;
    Q_INVOKABLE void setEvent(const QString &event, bool on);
    // Sends the form to the relay when valid; added() follows its yes, `refusal` its no.
    Q_INVOKABLE bool submit();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void integrationsChanged();
    void changed();
    void busyChanged();
    void added();

private:
    void onAnswered(qint64 id, const QString &refusal);

    IntegrationList *m_integrations = nullptr;
    bool pagerDuty() const { return m_kind == u"pagerduty"; }
    bool incoming() const { return m_kind == u"pagerduty-webhook"; }
    // What the secret field holds for a kind: a URL, a routing key, a signing secret.
    static int secretKind(const QString &kind);
    QStringList offeredEvents() const;
    QString jiraProblem() const;

    QString m_kind = QStringLiteral("slack");
    QString m_name;
    QString m_url;
    QStringList m_events; // chosen, in the relay's order
    bool m_updateText = false;
    QString m_site;
    QString m_project;
    QString m_issueType = QStringLiteral("Task");
    QString m_user;
    qint64 m_pending = 0;
    QString m_refusal;
};

} // namespace muster
