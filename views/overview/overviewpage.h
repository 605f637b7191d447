#pragma once

#include <QWidget>

#include <memory>

#include "core/refusal.h"

namespace Ui { class OverviewPage; }
class Lab;
class LabOverviewModel;
class LoginTableModel;
class QLabel;
class QSortFilterProxyModel;

/// The honest first page: every cluster of the lab, its servers and their services, and who
/// is logged in on which phone — live.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(Lab *lab, QWidget *parent = nullptr);
    ~OverviewPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();
    int loggedInUsers() const;

    std::unique_ptr<Ui::OverviewPage> m_ui;
    Lab *m_lab;
    LabOverviewModel *m_clusters;
    LoginTableModel *m_logins;
    QSortFilterProxyModel *m_loginsProxy;
    QLabel *m_releaseStatusLabel;
    Refusal m_releaseRefusal; ///< why the last release edit was refused
};
