// SPDX-License-Identifier: GPL-3.0-or-later
// Creates silences in Alertmanager (`POST /api/v2/silences`): a responder who has an alert in
// hand mutes it for a while from Muster, with a comment that names the incident, so whoever
// looks at Alertmanager sees why it is quiet and until when.
#pragma once

#include "alert.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace muster::alerts {

struct Matcher
{
    QString name;
    QString value; // matched exactly, never as a regular expression
    friend bool operator==(const Matcher &, const Matcher &) = default;
};

struct Silence
{
    QList<Matcher> matchers;
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0;
    QString createdBy;
    QString comment;
};

// Matchers that silence exactly this alert: every one of its labels, equal.
QList<Matcher> matchersFor(const Alert &alert);
// The body Alertmanager's API takes (postableSilence).
QByteArray silenceJson(const Silence &silence);

struct SilenceResult
{
    QString silenceId; // set when Alertmanager created it
    QString error; // a sentence for the user otherwise
    bool ok() const { return error.isEmpty(); }
};

class SilenceSender : public QObject
{
    Q_OBJECT

public:
    explicit SilenceSender(QObject *parent = nullptr);

    // Posts the silence to the Alertmanager at `base` (a path prefix is kept); done runs once,
    // with the new silence's id or the reason it was not created.
    void send(const QUrl &base, const Silence &silence, std::function<void(SilenceResult)> done,
              int timeoutMs = 10'000);

private:
    QNetworkAccessManager m_network;
};

} // namespace muster::alerts
