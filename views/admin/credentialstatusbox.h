#pragma once

#include <QGroupBox>
#include <QList>
#include <QPointer>

#include "entities/credentialpolicy.h"

class Clock;
class Cluster;
class QLabel;
class QPushButton;

/// Credential Information on the End User and Application User pages: for each credential of
/// the user (PIN, password) the credential policy that applies, the wrong tries counted, the
/// lock (since when, until when, or until an administrator unlocks it) and Unlock, which
/// clears the lock and the count at once (not through Save).
class CredentialStatusBox : public QGroupBox
{
    Q_OBJECT
public:
    CredentialStatusBox(Clock *clock, const QList<CredentialKind> &kinds, QWidget *parent = nullptr);

    /// Shows @p userId of @p cluster (0: a user not saved yet).
    void setUser(Cluster *cluster, qint64 userId);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Row {
        CredentialKind kind;
        QLabel *title = nullptr;
        QLabel *status = nullptr;
        QPushButton *unlock = nullptr;
    };
    void retranslate();

    Clock *m_clock;
    QPointer<Cluster> m_cluster;
    qint64 m_userId = 0;
    QLabel *m_policyLabel;
    QLabel *m_policyValue;
    QLabel *m_message;
    QList<Row> m_rows;
};
