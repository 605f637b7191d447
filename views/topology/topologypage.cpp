#include "topologypage.h"

#include "demo/demopanel.h"
#include "simulation/simulationpanel.h"
#include "topology/clusteritem.h"
#include "topology/topologyview.h"

#include "cluster/cluster.h"
#include "core/clock.h"
#include "ils/ilsnetwork.h"
#include "lab/lab.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

TopologyPage::TopologyPage(Lab *lab, LabPhones *phones, QWidget *parent)
    : QWidget(parent), m_lab(lab)
{
    auto *layout = new QVBoxLayout(this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("topologyTitleLabel"));
    QFont f = m_titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_titleLabel->setFont(f);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("topologySplitter"));
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);

    // the map's tools, in one row beside the title; what does not fit goes under the » button
    m_tools = new QToolBar(left);
    m_tools->setObjectName(QStringLiteral("mapToolBar"));
    m_tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto tool = [this](const char *button) {
        QAction *a = m_tools->addAction(QString());
        m_tools->widgetForAction(a)->setObjectName(QString::fromLatin1(button));
        return a;
    };
    m_zoomInAction = tool("zoomInButton");
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction = tool("zoomOutButton");
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_fitAction = tool("fitButton");
    m_exportAction = tool("exportMapButton");
    m_tools->addSeparator();
    m_slowMotionAction = tool("slowMotionButton");
    m_slowMotionAction->setCheckable(true);
    m_slowMotionAction->setChecked(true);
    m_simulationAction = tool("simulationButton");
    m_simulationAction->setCheckable(true);
    for (QAction *a : m_tools->actions())
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_slowMotionLabel = new QLabel(left);
    m_slowMotionLabel->setObjectName(QStringLiteral("slowMotionLabel"));
    m_slowMotionLabel->setStyleSheet(QStringLiteral("color: #0d47a1; font-weight: bold;"));
    m_slowMotionLabel->setVisible(false);

    m_mapSplitter = new QSplitter(Qt::Vertical, left);
    m_mapSplitter->setObjectName(QStringLiteral("mapSplitter"));
    m_view = new TopologyView(lab, m_mapSplitter);
    m_simulation = new SimulationPanel(lab, m_mapSplitter);
    m_simulation->setVisible(false);
    m_mapSplitter->addWidget(m_view);
    m_mapSplitter->addWidget(m_simulation);
    m_mapSplitter->setStretchFactor(0, 3);
    m_mapSplitter->setStretchFactor(1, 2);
    m_legendLabel = new QLabel(left);
    m_legendLabel->setObjectName(QStringLiteral("topologyLegendLabel"));
    m_legendLabel->setWordWrap(true);
    m_summaryLabel = new QLabel(left);
    m_summaryLabel->setObjectName(QStringLiteral("topologySummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_statusLabel = new QLabel(left);
    m_statusLabel->setObjectName(QStringLiteral("topologyStatusLabel"));
    m_statusLabel->setWordWrap(true);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_titleLabel);
    heading->addSpacing(12);
    heading->addWidget(m_tools, 1);
    leftLayout->addLayout(heading);
    leftLayout->addWidget(m_slowMotionLabel);
    leftLayout->addWidget(m_mapSplitter, 1);
    leftLayout->addWidget(m_legendLabel);
    leftLayout->addWidget(m_summaryLabel);
    leftLayout->addWidget(m_statusLabel);
    m_demo = new DemoPanel(lab, phones, m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_demo);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    // The scenario's step marks its clusters, links ("Cluster3>Cluster2") and first phone on the map.
    connect(m_demo, &DemoPanel::highlightRequested, this, [this](const QStringList &clusters, const QStringList &links, const QStringList &phones) {
        QStringList pairs;
        for (const QString &l : links)
            pairs.append(QString(l).replace(QLatin1Char('>'), QLatin1Char('\n')));
        const QString phone = phones.value(0);
        const Cluster *phoneCluster = phone.isEmpty() ? nullptr : m_lab->clusterOfPhone(phone);
        m_view->setHighlight(clusters, pairs, phoneCluster ? phone : QString(), phoneCluster ? phoneCluster->name() : QString());
    });

    connect(m_view, &TopologyView::clusterSelected, this, [this](const QString &name) {
        updateSummary();
        emit clusterSelected(name);
    });
    connect(m_view, &TopologyView::administerRequested, this, &TopologyPage::administerRequested);
    connect(m_view, &TopologyView::statusMessage, m_statusLabel, &QLabel::setText);
    connect(m_view, &TopologyView::slowMotionActiveChanged, m_slowMotionLabel, &QLabel::setVisible);
    connect(m_zoomInAction, &QAction::triggered, m_view, &TopologyView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &TopologyView::zoomOut);
    connect(m_fitAction, &QAction::triggered, m_view, &TopologyView::fitAll);
    connect(m_exportAction, &QAction::triggered, this, &TopologyPage::exportMap);
    connect(m_slowMotionAction, &QAction::toggled, this, [this](bool on) {
        m_view->setSlowMotion(on);
        m_simulation->setAnimateSteps(on);
    });
    connect(m_simulationAction, &QAction::toggled, this, &TopologyPage::setSimulating);
    connect(m_simulation, &SimulationPanel::resumeRequested, this, [this] { setSimulating(false); });
    connect(m_simulation, &SimulationPanel::highlightRequested, m_view, &TopologyView::setHighlight);
    // after the map has read the engine again: the caption says what the map shows
    connect(m_view, &TopologyView::refreshed, this, &TopologyPage::updateSummary);
    retranslate();
}

