#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVarLengthArray>

/// The Extension Mobility user cache: a successful PIN or password check is remembered for
/// two minutes of lab time, so repeated logins of the same user do not pay PBKDF2 each time
/// (Unified CM caches EM users the same way). The secret itself is never kept: an entry holds
/// a SHA-256 of the secret under a key drawn when the cache is made, filed under the stored
/// digest it matched, so a changed digest (new PIN) misses the cache.
///
/// Every EM API request is checked here, so a look-up costs one SHA-256 block for a secret of
/// up to 23 bytes and a hash of the digest string, no more.
class CredentialCache
{
public:
    static constexpr qint64 DefaultLifetimeMs = 2 * 60 * 1000;
    /// A bound, not a policy: past it the cache forgets everything rather than grow.
    static constexpr int MaxEntries = 100000;

    explicit CredentialCache(qint64 lifetimeMs = DefaultLifetimeMs);

    /// CredentialHasher::verify(), answered from the cache when the same pair succeeded less
    /// than the lifetime ago (@p now is lab time).
    bool verify(const QString &secret, const QString &storedDigest, qint64 now);
    /// True when the pair succeeded less than the lifetime ago (no derivation).
    bool lookup(const QString &secret, const QString &storedDigest, qint64 now);
    /// Remembers a pair that just succeeded (checked elsewhere, e.g. on a worker thread).
    void remember(const QString &secret, const QString &storedDigest, qint64 now);
    void clear();
    int size() const { return m_size; }

private:
    struct Entry {
        QByteArray secretHash;
        qint64 expiry = 0; // lab time
    };
    QByteArray secretHash(const QString &secret) const;

    qint64 m_lifetime;
    QByteArray m_key; // random, drawn once: the hashes mean nothing outside this cache
    QHash<QString, QVarLengthArray<Entry, 1>> m_entries; // stored digest → secrets that matched it
    int m_size = 0;
};
