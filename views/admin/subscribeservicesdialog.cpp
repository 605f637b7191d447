#include "subscribeservicesdialog.h"
#include "ui_subscribeservicesdialog.h"

#include "cluster/cluster.h"

std::function<void(SubscribeServicesDialog *)> SubscribeServicesDialog::s_testHook;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

SubscribeServicesDialog::SubscribeServicesDialog(Cluster *cluster, qint64 deviceId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SubscribeServicesDialog>()), m_cluster(cluster), m_deviceId(deviceId)
{
    m_ui->setupUi(this);
    if (const Device *d = cluster->device(deviceId))
        m_services = d->services;
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] {
        if (m_ui->selectServiceComboBox->currentIndex() < 0)
            return;
        m_ui->serviceNameValueLabel->setText(m_ui->selectServiceComboBox->currentText());
        m_ui->stepStackedWidget->setCurrentWidget(m_ui->confirmPage);
        m_ui->subscribeButton->setFocus();
    });
    connect(m_ui->cancelSubscribeButton, &QPushButton::clicked, this,
            [this] { m_ui->stepStackedWidget->setCurrentWidget(m_ui->selectPage); });
    connect(m_ui->subscribeButton, &QPushButton::clicked, this, [this] {
        const qint64 id = m_ui->selectServiceComboBox->currentData().toLongLong();
        if (!m_services.contains(id))
            m_services << id;
        m_saved = false;
        m_ui->stepStackedWidget->setCurrentWidget(m_ui->selectPage);
        fill();
    });
    connect(m_ui->unsubscribeButton, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem *item : m_ui->subscribedListWidget->selectedItems())
            m_services.removeAll(item->data(IdRole).toLongLong());
        m_saved = false;
        fill();
    });
    connect(m_ui->subscribedListWidget, &QListWidget::itemSelectionChanged, this, &SubscribeServicesDialog::updateWidgets);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SubscribeServicesDialog::save);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    fill();
    retranslate();
}

SubscribeServicesDialog::~SubscribeServicesDialog() = default;

void SubscribeServicesDialog::setTestHook(std::function<void(SubscribeServicesDialog *)> hook)
{
    s_testHook = std::move(hook);
}

void SubscribeServicesDialog::exec(Cluster *cluster, qint64 deviceId, QWidget *parent)
{
    SubscribeServicesDialog dialog(cluster, deviceId, parent);
    if (s_testHook)
        s_testHook(&dialog);
    else
        dialog.QDialog::exec();
}

void SubscribeServicesDialog::fill()
{
    m_ui->selectServiceComboBox->clear();
    m_ui->subscribedListWidget->clear();
    for (const PhoneService &s : m_cluster->phoneServices()) {
        if (m_services.contains(s.id)) {
            auto *item = new QListWidgetItem(s.name, m_ui->subscribedListWidget);
            item->setData(IdRole, s.id);
        } else if (s.enabled && !s.enterpriseSubscription) {
            m_ui->selectServiceComboBox->addItem(s.name, s.id);
        }
    }
    updateWidgets();
}

void SubscribeServicesDialog::save()
{
    const Device *d = m_cluster->device(m_deviceId);
    if (!d)
        return;
    Device copy = *d;
    copy.services = m_services;
    m_refusal = m_cluster->saveDevice(copy);
    m_saved = !m_refusal;
    retranslate();
}

void SubscribeServicesDialog::updateWidgets()
{
    m_ui->nextButton->setEnabled(m_ui->selectServiceComboBox->count() > 0);
    m_ui->unsubscribeButton->setEnabled(!m_ui->subscribedListWidget->selectedItems().isEmpty());
}

void SubscribeServicesDialog::retranslate()
{
    const Device *d = m_cluster->device(m_deviceId);
    m_ui->deviceLabel->setText(tr("Subscribed IP phone services of %1").arg(d ? d->name : QString()));
    m_ui->statusLabel->setText(m_refusal ? m_refusal.text() : m_saved ? tr("Update successful") : QString());
}

void SubscribeServicesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
