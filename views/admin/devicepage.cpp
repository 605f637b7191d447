#include "devicepage.h"
#include "ui_devicepage.h"

#include "admin/subscribeservicesdialog.h"
#include "catalog/phonemodelcatalog.h"
#include "cluster/cluster.h"
#include "common/copytoclustersdialog.h"
#include "common/messagebox.h"
#include "items/devicetablemodel.h"
#include "lab/lab.h"
#include "mobility/registrar.h"

#include <QCollator>

#include <algorithm>

namespace {
enum RelatedLink { BackToFind, SubscribeServices };

QString defaultButtonTemplate(const QString &model, const QString &protocol)
{
    QString digits = model;
    digits.remove(QStringLiteral("Cisco "));
    return QStringLiteral("Standard %1 %2").arg(digits, protocol);
}
}

DevicePage::DevicePage(Lab *lab, Device::Kind kind, QWidget *parent)
    : EntityPage(parent), m_ui(std::make_unique<Ui::DevicePage>()), m_lab(lab), m_kind(kind),
      m_model(new DeviceTableModel(kind, this))
{
    m_ui->setupUi(this);
    setStatusLabel(m_ui->statusLabel);
    const bool phone = kind == Device::Kind::Phone;
    m_ui->extensionInformationGroupBox->setVisible(phone);
    m_ui->loginUserIdLabel->setVisible(!phone);
    m_ui->loginUserIdLineEdit->setVisible(!phone);
    m_ui->copyToClustersButton->setVisible(!phone);
    m_ui->deleteFromClustersButton->setVisible(!phone);
    for (const QString &l : Locales::all())
        m_ui->localeComboBox->addItem(l, l);
    for (const char *t : {"Standard User", "Standard Feature"})
        m_ui->softkeyTemplateComboBox->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    // sorted as a person reads them: "Cisco 7811" before "Cisco 8865" before "Cisco 8865NR"
    QStringList models;
    for (const PhoneModelCatalog::Model &m : PhoneModelCatalog::instance().models())
        models << m.productType;
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(models.begin(), models.end(), [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    for (const QString &m : std::as_const(models))
        m_ui->deviceTypeComboBox->addItem(m, m);
    m_ui->relatedLinksComboBox->addItem(QString(), SubscribeServices);
    m_ui->relatedLinksComboBox->addItem(QString(), BackToFind);
    m_ui->typeNextButton->setDefault(true);
    m_ui->relatedLinksComboBox->setProperty(NotAFieldProperty, true);
    m_ui->directoryNumberLineEdit->setProperty(NotAFieldProperty, true);

    setupEntityPage({m_ui->findListWidget, m_ui->viewStackedWidget, m_ui->findPage, m_ui->editPage, m_ui->saveButton,
                     m_ui->deleteButton, m_ui->addNewButton, m_ui->backToFindButton},
                    m_model, {DeviceTableModel::NameColumn, DeviceTableModel::DescriptionColumn, DeviceTableModel::ModelColumn,
                              DeviceTableModel::LinesColumn});
    setFieldWidget(QStringLiteral("deviceName"), m_ui->deviceNameLineEdit);
    setFieldWidget(QStringLiteral("enableExtensionMobility"), m_ui->enableExtensionMobilityCheckBox);
    setFieldWidget(QStringLiteral("locale"), m_ui->localeComboBox);
    setFieldWidget(QStringLiteral("logoutProfile"), m_ui->logOutProfileComboBox);
    setFieldWidget(QStringLiteral("loginUserId"), m_ui->loginUserIdLineEdit);
    setFieldWidget(QStringLiteral("directoryNumber"), m_ui->directoryNumberLineEdit);
    setFieldWidget(QStringLiteral("model"), m_ui->deviceTypeComboBox);
    setFieldWidget(QStringLiteral("protocol"), m_ui->deviceProtocolComboBox);

    // the wizard
    connect(m_ui->typeNextButton, &QPushButton::clicked, this, [this] {
        m_newModel = m_ui->deviceTypeComboBox->currentData().toString();
        m_ui->deviceProtocolComboBox->clear();
        if (const PhoneModelCatalog::Model *m = PhoneModelCatalog::instance().find(m_newModel))
            for (const QString &p : m->protocols)
                m_ui->deviceProtocolComboBox->addItem(p, p);
        retranslate(); // "Select the protocol of Cisco 8865"
        m_ui->viewStackedWidget->setCurrentWidget(m_ui->protocolPage);
        m_ui->deviceProtocolComboBox->setFocus();
    });
    connect(m_ui->typeBackButton, &QPushButton::clicked, this, &EntityPage::showFindList);
    connect(m_ui->protocolBackButton, &QPushButton::clicked, this,
            [this] { m_ui->viewStackedWidget->setCurrentWidget(m_ui->typePage); });
    connect(m_ui->protocolNextButton, &QPushButton::clicked, this, [this] {
        m_newProtocol = m_ui->deviceProtocolComboBox->currentData().toString();
        openRecord(0);
    });

    connect(m_ui->addDnButton, &QPushButton::clicked, this, &DevicePage::addDn);
    connect(m_ui->directoryNumberLineEdit, &QLineEdit::returnPressed, this, &DevicePage::addDn);
    connect(m_ui->removeLineButton, &QPushButton::clicked, this, &DevicePage::removeLine);
    connect(m_ui->linesListWidget, &QListWidget::itemSelectionChanged, this, &DevicePage::updateWidgets);
    connect(m_ui->goButton, &QPushButton::clicked, this, &DevicePage::goRelatedLink);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &DevicePage::reset);
    connect(m_ui->logOutButton, &QPushButton::clicked, this, &DevicePage::logOut);
    connect(m_ui->enableExtensionMobilityCheckBox, &QCheckBox::toggled, this, &DevicePage::updateWidgets);
    connect(m_ui->copyToClustersButton, &QPushButton::clicked, this, [this] {
        if (cluster() && recordId())
            CopyToClustersDialog::exec(m_lab, cluster(), CopyToClustersDialog::Kind::DeviceProfile, recordId(), this);
    });
    connect(m_ui->deleteFromClustersButton, &QPushButton::clicked, this, [this] {
        if (cluster() && recordId())
            CopyToClustersDialog::exec(m_lab, cluster(), CopyToClustersDialog::Kind::DeviceProfile, recordId(), this,
                                       CopyToClustersDialog::Mode::Delete);
    });
    retranslate();
    showFindList();
}

DevicePage::~DevicePage() = default;

void DevicePage::clusterChanged()
{
    if (!cluster())
        return;
    connect(cluster(), &Cluster::loginChanged, this, [this](qint64 deviceId) {
        if (deviceId == recordId())
            updateLogin();
    });
}

QString DevicePage::labPhoneModel() const
{
    // the model most of the lab's phones are (the demo lab: Cisco 8865)
    QHash<QString, int> counts;
    for (const Cluster *c : m_lab->clusters())
        for (const Device &d : c->devices())
            if (d.isPhone())
                ++counts[d.model];
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (best.isEmpty() || it.value() > counts.value(best) || (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    return best;
}

bool DevicePage::beginAddNew()
{
    clearStatus();
    if (const int i = m_ui->deviceTypeComboBox->findData(labPhoneModel()); i >= 0)
        m_ui->deviceTypeComboBox->setCurrentIndex(i);
    m_ui->viewStackedWidget->setCurrentWidget(m_ui->typePage);
    m_ui->deviceTypeComboBox->setFocus();
    return false;
}

void DevicePage::loadRecord(qint64 id)
{
    const Device *found = id ? cluster()->device(id) : nullptr;
    Device d = found ? *found : Device{};
    if (!found) {
        d.kind = m_kind;
        d.model = m_newModel;
        d.protocol = m_newProtocol;
        d.buttonTemplate = defaultButtonTemplate(d.model, d.protocol);
    }
    m_ui->productTypeValueLabel->setText(d.model);
    m_ui->deviceProtocolValueLabel->setText(d.protocol);
    m_ui->deviceNameLineEdit->setText(d.name);
    m_ui->descriptionLineEdit->setText(d.description);
    m_ui->localeComboBox->setCurrentIndex(qMax(0, m_ui->localeComboBox->findData(d.locale)));
    m_ui->buttonTemplateLineEdit->setText(d.buttonTemplate);
    m_ui->softkeyTemplateComboBox->setCurrentIndex(qMax(0, m_ui->softkeyTemplateComboBox->findData(d.softkeyTemplate)));
    m_ui->loginUserIdLineEdit->setText(d.loginUserId);
    m_ui->enableExtensionMobilityCheckBox->setChecked(d.emEnabled);
    m_ui->logOutProfileComboBox->clear();
    m_ui->logOutProfileComboBox->addItem(QString(), qint64(0)); // Use Current Device Settings
    for (const Device &p : cluster()->deviceProfiles())
        m_ui->logOutProfileComboBox->addItem(p.name, p.id);
    m_ui->logOutProfileComboBox->setCurrentIndex(qMax(0, m_ui->logOutProfileComboBox->findData(d.logoutProfileId)));
    m_ui->directoryNumberLineEdit->clear();
    fillLines(d.lines);
    m_ui->subscribedServicesListWidget->clear();
    for (qint64 sid : d.services)
        if (const PhoneService *s = cluster()->phoneService(sid))
            m_ui->subscribedServicesListWidget->addItem(s->name);
    for (const PhoneService &s : cluster()->phoneServices())
        if (s.enterpriseSubscription && !d.services.contains(s.id))
            m_ui->subscribedServicesListWidget->addItem(tr("%1 (Enterprise Subscription)").arg(s.name));
    updateLogin();
    retranslate();
}

void DevicePage::fillLines(const QStringList &lines)
{
    m_lines = lines;
    m_ui->linesListWidget->clear();
    for (int i = 0; i < lines.size(); ++i)
        m_ui->linesListWidget->addItem(tr("Line [%1] - %2").arg(i + 1).arg(lines.at(i)));
}

Device DevicePage::formValue() const
{
    Device d;
    if (const Device *old = recordId() ? cluster()->device(recordId()) : nullptr) {
        d = *old;
    } else {
        d.kind = m_kind;
        d.model = m_newModel;
        d.protocol = m_newProtocol;
    }
    d.name = m_ui->deviceNameLineEdit->text().trimmed();
    d.description = m_ui->descriptionLineEdit->text().trimmed();
    d.locale = m_ui->localeComboBox->currentData().toString();
    d.buttonTemplate = m_ui->buttonTemplateLineEdit->text().trimmed();
    d.softkeyTemplate = m_ui->softkeyTemplateComboBox->currentData().toString();
    if (m_kind == Device::Kind::Profile) {
        d.loginUserId = m_ui->loginUserIdLineEdit->text().trimmed();
    } else {
        d.emEnabled = m_ui->enableExtensionMobilityCheckBox->isChecked();
        d.logoutProfileId = m_ui->logOutProfileComboBox->currentData().toLongLong();
    }
    d.lines = m_lines;
    return d;
}

Refusal DevicePage::saveRecord(qint64 &id)
{
    Device d = formValue();
    const Refusal r = cluster()->saveDevice(d);
    if (!r)
        id = d.id;
    return r;
}

Refusal DevicePage::deleteRecord(qint64 id)
{
    return cluster()->deleteDevice(id);
}

void DevicePage::addDn()
{
    const QString dn = m_ui->directoryNumberLineEdit->text().trimmed();
    if (!recordId())
        return;
    // As in Unified CM, Directory Number Configuration › Save associates the DN at once; the
    // other edits of the form are kept and saved with it.
    const QStringList before = m_lines;
    m_lines << dn;
    if (!save()) {
        m_lines = before;
        m_ui->directoryNumberLineEdit->setFocus();
        return;
    }
    m_ui->directoryNumberLineEdit->clear();
}

void DevicePage::removeLine()
{
    const int row = m_ui->linesListWidget->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines.removeAt(row);
    fillLines(m_lines);
    setDirty(true);
}

void DevicePage::goRelatedLink()
{
    if (m_ui->relatedLinksComboBox->currentData().toInt() == BackToFind) {
        if (confirmLeave())
            showFindList();
        return;
    }
    if (!recordId())
        return;
    if (isDirty() && !confirmLeave())
        return;
    SubscribeServicesDialog::exec(cluster(), recordId(), this);
    loadRecord(recordId());
    setDirty(false);
}

void DevicePage::reset()
{
    const Device *device = recordId() ? cluster()->device(recordId()) : nullptr;
    Registrar *registrar = m_lab->registrar(cluster());
    if (!device || !registrar)
        return;
    const QString name = device->name;
    const bool phone = device->isPhone();
    const QString clusterName = cluster()->name();
    // The engine resets it: the phone (or each phone the profile is logged in on) unregisters,
    // dropping its calls, and registers again with the saved configuration.
    const QStringList phones = registrar->reset(name);
    if (phone && !registrar->isCallControlUp()) {
        showStatus([name, clusterName] { return tr("%1 was reset but cannot register: Cisco CallManager is not running on %2.").arg(name, clusterName); },
                   true);
    } else if (phone) {
        const QStringList lines = registrar->lines(name);
        if (lines.isEmpty())
            showStatus([name] { return tr("%1 was reset and registered again; it has no lines.").arg(name); });
        else
            showStatus([name, lines] { return tr("%1 was reset and registered again with its saved configuration (lines: %2).").arg(name, lines.join(QStringLiteral(", "))); });
    } else if (phones.isEmpty()) {
        showStatus([name] { return tr("%1 is not logged in on any phone: nothing to reset; the next login applies its saved configuration.").arg(name); });
    } else {
        const bool up = registrar->isCallControlUp();
        showStatus([name, phones, up] {
            return up ? tr("%1 is logged in on %2: reset, registered again with its saved configuration.").arg(name, phones.join(QStringLiteral(", ")))
                      : tr("%1 is logged in on %2: reset, but Cisco CallManager is not running, so they cannot register.").arg(name, phones.join(QStringLiteral(", ")));
        }, !up);
    }
}

void DevicePage::logOut()
{
    if (!recordId())
        return;
    if (const Refusal r = cluster()->recordLogout(recordId()))
        showRefusal(r);
}

void DevicePage::updateLogin()
{
    const EmLogin *l = recordId() ? cluster()->loginOnDevice(recordId()) : nullptr;
    const EndUser *u = l ? cluster()->endUser(l->userId) : nullptr;
    const Device *p = l ? cluster()->device(l->profileId) : nullptr;
    m_ui->loggedInUserValueLabel->setText(u ? tr("%1 (profile %2)").arg(u->userId, p ? p->name : QString())
                                            : tr("No user is logged in"));
    m_ui->logOutButton->setEnabled(u != nullptr);
}

void DevicePage::updateWidgets()
{
    EntityPage::updateWidgets();
    const bool saved = recordId() != 0;
    m_ui->resetButton->setEnabled(saved);
    m_ui->goButton->setEnabled(saved);
    m_ui->copyToClustersButton->setEnabled(saved && !isDirty());
    m_ui->deleteFromClustersButton->setEnabled(saved && !isDirty());
    m_ui->associationGroupBox->setEnabled(saved);
    m_ui->addDnButton->setEnabled(saved);
    m_ui->removeLineButton->setEnabled(m_ui->linesListWidget->currentRow() >= 0);
    m_ui->logOutProfileComboBox->setEnabled(m_ui->enableExtensionMobilityCheckBox->isChecked());
    retranslate();
}

void DevicePage::retranslate()
{
    const bool phone = m_kind == Device::Kind::Phone;
    m_ui->typeTitleLabel->setText(phone ? tr("Add a New Phone") : tr("Add a New Device Profile"));
    m_ui->protocolTitleLabel->setText(phone ? tr("Add a New Phone") : tr("Add a New Device Profile"));
    m_ui->typeGroupBox->setTitle(phone ? tr("Select the type of phone you would like to create")
                                           : tr("Select the device profile type you would like to create"));
    m_ui->protocolGroupBox->setTitle(tr("Select the protocol of %1").arg(m_newModel));
    m_ui->deviceTypeLabel->setText(phone ? tr("Phone Type:") : tr("Device Profile Type:"));
    m_ui->editTitleLabel->setText(phone ? tr("Phone Configuration") : tr("Device Profile Configuration"));
    m_ui->deviceInformationGroupBox->setTitle(phone ? tr("Device Information") : tr("Device Profile Information"));
    m_ui->deviceNameLabel->setText(phone ? tr("Device Name*:") : tr("Device Profile Name*:"));
    m_ui->localeLabel->setText(phone ? tr("Device Locale:") : tr("User Locale:"));
    m_ui->relatedLinksComboBox->setItemText(0, tr("Subscribe/Unsubscribe Services"));
    m_ui->relatedLinksComboBox->setItemText(1, tr("Back To Find/List"));
    if (m_ui->logOutProfileComboBox->count() > 0)
        m_ui->logOutProfileComboBox->setItemText(0, tr("Use Current Device Settings"));
    m_ui->associationGroupBox->setToolTip(recordId() ? QString() : tr("Save the device first, then add its directory numbers."));
    if (phone)
        m_ui->findListWidget->setTexts([] { return tr("Find and List Phones"); }, [] { return tr("Find Phone where"); });
    else
        m_ui->findListWidget->setTexts([] { return tr("Find and List Device Profiles"); },
                                       [] { return tr("Find Device Profile where"); });
}

void DevicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (recordId())
            updateLogin();
    }
    EntityPage::changeEvent(event);
}
