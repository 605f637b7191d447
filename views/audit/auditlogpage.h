#pragma once

#include "common/clusterpage.h"

#include <QPointer>

class AuditTableModel;
class Lab;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// Reporting › Audit Log: who changed what on the current cluster, when (wall time and lab
/// time), through which path, with the fields before and after. Filterable; the rows shown can
/// be exported to CSV.
class AuditLogPage : public ClusterPage
{
    Q_OBJECT
public:
    explicit AuditLogPage(Lab *lab, QWidget *parent = nullptr);
    ~AuditLogPage() override;

    void setCluster(Cluster *cluster) override;
    void setFilterText(const QString &text);
    int visibleRows() const;
    /// Writes the rows shown (after the filter) to @p path; false with a message on the page.
    bool exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void updateCount();

    QPointer<Cluster> m_cluster;
    AuditTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    QPushButton *m_export;
    QTableView *m_table;
    QLabel *m_status;
};
