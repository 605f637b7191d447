#include "enduserpage.h"
#include "ui_enduserpage.h"

#include "cluster/cluster.h"
#include "common/copytoclustersdialog.h"
#include "common/messagebox.h"
#include "items/endusertablemodel.h"
#include "lab/lab.h"

#include <QCollator>
#include <QListWidgetItem>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

EndUserPage::EndUserPage(Lab *lab, QWidget *parent)
    : EditPage(parent), m_ui(std::make_unique<Ui::EndUserPage>()), m_lab(lab), m_model(new EndUserTableModel(this))
{
    m_ui->setupUi(this);
    setStatusLabel(m_ui->statusLabel);
    m_ui->findListWidget->setModel(m_model, {EndUserTableModel::UserIdColumn, EndUserTableModel::FirstNameColumn,
                                             EndUserTableModel::LastNameColumn, EndUserTableModel::PrimaryExtensionColumn});
    m_ui->findListWidget->setTexts([] { return tr("Find and List Users"); }, [] { return tr("Find User where"); });
    m_ui->saveButton->setShortcut(QKeySequence::Save);
    for (const QString &l : Locales::all())
        m_ui->userLocaleComboBox->addItem(l, l);

    connect(m_ui->findListWidget, &FindListWidget::openRequested, this, &EndUserPage::openUser);
    connect(m_ui->findListWidget, &FindListWidget::addNewRequested, this, [this] { openUser(0); });
    connect(m_ui->findListWidget, &FindListWidget::deleteRequested, this, &EndUserPage::deleteUsers);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &EndUserPage::save);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &EndUserPage::deleteUser);
    connect(m_ui->addNewButton, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            openUser(0);
    });
    connect(m_ui->backToFindButton, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            showFindList();
    });
    connect(m_ui->copyToClustersButton, &QPushButton::clicked, this, [this] {
        if (m_cluster && m_userId)
            CopyToClustersDialog::exec(m_lab, m_cluster, CopyToClustersDialog::Kind::EndUser, m_userId, this);
    });
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, [this] { moveProfiles(true); });
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, [this] { moveProfiles(false); });
    connect(m_ui->availableProfilesListWidget, &QListWidget::itemDoubleClicked, this, [this] { moveProfiles(true); });
    connect(m_ui->controlledProfilesListWidget, &QListWidget::itemDoubleClicked, this, [this] { moveProfiles(false); });
    connect(m_ui->availableProfilesListWidget, &QListWidget::itemSelectionChanged, this, &EndUserPage::updateWidgets);
    connect(m_ui->controlledProfilesListWidget, &QListWidget::itemSelectionChanged, this, &EndUserPage::updateWidgets);
    connect(m_ui->groupsListWidget, &QListWidget::itemSelectionChanged, this, &EndUserPage::updateWidgets);
    connect(m_ui->addToGroupButton, &QPushButton::clicked, this, [this] {
        const QString g = m_ui->groupComboBox->currentText();
        if (g.isEmpty() || m_groups.contains(g))
            return;
        m_groups << g;
        m_ui->groupsListWidget->addItem(g);
        setDirty(true);
    });
    connect(m_ui->removeFromGroupButton, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem *item : m_ui->groupsListWidget->selectedItems()) {
            m_groups.removeAll(item->text());
            delete item;
        }
        setDirty(true);
    });
    m_ui->groupComboBox->setProperty(NotAFieldProperty, true);
    watchEdits(m_ui->editPage);
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

void EndUserPage::setCluster(Cluster *cluster)
{
    if (m_cluster == cluster)
        return;
    if (m_cluster)
        disconnect(m_cluster, nullptr, this, nullptr);
    m_cluster = cluster;
    m_model->setCluster(cluster);
    setDirty(false);
    clearStatus();
    if (cluster) {
        connect(cluster, &Cluster::entityRemoved, this, [this](Cluster::Entity e, qint64 id) {
            if (e == Cluster::Entity::EndUser && id == m_userId && !isDirty())
                showFindList();
        });
        connect(cluster, &Cluster::entityAdded, this, [this](Cluster::Entity e) {
            if (e == Cluster::Entity::Device && !isDirty() && m_ui->viewStackedWidget->currentWidget() == m_ui->editPage)
                discardEdits(); // a new device profile is now available
        });
    }
    showFindList();
}

void EndUserPage::showFindList()
{
    m_userId = 0;
    setDirty(false);
    m_ui->viewStackedWidget->setCurrentWidget(m_ui->findPage);
    updateWidgets();
}

void EndUserPage::openUser(qint64 id)
{
    if (!m_cluster)
        return;
    const EndUser *u = id ? m_cluster->endUser(id) : nullptr;
    m_userId = u ? u->id : 0;
    clearStatus();
    loadForm(u ? *u : EndUser{});
    m_ui->viewStackedWidget->setCurrentWidget(m_ui->editPage);
    m_ui->userIdLineEdit->setFocus();
    updateWidgets();
}

void EndUserPage::discardEdits()
{
    if (!m_cluster)
        return;
    const EndUser *u = m_userId ? m_cluster->endUser(m_userId) : nullptr;
    loadForm(u ? *u : EndUser{});
    setDirty(false);
}

void EndUserPage::fillChoices()
{
    // Primary Extension: the directory numbers of this cluster
    m_ui->primaryExtensionComboBox->clear();
    m_ui->primaryExtensionComboBox->addItem(QString(), QString()); // < None >
    QStringList dns;
    for (const Device &d : m_cluster->devices())
        dns << d.lines;
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(dns.begin(), dns.end(), collator);
    for (const QString &dn : std::as_const(dns))
        m_ui->primaryExtensionComboBox->addItem(dn, dn);
    m_ui->groupComboBox->clear();
    for (const AccessControlGroup &g : m_cluster->accessControlGroups())
        m_ui->groupComboBox->addItem(g.name);
}

