#pragma once

#include "common/clusterpage.h"

#include <memory>

namespace Ui { class IlsConfigurationPage; }
class IlsClusterTableModel;
class Lab;
class QSortFilterProxyModel;

/// Advanced Features › ILS Configuration: this cluster's role (hub / spoke), the hub it
/// registers with, the sync interval, and the ILS network as the lab defines it. Read-only
/// for now: the engine has no ILS API to change a role yet.
class IlsConfigurationPage : public ClusterPage
{
    Q_OBJECT
public:
    explicit IlsConfigurationPage(Lab *lab, QWidget *parent = nullptr);
    ~IlsConfigurationPage() override;

    void setCluster(Cluster *cluster) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::IlsConfigurationPage> m_ui;
    Lab *m_lab;
    Cluster *m_cluster = nullptr;
    IlsClusterTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
