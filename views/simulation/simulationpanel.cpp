#include "simulationpanel.h"

#include "cluster/cluster.h"
#include "ils/ilsnetwork.h"
#include "lab/lab.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int MaxTasksListed = 200;
QString linkKey(const QString &a, const QString &b)
{
    return a + QLatin1Char('\n') + b;
}
}

SimulationPanel::SimulationPanel(Lab *lab, QWidget *parent)
    : QWidget(parent), m_lab(lab)
{
    setObjectName(QStringLiteral("simulationPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(QStringLiteral("simulationIntroLabel"));
    m_introLabel->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("simulationTreeWidget"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_stepButton = new QPushButton(this);
    m_stepButton->setObjectName(QStringLiteral("simulationStepButton"));
    m_resumeButton = new QPushButton(this);
    m_resumeButton->setObjectName(QStringLiteral("simulationResumeButton"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("simulationStatusLabel"));
    m_statusLabel->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stepButton);
    buttons->addWidget(m_resumeButton);
    buttons->addWidget(m_statusLabel, 1);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &SimulationPanel::rebuild);
    connect(lab->clock(), &Clock::scheduleChanged, this, &SimulationPanel::scheduleRebuild);
    connect(lab->clock(), &Clock::pausedChanged, this, &SimulationPanel::scheduleRebuild);
    connect(lab->ils(), &IlsNetwork::pendingChanged, this, &SimulationPanel::scheduleRebuild);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SimulationPanel::selectionChanged);
    connect(m_stepButton, &QPushButton::clicked, this, &SimulationPanel::step);
    connect(m_resumeButton, &QPushButton::clicked, this, &SimulationPanel::resumeRequested);
    retranslate();
}

SimulationPanel::~SimulationPanel() = default;

void SimulationPanel::scheduleRebuild()
{
    if (isVisible())
        m_rebuild.start();
}

void SimulationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    rebuild();
}

void SimulationPanel::rebuild()
{
    m_rebuild.stop();
    IlsNetwork *ils = m_lab->ils();
    QList<Entry> timed;
    for (const Clock::Pending &p : m_lab->clock()->pending(MaxTasksListed)) {
        Entry e;
        e.task = p.id;
        e.due = p.due;
        e.info = p.info;
        switch (p.info.kind) {
        case TaskInfo::Kind::IlsDelivery:
            e.clusters = {p.info.peer, p.info.cluster};
            e.links = {linkKey(p.info.peer, p.info.cluster)};
            e.count = ils->linkState(p.info.peer, p.info.cluster).pending;
            break;
        case TaskInfo::Kind::Other:
            break;
        default:
            if (!p.info.cluster.isEmpty())
                e.clusters = {p.info.cluster};
            e.phone = p.info.phone;
            e.phoneCluster = p.info.cluster;
            break;
        }
        timed.append(e);
    }
    // Logouts a cluster owes (a super user logged in elsewhere since): done when the news
    // arrives, with the delivery into that cluster if one travels, else once it can receive.
    QList<Entry> waiting;
    for (Cluster *c : m_lab->clusters()) {
        const QString name = c->name();
        const QStringList owed = ils->owedLogouts(name);
        if (!owed.isEmpty()) {
            Entry e;
            e.what = Entry::What::DeferredLogout;
            e.clusters = {name};
            e.users = owed;
            e.count = int(owed.size());
            qint64 due = -1;
            QString from;
            for (const QString &n : ils->neighbours(name)) {
                const IlsNetwork::LinkState s = ils->linkState(n, name);
                if (s.inFlight && (due < 0 || s.due < due)) {
                    due = s.due;
                    from = n;
                }
            }
            e.due = due;
            if (!from.isEmpty()) {
                e.clusters.prepend(from);
                e.links = {linkKey(from, name)};
                e.info.peer = from;
            }
            e.info.cluster = name;
            (due >= 0 ? timed : waiting).append(e);
        }
        for (const QString &n : ils->neighbours(name)) {
            const IlsNetwork::LinkState s = ils->linkState(n, name);
            if (s.inFlight || s.pending == 0)
                continue;
            Entry e;
            e.what = Entry::What::HeldUpdates;
            e.clusters = {n, name};
            e.links = {linkKey(n, name)};
            e.count = s.pending;
            e.info.peer = n;
            e.info.cluster = name;
            waiting.append(e);
        }
    }
    // in the order they happen; a deferred logout right after the delivery that brings it
    std::stable_sort(timed.begin(), timed.end(), [](const Entry &a, const Entry &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.what == Entry::What::Task && b.what != Entry::What::Task;
    });
    m_entries = timed + waiting;
    fill();
}

void SimulationPanel::fill()
{
    const Clock::TaskId selectedTask = [this] {
        const QList<QTreeWidgetItem *> sel = m_list->selectedItems();
        const int row = sel.isEmpty() ? -1 : m_list->indexOfTopLevelItem(sel.first());
        return row >= 0 && row < m_entries.size() ? m_entries[row].task : Clock::TaskId(0);
    }();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = m_entries.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_list, {when(m_entries[i]), describe(m_entries[i])});
        item->setToolTip(1, item->text(1));
        if (m_entries[i].due < 0)
            item->setForeground(0, QColor(0xe6, 0x51, 0x00));
        if (selectedTask != 0 && m_entries[i].task == selectedTask)
            select = i;
    }
    if (select >= 0)
        m_list->setCurrentItem(m_list->topLevelItem(select));
    const bool paused = m_lab->clock()->isPaused() || m_lab->clock()->mode() == Clock::Mode::Manual;
    m_stepButton->setEnabled(paused && m_lab->clock()->nextDue() >= 0);
    selectionChanged();
}