void EndUserPage::loadForm(const EndUser &u)
{
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
    int pe = m_ui->primaryExtensionComboBox->findData(u.primaryExtension);
    if (pe < 0) {
        m_ui->primaryExtensionComboBox->addItem(u.primaryExtension, u.primaryExtension);
        pe = m_ui->primaryExtensionComboBox->count() - 1;
    }
    m_ui->primaryExtensionComboBox->setCurrentIndex(pe);

    m_ui->availableProfilesListWidget->clear();
    m_ui->controlledProfilesListWidget->clear();
    for (const Device &p : m_cluster->deviceProfiles()) {
        auto *item = new QListWidgetItem(p.name);
        item->setData(IdRole, p.id);
        (u.controlledProfiles.contains(p.id) ? m_ui->controlledProfilesListWidget : m_ui->availableProfilesListWidget)->addItem(item);
    }
    refreshDefaultProfiles();
    m_ui->defaultProfileComboBox->setCurrentIndex(qMax(0, m_ui->defaultProfileComboBox->findData(u.defaultProfileId)));

    m_groups = u.id ? m_cluster->groupsOfEndUser(u.id) : QStringList{Groups::CcmEndUsers};
    m_ui->groupsListWidget->clear();
    m_ui->groupsListWidget->addItems(m_groups);
    setDirty(false);
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
    setDirty(true);
    updateWidgets();
}

EndUser EndUserPage::formValue() const
{
    EndUser u;
    if (const EndUser *old = m_userId ? m_cluster->endUser(m_userId) : nullptr)
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

void EndUserPage::save()
{
    if (!m_cluster)
        return;
    if (m_ui->pinLineEdit->text() != m_ui->confirmPinLineEdit->text()) {
        showRefusal(Refusal(QStringLiteral("confirmPin"), "EndUserPage", QT_TRANSLATE_NOOP("EndUserPage", "PIN and Confirm PIN do not match.")));
        return;
    }
    if (m_ui->passwordLineEdit->text() != m_ui->confirmPasswordLineEdit->text()) {
        showRefusal(Refusal(QStringLiteral("confirmPassword"), "EndUserPage",
                            QT_TRANSLATE_NOOP("EndUserPage", "Password and Confirm Password do not match.")));
        return;
    }
    EndUser u = formValue();
    const bool adding = u.id == 0;
    if (const Refusal r = m_cluster->saveEndUser(u, m_ui->pinLineEdit->text(), m_ui->passwordLineEdit->text())) {
        showRefusal(r);
        return;
    }
    // Permission Information: apply the difference
    const QStringList before = adding ? QStringList{} : m_cluster->groupsOfEndUser(u.id);
    for (const QString &g : std::as_const(m_groups))
        if (!before.contains(g))
            if (const Refusal r = m_cluster->addEndUserToGroup(g, u.id)) {
                showRefusal(r);
                return;
            }
    for (const QString &g : before)
        if (!m_groups.contains(g))
            if (const Refusal r = m_cluster->removeEndUserFromGroup(g, u.id)) {
                showRefusal(r);
                return;
            }
    m_userId = u.id;
    loadForm(u);
    adding ? showAdded() : showUpdated();
    updateWidgets();
}

void EndUserPage::deleteUser()
{
    if (!m_cluster || !m_userId)
        return;
    if (MessageBox::question(this, tr("Delete End User"), tr("You are about to permanently delete this end user. Continue?"),
                             QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Ok)
        return;
    if (const Refusal r = m_cluster->deleteEndUser(m_userId)) {
        showRefusal(r);
        return;
    }
    showFindList();
    m_ui->findListWidget->showDeleted(1);
}

void EndUserPage::deleteUsers(const QList<qint64> &ids)
{
    if (MessageBox::question(this, tr("Delete End User"),
                             tr("You are about to permanently delete %n end user(s). Continue?", nullptr, int(ids.size())),
                             QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Ok)
        return;
    int deleted = 0;
    for (qint64 id : ids) {
        if (const Refusal r = m_cluster->deleteEndUser(id)) {
            m_ui->findListWidget->showRefusal(r);
            return;
        }
        ++deleted;
    }
    m_ui->findListWidget->showDeleted(deleted);
}

void EndUserPage::updateWidgets()
{
    const bool existing = m_userId != 0;
    m_ui->deleteButton->setEnabled(existing);
    m_ui->copyToClustersButton->setEnabled(existing && !isDirty());
    m_ui->addProfileButton->setEnabled(!m_ui->availableProfilesListWidget->selectedItems().isEmpty());
    m_ui->removeProfileButton->setEnabled(!m_ui->controlledProfilesListWidget->selectedItems().isEmpty());
    m_ui->removeFromGroupButton->setEnabled(!m_ui->groupsListWidget->selectedItems().isEmpty());
    m_ui->userIdLineEdit->setReadOnly(false);
    retranslate();
}

void EndUserPage::retranslate()
{
    m_ui->editTitleLabel->setText(m_userId ? tr("End User Configuration") : tr("End User Configuration (new)"));
    m_ui->defaultProfileComboBox->setItemText(0, tr("< None >"));
    m_ui->primaryExtensionComboBox->setItemText(0, tr("< None >"));
    m_ui->pinLineEdit->setPlaceholderText(m_userId ? tr("unchanged") : QString());
    m_ui->passwordLineEdit->setPlaceholderText(m_userId ? tr("unchanged") : QString());
}

void EndUserPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EditPage::changeEvent(event);
}