TopologyPage::~TopologyPage() = default;

bool TopologyPage::isSimulating() const
{
    return m_simulationAction->isChecked();
}

void TopologyPage::setSimulating(bool on)
{
    {
        const QSignalBlocker block(m_simulationAction);
        m_simulationAction->setChecked(on);
    }
    m_lab->clock()->setPaused(on);
    m_simulation->setVisible(on);
    if (on) { // the list under the map, two fifths of the height
        const int h = std::max(m_mapSplitter->height(), 200);
        m_mapSplitter->setSizes({h * 3 / 5, h * 2 / 5});
    }
    if (!on)
        m_view->setHighlight({});
}

void TopologyPage::exportMap()
{
    QString filter;
    QString name = QFileDialog::getSaveFileName(this, tr("Export Map"), QDir::home().filePath(QStringLiteral("ils-topology.png")),
                                                tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (name.isEmpty())
        return;
    if (!name.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) && !name.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        name += filter.contains(QLatin1String("*.svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    m_statusLabel->setText(m_view->exportMap(name, &error) ? tr("Map exported to %1.").arg(QDir::toNativeSeparators(name)) : error);
}

void TopologyPage::retranslate()
{
    m_titleLabel->setText(tr("ILS Topology"));
    m_zoomInAction->setText(tr("Zoom In"));
    m_zoomOutAction->setText(tr("Zoom Out"));
    m_fitAction->setText(tr("Fit"));
    m_exportAction->setText(tr("Export Map..."));
    m_slowMotionAction->setText(tr("Show every hop"));
    m_slowMotionAction->setToolTip(tr("While an ILS update travels, the lab clock slows down so that each hop stays on screen "
                                      "for at least 0.7 s; lab times are unchanged."));
    m_simulationAction->setText(tr("Simulation"));
    m_simulationAction->setToolTip(tr("Pause the lab clock and list what happens next; Step makes it happen."));
    m_slowMotionLabel->setText(tr("Slow motion: an ILS hop is on its way"));
    // short enough for two lines at 1024×768; the whole key in its tooltip
    m_legendLabel->setText(tr("Double ring: hub, single: spoke. Green: up; light green: a node down; orange: out of ILS; grey: down. "
                              "Blue dots: ILS updates (the clock slows so each hop shows 0.7 s; lab times unchanged). "
                              "Arrows: calls (amber ringing, green connected, red failed)."));
    m_legendLabel->setToolTip(tr("Double ring: hub; single ring: spoke; red dotted ring: a spoke cut off because its hub is out of ILS. "
                              "Green: up; light green: a node is down; orange: up but not taking part in ILS; grey: down. "
                              "Blue dots are ILS updates on their way: with \"Show every hop\" the lab clock slows down while one "
                              "travels, so each hop stays on screen at least 0.7 s (lab times in the event log do not change). "
                              "Arrows are calls: amber ringing, green connected, red failed. Badges are users logged in there; a red "
                              "dashed badge is a logout the cluster owes. Drag a cluster to move it, the background to pan, the wheel "
                              "to zoom; right-click a cluster for its actions."));
    updateSummary();
}

void TopologyPage::updateSummary()
{
    QString selected;
    if (Cluster *c = m_lab->cluster(m_view->selectedCluster())) {
        const ClusterItem *item = m_view->clusterItem(c->name());
        selected = tr("Selected: %1 (%2).").arg(c->name(), item ? item->stateText() : QString()) + QLatin1Char(' ');
    }
    m_summaryLabel->setText(selected + tr("%n ILS update(s) pending in the network.", nullptr, m_lab->ils()->pendingCount()));
}

void TopologyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
