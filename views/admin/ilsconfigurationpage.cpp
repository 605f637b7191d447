#include "ilsconfigurationpage.h"
#include "ui_ilsconfigurationpage.h"

#include "cluster/cluster.h"
#include "items/ilsclustertablemodel.h"
#include "lab/lab.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

IlsConfigurationPage::IlsConfigurationPage(Lab *lab, QWidget *parent)
    : ClusterPage(parent), m_ui(std::make_unique<Ui::IlsConfigurationPage>()), m_lab(lab),
      m_model(new IlsClusterTableModel(lab, this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->roleComboBox->addItem(QString(), int(Lab::IlsRole::Hub));
    m_ui->roleComboBox->addItem(QString(), int(Lab::IlsRole::Spoke));
    m_ui->roleComboBox->addItem(QString(), int(Lab::IlsRole::None));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IlsClusterTableModel::RawValueRole);
    m_ui->clustersTableView->setModel(m_proxy);
    m_ui->clustersTableView->sortByColumn(IlsClusterTableModel::ClusterColumn, Qt::AscendingOrder);
    m_ui->clustersTableView->verticalHeader()->hide();
    m_ui->clustersTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->clustersTableView->horizontalHeader()->setStretchLastSection(true);
    connect(lab, &Lab::settingsChanged, this, &IlsConfigurationPage::retranslate);
    retranslate();
}

IlsConfigurationPage::~IlsConfigurationPage() = default;

void IlsConfigurationPage::setCluster(Cluster *cluster)
{
    m_cluster = cluster;
    retranslate();
}

void IlsConfigurationPage::retranslate()
{
    m_ui->titleLabel->setText(tr("ILS Configuration"));
    m_ui->roleComboBox->setItemText(0, tr("Hub Cluster"));
    m_ui->roleComboBox->setItemText(1, tr("Spoke Cluster"));
    m_ui->roleComboBox->setItemText(2, tr("Stand-alone Cluster"));
    m_ui->noteLabel->setText(tr("The role and hub of each cluster come from the lab definition; this version shows them "
                                "read-only."));
    const Lab::ClusterSpec spec = m_cluster ? m_lab->spec(m_cluster->name()) : Lab::ClusterSpec{};
    m_ui->roleComboBox->setCurrentIndex(qMax(0, m_ui->roleComboBox->findData(int(spec.role))));
    m_ui->hubComboBox->clear();
    m_ui->hubComboBox->addItem(spec.role == Lab::IlsRole::Spoke ? spec.hub : QString());
    m_ui->hubLabel->setEnabled(spec.role == Lab::IlsRole::Spoke);
    const qint64 ms = m_lab->settings().ilsSyncIntervalMs;
    m_ui->syncIntervalLineEdit->setText(ms % 60000 == 0 ? tr("%n minute(s)", nullptr, int(ms / 60000))
                                                        : tr("%n second(s)", nullptr, int(ms / 1000)));
}

void IlsConfigurationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    ClusterPage::changeEvent(event);
}
