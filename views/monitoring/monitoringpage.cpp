#include "monitoringpage.h"

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "events/counters.h"
#include "events/eventlog.h"
#include "lab/lab.h"
#include "mobility/emresult.h"
#include "mobility/extensionmobility.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QPushButton>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr double KeepSeconds = 600.0; // history kept per line

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}
} // namespace

MonitoringPage::MonitoringPage(Lab *lab, QWidget *parent)
    : ClusterPage(parent), m_lab(lab)
{
    setObjectName(QStringLiteral("monitoringPage"));
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("monitoringTitleLabel"));
    QFont f = m_titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_titleLabel->setFont(f);
    m_burstButton = new QPushButton(this);
    m_burstButton->setObjectName(QStringLiteral("burstButton"));
    top->addWidget(m_titleLabel, 1);
    top->addWidget(m_burstButton);
    outer->addLayout(top);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("monitoringHintLabel"));
    m_hintLabel->setWordWrap(true);
    outer->addWidget(m_hintLabel);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("monitoringStatusLabel"));
    m_statusLabel->setWordWrap(true);
    outer->addWidget(m_statusLabel);

    // requests across the top, logins and ILS below; small legends so the lines keep the room
    auto *grid = new QGridLayout;
    const QList<QList<Series>> charts = {{InProgress, MaxConcurrent, Throttled}, {LoginsOk, LoginsFailed, LogoutsOk, LogoutsFailed}, {IlsPending}};
    const QColor colours[SeriesCount] = {QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28), QColor(0xe6, 0x51, 0x00), QColor(0x2e, 0x7d, 0x32),
                                         QColor(0xad, 0x14, 0x57), QColor(0x00, 0x83, 0x8f), QColor(0x6a, 0x1b, 0x9a), QColor(0x15, 0x65, 0xc0)};
    for (int i = 0; i < charts.size(); ++i) {
        auto *chart = new QChart;
        chart->setObjectName(QStringLiteral("monitoringChart%1").arg(i));
        chart->legend()->setAlignment(Qt::AlignRight); // names whole, in either language
        QFont small = chart->legend()->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        chart->legend()->setFont(small);
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto *x = new QValueAxis(chart);
        x->setLabelFormat(QStringLiteral("%.0f"));
        x->setRange(0, WindowSeconds);
        auto *y = new QValueAxis(chart);
        y->setLabelFormat(QStringLiteral("%d"));
        y->setRange(0, 5);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        m_xAxes.append(x);
        m_yAxes.append(y);
        for (Series s : charts.at(i)) {
            auto *line = new QLineSeries(chart);
            line->setObjectName(QStringLiteral("series%1").arg(int(s)));
            QPen pen(colours[s]);
            pen.setWidthF(2.0);
            if (s == MaxConcurrent)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            m_series[s] = line;
        }
        auto *view = new QChartView(chart, this);
        view->setObjectName(QStringLiteral("monitoringChartView%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 150);
        m_views.append(view);
    }
    // requests across the top; logins and ILS below (ILS has one line: its title names it)
    grid->addWidget(m_views.at(0), 0, 0, 1, 2);
    grid->addWidget(m_views.at(1), 1, 0);
    grid->addWidget(m_views.at(2), 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    chart(2)->legend()->hide();
    outer->addLayout(grid, 1);

    // every cluster is recorded from now on
    const qint64 now = lab->clock()->now();
    for (Cluster *c : lab->clusters()) {
        Track &t = m_tracks[c->name()];
        const QHash<QString, qint64> counters = lab->counters()->snapshot(c->name());
        t.value[InProgress] = counters.value(CounterNames::RequestsInProgress);
        t.value[Throttled] = counters.value(CounterNames::RequestsThrottled);
        t.value[LoginsOk] = counters.value(CounterNames::LoginsSuccessful);
        t.value[LogoutsOk] = counters.value(CounterNames::LogoutsSuccessful);
        t.value[IlsPending] = counters.value(CounterNames::IlsMessagesPending);
        t.value[MaxConcurrent] = c->serviceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests).toInt();
        for (int s = 0; s < SeriesCount; ++s)
            t.points[s].append(QPointF(seconds(now), double(t.value[s])));
        connect(c, &Cluster::parameterChanged, this, [this, c] { readMaximum(c); });
    }
    connect(lab->counters(), &Counters::counterChanged, this, &MonitoringPage::counterChanged);
    connect(lab->events(), &EventLog::eventAdded, this, &MonitoringPage::eventAdded);
    connect(m_burstButton, &QPushButton::clicked, this, &MonitoringPage::askBurst);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &MonitoringPage::refresh);
    retranslate();
}

