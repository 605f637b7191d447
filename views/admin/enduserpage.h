#pragma once

#include "common/editpage.h"
#include "entities/enduser.h"

#include <QStringList>

#include <memory>

namespace Ui { class EndUserPage; }
class Cluster;
class EndUserTableModel;
class Lab;

/// User Management › End User: Find and List Users, and End User Configuration with PIN,
/// Self-Service User ID, Primary Extension, the Extension Mobility pane (Available ⇄ Controlled
/// Profiles, Default Profile), Home Cluster and Permission Information.
class EndUserPage : public EditPage
{
    Q_OBJECT
public:
    explicit EndUserPage(Lab *lab, QWidget *parent = nullptr);
    ~EndUserPage() override;

    void setCluster(Cluster *cluster) override;
    /// Opens End User Configuration for @p id (0: a new user).
    void openUser(qint64 id);
    void showFindList();

protected:
    void discardEdits() override;
    void dirtyChanged() override { updateWidgets(); }
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void loadForm(const EndUser &user);
    EndUser formValue() const;
    void save();
    void deleteUser();
    void deleteUsers(const QList<qint64> &ids);
    void moveProfiles(bool toControlled);
    void refreshDefaultProfiles();
    void updateWidgets();
    void retranslate();

    std::unique_ptr<Ui::EndUserPage> m_ui;
    Lab *m_lab;
    Cluster *m_cluster = nullptr;
    EndUserTableModel *m_model;
    qint64 m_userId = 0;
    QStringList m_groups; ///< Permission Information as edited (applied on Save)
};
