#pragma once

#include <QString>
#include <QStringList>

/// PINs and passwords are stored only as salted PBKDF2-HMAC-SHA256 digests
/// (QPasswordDigestor), in the form `pbkdf2-sha256$<iterations>$<salt>$<digest>` (base64).
class CredentialHasher
{
public:
    static constexpr int DefaultIterations = 10000;
    static QString hash(const QString &secret, int iterations = DefaultIterations);
    static bool verify(const QString &secret, const QString &stored);
};