MonitoringPage::~MonitoringPage() = default;

QChart *MonitoringPage::chart(int index) const
{
    return m_views.value(index) ? m_views.at(index)->chart() : nullptr;
}

void MonitoringPage::setCluster(Cluster *cluster)
{
    m_cluster = cluster;
    m_statusLabel->clear();
    retranslate();
    refresh();
}

void MonitoringPage::readMaximum(Cluster *c)
{
    const int max = c->serviceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests).toInt();
    record(c->name(), MaxConcurrent, max);
}

void MonitoringPage::record(const QString &cluster, Series series, qint64 value)
{
    auto it = m_tracks.find(cluster);
    if (it == m_tracks.end())
        return;
    Track &t = *it;
    if (t.value[series] == value && !t.points[series].isEmpty())
        return;
    const double now = seconds(m_lab->clock()->now());
    QList<QPointF> &points = t.points[series];
    // a step: the old value up to now, then the new one
    points.append(QPointF(now, double(t.value[series])));
    points.append(QPointF(now, double(value)));
    t.value[series] = value;
    while (points.size() > 2 && points.at(1).x() < now - KeepSeconds)
        points.removeFirst();
}

void MonitoringPage::counterChanged(const QString &cluster, const QString &name, qint64 value)
{
    if (name == CounterNames::RequestsInProgress)
        record(cluster, InProgress, value);
    else if (name == CounterNames::RequestsThrottled)
        record(cluster, Throttled, value);
    else if (name == CounterNames::LoginsSuccessful)
        record(cluster, LoginsOk, value);
    else if (name == CounterNames::LogoutsSuccessful)
        record(cluster, LogoutsOk, value);
    else if (name == CounterNames::IlsMessagesPending)
        record(cluster, IlsPending, value);
}

void MonitoringPage::eventAdded(const LabEvent &e)
{
    // Extension Mobility counts only what succeeded; refusals come from the event stream
    // (throttled requests have their own line)
    auto it = m_tracks.find(e.cluster);
    if (it == m_tracks.end())
        return;
    if (e.type == LabEvent::Type::LoginFailed)
        record(e.cluster, LoginsFailed, it->value[LoginsFailed] + 1);
    else if (e.type == LabEvent::Type::LogoutFailed)
        record(e.cluster, LogoutsFailed, it->value[LogoutsFailed] + 1);
}

void MonitoringPage::refresh()
{
    if (!m_cluster || !m_tracks.contains(m_cluster->name()))
        return;
    const Track &t = m_tracks[m_cluster->name()];
    const double now = seconds(m_lab->clock()->now());
    const double from = qMax(0.0, now - WindowSeconds);
    double top[3] = {1, 1, 1};
    for (int s = 0; s < SeriesCount; ++s) {
        QList<QPointF> points;
        for (const QPointF &p : t.points[s])
            if (p.x() >= from - KeepSeconds) // lines enter from the left edge
                points.append(p);
        points.append(QPointF(now, double(t.value[s])));
        for (const QPointF &p : std::as_const(points)) {
            const int chart = s <= Throttled ? 0 : s <= LogoutsFailed ? 1 : 2;
            if (p.x() >= from)
                top[chart] = qMax(top[chart], p.y());
        }
        m_series[s]->replace(points);
    }
    for (int i = 0; i < m_xAxes.size(); ++i) {
        m_xAxes[i]->setRange(from, qMax(from + WindowSeconds, now));
        // whole numbers on every tick: a step of 1, 2, 5, 10, 20, 50…
        const double wanted = std::ceil(top[i] * 1.1) + 1;
        double step = 1;
        for (double factor = 1; wanted / step > 5; factor *= 10)
            for (double m : {1.0, 2.0, 5.0})
                if (wanted / step > 5)
                    step = m * factor;
        const double ceiling = std::ceil(wanted / step) * step;
        m_yAxes[i]->setRange(0, ceiling);
        m_yAxes[i]->setTickCount(int(ceiling / step) + 1);
    }
}

