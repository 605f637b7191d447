#include "credentialcache.h"

#include "credentialhasher.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

CredentialCache::CredentialCache(qint64 lifetimeMs) : m_lifetime(lifetimeMs), m_key(16, Qt::Uninitialized)
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()), m_key.size() / 4);
}

QByteArray CredentialCache::secretHash(const QString &secret) const
{
    // key ‖ secret in UTF-8: one 64-byte SHA-256 block for the secrets EM sees (PINs, passwords)
    QVarLengthArray<char, 64> data;
    data.append(m_key.constData(), m_key.size());
    const QByteArray utf8 = secret.toUtf8();
    data.append(utf8.constData(), utf8.size());
    return QCryptographicHash::hash(QByteArrayView(data.constData(), data.size()), QCryptographicHash::Sha256);
}

bool CredentialCache::lookup(const QString &secret, const QString &storedDigest, qint64 now)
{
    if (storedDigest.isEmpty())
        return false;
    auto it = m_entries.find(storedDigest);
    if (it == m_entries.end())
        return false;
    const QByteArray hash = secretHash(secret);
    auto &entries = it.value();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].secretHash != hash)
            continue;
        if (entries[i].expiry > now)
            return true;
        entries.remove(i);
        --m_size;
        if (entries.isEmpty())
            m_entries.erase(it);
        return false;
    }
    return false;
}

void CredentialCache::remember(const QString &secret, const QString &storedDigest, qint64 now)
{
    if (storedDigest.isEmpty())
        return;
    if (m_size >= MaxEntries)
        clear();
    const QByteArray hash = secretHash(secret);
    auto &entries = m_entries[storedDigest];
    for (Entry &e : entries)
        if (e.secretHash == hash) {
            e.expiry = now + m_lifetime;
            return;
        }
    entries.append({hash, now + m_lifetime});
    ++m_size;
}

void CredentialCache::clear()
{
    m_entries.clear();
    m_size = 0;
}

bool CredentialCache::verify(const QString &secret, const QString &storedDigest, qint64 now)
{
    if (lookup(secret, storedDigest, now))
        return true;
    if (!CredentialHasher::verify(secret, storedDigest))
        return false;
    remember(secret, storedDigest, now);
    return true;
}
