#include "phoneservicespage.h"
#include "ui_phoneservicespage.h"

#include "cluster/cluster.h"
#include "common/copytoclustersdialog.h"
#include "items/phoneservicetablemodel.h"

PhoneServicesPage::PhoneServicesPage(Lab *lab, QWidget *parent)
    : EntityPage(parent), m_ui(std::make_unique<Ui::PhoneServicesPage>()), m_lab(lab), m_model(new PhoneServiceTableModel(this))
{
    m_ui->setupUi(this);
    setStatusLabel(m_ui->statusLabel);
    // category values are stored in English, as Unified CM stores them
    m_ui->serviceCategoryComboBox->addItem(QString(), QStringLiteral("XML Service"));
    m_ui->serviceCategoryComboBox->addItem(QString(), QStringLiteral("Java MIDlet"));
    m_ui->serviceTypeComboBox->addItem(QString(), int(PhoneService::Type::Standard));
    m_ui->serviceTypeComboBox->addItem(QString(), int(PhoneService::Type::Directories));
    m_ui->serviceTypeComboBox->addItem(QString(), int(PhoneService::Type::Messages));
    m_ui->findListWidget->setTexts([] { return tr("Find and List IP Phone Services"); },
                                   [] { return tr("Find IP Phone Services where"); });
    setupEntityPage({m_ui->findListWidget, m_ui->viewStackedWidget, m_ui->findPage, m_ui->editPage, m_ui->saveButton,
                     m_ui->deleteButton, m_ui->addNewButton, m_ui->backToFindButton},
                    m_model, {PhoneServiceTableModel::NameColumn, PhoneServiceTableModel::DescriptionColumn,
                              PhoneServiceTableModel::UrlColumn});
    setFieldWidget(QStringLiteral("serviceName"), m_ui->serviceNameLineEdit);
    setFieldWidget(QStringLiteral("asciiServiceName"), m_ui->asciiServiceNameLineEdit);
    setFieldWidget(QStringLiteral("serviceUrl"), m_ui->serviceUrlLineEdit);
    setFieldWidget(QStringLiteral("secureServiceUrl"), m_ui->secureServiceUrlLineEdit);
    setFieldWidget(QStringLiteral("serviceCategory"), m_ui->serviceCategoryComboBox);
    setFieldWidget(QStringLiteral("enterpriseSubscription"), m_ui->enterpriseSubscriptionCheckBox);
    // Unified CM fills the ASCII name from the name while it is empty
    connect(m_ui->serviceNameLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_ui->asciiServiceNameLineEdit->isModified())
            return;
        QString ascii;
        for (QChar c : text)
            if (c.unicode() < 128)
                ascii += c;
        m_ui->asciiServiceNameLineEdit->setText(ascii);
    });
    const auto copy = [this](CopyToClustersDialog::Mode mode) {
        if (cluster() && recordId())
            CopyToClustersDialog::exec(m_lab, cluster(), CopyToClustersDialog::Kind::PhoneService, recordId(), this, mode);
    };
    connect(m_ui->copyToClustersButton, &QPushButton::clicked, this, [copy] { copy(CopyToClustersDialog::Mode::Copy); });
    connect(m_ui->deleteFromClustersButton, &QPushButton::clicked, this, [copy] { copy(CopyToClustersDialog::Mode::Delete); });
    retranslate();
    showFindList();
}

PhoneServicesPage::~PhoneServicesPage() = default;

void PhoneServicesPage::loadRecord(qint64 id)
{
    const PhoneService *found = id ? cluster()->phoneService(id) : nullptr;
    const PhoneService s = found ? *found : PhoneService{};
    m_ui->serviceNameLineEdit->setText(s.name);
    m_ui->asciiServiceNameLineEdit->setText(s.asciiName);
    m_ui->asciiServiceNameLineEdit->setModified(!s.asciiName.isEmpty());
    m_ui->serviceDescriptionLineEdit->setText(s.description);
    m_ui->serviceUrlLineEdit->setText(s.url);
    m_ui->secureServiceUrlLineEdit->setText(s.secureUrl);
    m_ui->serviceCategoryComboBox->setCurrentIndex(qMax(0, m_ui->serviceCategoryComboBox->findData(s.category)));
    m_ui->serviceTypeComboBox->setCurrentIndex(qMax(0, m_ui->serviceTypeComboBox->findData(int(s.type))));
    m_ui->enableCheckBox->setChecked(s.enabled);
    m_ui->enterpriseSubscriptionCheckBox->setChecked(s.enterpriseSubscription);
}

Refusal PhoneServicesPage::saveRecord(qint64 &id)
{
    PhoneService s;
    if (const PhoneService *old = id ? cluster()->phoneService(id) : nullptr)
        s = *old;
    s.name = m_ui->serviceNameLineEdit->text().trimmed();
    s.asciiName = m_ui->asciiServiceNameLineEdit->text().trimmed();
    s.description = m_ui->serviceDescriptionLineEdit->text().trimmed();
    s.url = m_ui->serviceUrlLineEdit->text().trimmed();
    s.secureUrl = m_ui->secureServiceUrlLineEdit->text().trimmed();
    s.category = m_ui->serviceCategoryComboBox->currentData().toString();
    s.type = PhoneService::Type(m_ui->serviceTypeComboBox->currentData().toInt());
    s.enabled = m_ui->enableCheckBox->isChecked();
    s.enterpriseSubscription = m_ui->enterpriseSubscriptionCheckBox->isChecked();
    const Refusal r = cluster()->savePhoneService(s);
    if (!r)
        id = s.id;
    return r;
}

Refusal PhoneServicesPage::deleteRecord(qint64 id)
{
    return cluster()->deletePhoneService(id);
}

void PhoneServicesPage::updateWidgets()
{
    EntityPage::updateWidgets();
    m_ui->enterpriseSubscriptionCheckBox->setEnabled(recordId() == 0);
    m_ui->copyToClustersButton->setEnabled(recordId() != 0 && !isDirty());
    m_ui->deleteFromClustersButton->setEnabled(recordId() != 0 && !isDirty());
    retranslate();
}

void PhoneServicesPage::retranslate()
{
    m_ui->editTitleLabel->setText(tr("IP Phone Services Configuration"));
    m_ui->serviceCategoryComboBox->setItemText(0, tr("XML Service"));
    m_ui->serviceCategoryComboBox->setItemText(1, tr("Java MIDlet"));
    m_ui->serviceTypeComboBox->setItemText(0, tr("Standard IP Phone Service"));
    m_ui->serviceTypeComboBox->setItemText(1, tr("Directories"));
    m_ui->serviceTypeComboBox->setItemText(2, tr("Messages"));
    m_ui->enterpriseSubscriptionCheckBox->setToolTip(
        recordId() == 0 ? tr("Provisions the service to every phone and device profile; it can be set only now.")
                        : tr("Enterprise Subscription can be set only when the service is added."));
    m_ui->serviceUrlLineEdit->setPlaceholderText(tr("http://<IP Address>:8080/emapp/EMAppServlet?device=#DEVICENAME#"));
}

void PhoneServicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EntityPage::changeEvent(event);
}
