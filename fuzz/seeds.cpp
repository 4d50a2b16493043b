// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/): valid frames of every
// message type, ops of every shape, recorded chains honest and tampered, and a sample of the
// bad frames of tests/relay/badframes.h. Run once after the protocol changes and commit:
//   build/bin/fuzz_seeds fuzz/corpus
#include "../tests/relay/badframes.h"
#include "core/logchain.h"
#include "sync/protocol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <cstdio>

using namespace muster;
using namespace muster::protocol;

namespace {

void write(const QString &dir, const QByteArray &bytes)
{
    QDir().mkpath(dir);
    // Named by content, as libFuzzer names what it adds.
    QFile file(dir + u'/' + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex()));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

QByteArray chainRecords(const QList<ChainedEntry> &entries, int tamper)
{
    QCborArray out;
    ChainLink head;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ChainedEntry &e = entries.at(i);
        head = logchain::next(head, e);
        out.append(QCborArray {e.incidentId, e.id.replica, e.id.counter, qint64(e.hlc), e.author, e.kind,
                               i == tamper ? e.text + QStringLiteral(" (edited)") : e.text, e.corrects,
                               head.position, head.hash});
    }
    return QCborValue(out).toCbor();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds CORPUS_DIR\n");
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    const qint64 now = 1'795'500'000'000;
    testing::BadFrameCorpus corpus(QStringLiteral("default"), QStringLiteral("a11ac0e000000001"), now, 1);
    const Operation log = corpus.logOp(1, QStringLiteral("Rolled back 4.2.1 — error rate falling ✅"));
    Operation title = log;
    title.kind = OpKind::Set;
    title.field = QStringLiteral("title");
    title.value = QStringLiteral("Checkout errors");
    Operation severity = title;
    severity.field = QStringLiteral("severity");
    severity.value = 1;
    Operation services = title;
    services.field = QStringLiteral("services");
    services.value = QCborArray {QStringLiteral("checkout"), QStringLiteral("payments")};
    Operation runbook = title;
    runbook.field = QStringLiteral("runbook.01JAAAAAAAAAAAAAAAAAAAAAB1");
    runbook.value = QCborMap {{QStringLiteral("title"), QStringLiteral("Failover")},
                              {QStringLiteral("template"), QString()},
                              {QStringLiteral("steps"), QCborArray {QStringLiteral("Promote the replica")}}};
    Operation person = title;
    person.entity = QStringLiteral("person:01JPAAAAAAAAAAAAAAAAAAAAA1");
    person.field = QStringLiteral("name");
    person.value = QStringLiteral("Dana Ruiz");
    const QList<Operation> ops {log, title, severity, services, runbook, person};

    // Frames: one valid message of every type, then every twelfth bad frame.
    const ChainLink link {3, QByteArray(32, '\x5a')};
    const QList<Message> messages {
        Hello {kVersion, QStringLiteral("9f3c2a61d04e8b17"), QStringLiteral("default"), 40, QStringLiteral("muster")},
        Welcome {},
        Push {1, ops},
        Ack {1, {41, 42}, {{0, link}}},
        Ops {41, 46, true, ops, {{0, link}}},
        Pull {40},
        Behind {95120},
        Presence {QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"), QStringLiteral("Dana"), QString()},
        Peers {{{QStringLiteral("9f3c2a61d04e8b17"), QString(), QStringLiteral("Sam"), QString()}}},
        Left {{QStringLiteral("9f3c2a61d04e8b17")}},
        Alerts {},
        Error {errc::CounterGap, QStringLiteral("push from 12"), 3, 12},
    };
    for (const Message &message : messages)
        write(root + QStringLiteral("/frame"), encode(message));
    const QList<testing::BadFrame> bad = corpus.build();
    for (qsizetype i = 0; i < bad.size(); i += 12)
        write(root + QStringLiteral("/frame"), bad.at(i).frame.left(4096));

    // Ops: each shape valid, and each with one key bent.
    for (const Operation &op : ops) {
        write(root + QStringLiteral("/op"), op.toCborBytes());
        QCborMap bent = op.toCbor();
        bent.insert(QStringLiteral("c"), 0);
        write(root + QStringLiteral("/op"), QCborValue(bent).toCbor());
    }

    // Chains: honest, tampered in the middle, empty.
    QList<ChainedEntry> entries;
    for (int i = 1; i <= 4; ++i) {
        entries.append({QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1"), {QStringLiteral("9f3c2a61d04e8b17"), i},
                        quint64(now) << 16, QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"), QStringLiteral("note"),
                        QStringLiteral("step %1").arg(i), i == 4 ? QStringLiteral("9f3c2a61d04e8b17:2") : QString()});
    }
    write(root + QStringLiteral("/logchain"), chainRecords(entries, -1));
    write(root + QStringLiteral("/logchain"), chainRecords(entries, 2));
    write(root + QStringLiteral("/logchain"), QCborValue(QCborArray {}).toCbor());
    return 0;
}
