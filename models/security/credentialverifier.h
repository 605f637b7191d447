#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QWaitCondition>

#include <functional>

/// Checks PINs and passwords against their PBKDF2 digests away from the thread that serves
/// every cluster's HTTP listener: a wrong credential costs a full derivation (about 14 ms of
/// CPU), and with the check on the serving thread a brute-forcer would stall every cluster.
///
/// Each check runs the same work whether the user exists or not: an empty digest (an unknown
/// user) is checked against a dummy digest of the same cost, which never matches, so the
/// answer's timing does not tell a known user ID from an unknown one.
class CredentialVerifier : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Pooled, ///< on the verifier's thread pool; the answer comes from the event loop
        Inline  ///< on the caller's thread, answered before verify() returns (engine tests, benchmarks)
    };
    using Done = std::function<void(QList<bool> matched)>;

    explicit CredentialVerifier(QObject *parent = nullptr);
    ~CredentialVerifier() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }

    /// Checks @p secret against every digest of @p digests (all of them, never stopping at the
    /// first match, so the work does not depend on which matched); @p done gets one bool per
    /// digest on this object's thread, unless @p context was destroyed first. @p forceInline
    /// checks on the caller's thread whatever the mode.
    void verify(const QString &secret, const QStringList &digests, QObject *context, Done done, bool forceInline = false);
    /// Checks running or waiting on the pool.
    int pending() const { return m_pending; }
    /// PBKDF2 derivations made so far by check() in this process, the dummy ones too.
    static quint64 derivations();
    /// Blocks until the pool is idle (tests, shutdown); answers are still delivered by the
    /// event loop.
    void waitForIdle();

    /// Holds every pooled check before it starts until setHeld(false) (tests: a check that
    /// takes as long as the test wants, without any wall-clock assumption).
    void setHeld(bool held);

    /// A digest of the same cost as a real one that matches no secret.
    static const QString &dummyDigest();
    /// CredentialHasher::verify() with an empty digest meaning dummyDigest().
    static bool check(const QString &secret, const QString &digest);

private:
    void waitWhileHeld();

    Mode m_mode = Mode::Pooled;
    QMutex m_holdMutex;
    QWaitCondition m_released;
    bool m_held = false;
    QThreadPool m_pool;
    int m_pending = 0;
};
