#include "credentialcache.h"

#include "credentialhasher.h"

#include <QCryptographicHash>

namespace {
QByteArray cacheKey(const QString &secret, const QString &storedDigest)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(storedDigest.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(secret.toUtf8());
    return h.result();
}
}

bool CredentialCache::lookup(const QString &secret, const QString &storedDigest, qint64 now)
{
    if (storedDigest.isEmpty())
        return false;
    auto it = m_entries.find(cacheKey(secret, storedDigest));
    if (it == m_entries.end())
        return false;
    if (it.value() > now)
        return true;
    m_entries.erase(it);
    return false;
}

void CredentialCache::remember(const QString &secret, const QString &storedDigest, qint64 now)
{
    if (m_entries.size() > 100000) // a bound, not a policy: forget everything rather than grow
        m_entries.clear();
    m_entries.insert(cacheKey(secret, storedDigest), now + m_lifetime);
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
