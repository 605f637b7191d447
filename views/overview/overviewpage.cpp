#include "overviewpage.h"

#include <QSet>
#include "ui_overviewpage.h"

#include "cluster/cluster.h"
#include "items/laboverviewmodel.h"
#include "items/logintablemodel.h"
#include "lab/lab.h"

#include <QCollator>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>

OverviewPage::OverviewPage(Lab *lab, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_lab(lab)
{
    m_ui->setupUi(this);
    m_clusters = new LabOverviewModel(lab, this);
    m_logins = new LoginTableModel(lab, this);
    m_loginsProxy = new QSortFilterProxyModel(this);
    m_loginsProxy->setSourceModel(m_logins);
    m_loginsProxy->setSortRole(LoginTableModel::RawValueRole);
    m_loginsProxy->setSortLocaleAware(true);

    m_ui->clustersTreeView->setModel(m_clusters);
    // the Unified CM release of a cluster is edited in place
    m_ui->clustersTreeView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_releaseStatusLabel = new QLabel(m_ui->clustersGroupBox);
    m_releaseStatusLabel->setObjectName(QStringLiteral("releaseStatusLabel"));
    m_releaseStatusLabel->setWordWrap(true);
    m_releaseStatusLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: 600;"));
    m_releaseStatusLabel->hide();
    m_ui->clustersLayout->addWidget(m_releaseStatusLabel);
    connect(m_clusters, &LabOverviewModel::editRefused, this, [this](const Refusal &r) {
        m_releaseRefusal = r;
        m_releaseStatusLabel->setText(r.text());
        m_releaseStatusLabel->show();
    });
    connect(lab, &Lab::clusterReleaseChanged, this, [this] {
        m_releaseRefusal = {};
        m_releaseStatusLabel->hide();
    });
    m_ui->clustersTreeView->expandAll();
    m_ui->clustersTreeView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->clustersTreeView->header()->setStretchLastSection(true);
    m_ui->loginsTableView->setModel(m_loginsProxy);
    m_ui->loginsTableView->sortByColumn(LoginTableModel::ClusterColumn, Qt::AscendingOrder);
    m_ui->loginsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->loginsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->loginsTableView->verticalHeader()->hide();

    connect(m_clusters, &QAbstractItemModel::dataChanged, this, &OverviewPage::updateSummary);
    connect(m_clusters, &QAbstractItemModel::rowsInserted, this, [this] {
        m_ui->clustersTreeView->expandAll();
        updateSummary();
    });
    connect(m_logins, &QAbstractItemModel::rowsInserted, this, &OverviewPage::updateSummary);
    connect(m_logins, &QAbstractItemModel::rowsRemoved, this, &OverviewPage::updateSummary);
    updateSummary();
}

OverviewPage::~OverviewPage() = default;

int OverviewPage::loggedInUsers() const
{
    // users, not logins: a user logged in on two phones (Multiple Logins Allowed) counts once
    QSet<QString> users;
    for (int row = 0; row < m_logins->rowCount(); ++row)
        users.insert(m_logins->index(row, LoginTableModel::UserColumn).data(LoginTableModel::RawValueRole).toString());
    return int(users.size());
}

void OverviewPage::updateSummary()
{
    int up = 0;
    for (const Cluster *c : m_lab->clusters())
        up += c->isUp() ? 1 : 0;
    const int clusters = int(m_lab->clusters().size());
    m_ui->summaryLabel->setText(tr("%n cluster(s) in the lab, %1 up; %2.", nullptr, clusters)
                                    .arg(up)
                                    .arg(tr("%n user(s) logged in with Extension Mobility", nullptr, loggedInUsers())));
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_releaseStatusLabel->setText(m_releaseRefusal.text());
        updateSummary();
    }
    QWidget::changeEvent(event);
}
