#include "enduserpage.h"
#include "ui_enduserpage.h"

#include "cluster/cluster.h"
#include "common/groupitems.h"
#include "common/copytoclustersdialog.h"
#include "common/messagebox.h"
#include "credentialstatusbox.h"
#include "items/endusertablemodel.h"
#include "lab/lab.h"

#include <QCollator>
#include <QListWidgetItem>


namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

EndUserPage::EndUserPage(Lab *lab, QWidget *parent)
    : EntityPage(parent), m_ui(std::make_unique<Ui::EndUserPage>()), m_lab(lab), m_model(new EndUserTableModel(this)),
      m_credentials(new CredentialStatusBox(lab->clock(), {CredentialKind::EndUserPin, CredentialKind::EndUserPassword}))
{
    m_ui->setupUi(this);
    m_ui->formLayout->insertWidget(m_ui->formLayout->indexOf(m_ui->userInformationGroupBox) + 1, m_credentials);
    setStatusLabel(m_ui->statusLabel);
    m_ui->findListWidget->setTexts([] { return tr("Find and List Users"); }, [] { return tr("Find User where"); });
    for (const QString &l : Locales::all())
        m_ui->userLocaleComboBox->addItem(l, l);
    m_ui->groupComboBox->setProperty(NotAFieldProperty, true);
    setupEntityPage({m_ui->findListWidget, m_ui->viewStackedWidget, m_ui->findPage, m_ui->editPage, m_ui->saveButton,
                     m_ui->deleteButton, m_ui->addNewButton, m_ui->backToFindButton},
                    m_model, {EndUserTableModel::UserIdColumn, EndUserTableModel::FirstNameColumn, EndUserTableModel::LastNameColumn,
                              EndUserTableModel::PrimaryExtensionColumn});

    connect(m_ui->copyToClustersButton, &QPushButton::clicked, this, [this] {
        if (cluster() && recordId())
            CopyToClustersDialog::exec(m_lab, cluster(), CopyToClustersDialog::Kind::EndUser, recordId(), this);
    });
    connect(m_ui->deleteFromClustersButton, &QPushButton::clicked, this, [this] {
        if (cluster() && recordId())
            CopyToClustersDialog::exec(m_lab, cluster(), CopyToClustersDialog::Kind::EndUser, recordId(), this,
                                       CopyToClustersDialog::Mode::Delete);
    });
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, [this] { moveProfiles(true); });
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, [this] { moveProfiles(false); });
    connect(m_ui->availableProfilesListWidget, &QListWidget::itemDoubleClicked, this, [this] { moveProfiles(true); });
    connect(m_ui->controlledProfilesListWidget, &QListWidget::itemDoubleClicked, this, [this] { moveProfiles(false); });
    connect(m_ui->availableProfilesListWidget, &QListWidget::itemSelectionChanged, this, &EndUserPage::updateWidgets);
    connect(m_ui->controlledProfilesListWidget, &QListWidget::itemSelectionChanged, this, &EndUserPage::updateWidgets);
    connect(m_ui->groupsListWidget, &QListWidget::itemSelectionChanged, this, &EndUserPage::updateWidgets);
    connect(m_ui->addToGroupButton, &QPushButton::clicked, this, [this] {
        const QString g = m_ui->groupComboBox->currentData().toString();
        if (g.isEmpty() || m_groups.contains(g))
            return;
        m_groups << g;
        GroupItems::addTo(m_ui->groupsListWidget, g);
        setDirty(true);
    });
    connect(m_ui->removeFromGroupButton, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem *item : m_ui->groupsListWidget->selectedItems()) {
            m_groups.removeAll(item->data(Qt::UserRole).toString());
            delete item;
        }
        setDirty(true);
    });
    setFieldWidget(QStringLiteral("userId"), m_ui->userIdLineEdit);
    setFieldWidget(QStringLiteral("password"), m_ui->passwordLineEdit);
    setFieldWidget(QStringLiteral("confirmPassword"), m_ui->confirmPasswordLineEdit);
    setFieldWidget(QStringLiteral("pin"), m_ui->pinLineEdit);
    setFieldWidget(QStringLiteral("confirmPin"), m_ui->confirmPinLineEdit);
    setFieldWidget(QStringLiteral("lastName"), m_ui->lastNameLineEdit);
    setFieldWidget(QStringLiteral("selfServiceUserId"), m_ui->selfServiceUserIdLineEdit);
    setFieldWidget(QStringLiteral("userLocale"), m_ui->userLocaleComboBox);
    setFieldWidget(QStringLiteral("primaryExtension"), m_ui->primaryExtensionComboBox);
    setFieldWidget(QStringLiteral("controlledProfiles"), m_ui->controlledProfilesListWidget);
    setFieldWidget(QStringLiteral("defaultProfile"), m_ui->defaultProfileComboBox);
    retranslate();
    showFindList();
}

