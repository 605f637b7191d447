#include "topologypage.h"

#include "demo/demopanel.h"
#include "topology/clusteritem.h"
#include "topology/topologyview.h"

#include "cluster/cluster.h"
#include "ils/ilsnetwork.h"
#include "lab/lab.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

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
    layout->addWidget(m_titleLabel);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("topologySplitter"));
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new TopologyView(lab, left);
    m_legendLabel = new QLabel(left);
    m_legendLabel->setObjectName(QStringLiteral("topologyLegendLabel"));
    m_legendLabel->setWordWrap(true);
    m_summaryLabel = new QLabel(left);
    m_summaryLabel->setObjectName(QStringLiteral("topologySummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_statusLabel = new QLabel(left);
    m_statusLabel->setObjectName(QStringLiteral("topologyStatusLabel"));
    m_statusLabel->setWordWrap(true);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_legendLabel);
    leftLayout->addWidget(m_summaryLabel);
    leftLayout->addWidget(m_statusLabel);
    m_demo = new DemoPanel(lab, phones, m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_demo);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(m_view, &TopologyView::clusterSelected, this, [this](const QString &name) {
        updateSummary();
        emit clusterSelected(name);
    });
    connect(m_view, &TopologyView::statusMessage, m_statusLabel, &QLabel::setText);
    connect(lab->ils(), &IlsNetwork::pendingChanged, this, &TopologyPage::updateSummary);
    for (Cluster *c : lab->clusters()) {
        connect(c, &Cluster::nodeStateChanged, this, &TopologyPage::updateSummary);
        connect(c, &Cluster::serviceStateChanged, this, &TopologyPage::updateSummary);
    }
    retranslate();
}

TopologyPage::~TopologyPage() = default;

void TopologyPage::retranslate()
{
    m_titleLabel->setText(tr("ILS Topology"));
    m_legendLabel->setText(tr("Double ring: hub; single ring: spoke. Green: up; light green: a node is down; "
                              "orange: up but not taking part in ILS; grey: down. Blue dots are ILS updates on their way; "
                              "badges are users logged in there. Right-click a cluster to take it or a node down or up."));
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