void SimulationPanel::selectionChanged()
{
    const QList<QTreeWidgetItem *> sel = m_list->selectedItems();
    const int row = sel.isEmpty() ? -1 : m_list->indexOfTopLevelItem(sel.first());
    if (row < 0 || row >= m_entries.size()) {
        emit highlightRequested({}, {}, {}, {});
        return;
    }
    const Entry &e = m_entries[row];
    emit highlightRequested(e.clusters, e.links, e.phone, e.phoneCluster);
}

bool SimulationPanel::step()
{
    Clock *clock = m_lab->clock();
    const QList<Clock::Pending> next = clock->pending(1);
    if (next.isEmpty())
        return false;
    Entry done;
    done.task = next.first().id;
    done.due = next.first().due;
    done.info = next.first().info;
    if (done.info.kind == TaskInfo::Kind::IlsDelivery) {
        done.clusters = {done.info.peer, done.info.cluster};
        done.count = m_lab->ils()->linkState(done.info.peer, done.info.cluster).pending;
    }
    m_lastStepEntry = done;
    m_hasLastStep = true;
    if (m_animate && clock->mode() == Clock::Mode::RealTime && done.info.kind == TaskInfo::Kind::IlsDelivery) {
        // the clock runs (slowed by the map) until the hop has arrived, then pauses again
        clock->resumeUntilTaskRan(done.task);
    } else {
        clock->runNext();
    }
    m_statusLabel->setText(tr("Done: %1").arg(describe(done)));
    rebuild();
    return true;
}

QString SimulationPanel::entryText(int row) const
{
    return row >= 0 && row < m_entries.size() ? describe(m_entries[row]) : QString();
}

QString SimulationPanel::when(const Entry &e) const
{
    if (e.due < 0)
        //: a simulation entry with no time: it happens once a cluster can receive again
        return tr("waits");
    const qint64 delta = std::max<qint64>(0, e.due - m_lab->clock()->now());
    //: lab time until it happens, e.g. "in 0.2 s"
    return tr("in %1 s").arg(QLocale().toString(double(delta) / 1000.0, 'f', 1));
}

QString SimulationPanel::describe(const Entry &e) const
{
    const TaskInfo &i = e.info;
    switch (e.what) {
    case Entry::What::DeferredLogout:
        if (e.due >= 0)
            return tr("Deferred logout: %1 logs %2 out when the ILS update from %3 arrives").arg(i.cluster, e.users.join(QLatin1String(", ")), i.peer);
        return tr("Deferred logout: %1 logs %2 out once the newer login reaches it through ILS").arg(i.cluster, e.users.join(QLatin1String(", ")));
    case Entry::What::HeldUpdates:
        return tr("%n ILS update(s) from %1 to %2 wait until both take part in ILS", nullptr, e.count).arg(i.peer, i.cluster);
    case Entry::What::Task:
        break;
    }
    switch (i.kind) {
    case TaskInfo::Kind::IlsDelivery:
        return tr("%n ILS update(s) from %1 reach %2", nullptr, std::max(1, e.count)).arg(i.peer, i.cluster);
    case TaskInfo::Kind::IlsConfigSync:
        return tr("ILS: %1 advertises its configuration changes").arg(i.cluster);
    case TaskInfo::Kind::EmRequest:
        return i.user.isEmpty() ? tr("Extension Mobility on %1 answers the request from %2").arg(i.cluster, i.phone)
                                : tr("Extension Mobility on %1 answers %2's request from %3").arg(i.cluster, i.user, i.phone);
    case TaskInfo::Kind::MaxLoginTime:
        return tr("Intra-cluster Maximum Login Time: %1 is logged out of %2 (%3)").arg(i.user, i.phone, i.cluster);
    case TaskInfo::Kind::ExclusiveDuration:
        return tr("exclusiveDuration ends: %1 is logged out of %2 (%3)").arg(i.user, i.phone, i.cluster);
    case TaskInfo::Kind::RingingTimeout:
        return tr("%1 stops ringing: nobody answered").arg(i.phone);
    case TaskInfo::Kind::PhoneRestart:
        return tr("%1 finishes restarting").arg(i.phone);
    case TaskInfo::Kind::Other:
        break;
    }
    return tr("Another lab task");
}

void SimulationPanel::retranslate()
{
    m_introLabel->setText(tr("Simulation: the lab clock is paused. What happens next, in order; select an entry to see "
                             "it on the map, Step to make it happen."));
    m_list->setHeaderLabels({tr("When"), tr("What happens")});
    m_stepButton->setText(tr("Step"));
    m_resumeButton->setText(tr("Resume Clock"));
    if (m_hasLastStep)
        m_statusLabel->setText(tr("Done: %1").arg(describe(m_lastStepEntry)));
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_entries.size(); ++i) {
        m_list->topLevelItem(i)->setText(0, when(m_entries[i]));
        m_list->topLevelItem(i)->setText(1, describe(m_entries[i]));
    }
}

void SimulationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
