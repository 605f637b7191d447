#include "ilsconfigurationpage.h"
#include "ui_ilsconfigurationpage.h"

#include "cluster/cluster.h"
#include "ils/ilsnetwork.h"
#include "items/ilsclustertablemodel.h"
#include "lab/lab.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>

IlsConfigurationPage::IlsConfigurationPage(Lab *lab, QWidget *parent)
    : EditPage(parent), m_ui(std::make_unique<Ui::IlsConfigurationPage>()), m_lab(lab),
      m_model(new IlsClusterTableModel(lab, this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setStatusLabel(m_ui->statusLabel);
    setSaveButton(m_ui->saveButton);
    // the fields Lab::setIlsRole names in its refusals
    setFieldWidget(QStringLiteral("role"), m_ui->roleComboBox);
    setFieldWidget(QStringLiteral("registrationServer"), m_ui->hubComboBox);
    m_ui->roleComboBox->addItem(QString(), int(IlsRole::Hub));
    m_ui->roleComboBox->addItem(QString(), int(IlsRole::Spoke));
    m_ui->roleComboBox->addItem(QString(), int(IlsRole::None));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IlsClusterTableModel::RawValueRole);
    m_ui->clustersTableView->setModel(m_proxy);
    m_ui->clustersTableView->sortByColumn(IlsClusterTableModel::ClusterColumn, Qt::AscendingOrder);
    m_ui->clustersTableView->verticalHeader()->hide();
    m_ui->clustersTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->clustersTableView->horizontalHeader()->setStretchLastSection(true);
    watchEdits(m_ui->roleGroupBox);

    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &IlsConfigurationPage::updateWidgets);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &IlsConfigurationPage::save);
    connect(lab, &Lab::settingsChanged, this, &IlsConfigurationPage::retranslate);
    connect(lab->ils(), &IlsNetwork::topologyChanged, this, [this] {
        if (!isDirty())
            load(); // another cluster became a hub or left: the hub list changes
        updateWarnings();
    });
    connect(lab->ils(), &IlsNetwork::recordsApplied, this, &IlsConfigurationPage::updateWarnings);
    retranslate();
    load();
}

IlsConfigurationPage::~IlsConfigurationPage() = default;

void IlsConfigurationPage::setCluster(Cluster *cluster)
{
    m_cluster = cluster;
    m_model->setViewer(cluster ? cluster->name() : QString());
    setDirty(false);
    clearStatus();
    load();
}

void IlsConfigurationPage::discardEdits()
{
    load();
}

void IlsConfigurationPage::load()
{
    const QSignalBlocker blockRole(m_ui->roleComboBox);
    const QSignalBlocker blockHub(m_ui->hubComboBox);
    const Lab::ClusterSpec spec = m_cluster ? m_lab->spec(m_cluster->name()) : Lab::ClusterSpec{};
    m_ui->roleComboBox->setCurrentIndex(qMax(0, m_ui->roleComboBox->findData(int(spec.role))));
    m_ui->hubComboBox->clear();
    for (const Lab::ClusterSpec &s : m_lab->specs())
        if (s.role == IlsRole::Hub && (!m_cluster || s.name != m_cluster->name()))
            m_ui->hubComboBox->addItem(s.name, s.name);
    m_ui->hubComboBox->setCurrentIndex(spec.role == IlsRole::Spoke ? m_ui->hubComboBox->findData(spec.hub) : 0);
    updateWidgets();
    updateWarnings();
}

void IlsConfigurationPage::save()
{
    if (!m_cluster)
        return;
    const auto role = IlsRole(m_ui->roleComboBox->currentData().toInt());
    const QString hub = role == IlsRole::Spoke ? m_ui->hubComboBox->currentData().toString() : QString();
    const QStringList before = readinessKeys();
    if (const Refusal refused = m_lab->setIlsRole(m_cluster->name(), role, hub)) {
        showRefusal(refused);
        return;
    }
    setDirty(false);
    load();
    showSaved(false, before);
}

void IlsConfigurationPage::updateWidgets()
{
    const bool spoke = IlsRole(m_ui->roleComboBox->currentData().toInt()) == IlsRole::Spoke;
    m_ui->hubLabel->setEnabled(spoke);
    m_ui->hubComboBox->setEnabled(spoke);
    m_ui->roleComboBox->setEnabled(m_cluster != nullptr);
    m_ui->saveButton->setEnabled(m_cluster != nullptr);
}

void IlsConfigurationPage::updateWarnings()
{
    const IlsNetwork *ils = m_lab->ils();
    QStringList lines;
    for (const Message &m : ils->warnings())
        lines << m.text();
    for (const IlsNetwork::DnConflict &c : ils->dnConflicts())
        lines << tr("Directory number %1 is defined on %2 for different owners (%3): ILS needs a uniform dial plan.")
                     .arg(c.dn, c.clusters.join(QStringLiteral(", ")), c.owners.join(QStringLiteral(", ")));
    m_ui->warningsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->warningsLabel->setVisible(!lines.isEmpty());
}

void IlsConfigurationPage::retranslate()
{
    m_ui->titleLabel->setText(tr("ILS Configuration"));
    m_ui->roleComboBox->setItemText(0, tr("Hub Cluster"));
    m_ui->roleComboBox->setItemText(1, tr("Spoke Cluster"));
    m_ui->roleComboBox->setItemText(2, tr("Stand-alone Cluster"));
    m_ui->noteLabel->setText(tr("Hub clusters connect to every other hub; a spoke cluster registers with one hub. Save "
                                "changes the ILS network of the lab at once and keeps the role in lab.json."));
    const qint64 ms = m_lab->settings().ilsSyncIntervalMs;
    m_ui->syncIntervalLineEdit->setText(ms % 60000 == 0 ? tr("%n minute(s)", nullptr, int(ms / 60000))
                                                        : tr("%n second(s)", nullptr, int(ms / 1000)));
    updateWarnings();
}

void IlsConfigurationPage::showEvent(QShowEvent *event)
{
    updateWarnings(); // DN conflicts are found by the engine's sync, which signals no change of them
    EditPage::showEvent(event);
}

void IlsConfigurationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EditPage::changeEvent(event);
}
