#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui { class CopyToClustersDialog; }
class Cluster;
class Lab;

/// "Copy to Clusters…": the feature needs the same users and device profiles on every
/// cluster, and Unified CM leaves copying them to the administrator. Shows, side by side, which
/// clusters lack the record or hold a different one, and copies it to the ticked clusters in
/// one click (device profiles and groups are matched by name; a new user copy needs a PIN).
class CopyToClustersDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { EndUser, DeviceProfile };
    CopyToClustersDialog(Lab *lab, Cluster *source, Kind kind, qint64 id, QWidget *parent = nullptr);
    ~CopyToClustersDialog() override;

    /// Shows the dialog modally (or hands it to the test hook).
    static void exec(Lab *lab, Cluster *source, Kind kind, qint64 id, QWidget *parent);
    /// Test seam: called with the dialog instead of exec(), so a test can drive it.
    static void setTestHook(std::function<void(CopyToClustersDialog *)> hook);

    /// Copies to every ticked cluster; returns how many copies were made.
    int copySelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString difference(Cluster *target) const;
    /// Copies to @p target; returns the reason it could not (made on each call), or nullptr.
    std::function<QString()> copyTo(Cluster *target);
    void refresh();
    void retranslate();

    std::unique_ptr<Ui::CopyToClustersDialog> m_ui;
    Lab *m_lab;
    Cluster *m_source;
    Kind m_kind;
    qint64 m_id;
    QList<std::function<QString()>> m_failures; ///< why copies failed (texts made on display)
    int m_copies = -1;                          ///< copies made by the last Copy, -1 before
    static std::function<void(CopyToClustersDialog *)> s_testHook;
};
