// SPDX-License-Identifier: GPL-3.0-or-later
// The relay protocol, version 1: one CBOR map per binary WebSocket frame, told apart by its
// "type" text. Both the relay and the client sync engine speak it through this codec, so the
// two can never disagree about a field. docs/protocol.md is the reference for other clients.
#pragma once

#include "core/logchain.h"
#include "core/operation.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <variant>

namespace muster::protocol {

inline constexpr int kVersion = 1;

// Limits both sides assume unless the relay's welcome says otherwise.
inline constexpr qint64 kDefaultMaxMessageBytes = 64 * 1024;
inline constexpr int kDefaultMaxBatchOps = 500;
inline constexpr qint64 kDefaultMaxClockAheadMs = 60 * 1000;
// Sequence numbers a client may name (`hello.since`, `pull.since`) stay below 2^62, so that
// `since + 1` and every page's numbers fit in a signed 64-bit integer.
inline constexpr qint64 kMaxSequence = qint64(1) << 62;

// WebSocket close codes. 1000-1011 are RFC 6455's; 4000-4999 are private use.
namespace close {
inline constexpr int Normal = 1000;
inline constexpr int GoingAway = 1001; // the relay shuts down, or a peer stopped answering pings
inline constexpr int TooBig = 1009; // a message or frame over the limit (sent by QtWebSockets)
inline constexpr int InternalError = 1011; // the relay's storage failed; reconnect later
inline constexpr int ProtocolError = 4400; // not CBOR, not a map, text frame, no hello first
inline constexpr int Unauthorized = 4401; // the token is missing, wrong or revoked
inline constexpr int Forbidden = 4403; // the workspace is not valid, or not the token's
inline constexpr int UnsupportedVersion = 4426; // hello asked for a protocol this relay lacks
inline constexpr int TooMany = 4429; // too many messages a second, or connections for one token
inline constexpr int NoHello = 4408; // no hello within the handshake timeout
} // namespace close

// Machine-readable codes of `error` messages; the connection stays open after each.
namespace errc {
inline const QString Malformed = QStringLiteral("malformed"); // a field missing or of the wrong type
inline const QString UnknownType = QStringLiteral("unknown-type");
inline const QString BadOp = QStringLiteral("bad-op"); // an op fails validation
inline const QString WrongWorkspace = QStringLiteral("wrong-workspace");
inline const QString WrongReplica = QStringLiteral("wrong-replica"); // pushed ops of another replica
inline const QString CounterGap = QStringLiteral("counter-gap"); // `expected` says where to resume
inline const QString ClockAhead = QStringLiteral("clock-ahead");
inline const QString BatchTooLarge = QStringLiteral("batch-too-large");
inline const QString Storage = QStringLiteral("storage"); // the relay could not commit; retry
inline const QString AlreadyHello = QStringLiteral("already-hello");
inline const QString ReadOnly = QStringLiteral("read-only"); // a viewer token pushed
inline const QString Forbidden = QStringLiteral("forbidden"); // managing integrations, without the right
inline const QString BadIntegration = QStringLiteral("bad-integration"); // refused; the message says why
} // namespace errc

struct Hello
{
    int version = kVersion;
    QString replica; // 16 hex digits
    QString workspace;
    qint64 since = 0; // the last sequence number this client has applied
    QString client; // software and version, for the relay's log
};

struct Welcome
{
    int version = kVersion;
    qint64 head = 0; // the workspace's newest sequence number
    qint64 nextCounter = 1; // the relay expects this replica's op with this counter next
    quint64 hlc = 0; // the relay's clock, packed
    qint64 maxMessageBytes = kDefaultMaxMessageBytes;
    int maxBatchOps = kDefaultMaxBatchOps;
    qint64 maxClockAheadMs = kDefaultMaxClockAheadMs;
    // Alerts from Alertmanager webhooks follow (an `alerts` message). When false, none fire in
    // the workspace and the client forgets any it was told of before.
    bool alertsFollow = false;
};

struct Push
{
    qint64 id = 0; // chosen by the client, echoed by ack or error
    QList<Operation> ops; // this replica's ops, consecutive counters
};

// A log entry's link in its incident's hash chain (core/logchain.h), for the op at `index` of
// the message's ops (or seqs). On the wire: the array [index, position, hash].
struct IndexedLink
{
    qint64 index = 0;
    ChainLink link;
    friend bool operator==(const IndexedLink &, const IndexedLink &) = default;
};

struct Ack
{
    qint64 id = 0;
    QList<qint64> seqs; // one per pushed op, in order; a duplicate keeps its first sequence
    QList<IndexedLink> chain; // the links of the pushed log entries, by index into seqs
};

struct Ops
{
    qint64 from = 0; // the sequence number of ops[0]; the rest follow without gaps
    qint64 head = 0;
    bool more = false; // a catch-up page that did not reach head: pull again
    QList<Operation> ops;
    QList<IndexedLink> chain; // the links of the log entries among ops, by index, ascending
};

struct Pull
{
    qint64 since = 0; // send ops after this sequence number
};

// The relay stopped live delivery because the client read too slowly; pull to catch up.
struct Behind
{
    qint64 head = 0;
};

struct Presence
{
    QString person; // person id
    QString name;
    QString viewing; // incident id, or empty
};

struct Peer
{
    QString replica;
    QString person;
    QString name;
    QString viewing;
    friend bool operator==(const Peer &, const Peer &) = default;
};

// Peers that are connected to the workspace, with their latest presence: add them, or replace
// what was known about them. After its welcome a client gets everyone (itself included) in one
// or more of these; afterwards one for each hello or presence change, coalesced per turn of
// the relay's event loop. A client forgets all peers when its connection closes.
struct Peers
{
    QList<Peer> peers;
};

// Peers that disconnected from the workspace.
struct Left
{
    QStringList replicas;
};

// An alert as an Alertmanager webhook delivered it to the relay (relay → client).
struct AlertRecord
{
    QString fingerprint;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    qint64 startsAt = 0; // ms since the epoch
    QString generatorUrl;
    QString source; // the Alertmanager's externalURL, from the webhook
    friend bool operator==(const AlertRecord &, const AlertRecord &) = default;
};

// What fires in the workspace according to Alertmanager webhooks, as the relay knows it: the
// whole list each time it changes. When one message cannot hold it, the first part has
// `replace` set and every part but the last has `more` set; a client acts on the last part.
struct Alerts
{
    QList<AlertRecord> alerts;
    bool replace = true;
    bool more = false;
};

// One of the workspace's integrations as clients see it: never its webhook URL, which stays on
// the relay.
struct IntegrationInfo
{
    QString id;
    QString kind; // slack, teams, mattermost, pagerduty, pagerduty-webhook, jira
    QString name;
    QString target; // scheme and host of the webhook, "https://hooks.slack.com"; Jira's site
    QStringList events; // declared, severity, status, handoff, update, resolved, acknowledged, action-item
    bool updateText = false;
    QString paused; // not empty: nothing is sent until someone retries; why
    QString lastError; // the last failed attempt, "" after a success
    qint64 lastErrorAt = 0; // ms since the epoch
    qint64 lastDeliveredAt = 0;
    qint64 waiting = 0; // posts queued, not yet sent
    // Jira: the project issues are filed in, their type, and the account's e-mail ("" with a
    // personal access token).
    QString project;
    QString issueType;
    QString account;
    friend bool operator==(const IntegrationInfo &, const IntegrationInfo &) = default;
};

// The workspace's integrations, whole (relay → client): after the welcome and whenever one
// changes. `manage`: this connection may add, remove and retry them. `answers`: the
// manage-integration request this list is the outcome of, or 0.
struct Integrations
{
    QList<IntegrationInfo> integrations;
    bool manage = false;
    qint64 answers = 0;
};

// Add, remove or retry an integration (client → relay). Answered by an `integrations` message
// with `answers` set, or an error (forbidden, bad-integration) with `id` set.
struct ManageIntegration
{
    qint64 id = 0; // chosen by the client
    QString action; // add, remove, retry
    QString integration; // remove, retry: its id
    // add:
    QString kind;
    QString name;
    // chat: the webhook's secret URL; PagerDuty: the Events API ("" for its own); Jira: the site
    QString url;
    // PagerDuty: the routing key; its webhooks: the signing secret; Jira: the API or personal
    // access token. A secret: kept by the relay, never sent back
    QString key;
    QStringList events;
    bool updateText = false;
    QString project; // Jira: the project's key
    QString issueType; // Jira: the issue type's name
    QString user; // Jira Cloud: the account's e-mail; "" with a personal access token
};

struct Error
{
    QString code;
    QString message;
    qint64 id = 0; // the push it answers, or 0
    qint64 expected = 0; // counter-gap: the counter the relay expects next
};

using Message = std::variant<Hello, Welcome, Push, Ack, Ops, Pull, Behind, Presence, Peers, Left, Alerts,
                             Integrations, ManageIntegration, Error>;

QByteArray encode(const Message &message);

// The ops message the relay sends, from ops already encoded as CBOR maps: the relay stores each
// op's bytes once and never re-encodes them for fan-out or catch-up.
QByteArray encodeOps(qint64 from, qint64 head, bool more, const QList<QByteArray> &encodedOps,
                     const QList<IndexedLink> &chain = {});
// Bytes the envelope of encodeOps() adds to the ops themselves, at most, and what each chain
// link adds on top.
inline constexpr qint64 kOpsEnvelopeBytes = 64;
inline constexpr qint64 kChainLinkBytes = 56;

// One op as stored and sent: its CBOR map's bytes.
QByteArray encodeOp(const Operation &op);

struct Decoded
{
    Message message;
    QString errorCode; // empty when message is valid; errc::UnknownType or errc::Malformed
    QString error; // a sentence for the log and the error message
    bool ok() const { return errorCode.isEmpty(); }
};

// Never throws and never trusts the input: every field is checked for presence and type.
Decoded decode(const QByteArray &frame);

QString typeName(const Message &message);

// The bytes one peer adds to an encoded peers message, at most: the relay splits its snapshot
// for a new client so that no message exceeds the limit.
qint64 encodedPeerBytes(const Peer &peer);
// The list of alerts as messages of at most maxBytes each (at least one, even when empty). An
// alert that does not fit in a message of its own is left out.
QList<QByteArray> encodeAlerts(const QList<AlertRecord> &alerts, qint64 maxBytes);

} // namespace muster::protocol
