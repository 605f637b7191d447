#pragma once

#include "common/clusterpage.h"
#include "catalog/servicecatalog.h"
#include "core/refusal.h"

#include <memory>

namespace Ui { class ControlCenterPage; }
class Lab;
class ServiceStatusTableModel;

/// Cisco Unified Serviceability › Tools › Control Center – Feature Services or Network
/// Services: the status of each service on the chosen server, live, with Start, Stop and
/// Restart.
class ControlCenterPage : public ClusterPage
{
    Q_OBJECT
public:
    ControlCenterPage(Lab *lab, ServiceCatalog::Kind kind, QWidget *parent = nullptr);
    ~ControlCenterPage() override;

    void setCluster(Cluster *cluster) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString selectedService() const;
    void run(bool start, bool stop);
    void updateWidgets();
    void retranslate();

    std::unique_ptr<Ui::ControlCenterPage> m_ui;
    ServiceCatalog::Kind m_kind;
    Cluster *m_cluster = nullptr;
    ServiceStatusTableModel *m_model;
    Refusal m_refusal;
    QString m_done; ///< service of the last successful command (the text is made on display)
    int m_doneCommand = 0;
};
