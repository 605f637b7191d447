#pragma once

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

#include "provisioning/clustercopy.h"

namespace Ui { class CopyToClustersDialog; }
class Cluster;
class Lab;
class QTreeWidgetItem;

/// "Copy to Clusters…" and "Delete from Clusters…": the feature needs the same users, device
/// profiles and phone services on every cluster, and Unified CM leaves copying them to the
/// administrator. Shows each other cluster with what it holds ("In that cluster") and, under
/// it, the preview of ClusterCopy: what would be created, updated, deleted, what conflicts and
/// what is left alone. One click applies to every ticked cluster, each in one transaction (a
/// cluster with a conflict or a refusal is left untouched), and shows a result per cluster.
/// A new end user needs a PIN; Home Cluster is never copied.
class CopyToClustersDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { EndUser, DeviceProfile, PhoneService };
    using Mode = ClusterCopy::Mode;
    CopyToClustersDialog(Lab *lab, Cluster *source, Kind kind, qint64 id, Mode mode = Mode::Copy, QWidget *parent = nullptr);
    ~CopyToClustersDialog() override;

    /// Shows the dialog modally (or hands it to the test hook). @p only: tick just these
    /// clusters at first (Roaming Readiness's Fix); empty: every cluster that differs.
    static void exec(Lab *lab, Cluster *source, Kind kind, qint64 id, QWidget *parent, Mode mode = Mode::Copy,
                     const QStringList &only = {});
    /// Test seam: called with the dialog instead of exec(), so a test can drive it.
    static void setTestHook(std::function<void(CopyToClustersDialog *)> hook);

    /// Ticks exactly the clusters named in @p names.
    void setChecked(const QStringList &names);
    /// Applies to every ticked cluster; returns how many clusters were changed.
    int copySelected();
    /// The preview of cluster @p name as shown (for tests and the readiness Fix).
    CopyPlan plan(const QString &name) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString summary(const CopyPlan &plan) const;
    void refresh();
    void retranslate();
    void updateWidgets();

    std::unique_ptr<Ui::CopyToClustersDialog> m_ui;
    Lab *m_lab;
    Cluster *m_source;
    Kind m_kind;
    ClusterCopy m_copy;
    QHash<QString, std::function<QString()>> m_results; ///< per cluster, made on display
    QStringList m_resultOrder;
    int m_applied = -1; ///< clusters changed by the last apply, -1 before
    static std::function<void(CopyToClustersDialog *)> s_testHook;
};
