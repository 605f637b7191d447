#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QTimer>

#include "common/clusterpage.h"

class Cluster;
class Lab;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QValueAxis;
struct LabEvent;

/// Lab › Monitoring: the RTMT counters of Cisco Extension Mobility and ILS of the cluster in the
/// selector, charted on lab time — Requests In Progress against a line at Maximum Concurrent
/// Requests, Requests Throttled, successful and failed logins and logouts, ILS updates pending.
/// Every cluster is recorded from the start, so switching clusters shows its history. Burst…
/// fires many logins at once from the cluster's phones through Extension Mobility to show
/// throttling (error 26) as it happens.
class MonitoringPage : public ClusterPage
{
    Q_OBJECT
public:
    enum Series { InProgress, MaxConcurrent, Throttled, LoginsOk, LoginsFailed, LogoutsOk, LogoutsFailed, IlsPending, SeriesCount };

    explicit MonitoringPage(Lab *lab, QWidget *parent = nullptr);
    ~MonitoringPage() override;

    void setCluster(Cluster *cluster) override;
    Cluster *cluster() const { return m_cluster; }
    /// The chart line of @p series for the cluster shown (refreshed by refresh()).
    QLineSeries *series(Series series) const { return m_series[series]; }
    QChart *chart(int index) const;
    /// Redraws the lines of the cluster shown up to the lab clock's now.
    void refresh();
    /// Sends @p count EM logins at once to the cluster shown, from its phones in turn, for its
    /// users with a device profile in turn (as an EM API proxy would, without PINs). Returns how
    /// many were sent.
    int burst(int count);
    /// The lab time, in seconds, that the charts span.
    static constexpr double WindowSeconds = 60.0;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Track {
        QList<QPointF> points[SeriesCount]; ///< steps: (lab s, value)
        qint64 value[SeriesCount] = {};
    };
    void retranslate();
    void record(const QString &cluster, Series series, qint64 value);
    void counterChanged(const QString &cluster, const QString &name, qint64 value);
    void eventAdded(const LabEvent &event);
    void readMaximum(Cluster *cluster);
    void askBurst();

    Lab *m_lab;
    Cluster *m_cluster = nullptr;
    QHash<QString, Track> m_tracks;
    QLabel *m_titleLabel;
    QLabel *m_hintLabel;
    QLabel *m_statusLabel;
    QPushButton *m_burstButton;
    QList<QChartView *> m_views;
    QLineSeries *m_series[SeriesCount] = {};
    QList<QValueAxis *> m_xAxes;
    QList<QValueAxis *> m_yAxes;
    QTimer m_tick;
    int m_burstSent = 0;
    int m_burstDone = 0;
    int m_burstThrottled = 0;
    int m_burstOk = 0;
};
