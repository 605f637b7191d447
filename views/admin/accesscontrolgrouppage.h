#pragma once

#include "common/entitypage.h"

#include <memory>

namespace Ui { class AccessControlGroupPage; }
class AccessControlGroupTableModel;
class EndUserTableModel;
class FindProxyModel;
class Lab;

/// User Management › User Settings › Access Control Group: Find and List, the group with its
/// members, Add End Users to Group (the Find and List Users pop-up → Add Selected), and
/// Delete Selected members.
class AccessControlGroupPage : public EntityPage
{
    Q_OBJECT
public:
    explicit AccessControlGroupPage(Lab *lab, QWidget *parent = nullptr);
    ~AccessControlGroupPage() override;

protected:
    void loadRecord(qint64 id) override;
    Refusal saveRecord(qint64 &id) override;
    Refusal deleteRecord(qint64 id) override;
    void clusterChanged() override;
    void updateWidgets() override;
    void changeEvent(QEvent *event) override;

private:
    QString groupName() const;
    void addEndUsers();
    void removeMembers();
    void retranslate();

    std::unique_ptr<Ui::AccessControlGroupPage> m_ui;
    AccessControlGroupTableModel *m_model;
    EndUserTableModel *m_members;
    FindProxyModel *m_membersProxy;
};
