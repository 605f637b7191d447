#pragma once

#include "common/editpage.h"
#include "entities/credentialpolicy.h"

#include <QList>

class Lab;
class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

/// User Management › User Settings › Credential Policy Default: the lockout rules of the
/// cluster's three kinds of credential (End User PIN, End User Password, Application User
/// Password), each under Unified CM's "Default Credential Policy": Failed Logon (or No Limit
/// for Failed Logons), Reset Failed Logon Attempts Every, Lockout Duration (or Administrator
/// Must Unlock). Saved through Cluster::saveCredentialPolicy.
class CredentialPolicyPage : public EditPage
{
    Q_OBJECT
public:
    explicit CredentialPolicyPage(Lab *lab, QWidget *parent = nullptr);

    void setCluster(Cluster *cluster) override;

protected:
    void changeEvent(QEvent *event) override;
    void discardEdits() override;

private:
    struct Section {
        CredentialKind kind;
        QGroupBox *box = nullptr;
        QLabel *policyLabel = nullptr;
        QLabel *policyValue = nullptr;
        QLabel *failedLogonLabel = nullptr;
        QSpinBox *failedLogon = nullptr;
        QCheckBox *noLimit = nullptr;
        QLabel *resetLabel = nullptr;
        QSpinBox *reset = nullptr;
        QLabel *lockoutLabel = nullptr;
        QSpinBox *lockout = nullptr;
        QCheckBox *adminMustUnlock = nullptr;
    };
    void retranslate();
    void load();
    void save();
    void updateWidgets();

    QLabel *m_titleLabel;
    QLabel *m_statusLabel;
    QPushButton *m_saveButton;
    QList<Section> m_sections;
    Cluster *m_cluster = nullptr;
};
