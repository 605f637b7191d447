#pragma once

#include "common/entitypage.h"
#include "entities/enduser.h"

#include <QStringList>

#include <memory>

namespace Ui { class EndUserPage; }
class Cluster;
class CredentialStatusBox;
class EndUserTableModel;
class Lab;

/// User Management › End User: Find and List Users, and End User Configuration with PIN,
/// Self-Service User ID, Primary Extension, the Extension Mobility pane (Available ⇄ Controlled
/// Profiles, Default Profile), Home Cluster and Permission Information.
class EndUserPage : public EntityPage
{
    Q_OBJECT
public:
    explicit EndUserPage(Lab *lab, QWidget *parent = nullptr);
    ~EndUserPage() override;

protected:
    void loadRecord(qint64 id) override;
    Refusal saveRecord(qint64 &id) override;
    Refusal deleteRecord(qint64 id) override;
    void clusterChanged() override;
    void updateWidgets() override;
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    EndUser formValue() const;
    void moveProfiles(bool toControlled);
    void refreshDefaultProfiles();
    void fillPrimaryExtensions(const QString &current);
    void retranslate();

    std::unique_ptr<Ui::EndUserPage> m_ui;
    Lab *m_lab;
    EndUserTableModel *m_model;
    CredentialStatusBox *m_credentials;
    QStringList m_groups; ///< Permission Information as edited (applied on Save)
};
