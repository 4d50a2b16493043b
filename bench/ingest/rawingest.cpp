// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawingest.h"

#include <chrono>
#include <map>
#include <memory>
#include <openssl/evp.h>
#include <sqlite3.h>

namespace muster::bench {

namespace {

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

class Writer
{
public:
    explicit Writer(sqlite3 *db)
        : m_db(db)
    { }

    Statement prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
            fail();
        return Statement(statement);
    }
    void exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail();
    }
    void text(sqlite3_stmt *s, int i, const std::string &value)
    {
        sqlite3_bind_text(s, i, value.data(), int(value.size()), SQLITE_STATIC);
    }
    void run(sqlite3_stmt *s)
    {
        if (sqlite3_step(s) != SQLITE_DONE)
            fail();
        sqlite3_reset(s);
    }
    void fail()
    {
        if (m_error.empty())
            m_error = sqlite3_errmsg(m_db);
    }
    const std::string &error() const { return m_error; }

private:
    sqlite3 *m_db;
    std::string m_error;
};

} // namespace

RawIngestResult rawIngest(const std::string &path, const std::vector<RawLogEntry> &entries, int batch,
                          const std::string &relayUrl)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::string error = db ? sqlite3_errmsg(db) : "cannot open";
        sqlite3_close(db);
        return {0, error};
    }
    RawIngestResult result;
    {
        Writer w(db);
        w.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        Statement op
            = w.prepare("INSERT INTO ops (replica, counter, hlc, actor, kind, entity, field, value)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (replica, counter) DO NOTHING");
        Statement entry
            = w.prepare("INSERT INTO log_entries (replica, counter, incident, hlc, author, kind, text,"
                        " corrects) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)");
        Statement fts = w.prepare("INSERT INTO log_fts (rowid, text) VALUES (?, ?)");
        Statement count = w.prepare("UPDATE incidents SET log_count = log_count + ?,"
                                    " last_log_at = max(coalesce(last_log_at, 0), ?) WHERE id = ?");
        Statement state = w.prepare("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)");
        Statement chain = w.prepare("INSERT OR REPLACE INTO log_chain (incident, position, hlc, replica,"
                                    " counter, hash) VALUES (?, ?, ?, ?, ?, ?)");
        EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        EVP_MD_CTX *digest = EVP_MD_CTX_new();
        struct Link
        {
            int64_t position = 0;
            unsigned char hash[32] = {};
        };
        std::map<std::string, Link> heads; // incident → newest link
        const auto start = std::chrono::steady_clock::now();
        for (size_t first = 0; first < entries.size() && w.error().empty(); first += size_t(batch)) {
            const size_t end = std::min(entries.size(), first + size_t(batch));
            w.exec("BEGIN IMMEDIATE");
            std::map<std::string, std::pair<int64_t, int64_t>> counts; // incident → (entries, newest)
            for (size_t i = first; i < end; ++i) {
                const RawLogEntry &e = entries[i];
                w.text(op.get(), 1, e.replica);
                sqlite3_bind_int64(op.get(), 2, e.counter);
                sqlite3_bind_int64(op.get(), 3, e.hlc);
                w.text(op.get(), 4, e.actor);
                sqlite3_bind_int64(op.get(), 5, e.kind);
                w.text(op.get(), 6, e.entity);
                w.text(op.get(), 7, e.field);
                sqlite3_bind_blob(op.get(), 8, e.value.data(), int(e.value.size()), SQLITE_STATIC);
                w.run(op.get());
                w.text(entry.get(), 1, e.replica);
                sqlite3_bind_int64(entry.get(), 2, e.counter);
                w.text(entry.get(), 3, e.incident);
                sqlite3_bind_int64(entry.get(), 4, e.hlc);
                w.text(entry.get(), 5, e.actor);
                w.text(entry.get(), 6, e.entryKind);
                w.text(entry.get(), 7, e.text);
                w.run(entry.get());
                sqlite3_bind_int64(fts.get(), 1, sqlite3_last_insert_rowid(db));
                w.text(fts.get(), 2, e.text);
                w.run(fts.get());
                Link &head = heads[e.incident];
                unsigned int length = 0;
                EVP_DigestInit_ex2(digest, sha256, nullptr);
                EVP_DigestUpdate(digest, head.hash, sizeof head.hash);
                EVP_DigestUpdate(digest, e.canonical.data(), e.canonical.size());
                EVP_DigestFinal_ex(digest, head.hash, &length);
                ++head.position;
                w.text(chain.get(), 1, e.incident);
                sqlite3_bind_int64(chain.get(), 2, head.position);
                sqlite3_bind_int64(chain.get(), 3, e.hlc);
                w.text(chain.get(), 4, e.replica);
                sqlite3_bind_int64(chain.get(), 5, e.counter);
                sqlite3_bind_blob(chain.get(), 6, head.hash, sizeof head.hash, SQLITE_STATIC);
                w.run(chain.get());
                auto &c = counts[e.incident];
                ++c.first;
                c.second = std::max(c.second, e.wallMs);
            }
            for (const auto &[incident, c] : counts) {
                sqlite3_bind_int64(count.get(), 1, c.first);
                sqlite3_bind_int64(count.get(), 2, c.second);
                w.text(count.get(), 3, incident);
                w.run(count.get());
            }
            // What Store::applyFromRelay keeps beside the ops: the relay, its cursor, and the
            // replica's own facts, rewritten in every transaction.
            const std::string seq = std::to_string(end);
            const std::pair<const char *, const std::string *> facts[]
                = {{"relay_url", &relayUrl}, {"relay_seq", &seq},    {"replica", &entries[first].replica},
                   {"workspace", &relayUrl}, {"next_counter", &seq}, {"last_hlc", &seq}};
            for (const auto &[key, value] : facts) {
                sqlite3_bind_text(state.get(), 1, key, -1, SQLITE_STATIC);
                w.text(state.get(), 2, *value);
                w.run(state.get());
            }
            w.exec("COMMIT");
        }
        result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        EVP_MD_CTX_free(digest);
        EVP_MD_free(sha256);
        result.error = w.error();
    }
    sqlite3_close(db);
    return result;
}

} // namespace muster::bench
