#pragma once

#include "common/editpage.h"

#include <memory>

namespace Ui { class IlsConfigurationPage; }
class IlsClusterTableModel;
class Lab;
class QSortFilterProxyModel;

/// Advanced Features › ILS Configuration: this cluster's role (hub / spoke / stand-alone) and
/// the hub it registers with, saved through Lab::setIlsRole; the sync interval; and a live
/// table of the ILS network as this cluster sees it (roles, up/down, last sync and pending
/// updates per link) with the ILS warnings (recommended limits, DN conflicts).
class IlsConfigurationPage : public EditPage
{
    Q_OBJECT
public:
    explicit IlsConfigurationPage(Lab *lab, QWidget *parent = nullptr);
    ~IlsConfigurationPage() override;

    void setCluster(Cluster *cluster) override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void discardEdits() override;

private:
    void retranslate();
    /// Reads role and hub from the lab into the form.
    void load();
    void save();
    void updateWidgets();
    void updateWarnings();

    std::unique_ptr<Ui::IlsConfigurationPage> m_ui;
    Lab *m_lab;
    Cluster *m_cluster = nullptr;
    IlsClusterTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
