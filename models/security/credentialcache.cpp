#include "credentialcache.h"

#include "credentialhasher.h"

#include <QCryptographicHash>

bool CredentialCache::verify(const QString &secret, const QString &storedDigest, qint64 now)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(storedDigest.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(secret.toUtf8());
    const QByteArray key = h.result();
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        if (it.value() > now)
            return true;
        m_entries.erase(it);
    }
    if (!CredentialHasher::verify(secret, storedDigest))
        return false;
    if (m_entries.size() > 100000) // a bound, not a policy: forget everything rather than grow
        m_entries.clear();
    m_entries.insert(key, now + m_lifetime);
    return true;
}
