#include "credentialstatusbox.h"

#include "cluster/cluster.h"
#include "core/clock.h"
#include "security/credentiallockout.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace {
QString labTime(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString rowKey(CredentialKind kind)
{
    return kind == CredentialKind::EndUserPin ? QStringLiteral("pin") : QStringLiteral("password");
}
} // namespace

CredentialStatusBox::CredentialStatusBox(Clock *clock, const QList<CredentialKind> &kinds, QWidget *parent)
    : QGroupBox(parent), m_clock(clock), m_policyLabel(new QLabel(this)), m_policyValue(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("credentialGroupBox"));
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_policyLabel, 0, 0);
    grid->addWidget(m_policyValue, 0, 1, 1, 2);
    int row = 1;
    for (CredentialKind kind : kinds) {
        Row r;
        r.kind = kind;
        r.title = new QLabel(this);
        r.status = new QLabel(this);
        r.status->setObjectName(rowKey(kind) + QStringLiteral("CredentialStatusLabel"));
        r.status->setWordWrap(true);
        r.unlock = new QPushButton(this);
        r.unlock->setObjectName(rowKey(kind) + QStringLiteral("UnlockButton"));
        grid->addWidget(r.title, row, 0);
        grid->addWidget(r.status, row, 1);
        grid->addWidget(r.unlock, row, 2);
        ++row;
        connect(r.unlock, &QPushButton::clicked, this, [this, kind] {
            if (!m_cluster || !m_userId)
                return;
            const Refusal refused = m_cluster->unlockCredential(kind, m_userId);
            m_message->setText(refused ? refused.text() : QString());
            m_message->setVisible(!refused.ok());
            refresh();
        });
        m_rows.append(r);
    }
    m_message->setWordWrap(true);
    m_message->hide(); // shows only why an Unlock was refused
    grid->addWidget(m_message, row, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    retranslate();
}

void CredentialStatusBox::setUser(Cluster *cluster, qint64 userId)
{
    if (m_cluster != cluster) {
        if (m_cluster)
            disconnect(m_cluster, nullptr, this, nullptr);
        m_cluster = cluster;
        if (m_cluster) {
            connect(m_cluster, &Cluster::credentialStatusChanged, this, [this](CredentialKind, qint64 id) {
                if (id == m_userId)
                    refresh();
            });
            connect(m_cluster, &Cluster::credentialPolicyChanged, this, &CredentialStatusBox::refresh);
        }
    }
    m_userId = userId;
    m_message->clear();
    m_message->hide();
    refresh();
}

void CredentialStatusBox::refresh()
{
    const qint64 now = m_clock->now();
    for (const Row &r : std::as_const(m_rows)) {
        if (!m_cluster || !m_userId) {
            r.status->setText(tr("Not locked"));
            r.unlock->setEnabled(false);
            continue;
        }
        const CredentialPolicy policy = m_cluster->credentialPolicy(r.kind);
        const CredentialStatus st = m_cluster->credentialStatus(r.kind, m_userId, now);
        QString text;
        if (st.locked) {
            const qint64 until = CredentialLockout::unlocksAt(policy, st);
            text = until < 0 ? tr("Locked since lab time %1 after %n wrong tries: an administrator must unlock it.", nullptr, st.failedCount)
                                   .arg(labTime(st.lockedAt))
                             : tr("Locked since lab time %1 after %n wrong tries, until %2.", nullptr, st.failedCount)
                                   .arg(labTime(st.lockedAt), labTime(until));
        } else if (st.failedCount > 0) {
            text = tr("Not locked; %n wrong tries, the last at lab time %1.", nullptr, st.failedCount).arg(labTime(st.lastFailedAt));
        } else {
            text = tr("Not locked");
        }
        r.status->setText(text);
        r.unlock->setEnabled(st.locked || st.failedCount > 0);
    }
}

void CredentialStatusBox::retranslate()
{
    setTitle(tr("Credential Information"));
    m_policyLabel->setText(tr("Credential Policy"));
    m_policyValue->setText(tr("Default Credential Policy"));
    for (const Row &r : std::as_const(m_rows)) {
        r.title->setText(r.kind == CredentialKind::EndUserPin ? tr("PIN") : tr("Password"));
        r.unlock->setText(tr("Unlock"));
    }
    refresh();
}

void CredentialStatusBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void CredentialStatusBox::showEvent(QShowEvent *event)
{
    refresh(); // a lockout may have run out while the page was hidden
    QGroupBox::showEvent(event);
}
