#pragma once

#include <QWidget>

#include "provisioning/roamingreadiness.h"

class Lab;
class QLabel;
class QPushButton;
class QTreeWidget;

/// Lab › Roaming Readiness: what keeps a super user from roaming, found by RoamingReadiness —
/// each finding with its cluster and record, the problem, why it matters (the documentation's
/// words), Go to the page that fixes it and, where a copy from another cluster fixes it
/// safely, Fix (the Copy to Clusters preview for that one cluster). Checks again whenever the
/// page is shown.
class ReadinessPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReadinessPage(Lab *lab, QWidget *parent = nullptr);

    /// Runs the checks again and shows the result.
    void refresh();
    QList<ReadinessFinding> findings() const { return m_findings; }
    /// Go for finding @p row: asks for its page on its cluster.
    void go(int row);
    /// Fix for finding @p row: the copy preview for that cluster (nothing is written without it).
    void fix(int row);

signals:
    /// Show page @p page of cluster @p cluster, with record @p recordId open when not 0.
    void goRequested(const QString &cluster, const QString &page, qint64 recordId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Rows as tall as their wrapped problem and reason.
    void fitRows();

    Lab *m_lab;
    QLabel *m_titleLabel;
    QLabel *m_introLabel;
    QLabel *m_summaryLabel;
    QPushButton *m_checkButton;
    QTreeWidget *m_tree;
    QList<ReadinessFinding> m_findings;
};
