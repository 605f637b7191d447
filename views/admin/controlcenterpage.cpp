#include "controlcenterpage.h"
#include "ui_controlcenterpage.h"

#include "cluster/cluster.h"
#include "items/servicestatustablemodel.h"

#include <QHeaderView>

ControlCenterPage::ControlCenterPage(Lab *lab, ServiceCatalog::Kind kind, QWidget *parent)
    : ClusterPage(parent), m_ui(std::make_unique<Ui::ControlCenterPage>()), m_kind(kind),
      m_model(new ServiceStatusTableModel(kind, this))
{
    Q_UNUSED(lab);
    m_ui->setupUi(this);
    m_ui->servicesTableView->setModel(m_model);
    m_ui->servicesTableView->verticalHeader()->hide();
    m_ui->servicesTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->servicesTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->servicesTableView->selectRow(0);
    connect(m_ui->serverComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setHost(m_ui->serverComboBox->currentData().toString());
        m_refusal = {};
        m_done.clear();
        retranslate();
    });
    connect(m_ui->startButton, &QPushButton::clicked, this, [this] { run(true, false); });
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] { run(false, true); });
    connect(m_ui->restartButton, &QPushButton::clicked, this, [this] { run(true, true); });
    connect(m_ui->servicesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ControlCenterPage::updateWidgets);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ControlCenterPage::updateWidgets);
    retranslate();
}

ControlCenterPage::~ControlCenterPage() = default;

void ControlCenterPage::setCluster(Cluster *cluster)
{
    m_cluster = cluster;
    m_model->setCluster(cluster);
    QSignalBlocker block(m_ui->serverComboBox);
    m_ui->serverComboBox->clear();
    if (cluster)
        for (const Node &n : cluster->nodes())
            m_ui->serverComboBox->addItem(n.hostName, n.hostName);
    m_refusal = {};
    m_done.clear();
    retranslate();
}

QString ControlCenterPage::selectedService() const
{
    const QModelIndexList rows = m_ui->servicesTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->serviceAt(rows.first().row());
}

void ControlCenterPage::run(bool start, bool stop)
{
    const QString service = selectedService();
    if (!m_cluster || service.isEmpty())
        return;
    const QString host = m_ui->serverComboBox->currentData().toString();
    m_refusal = {};
    m_done.clear();
    if (stop)
        m_refusal = m_cluster->setServiceRunning(host, service, false);
    if (!m_refusal && start)
        m_refusal = m_cluster->setServiceRunning(host, service, true);
    if (!m_refusal) {
        m_done = service;
        m_doneCommand = start && stop ? 2 : start ? 0 : 1;
    }
    retranslate();
}

void ControlCenterPage::updateWidgets()
{
    const QModelIndexList rows = m_ui->servicesTableView->selectionModel()->selectedRows();
    const bool any = !rows.isEmpty() && m_cluster;
    const bool running = any && m_model->index(rows.first().row(), ServiceStatusTableModel::StatusColumn)
                                    .data(ServiceStatusTableModel::RawValueRole).toBool();
    m_ui->startButton->setEnabled(any && !running);
    m_ui->stopButton->setEnabled(any && running);
    m_ui->restartButton->setEnabled(any && running);
}

void ControlCenterPage::retranslate()
{
    m_ui->titleLabel->setText(m_kind == ServiceCatalog::Kind::Feature ? tr("Control Center - Feature Services")
                                                                      : tr("Control Center - Network Services"));
    QString status;
    if (m_refusal) {
        status = m_refusal.text();
    } else if (!m_done.isEmpty()) {
        switch (m_doneCommand) {
        case 0: status = tr("%1 started.").arg(m_done); break;
        case 1: status = tr("%1 stopped.").arg(m_done); break;
        default: status = tr("%1 restarted.").arg(m_done); break;
        }
    }
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setStyleSheet(m_refusal ? QStringLiteral("color: #b00020; font-weight: 600;")
                                               : QStringLiteral("color: #1b5e20; font-weight: 600;"));
    m_ui->statusLabel->setVisible(!status.isEmpty());
    updateWidgets();
}

void ControlCenterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    ClusterPage::changeEvent(event);
}
