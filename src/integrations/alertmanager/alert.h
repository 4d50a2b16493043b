// SPDX-License-Identifier: GPL-3.0-or-later
// One alert as Prometheus Alertmanager 0.25 reports it, from `GET /api/v2/alerts` or from a
// webhook (version 4). Both shapes are read into this one record, so the detection inbox does
// not care where an alert came from. Parsing never trusts the input: a malformed document is
// refused with a sentence saying what is wrong, and nothing half-read is returned.
#pragma once

#include "core/domain.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace muster::alerts {

enum class AlertState
{
    Active, // firing and neither silenced nor inhibited
    Suppressed, // firing, but silenced or inhibited in Alertmanager
    Unprocessed, // just received, not yet through Alertmanager's pipeline
    Resolved, // no longer firing (webhooks say so; the v2 API simply stops listing it)
};

struct Alert
{
    QString fingerprint; // Alertmanager's stable id of the label set
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0; // 0: not set
    qint64 updatedAtMs = 0; // 0: not reported (webhooks)
    QString generatorUrl;
    AlertState state = AlertState::Active;
    QStringList silencedBy; // silence ids
    QStringList inhibitedBy; // fingerprints of the inhibiting alerts

    QString name() const { return labels.value(QStringLiteral("alertname")); }
    // The service it concerns: the `service` label, else `job`, else `instance`.
    QString service() const;
    // The `severity` label mapped onto Muster's scale (docs/domain.md), case-insensitively:
    // critical, page, high → SEV2; error, major, warning, minor → SEV3; info, none, a missing
    // label and anything else → SEV4. An alert never suggests SEV1 (broad customer impact):
    // that is a person's call when declaring.
    Severity severity() const;
    QString summary() const; // the `summary` annotation, else `description`, else the name
    QString description() const { return annotations.value(QStringLiteral("description")); }
    QString runbookUrl() const { return annotations.value(QStringLiteral("runbook_url")); }
    bool isSilenced() const { return !silencedBy.isEmpty(); }
    bool isInhibited() const { return !inhibitedBy.isEmpty(); }

    friend bool operator==(const Alert &, const Alert &) = default;
};

struct ParseResult
{
    QList<Alert> alerts;
    QString error; // empty when the whole document was read
    // Webhooks only: the Alertmanager's own URL (its --web.external-url), which names where
    // the alerts come from, and the key of the notification group they were sent as.
    QString externalUrl;
    QString groupKey;
    bool ok() const { return error.isEmpty(); }
};

// The body of `GET /api/v2/alerts`: a JSON array of alerts.
ParseResult parseApiAlerts(const QByteArray &json);
// The body of an Alertmanager webhook (version "4"): its `alerts` array.
ParseResult parseWebhook(const QByteArray &json);

// Alertmanager's timestamps (RFC 3339, up to nanoseconds) in ms since the epoch. Its "unset"
// value 0001-01-01T00:00:00Z — which Qt parses as a valid date — gives 0.
std::optional<qint64> parseTimestamp(const QString &text);

} // namespace muster::alerts
