#pragma once

#include "common/clusterpage.h"

#include <memory>

namespace Ui { class PhoneFeatureListPage; }
class Lab;
class PhoneFeatureTableModel;
class QSortFilterProxyModel;

/// Cisco Unified Reporting › System Reports › Unified CM Phone Feature List: Generate New
/// Report, Product (All or one model), the feature, Submit → which models support it.
class PhoneFeatureListPage : public ClusterPage
{
    Q_OBJECT
public:
    explicit PhoneFeatureListPage(Lab *lab, QWidget *parent = nullptr);
    ~PhoneFeatureListPage() override;

    void setCluster(Cluster *cluster) override { Q_UNUSED(cluster); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslate();

    std::unique_ptr<Ui::PhoneFeatureListPage> m_ui;
    PhoneFeatureTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_generated = false;
};