EndUserPage::~EndUserPage() = default;

void EndUserPage::clusterChanged()
{
    if (!cluster())
        return;
    connect(cluster(), &Cluster::entityAdded, this, [this](Cluster::Entity e) {
        if (e == Cluster::Entity::Device && !isDirty() && isEditing())
            discardEdits(); // a new device profile or DN is now available
    });
}

void EndUserPage::fillChoices()
{
    m_ui->groupComboBox->clear();
    for (const AccessControlGroup &g : cluster()->accessControlGroups())
        GroupItems::addTo(m_ui->groupComboBox, g.name);
}

void EndUserPage::loadRecord(qint64 id)
{
    const EndUser *found = id ? cluster()->endUser(id) : nullptr;
    const EndUser u = found ? *found : EndUser{};
    m_credentials->setUser(cluster(), found ? id : 0);
    fillChoices();
    m_ui->userIdLineEdit->setText(u.userId);
    m_ui->passwordLineEdit->clear();
    m_ui->confirmPasswordLineEdit->clear();
    m_ui->pinLineEdit->clear();
    m_ui->confirmPinLineEdit->clear();
    m_ui->lastNameLineEdit->setText(u.lastName);
    m_ui->firstNameLineEdit->setText(u.firstName);
    m_ui->selfServiceUserIdLineEdit->setText(u.selfServiceId);
    m_ui->userLocaleComboBox->setCurrentIndex(qMax(0, m_ui->userLocaleComboBox->findData(u.locale)));
    m_ui->homeClusterCheckBox->setChecked(u.homeCluster);

    m_ui->availableProfilesListWidget->clear();
    m_ui->controlledProfilesListWidget->clear();
    for (const Device &p : cluster()->deviceProfiles()) {
        auto *item = new QListWidgetItem(p.name);
        item->setData(IdRole, p.id);
        (u.controlledProfiles.contains(p.id) ? m_ui->controlledProfilesListWidget : m_ui->availableProfilesListWidget)->addItem(item);
    }
    refreshDefaultProfiles();
    m_ui->defaultProfileComboBox->setCurrentIndex(qMax(0, m_ui->defaultProfileComboBox->findData(u.defaultProfileId)));
    fillPrimaryExtensions(u.primaryExtension);

    m_groups = u.id ? cluster()->groupsOfEndUser(u.id) : QStringList{Groups::CcmEndUsers};
    m_ui->groupsListWidget->clear();
    for (const QString &g : std::as_const(m_groups))
        GroupItems::addTo(m_ui->groupsListWidget, g);
}

void EndUserPage::fillPrimaryExtensions(const QString &current)
{
    // Primary Extension: the user's own lines, the DNs of the profiles the user controls (as
    // the form has them now), not every DN of the cluster; a saved value stays listed
    QStringList dns;
    for (int i = 0; i < m_ui->controlledProfilesListWidget->count(); ++i)
        if (const Device *d = cluster()->device(m_ui->controlledProfilesListWidget->item(i)->data(IdRole).toLongLong()))
            for (const QString &dn : d->lines)
                if (!dns.contains(dn))
                    dns << dn;
    if (!current.isEmpty() && !dns.contains(current))
        dns << current;
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(dns.begin(), dns.end(), collator);
    m_ui->primaryExtensionComboBox->clear();
    m_ui->primaryExtensionComboBox->addItem(tr("< None >"), QString());
    for (const QString &dn : std::as_const(dns))
        m_ui->primaryExtensionComboBox->addItem(dn, dn);
    m_ui->primaryExtensionComboBox->setCurrentIndex(qMax(0, m_ui->primaryExtensionComboBox->findData(current)));
}

void EndUserPage::refreshDefaultProfiles()
{
    const qint64 current = m_ui->defaultProfileComboBox->currentData().toLongLong();
    m_ui->defaultProfileComboBox->clear();
    m_ui->defaultProfileComboBox->addItem(QString(), qint64(0));
    for (int i = 0; i < m_ui->controlledProfilesListWidget->count(); ++i) {
        const QListWidgetItem *item = m_ui->controlledProfilesListWidget->item(i);
        m_ui->defaultProfileComboBox->addItem(item->text(), item->data(IdRole));
    }
    int index = m_ui->defaultProfileComboBox->findData(current);
    if (index <= 0 && m_ui->defaultProfileComboBox->count() > 1)
        index = 1; // Unified CM proposes the first controlled profile
    m_ui->defaultProfileComboBox->setCurrentIndex(qMax(0, index));
    retranslate();
}

