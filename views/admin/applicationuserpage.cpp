#include "applicationuserpage.h"
#include "ui_applicationuserpage.h"

#include "cluster/cluster.h"
#include "common/groupitems.h"
#include "credentialstatusbox.h"
#include "items/applicationusertablemodel.h"
#include "lab/lab.h"


ApplicationUserPage::ApplicationUserPage(Lab *lab, QWidget *parent)
    : EntityPage(parent), m_ui(std::make_unique<Ui::ApplicationUserPage>()), m_model(new ApplicationUserTableModel(this)),
      m_credentials(new CredentialStatusBox(lab->clock(), {CredentialKind::ApplicationUserPassword}))
{
    m_ui->setupUi(this);
    m_ui->formLayout->insertWidget(m_ui->formLayout->indexOf(m_ui->applicationUserInformationGroupBox) + 1, m_credentials);
    setStatusLabel(m_ui->statusLabel);
    m_ui->findListWidget->setTexts([] { return tr("Find and List Application Users"); },
                                   [] { return tr("Find Application User where"); });
    m_ui->groupComboBox->setProperty(NotAFieldProperty, true);
    setupEntityPage({m_ui->findListWidget, m_ui->viewStackedWidget, m_ui->findPage, m_ui->editPage, m_ui->saveButton,
                     m_ui->deleteButton, m_ui->addNewButton, m_ui->backToFindButton},
                    m_model, {ApplicationUserTableModel::UserIdColumn});
    setFieldWidget(QStringLiteral("userId"), m_ui->userIdLineEdit);
    setFieldWidget(QStringLiteral("password"), m_ui->passwordLineEdit);
    setFieldWidget(QStringLiteral("confirmPassword"), m_ui->confirmPasswordLineEdit);
    for (const QString &g : Groups::standardGroups())
        GroupItems::addTo(m_ui->groupComboBox, g);
    connect(m_ui->addToGroupButton, &QPushButton::clicked, this, [this] {
        const QString g = m_ui->groupComboBox->currentData().toString();
        if (g.isEmpty() || m_groups.contains(g))
            return;
        m_groups << g;
        GroupItems::addTo(m_ui->groupsListWidget, g);
        setDirty(true);
    });
    retranslate();
    showFindList();
}

ApplicationUserPage::~ApplicationUserPage() = default;

void ApplicationUserPage::loadRecord(qint64 id)
{
    const ApplicationUser *u = id ? cluster()->applicationUser(id) : nullptr;
    m_credentials->setUser(cluster(), u ? id : 0);
    m_ui->userIdLineEdit->setText(u ? u->userId : QString());
    m_ui->passwordLineEdit->clear();
    m_ui->confirmPasswordLineEdit->clear();
    m_groups.clear();
    if (u)
        for (const AccessControlGroup &g : cluster()->accessControlGroups())
            if (g.applicationUsers.contains(id))
                m_groups << g.name;
    m_ui->groupsListWidget->clear();
    for (const QString &g : std::as_const(m_groups))
        GroupItems::addTo(m_ui->groupsListWidget, g);
    m_ui->groupComboBox->clear();
    for (const AccessControlGroup &g : cluster()->accessControlGroups())
        GroupItems::addTo(m_ui->groupComboBox, g.name);
}

Refusal ApplicationUserPage::saveRecord(qint64 &id)
{
    if (m_ui->passwordLineEdit->text() != m_ui->confirmPasswordLineEdit->text())
        return Refusal(QStringLiteral("confirmPassword"), "ApplicationUserPage",
                       QT_TRANSLATE_NOOP("ApplicationUserPage", "Password and Confirm Password do not match."));
    ApplicationUser u;
    if (const ApplicationUser *old = id ? cluster()->applicationUser(id) : nullptr)
        u = *old;
    u.userId = m_ui->userIdLineEdit->text().trimmed();
    if (const Refusal r = cluster()->saveApplicationUser(u, m_ui->passwordLineEdit->text()))
        return r;
    id = u.id;
    for (const QString &g : std::as_const(m_groups))
        if (!cluster()->isApplicationUserInGroup(u.id, g))
            if (const Refusal r = cluster()->addApplicationUserToGroup(g, u.id))
                return r;
    return {};
}

Refusal ApplicationUserPage::deleteRecord(qint64 id)
{
    return cluster()->deleteApplicationUser(id);
}

void ApplicationUserPage::updateWidgets()
{
    EntityPage::updateWidgets();
    retranslate();
}

void ApplicationUserPage::retranslate()
{
    m_ui->editTitleLabel->setText(tr("Application User Configuration"));
    GroupItems::relabel(m_ui->groupComboBox, m_ui->groupsListWidget);
    m_ui->passwordLineEdit->setPlaceholderText(recordId() ? tr("unchanged") : QString());
}

void ApplicationUserPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EntityPage::changeEvent(event);
}
