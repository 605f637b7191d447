#pragma once

#include <QDialog>

#include <functional>
#include <memory>

#include "core/refusal.h"

namespace Ui { class SubscribeServicesDialog; }
class Cluster;

/// Related Links › Subscribe/Unsubscribe Services of a phone or device profile: Select a
/// Service → Next → Subscribe, then Save (as the seed's task flow words it).
class SubscribeServicesDialog : public QDialog
{
    Q_OBJECT
public:
    SubscribeServicesDialog(Cluster *cluster, qint64 deviceId, QWidget *parent = nullptr);
    ~SubscribeServicesDialog() override;

    /// Shows the dialog modally (or hands it to the test hook).
    static void exec(Cluster *cluster, qint64 deviceId, QWidget *parent);
    /// Test seam: called with the dialog instead of exec(), so a test can drive it.
    static void setTestHook(std::function<void(SubscribeServicesDialog *)> hook);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void save();
    void updateWidgets();
    void retranslate();

    std::unique_ptr<Ui::SubscribeServicesDialog> m_ui;
    Cluster *m_cluster;
    qint64 m_deviceId;
    QList<qint64> m_services;
    Refusal m_refusal;
    bool m_saved = false;
    static std::function<void(SubscribeServicesDialog *)> s_testHook;
};
