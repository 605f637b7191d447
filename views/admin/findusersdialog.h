#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui { class FindUsersDialog; }
class Cluster;
class EndUserTableModel;

/// The Find and List Users pop-up of Access Control Group › Add End Users to Group: find,
/// tick users, Add Selected.
class FindUsersDialog : public QDialog
{
    Q_OBJECT
public:
    /// Lists the end users of @p cluster for which @p offer returns true.
    FindUsersDialog(Cluster *cluster, std::function<bool(qint64)> offer, QWidget *parent = nullptr);
    ~FindUsersDialog() override;

    /// The users chosen with Add Selected (empty if closed).
    QList<qint64> chosen() const { return m_chosen; }

    /// Shows the pop-up (or hands it to the test hook) and returns the chosen users.
    static QList<qint64> pick(Cluster *cluster, std::function<bool(qint64)> offer, QWidget *parent);
    /// Test seam: called with the dialog instead of exec(), so a test can drive it.
    static void setTestHook(std::function<void(FindUsersDialog *)> hook);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::FindUsersDialog> m_ui;
    EndUserTableModel *m_model;
    QList<qint64> m_chosen;
    static std::function<void(FindUsersDialog *)> s_testHook;
};
