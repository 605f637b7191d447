#include "accesscontrolgrouppage.h"
#include "ui_accesscontrolgrouppage.h"

#include "admin/findusersdialog.h"
#include "cluster/cluster.h"
#include "items/accesscontrolgrouptablemodel.h"
#include "items/endusertablemodel.h"
#include "items/findproxymodel.h"

#include <QHeaderView>

AccessControlGroupPage::AccessControlGroupPage(Lab *lab, QWidget *parent)
    : EntityPage(parent), m_ui(std::make_unique<Ui::AccessControlGroupPage>()), m_model(new AccessControlGroupTableModel(this)),
      m_members(new EndUserTableModel(this)), m_membersProxy(new FindProxyModel(this))
{
    Q_UNUSED(lab);
    m_ui->setupUi(this);
    setStatusLabel(m_ui->statusLabel);
    m_ui->findListWidget->setTexts([] { return tr("Find and List Access Control Groups"); },
                                   [] { return tr("Find Access Control Group where"); });
    setupEntityPage({m_ui->findListWidget, m_ui->viewStackedWidget, m_ui->findPage, m_ui->editPage, m_ui->saveButton,
                     m_ui->deleteButton, m_ui->addNewButton, m_ui->backToFindButton},
                    m_model, {AccessControlGroupTableModel::NameColumn});
    setFieldWidget(QStringLiteral("name"), m_ui->nameLineEdit);
    m_members->setAcceptFilter([this](qint64 id) {
        return cluster() && recordId() && cluster()->accessControlGroup(recordId())
               && cluster()->accessControlGroup(recordId())->endUsers.contains(id);
    });
    m_membersProxy->setSourceModel(m_members);
    m_ui->membersTableView->setModel(m_membersProxy);
    m_ui->membersTableView->verticalHeader()->hide();
    m_ui->membersTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->membersTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->membersTableView->horizontalHeader()->setResizeContentsPrecision(100);
    m_ui->membersTableView->sortByColumn(EndUserTableModel::UserIdColumn, Qt::AscendingOrder);
    connect(m_members, &QAbstractItemModel::rowsInserted, this, &AccessControlGroupPage::retranslate);
    connect(m_members, &QAbstractItemModel::rowsRemoved, this, &AccessControlGroupPage::retranslate);
    connect(m_ui->addEndUsersButton, &QPushButton::clicked, this, &AccessControlGroupPage::addEndUsers);
    connect(m_ui->removeMembersButton, &QPushButton::clicked, this, &AccessControlGroupPage::removeMembers);
    connect(m_ui->selectAllMembersButton, &QPushButton::clicked, m_ui->membersTableView, &QTableView::selectAll);
    connect(m_ui->membersTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessControlGroupPage::updateWidgets);
    retranslate();
    showFindList();
}

AccessControlGroupPage::~AccessControlGroupPage() = default;

void AccessControlGroupPage::clusterChanged()
{
    // the members table reads the cluster only while a group is open (a cluster may hold
    // 100,000 users; switching clusters should not walk them for a table nobody sees)
    m_members->setCluster(nullptr);
    if (!cluster())
        return;
    connect(cluster(), &Cluster::entityChanged, this, [this](Cluster::Entity e, qint64 id) {
        if (e == Cluster::Entity::AccessControlGroup && id == recordId())
            m_members->refilter();
    });
}

QString AccessControlGroupPage::groupName() const
{
    const AccessControlGroup *g = recordId() ? cluster()->accessControlGroup(recordId()) : nullptr;
    return g ? g->name : QString();
}

void AccessControlGroupPage::loadRecord(qint64 id)
{
    const AccessControlGroup *g = id ? cluster()->accessControlGroup(id) : nullptr;
    m_ui->nameLineEdit->setText(g ? Groups::displayName(g->name) : QString());
    m_ui->nameLineEdit->setReadOnly(g && g->standard);
    setRecordId(id);
    if (m_members->cluster() != cluster())
        m_members->setCluster(cluster());
    else
        m_members->refilter();
}

Refusal AccessControlGroupPage::saveRecord(qint64 &id)
{
    AccessControlGroup g;
    if (const AccessControlGroup *old = id ? cluster()->accessControlGroup(id) : nullptr)
        g = *old;
    if (!g.standard) // a standard group keeps its name (the field shows it translated)
        g.name = m_ui->nameLineEdit->text().trimmed();
    const Refusal r = cluster()->saveAccessControlGroup(g);
    if (!r)
        id = g.id;
    return r;
}

Refusal AccessControlGroupPage::deleteRecord(qint64 id)
{
    return cluster()->deleteAccessControlGroup(id);
}

void AccessControlGroupPage::addEndUsers()
{
    if (!recordId())
        return;
    const QString group = groupName();
    const QList<qint64> users = FindUsersDialog::pick(
        cluster(), [this, group](qint64 id) { return !cluster()->isEndUserInGroup(id, group); }, this);
    int added = 0;
    for (qint64 id : users) {
        if (const Refusal r = cluster()->addEndUserToGroup(group, id)) {
            showRefusal(r);
            return;
        }
        ++added;
    }
    if (added)
        showStatus([added] { return tr("%n user(s) added to the group", nullptr, added); });
}

void AccessControlGroupPage::removeMembers()
{
    const QString group = groupName();
    QList<qint64> ids;
    for (const QModelIndex &i : m_ui->membersTableView->selectionModel()->selectedRows())
        ids << i.data(ClusterTableModel::IdRole).toLongLong();
    int removed = 0;
    for (qint64 id : ids) {
        if (const Refusal r = cluster()->removeEndUserFromGroup(group, id)) {
            showRefusal(r);
            return;
        }
        ++removed;
    }
    if (removed)
        showStatus([removed] { return tr("%n user(s) removed from the group", nullptr, removed); });
}

void AccessControlGroupPage::updateWidgets()
{
    EntityPage::updateWidgets();
    const AccessControlGroup *g = recordId() && cluster() ? cluster()->accessControlGroup(recordId()) : nullptr;
    if (m_ui->deleteButton)
        m_ui->deleteButton->setEnabled(g && !g->standard);
    m_ui->membersGroupBox->setEnabled(recordId() != 0);
    m_ui->removeMembersButton->setEnabled(m_ui->membersTableView->selectionModel()->hasSelection());
    retranslate();
}

void AccessControlGroupPage::retranslate()
{
    m_ui->editTitleLabel->setText(tr("Access Control Group Configuration"));
    m_ui->membersGroupBox->setTitle(tr("Users (%n)", nullptr, m_members->rowCount()));
    if (const AccessControlGroup *g = recordId() ? cluster()->accessControlGroup(recordId()) : nullptr; g && g->standard)
        m_ui->nameLineEdit->setText(Groups::displayName(g->name)); // read-only: nothing typed is lost
}

void AccessControlGroupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EntityPage::changeEvent(event);
}