void EndUserPage::moveProfiles(bool toControlled)
{
    QListWidget *from = toControlled ? m_ui->availableProfilesListWidget : m_ui->controlledProfilesListWidget;
    QListWidget *to = toControlled ? m_ui->controlledProfilesListWidget : m_ui->availableProfilesListWidget;
    const auto items = from->selectedItems();
    if (items.isEmpty())
        return;
    for (QListWidgetItem *item : items)
        to->addItem(from->takeItem(from->row(item)));
    refreshDefaultProfiles();
    fillPrimaryExtensions(m_ui->primaryExtensionComboBox->currentData().toString());
    setDirty(true);
    updateWidgets();
}

EndUser EndUserPage::formValue() const
{
    EndUser u;
    if (const EndUser *old = recordId() ? cluster()->endUser(recordId()) : nullptr)
        u = *old;
    u.userId = m_ui->userIdLineEdit->text().trimmed();
    u.lastName = m_ui->lastNameLineEdit->text().trimmed();
    u.firstName = m_ui->firstNameLineEdit->text().trimmed();
    u.selfServiceId = m_ui->selfServiceUserIdLineEdit->text().trimmed();
    u.locale = m_ui->userLocaleComboBox->currentData().toString();
    u.homeCluster = m_ui->homeClusterCheckBox->isChecked();
    u.primaryExtension = m_ui->primaryExtensionComboBox->currentData().toString();
    u.controlledProfiles.clear();
    for (int i = 0; i < m_ui->controlledProfilesListWidget->count(); ++i)
        u.controlledProfiles << m_ui->controlledProfilesListWidget->item(i)->data(IdRole).toLongLong();
    u.defaultProfileId = m_ui->defaultProfileComboBox->currentData().toLongLong();
    return u;
}

Refusal EndUserPage::saveRecord(qint64 &id)
{
    if (m_ui->pinLineEdit->text() != m_ui->confirmPinLineEdit->text())
        return Refusal(QStringLiteral("confirmPin"), "EndUserPage", QT_TRANSLATE_NOOP("EndUserPage", "PIN and Confirm PIN do not match."));
    if (m_ui->passwordLineEdit->text() != m_ui->confirmPasswordLineEdit->text())
        return Refusal(QStringLiteral("confirmPassword"), "EndUserPage",
                       QT_TRANSLATE_NOOP("EndUserPage", "Password and Confirm Password do not match."));
    EndUser u = formValue();
    const bool adding = u.id == 0;
    if (const Refusal r = cluster()->saveEndUser(u, m_ui->pinLineEdit->text(), m_ui->passwordLineEdit->text()))
        return r;
    id = u.id;
    // Permission Information: apply the difference
    const QStringList before = adding ? QStringList{} : cluster()->groupsOfEndUser(u.id);
    for (const QString &g : std::as_const(m_groups))
        if (!before.contains(g))
            if (const Refusal r = cluster()->addEndUserToGroup(g, u.id))
                return r;
    for (const QString &g : before)
        if (!m_groups.contains(g))
            if (const Refusal r = cluster()->removeEndUserFromGroup(g, u.id))
                return r;
    return {};
}

Refusal EndUserPage::deleteRecord(qint64 id)
{
    return cluster()->deleteEndUser(id);
}

void EndUserPage::updateWidgets()
{
    EntityPage::updateWidgets();
    m_ui->copyToClustersButton->setEnabled(recordId() != 0 && !isDirty());
    m_ui->deleteFromClustersButton->setEnabled(recordId() != 0 && !isDirty());
    m_ui->addProfileButton->setEnabled(!m_ui->availableProfilesListWidget->selectedItems().isEmpty());
    m_ui->removeProfileButton->setEnabled(!m_ui->controlledProfilesListWidget->selectedItems().isEmpty());
    m_ui->removeFromGroupButton->setEnabled(!m_ui->groupsListWidget->selectedItems().isEmpty());
    retranslate();
}

void EndUserPage::retranslate()
{
    m_ui->editTitleLabel->setText(recordId() ? tr("End User Configuration") : tr("End User Configuration (new)"));
    GroupItems::relabel(m_ui->groupComboBox, m_ui->groupsListWidget);
    if (m_ui->defaultProfileComboBox->count() > 0)
        m_ui->defaultProfileComboBox->setItemText(0, tr("< None >"));
    if (m_ui->primaryExtensionComboBox->count() > 0)
        m_ui->primaryExtensionComboBox->setItemText(0, tr("< None >"));
    m_ui->pinLineEdit->setPlaceholderText(recordId() ? tr("unchanged") : QString());
    m_ui->passwordLineEdit->setPlaceholderText(recordId() ? tr("unchanged") : QString());
}

void EndUserPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EntityPage::changeEvent(event);
}
