#include "serviceactivationpage.h"
#include "ui_serviceactivationpage.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "common/messagebox.h"

#include <QHeaderView>

namespace {
constexpr int ServiceRole = Qt::UserRole + 1;
constexpr int GroupRole = Qt::UserRole + 2;
}

ServiceActivationPage::ServiceActivationPage(Lab *lab, QWidget *parent)
    : EditPage(parent), m_ui(std::make_unique<Ui::ServiceActivationPage>())
{
    Q_UNUSED(lab);
    m_ui->setupUi(this);
    setStatusLabel(m_ui->statusLabel);
    setSaveButton(m_ui->saveButton);
    m_ui->servicesTreeWidget->setColumnCount(2);
    m_ui->servicesTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_ui->serverComboBox, &QComboBox::activated, this, [this] {
        if (isDirty() && !confirmLeave())
            return;
        clearStatus();
        fill();
    });
    connect(m_ui->servicesTreeWidget, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, ServiceRole).toString().isEmpty() && m_ui->servicesTreeWidget->signalsBlocked() == false)
            setDirty(true);
    });
    connect(m_ui->checkAllButton, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItemIterator it(m_ui->servicesTreeWidget); *it; ++it)
            if (((*it)->flags() & Qt::ItemIsUserCheckable) && ((*it)->flags() & Qt::ItemIsEnabled))
                (*it)->setCheckState(0, Qt::Checked);
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ServiceActivationPage::save);
    retranslate();
}

ServiceActivationPage::~ServiceActivationPage() = default;

void ServiceActivationPage::setCluster(Cluster *cluster)
{
    if (m_cluster)
        disconnect(m_cluster, nullptr, this, nullptr);
    m_cluster = cluster;
    m_ui->serverComboBox->clear();
    if (cluster) {
        for (const Node &n : cluster->nodes())
            m_ui->serverComboBox->addItem(n.hostName, n.hostName);
        connect(cluster, &Cluster::serviceStateChanged, this, [this](const QString &h) {
            if (h == host() && !isDirty())
                fill();
        });
    }
    clearStatus();
    fill();
}

QString ServiceActivationPage::host() const
{
    return m_ui->serverComboBox->currentData().toString();
}

void ServiceActivationPage::fill()
{
    QSignalBlocker block(m_ui->servicesTreeWidget);
    m_ui->servicesTreeWidget->clear();
    if (!m_cluster)
        return;
    const Node *node = m_cluster->node(host());
    QHash<QByteArray, QTreeWidgetItem *> groups;
    for (const ServiceCatalog::Service &s : ServiceCatalog::services()) {
        if (s.kind != ServiceCatalog::Kind::Feature)
            continue;
        QTreeWidgetItem *&group = groups[QByteArray(s.group)];
        if (!group) {
            group = new QTreeWidgetItem(m_ui->servicesTreeWidget);
            group->setData(0, GroupRole, QByteArray(s.group));
            group->setFlags(Qt::ItemIsEnabled);
            QFont f = group->font(0);
            f.setBold(true);
            group->setFont(0, f);
        }
        auto *item = new QTreeWidgetItem(group);
        item->setText(0, s.name);
        item->setData(0, ServiceRole, s.name);
        const bool allowed = !s.publisherOnly || (node && node->publisher);
        item->setFlags(allowed ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable : Qt::NoItemFlags);
        item->setCheckState(0, m_cluster->serviceState(host(), s.name).activated ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->servicesTreeWidget->expandAll();
    setDirty(false);
    retranslate();
}

void ServiceActivationPage::save()
{
    if (!m_cluster)
        return;
    QList<QPair<QString, bool>> changes;
    for (QTreeWidgetItemIterator it(m_ui->servicesTreeWidget); *it; ++it) {
        const QString service = (*it)->data(0, ServiceRole).toString();
        if (service.isEmpty() || !((*it)->flags() & Qt::ItemIsEnabled))
            continue;
        const bool on = (*it)->checkState(0) == Qt::Checked;
        if (m_cluster->serviceState(host(), service).activated != on)
            changes.append({service, on});
    }
    if (changes.isEmpty()) {
        showNothingToSave();
        return;
    }
    // Unified CM's confirmation after Save (the seed's step 5: OK)
    if (MessageBox::question(this, tr("Service Activation"),
                             tr("Service Activation will take a while to complete. Click OK to continue."),
                             QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok) != QMessageBox::Ok)
        return;
    const QStringList before = readinessKeys();
    for (const auto &[service, on] : std::as_const(changes))
        if (const Refusal r = m_cluster->setServiceActivated(host(), service, on)) {
            showRefusal(r);
            fill();
            return;
        }
    fill();
    showSaved(false, before);
}

void ServiceActivationPage::retranslate()
{
    m_ui->titleLabel->setText(tr("Service Activation"));
    m_ui->servicesTreeWidget->setHeaderLabels({tr("Service Name"), tr("Activation Status")});
    const QSignalBlocker block(m_ui->servicesTreeWidget); // new words are no edit of the user's
    for (QTreeWidgetItemIterator it(m_ui->servicesTreeWidget); *it; ++it) {
        QTreeWidgetItem *item = *it;
        const QByteArray group = item->data(0, GroupRole).toByteArray();
        if (!group.isEmpty()) {
            item->setText(0, QCoreApplication::translate("ServiceCatalog", group.constData()));
            continue;
        }
        const QString service = item->data(0, ServiceRole).toString();
        if (!m_cluster || service.isEmpty())
            continue;
        const ServiceCatalog::Service *s = ServiceCatalog::find(service);
        if (!(item->flags() & Qt::ItemIsEnabled) && s && s->publisherOnly) {
            item->setText(1, tr("Only on the publisher (%1)").arg(m_cluster->publisher().hostName));
            continue;
        }
        item->setText(1, m_cluster->serviceState(host(), service).activated ? tr("Activated") : tr("Deactivated"));
    }
}

void ServiceActivationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EditPage::changeEvent(event);
}
