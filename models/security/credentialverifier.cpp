#include "credentialverifier.h"

#include "credentialhasher.h"

#include <QRandomGenerator>
#include <QThread>

#include <atomic>

CredentialVerifier::CredentialVerifier(QObject *parent)
    : QObject(parent)
{
    // The serving thread keeps a core to itself when there is more than one.
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
    m_pool.setObjectName(QStringLiteral("credential-verifier"));
}

CredentialVerifier::~CredentialVerifier()
{
    setHeld(false);
    m_pool.waitForDone(); // queued answers to this object die with it
}

const QString &CredentialVerifier::dummyDigest()
{
    // Digest of a random secret nobody knows, with the iterations real digests use.
    static const QString digest = [] {
        QString secret;
        for (int i = 0; i < 4; ++i)
            secret += QString::number(QRandomGenerator::system()->generate64(), 36);
        return CredentialHasher::hash(secret);
    }();
    return digest;
}

namespace {
std::atomic<quint64> s_derivations{0};
}

bool CredentialVerifier::check(const QString &secret, const QString &digest)
{
    if (digest.isEmpty()) {
        ++s_derivations;
        CredentialHasher::verify(secret, dummyDigest());
        return false;
    }
    ++s_derivations;
    return CredentialHasher::verify(secret, digest);
}

quint64 CredentialVerifier::derivations()
{
    return s_derivations.load();
}

void CredentialVerifier::verify(const QString &secret, const QStringList &digests, QObject *context, Done done, bool forceInline)
{
    dummyDigest(); // computed once, on this thread, before any worker needs it
    auto work = [secret, digests] {
        QList<bool> matched;
        matched.reserve(digests.size());
        for (const QString &d : digests)
            matched.append(check(secret, d));
        return matched;
    };
    if (forceInline || m_mode == Mode::Inline) {
        const QList<bool> matched = work();
        if (context)
            done(matched);
        return;
    }
    ++m_pending;
    QPointer<QObject> ctx(context);
    m_pool.start([this, work, ctx, done = std::move(done)]() mutable {
        waitWhileHeld();
        QList<bool> matched = work();
        QMetaObject::invokeMethod(this, [this, ctx, done = std::move(done), matched = std::move(matched)] {
            --m_pending;
            if (ctx)
                done(matched);
        }, Qt::QueuedConnection);
    });
}

void CredentialVerifier::waitForIdle()
{
    m_pool.waitForDone();
}

void CredentialVerifier::setHeld(bool held)
{
    QMutexLocker lock(&m_holdMutex);
    m_held = held;
    if (!held)
        m_released.wakeAll();
}

void CredentialVerifier::waitWhileHeld()
{
    QMutexLocker lock(&m_holdMutex);
    while (m_held)
        m_released.wait(&m_holdMutex);
}
