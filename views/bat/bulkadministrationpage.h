#pragma once

#include "common/clusterpage.h"

#include <QPointer>

class BatJob;
class Lab;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

/// Bulk Administration › Import/Export: End Users, User Device Profiles and Phones from and to
/// BAT CSV files for the current cluster. A file is dry-run first (every row checked with the
/// pages' rules, a per-row report, nothing written); then Run applies it, all or nothing or the
/// valid rows only. Long jobs show progress and can be cancelled (nothing changes then).
class BulkAdministrationPage : public ClusterPage
{
    Q_OBJECT
public:
    explicit BulkAdministrationPage(Lab *lab, QWidget *parent = nullptr);
    ~BulkAdministrationPage() override;

    void setCluster(Cluster *cluster) override;
    /// The file the next job reads or the export writes (tests and --page use it too).
    void setFileName(const QString &path);
    bool isRunning() const;

public slots:
    void dryRun();
    void run();
    void cancel();

protected:
    void changeEvent(QEvent *event) override;

private:
    void start(bool dryRun);
    void exportFile();
    void jobFinished();
    void inputsChanged();
    void updateButtons();
    void showReport();
    void retranslate();

    Lab *m_lab;
    QPointer<Cluster> m_cluster;
    QPointer<BatJob> m_job;
    bool m_dryRunPassed = false; // a dry run of exactly these inputs ran
    bool m_loading = false;      // the file is being read on a worker thread
    QLabel *m_title;
    QLabel *m_clusterLabel;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_modeLabel;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_validRowsOnly;
    QButtonGroup *m_modeGroup;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QPushButton *m_dryRunButton;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_report;
};
