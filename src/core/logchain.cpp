// SPDX-License-Identifier: GPL-3.0-or-later
#include "logchain.h"

#include "cborbytes.h"
#include "fields.h"

#include <QCborMap>
#include <QCoreApplication>
#include <memory>
#include <openssl/evp.h>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

// SHA-256 of one buffer through OpenSSL, with the algorithm fetched once and a context per
// thread: catch-up chains every entry it applies, and OpenSSL's SHA-256 (which uses the CPU's
// SHA instructions where it has them) costs a fifth of QCryptographicHash's here.
QByteArray sha256(const QByteArray &bytes)
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    struct ContextFree
    {
        void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
    };
    thread_local const std::unique_ptr<EVP_MD_CTX, ContextFree> context(EVP_MD_CTX_new());
    QByteArray out(logchain::kHashBytes, Qt::Uninitialized);
    unsigned int length = 0;
    if (!md || !context || !EVP_DigestInit_ex2(context.get(), md, nullptr)
        || !EVP_DigestUpdate(context.get(), bytes.constData(), size_t(bytes.size()))
        || !EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char *>(out.data()), &length)
        || length != unsigned(out.size()))
        qFatal("SHA-256 is not available from OpenSSL"); // a broken installation, not bad input
    return out;
}
} // namespace

std::optional<ChainedEntry> ChainedEntry::fromOperation(const Operation &op)
{
    if (op.kind != OpKind::Append || op.field != u"log" || !op.value.isMap())
        return std::nullopt;
    const auto entity = EntityRef::parse(op.entity);
    if (!entity || entity->type != EntityType::Incident)
        return std::nullopt;
    // Looked up in place (no copy of the map, no key strings built).
    const QCborValue corrects = op.value[QLatin1StringView("corrects")];
    return ChainedEntry {entity->id,
                         op.id,
                         op.hlc.packed(),
                         op.actor,
                         op.value[QLatin1StringView("kind")].toString(),
                         op.value[QLatin1StringView("text")].toString(),
                         corrects.isString() ? corrects.toString() : QString()};
}

namespace logchain {

namespace {
void appendCanonical(QByteArray &out, const ChainedEntry &entry)
{
    cbor::appendHead(out, 4, 8); // an array of eight
    cbor::appendText(out, entry.id.replica);
    cbor::appendHead(out, 0, quint64(entry.id.counter));
    cbor::appendHead(out, 0, entry.hlc);
    cbor::appendText(out, entry.author);
    cbor::appendText(out, entry.incidentId);
    cbor::appendText(out, entry.kind);
    cbor::appendText(out, entry.text);
    cbor::appendText(out, entry.corrects);
}
} // namespace

QByteArray canonicalBytes(const ChainedEntry &entry)
{
    QByteArray out;
    out.reserve(96 + 3 * entry.text.size());
    appendCanonical(out, entry);
    return out;
}

QByteArray genesis()
{
    return QByteArray(kHashBytes, '\0');
}

ChainLink next(const ChainLink &previous, const ChainedEntry &entry)
{
    QByteArray input;
    input.reserve(kHashBytes + 96 + 3 * entry.text.size());
    input.append(previous.isNull() ? genesis() : previous.hash);
    appendCanonical(input, entry);
    return {previous.position + 1, sha256(input)};
}

QString toHex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex());
}

Verdict verify(const QList<std::pair<ChainedEntry, ChainLink>> &recorded)
{
    Verdict verdict;
    ChainLink computed;
    for (const auto &[entry, link] : recorded) {
        const qint64 expected = computed.position + 1;
        if (link.position != expected) {
            verdict.firstBad = expected;
            verdict.problem = link.position < expected
                ? tr("entry %1 appears twice in the chain").arg(link.position)
                : tr("entry %1 of the chain is missing").arg(expected);
            return verdict;
        }
        computed = next(computed, entry);
        if (computed.hash != link.hash) {
            verdict.firstBad = link.position;
            verdict.problem = tr("entry %1 (%2) does not match its recorded hash: it was changed after it "
                                 "was chained, or an entry before it was")
                                  .arg(link.position)
                                  .arg(entry.id.toString());
            return verdict;
        }
        verdict.checked = link.position;
        verdict.head = computed;
    }
    return verdict;
}

} // namespace logchain
} // namespace muster
