#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

/// The Extension Mobility user cache: a successful PIN or password check is remembered for
/// two minutes of lab time, so repeated logins of the same user do not pay PBKDF2 each time
/// (Unified CM caches EM users the same way). Only a SHA-256 of digest and secret is kept,
/// never the secret; a changed digest (new PIN) misses the cache.
class CredentialCache
{
public:
    static constexpr qint64 DefaultLifetimeMs = 2 * 60 * 1000;

    explicit CredentialCache(qint64 lifetimeMs = DefaultLifetimeMs) : m_lifetime(lifetimeMs) {}

    /// CredentialHasher::verify(), answered from the cache when the same pair succeeded less
    /// than the lifetime ago (@p now is lab time).
    bool verify(const QString &secret, const QString &storedDigest, qint64 now);
    /// True when the pair succeeded less than the lifetime ago (no derivation).
    bool lookup(const QString &secret, const QString &storedDigest, qint64 now);
    /// Remembers a pair that just succeeded (checked elsewhere, e.g. on a worker thread).
    void remember(const QString &secret, const QString &storedDigest, qint64 now);
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }

private:
    qint64 m_lifetime;
    QHash<QByteArray, qint64> m_entries; // key → expiry (lab time)
};
