#pragma once

#include "common/editpage.h"

#include <memory>

namespace Ui { class ServiceActivationPage; }
class Lab;

/// Cisco Unified Serviceability › Tools › Service Activation: pick a server, tick the feature
/// services grouped as Unified CM shows them (the ILS service only on the publisher), Save.
class ServiceActivationPage : public EditPage
{
    Q_OBJECT
public:
    explicit ServiceActivationPage(Lab *lab, QWidget *parent = nullptr);
    ~ServiceActivationPage() override;

    void setCluster(Cluster *cluster) override;

protected:
    void discardEdits() override { fill(); }
    void changeEvent(QEvent *event) override;

private:
    QString host() const;
    void fill();
    void save();
    void retranslate();

    std::unique_ptr<Ui::ServiceActivationPage> m_ui;
    Cluster *m_cluster = nullptr;
};
