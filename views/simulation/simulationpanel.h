#pragma once

#include <QTimer>
#include <QWidget>

#include "core/clock.h"

class Lab;
class QLabel;
class QPushButton;
class QTreeWidget;

/// Simulation mode: with the lab clock paused, what will happen next, in order — ILS updates
/// in flight per link, deferred logouts, Maximum Login Time and exclusiveDuration logouts,
/// Extension Mobility requests being answered, ringing timeouts — then what waits for a
/// cluster to return. Step delivers the next one; selecting an entry asks the map to mark its
/// clusters, link and phone.
class SimulationPanel : public QWidget
{
    Q_OBJECT
public:
    /// One line of the list.
    struct Entry {
        Clock::TaskId task = 0;  ///< 0: not on the clock (waits for a cluster)
        qint64 due = -1;         ///< lab time, -1 when it waits
        TaskInfo info;
        enum class What { Task, DeferredLogout, HeldUpdates } what = What::Task;
        QStringList clusters;
        QStringList links;       ///< "A\nB"
        QString phone;
        QString phoneCluster;
        int count = 0;           ///< updates on the link; users owed
        QStringList users;       ///< deferred logouts
    };

    explicit SimulationPanel(Lab *lab, QWidget *parent = nullptr);
    ~SimulationPanel() override;

    QList<Entry> entries() const { return m_entries; }
    /// The text of row @p row as shown (for tests and the status line).
    QString entryText(int row) const;
    /// Step animates an ILS hop (the clock runs, slowed by the map, until it arrives) rather
    /// than jumping to it; only with a real-time clock.
    void setAnimateSteps(bool on) { m_animate = on; }
    /// Delivers the next entry on the clock; false when nothing waits on it.
    bool step();
    /// Re-reads what waits (coalesced on engine signals; call it to read the list at once).
    void rebuild();

signals:
    /// The selected entry's clusters, links ("A\nB"), and phone with its cluster.
    void highlightRequested(const QStringList &clusters, const QStringList &links, const QString &phone, const QString &phoneCluster);
    /// Simulation mode ends (the trainer resumes the clock from the panel).
    void resumeRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void scheduleRebuild();
    void fill();
    void selectionChanged();
    QString describe(const Entry &e) const;
    QString when(const Entry &e) const;

    Lab *m_lab;
    QLabel *m_introLabel;
    QTreeWidget *m_list;
    QPushButton *m_stepButton;
    QPushButton *m_resumeButton;
    QLabel *m_statusLabel;
    QList<Entry> m_entries;
    QTimer m_rebuild;
    bool m_animate = true;
    Entry m_lastStepEntry;
    bool m_hasLastStep = false;
};
