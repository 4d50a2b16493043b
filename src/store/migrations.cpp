// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"

#include <QCoreApplication>

namespace muster::schema {

namespace {

struct Migration
{
    int version;
    const char *what;
    QList<const char *> statements;
};

// Append only: a released migration is never edited. Each gets an upgrade test.
const QList<Migration> &migrations()
{
    static const QList<Migration> all {
        {1,
         "initial schema: op log, outbox, registers, materialized incidents, log with FTS5",
         {
             // Key/value facts about this replica: replica id, workspace, next counter, last clock.
             "CREATE TABLE local_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
             // Every op ever applied here, local or remote. The truth; everything below is a cache.
             "CREATE TABLE ops (replica TEXT NOT NULL, counter INTEGER NOT NULL, hlc INTEGER NOT NULL,"
             " actor TEXT NOT NULL, kind INTEGER NOT NULL, entity TEXT NOT NULL, field TEXT NOT NULL,"
             " value BLOB NOT NULL, PRIMARY KEY (replica, counter)) WITHOUT ROWID",
             // Local ops not yet acknowledged by the relay.
             "CREATE TABLE outbox (replica TEXT NOT NULL, counter INTEGER NOT NULL,"
             " PRIMARY KEY (replica, counter),"
             " FOREIGN KEY (replica, counter) REFERENCES ops (replica, counter) ON DELETE CASCADE) WITHOUT "
             "ROWID",
             // The winning write of every last-writer-wins register.
             "CREATE TABLE registers (entity TEXT NOT NULL, field TEXT NOT NULL, hlc INTEGER NOT NULL,"
             " replica TEXT NOT NULL, PRIMARY KEY (entity, field)) WITHOUT ROWID",
             "CREATE TABLE incidents (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '',"
             " summary TEXT NOT NULL DEFAULT '', severity INTEGER NOT NULL DEFAULT 3,"
             " state TEXT NOT NULL DEFAULT 'detected', services TEXT NOT NULL DEFAULT '',"
             " impact TEXT NOT NULL DEFAULT '', drill INTEGER NOT NULL DEFAULT 0,"
             " ask_other_teams INTEGER NOT NULL DEFAULT 0, ask_customer_visible INTEGER NOT NULL DEFAULT 0,"
             " ask_unresolved_hour INTEGER NOT NULL DEFAULT 0, started_at INTEGER,"
             " last_log_at INTEGER, log_count INTEGER NOT NULL DEFAULT 0)",
             "CREATE INDEX incidents_by_state ON incidents (state, severity)",
             "CREATE TABLE milestones (incident TEXT NOT NULL REFERENCES incidents (id), milestone TEXT NOT "
             "NULL,"
             " at INTEGER NOT NULL, PRIMARY KEY (incident, milestone)) WITHOUT ROWID",
             "CREATE TABLE roles (incident TEXT NOT NULL REFERENCES incidents (id), role TEXT NOT NULL,"
             " person TEXT NOT NULL, PRIMARY KEY (incident, role)) WITHOUT ROWID",
             "CREATE TABLE smes (incident TEXT NOT NULL REFERENCES incidents (id), person TEXT NOT NULL,"
             " PRIMARY KEY (incident, person)) WITHOUT ROWID",
             "CREATE TABLE runbooks (incident TEXT NOT NULL REFERENCES incidents (id), attachment TEXT NOT "
             "NULL,"
             " template TEXT NOT NULL, title TEXT NOT NULL, steps BLOB NOT NULL,"
             " PRIMARY KEY (incident, attachment)) WITHOUT ROWID",
             "CREATE TABLE step_progress (incident TEXT NOT NULL REFERENCES incidents (id),"
             " attachment TEXT NOT NULL, step INTEGER NOT NULL, state TEXT NOT NULL, done_by TEXT NOT NULL,"
             " at INTEGER NOT NULL, note TEXT NOT NULL, PRIMARY KEY (incident, attachment, step)) WITHOUT "
             "ROWID",
             "CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
             " email TEXT NOT NULL DEFAULT '', team TEXT NOT NULL DEFAULT '', handle TEXT NOT NULL DEFAULT "
             "'')"
             " WITHOUT ROWID",
             "CREATE TABLE log_entries (seq INTEGER PRIMARY KEY, replica TEXT NOT NULL, counter INTEGER NOT "
             "NULL,"
             " incident TEXT NOT NULL REFERENCES incidents (id), hlc INTEGER NOT NULL, author TEXT NOT NULL,"
             " kind TEXT NOT NULL, text TEXT NOT NULL, corrects TEXT)",
             "CREATE INDEX log_by_incident ON log_entries (incident, hlc, replica, counter)",
             // Full-text indexes over log text and incident titles. The store writes them itself
             // rather than through triggers: with trusted_schema=OFF, SQLite refuses triggers that
             // write to virtual tables.
             "CREATE VIRTUAL TABLE log_fts USING fts5(text, content='log_entries', content_rowid='seq',"
             " tokenize='unicode61 remove_diacritics 2')",
             "CREATE VIRTUAL TABLE incident_fts USING fts5(title, summary,"
             " tokenize='unicode61 remove_diacritics 2')",
         }},
        {2,
         "Alertmanager alerts linked to incidents",
         {
             "CREATE TABLE incident_alerts (incident TEXT NOT NULL, fingerprint TEXT NOT NULL,"
             " name TEXT NOT NULL, service TEXT NOT NULL, source TEXT NOT NULL,"
             " PRIMARY KEY (incident, fingerprint)) WITHOUT ROWID",
             // Which incident an alert belongs to, when a poll or a webhook reports it again.
             "CREATE INDEX incident_alerts_by_fingerprint ON incident_alerts (fingerprint)",
         }},
        {3,
         "When a linked alert stopped firing",
         {
             // NULL while it fires (and for every alert linked before this version).
             "ALTER TABLE incident_alerts ADD COLUMN resolved_at INTEGER",
         }},
        {4,
         "Handoffs under way and the people named to take a role next",
         {
             // Incident fields read only as part of a whole incident, kept as their op value
             // (CBOR) and applied by the same code as the reducer's: handoff.<role>, next.<role>.
             "CREATE TABLE incident_fields (incident TEXT NOT NULL, field TEXT NOT NULL, value BLOB NOT NULL,"
             " PRIMARY KEY (incident, field)) WITHOUT ROWID",
         }},
        {5,
         "Tasks and follow-up action items",
         {
             // One row per task, each column from its own register (task.<id>.<attribute>).
             "CREATE TABLE tasks (incident TEXT NOT NULL, task TEXT NOT NULL, kind TEXT NOT NULL DEFAULT "
             "'task',"
             " title TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', due INTEGER,"
             " status TEXT NOT NULL DEFAULT 'open', created INTEGER NOT NULL DEFAULT 0,"
             " PRIMARY KEY (incident, task)) WITHOUT ROWID",
             // The cross-incident list: open action items, by owner.
             "CREATE INDEX tasks_open ON tasks (kind, status, owner)",
         }},
        {6,
         "Distribution lists, communication settings, and when each incident's last update went out",
         {
             // Workspace-wide registers read only whole (list:<id>, comms:<id>), kept as their op
             // value (CBOR) and applied by the reducer's code, like incident_fields.
             "CREATE TABLE workspace_fields (entity TEXT NOT NULL, field TEXT NOT NULL, value BLOB NOT NULL,"
             " PRIMARY KEY (entity, field)) WITHOUT ROWID",
             // When the latest stakeholder update went out, for the board's countdown (0: none yet).
             "ALTER TABLE incidents ADD COLUMN last_update_at INTEGER NOT NULL DEFAULT 0",
         }},
        {7,
         "The outbox becomes a watermark; the log's full-text index keeps no per-entry sizes",
         {
             // The relay acknowledges a replica's ops in counter order, so the outbox was always
             // this replica's ops above one counter: keep that counter instead of a row per op.
             // NULL min() (nothing pending) falls back to everything committed so far.
             "INSERT OR REPLACE INTO local_state (key, value) SELECT 'acked_counter', CAST(coalesce("
             "(SELECT min(counter) - 1 FROM outbox WHERE replica = (SELECT value FROM local_state"
             " WHERE key = 'replica')),"
             " (SELECT CAST(value AS INTEGER) - 1 FROM local_state WHERE key = 'next_counter'), 0) AS TEXT)",
             "DROP TABLE outbox",
             // Search orders by recency, never by rank, so FTS5's per-row column sizes (a b-tree
             // insert per entry) are never read. Rebuilt from log_entries, which holds the text.
             "DROP TABLE log_fts",
             "CREATE VIRTUAL TABLE log_fts USING fts5(text, content='log_entries', content_rowid='seq',"
             " columnsize=0, tokenize='unicode61 remove_diacritics 2')",
             "INSERT INTO log_fts (log_fts) VALUES ('rebuild')",
         }},
        {8,
         "The communication log's hash chain, as the relay sequences it",
         {
             // Each log entry's link in its incident's chain (core/logchain.h), in the relay's
             // order; hlc, replica and counter find the entry through log_by_incident.
             "CREATE TABLE log_chain (incident TEXT NOT NULL, position INTEGER NOT NULL,"
             " hlc INTEGER NOT NULL, replica TEXT NOT NULL, counter INTEGER NOT NULL, hash BLOB NOT NULL,"
             " PRIMARY KEY (incident, position)) WITHOUT ROWID",
             // Where this replica's chain first differed from the relay's, per incident: kept
             // as evidence until the chain starts again from a relay's first op.
             "CREATE TABLE chain_divergence (incident TEXT PRIMARY KEY, position INTEGER NOT NULL,"
             " replica TEXT NOT NULL, counter INTEGER NOT NULL, local_hash BLOB NOT NULL,"
             " relay_hash BLOB NOT NULL, seq INTEGER NOT NULL, detected_at INTEGER NOT NULL) WITHOUT ROWID",
             // A chain must start at the relay's first op: catch up again from there (what is
             // here already is skipped as duplicates).
             "DELETE FROM local_state WHERE key = 'relay_seq'",
         }},
        {9,
         "Each incident's conference bridge link",
         {
             "ALTER TABLE incidents ADD COLUMN bridge TEXT NOT NULL DEFAULT ''",
         }},
        {10,
         "Action items filed in the team's tracker (Jira)",
         {
             // When someone asked the relay to file it, and the issue the relay filed (a
             // TrackerIssue's CBOR map; NULL until then).
             "ALTER TABLE tasks ADD COLUMN tracker_requested INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE tasks ADD COLUMN tracker BLOB",
         }},
    };
    return all;
}

} // namespace

int latestVersion()
{
    return migrations().constLast().version;
}

StoreError migrate(Database &db)
{
    const int current = db.userVersion();
    if (current < 0)
        return {StoreError::Code::Io,
                QCoreApplication::translate("muster", "Cannot read the schema version")};
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (auto error = db.begin())
            return error;
        for (const char *statement : migration.statements) {
            if (auto error = db.exec(QString::fromUtf8(statement))) {
                db.rollback();
                return error;
            }
        }
        // PRAGMA takes no bound parameters; the version is our own integer, not input.
        if (auto error = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
            db.rollback();
            return error;
        }
        if (auto error = db.commit())
            return error;
        qCInfo(lcStore) << "migrated to schema" << migration.version << "-" << migration.what;
    }
    return {};
}

} // namespace muster::schema