int MonitoringPage::burst(int count)
{
    if (!m_cluster)
        return 0;
    ExtensionMobility *em = m_lab->mobility(m_cluster);
    QStringList phones;
    for (const Device &d : m_cluster->phones())
        phones.append(d.name);
    QStringList users;
    for (const EndUser &u : m_cluster->endUsers())
        if (!u.controlledProfiles.isEmpty())
            users.append(u.userId);
    if (!em || phones.isEmpty() || users.isEmpty()) {
        m_statusLabel->setText(tr("%1 has no phones or no users with a device profile to log in.").arg(m_cluster->name()));
        return 0;
    }
    m_burstSent = count;
    m_burstDone = m_burstThrottled = m_burstOk = 0;
    const QString cluster = m_cluster->name();
    for (int i = 0; i < count; ++i) {
        EmLoginRequest r;
        r.deviceName = phones.at(i % phones.size());
        r.id = users.at(i % users.size());
        r.proxy = true;
        em->login(r, [this, cluster](const EmResult &result) {
            ++m_burstDone;
            m_burstThrottled += result.code == EmCode::Busy ? 1 : 0;
            m_burstOk += result.status == EmResult::Status::Success ? 1 : 0;
            m_statusLabel->setText(tr("Burst on %1: %2 of %3 answered — %4 refused with 26 (throttled), %5 logged in, %6 refused otherwise.")
                                       .arg(cluster)
                                       .arg(m_burstDone)
                                       .arg(m_burstSent)
                                       .arg(m_burstThrottled)
                                       .arg(m_burstOk)
                                       .arg(m_burstDone - m_burstThrottled - m_burstOk));
        });
    }
    refresh();
    return count;
}

void MonitoringPage::askBurst()
{
    if (!m_cluster)
        return;
    const int max = int(m_tracks.value(m_cluster->name()).value[MaxConcurrent]);
    bool ok = false;
    const int n = QInputDialog::getInt(this, tr("Burst of Logins"),
                                       tr("Logins to send at once to %1 (Maximum Concurrent Requests is %2):").arg(m_cluster->name()).arg(max),
                                       qMax(10, max * 2), 1, 500, 1, &ok);
    if (ok)
        burst(n);
}

void MonitoringPage::retranslate()
{
    m_titleLabel->setText(m_cluster ? tr("Monitoring: %1").arg(m_cluster->name()) : tr("Monitoring"));
    m_hintLabel->setText(tr("Cisco Extension Mobility and ILS counters of the cluster chosen in the selector, on lab time "
                            "(seconds). Requests beyond Maximum Concurrent Requests are refused with error 26 and counted in "
                            "Requests Throttled: Burst… sends many logins at once to show it."));
    m_burstButton->setText(tr("&Burst..."));
    m_burstButton->setToolTip(tr("Sends many Extension Mobility logins at once from this cluster's phones"));
    chart(0)->setTitle(tr("Login and logout requests"));
    chart(1)->setTitle(tr("Logins and logouts"));
    chart(2)->setTitle(tr("ILS updates pending"));
    m_series[InProgress]->setName(tr("Requests In Progress"));
    m_series[MaxConcurrent]->setName(tr("Maximum Concurrent Requests"));
    m_series[Throttled]->setName(tr("Requests Throttled"));
    m_series[LoginsOk]->setName(tr("Successful logins"));
    m_series[LoginsFailed]->setName(tr("Failed logins"));
    m_series[LogoutsOk]->setName(tr("Successful logouts"));
    m_series[LogoutsFailed]->setName(tr("Failed logouts"));
    m_series[IlsPending]->setName(tr("ILS updates pending"));
    for (QValueAxis *x : std::as_const(m_xAxes))
        x->setTitleText(tr("Lab time (s)"));
}

void MonitoringPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ClusterPage::changeEvent(event);
}

void MonitoringPage::showEvent(QShowEvent *event)
{
    m_tick.start();
    refresh();
    ClusterPage::showEvent(event);
}

void MonitoringPage::hideEvent(QHideEvent *event)
{
    m_tick.stop();
    ClusterPage::hideEvent(event);
}
