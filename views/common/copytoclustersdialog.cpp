#include "copytoclustersdialog.h"
#include "ui_copytoclustersdialog.h"

#include "cluster/cluster.h"
#include "lab/lab.h"

#include <QHeaderView>
#include <QTreeWidgetItem>

std::function<void(CopyToClustersDialog *)> CopyToClustersDialog::s_testHook;

namespace {
constexpr int ClusterRole = Qt::UserRole + 1;

QStringList profileNames(const Cluster *c, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        if (const Device *d = c->device(id))
            names << d->name;
    return names;
}

QStringList serviceNames(const Cluster *c, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        if (const PhoneService *s = c->phoneService(id))
            names << s->name;
    return names;
}
}

CopyToClustersDialog::CopyToClustersDialog(Lab *lab, Cluster *source, Kind kind, qint64 id, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CopyToClustersDialog>()), m_lab(lab), m_source(source), m_kind(kind), m_id(id)
{
    m_ui->setupUi(this);
    m_ui->clustersTreeWidget->setColumnCount(2);
    m_ui->clustersTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->clustersTreeWidget->header()->setStretchLastSection(true);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &CopyToClustersDialog::copySelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    m_ui->pinLabel->setVisible(kind == Kind::EndUser);
    m_ui->pinLineEdit->setVisible(kind == Kind::EndUser);
    resize(720, 420);
    refresh();
}

CopyToClustersDialog::~CopyToClustersDialog() = default;

void CopyToClustersDialog::setTestHook(std::function<void(CopyToClustersDialog *)> hook)
{
    s_testHook = std::move(hook);
}

void CopyToClustersDialog::exec(Lab *lab, Cluster *source, Kind kind, qint64 id, QWidget *parent)
{
    CopyToClustersDialog dialog(lab, source, kind, id, parent);
    if (s_testHook)
        s_testHook(&dialog);
    else
        dialog.QDialog::exec();
}

QString CopyToClustersDialog::difference(Cluster *target) const
{
    QStringList fields;
    if (m_kind == Kind::EndUser) {
        const EndUser *u = m_source->endUser(m_id);
        const EndUser *t = u ? target->endUserByUserId(u->userId) : nullptr;
        if (!u)
            return {};
        if (!t)
            return tr("Missing");
        if (t->firstName != u->firstName || t->lastName != u->lastName)
            fields << tr("Name");
        if (t->selfServiceId != u->selfServiceId)
            fields << tr("Self-Service User ID");
        if (t->primaryExtension != u->primaryExtension)
            fields << tr("Primary Extension");
        if (profileNames(target, t->controlledProfiles) != profileNames(m_source, u->controlledProfiles))
            fields << tr("Controlled Profiles");
        if (target->groupsOfEndUser(t->id) != m_source->groupsOfEndUser(u->id))
            fields << tr("Permission Information");
        if (t->locale != u->locale)
            fields << tr("User Locale");
    } else {
        const Device *d = m_source->device(m_id);
        const Device *t = d ? target->deviceByName(d->name) : nullptr;
        if (!d)
            return {};
        if (!t)
            return tr("Missing");
        if (t->model != d->model || t->protocol != d->protocol)
            fields << tr("Device Profile Type");
        if (t->description != d->description)
            fields << tr("Description");
        if (t->lines != d->lines)
            fields << tr("Directory Numbers");
        if (serviceNames(target, t->services) != serviceNames(m_source, d->services))
            fields << tr("Subscribed Services");
        if (t->locale != d->locale)
            fields << tr("User Locale");
    }
    return fields.isEmpty() ? tr("Same") : tr("Different: %1").arg(fields.join(QStringLiteral(", ")));
}

void CopyToClustersDialog::refresh()
{
    QSet<QString> checked;
    for (int i = 0; i < m_ui->clustersTreeWidget->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->clustersTreeWidget->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            checked << item->data(0, ClusterRole).toString();
    }
    const bool first = m_ui->clustersTreeWidget->topLevelItemCount() == 0;
    m_ui->clustersTreeWidget->clear();
    for (Cluster *c : m_lab->clusters()) {
        if (c == m_source)
            continue;
        auto *item = new QTreeWidgetItem(m_ui->clustersTreeWidget);
        item->setText(0, c->name());
        item->setData(0, ClusterRole, c->name());
        const QString diff = difference(c);
        item->setText(1, diff);
        const bool same = diff == tr("Same");
        item->setCheckState(0, (first ? !same : checked.contains(c->name())) ? Qt::Checked : Qt::Unchecked);
        if (!c->isUp()) {
            item->setText(1, tr("Cluster is down"));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    retranslate();
}

std::function<QString()> CopyToClustersDialog::copyTo(Cluster *target)
{
    const Cluster::Acting acting(target, AuditActor{QStringLiteral("administrator"), QStringLiteral("administrator"), QStringLiteral("copyToClusters")});
    if (m_kind == Kind::EndUser) {
        const EndUser *u = m_source->endUser(m_id);
        if (!u)
            return {};
        const EndUser *existing = target->endUserByUserId(u->userId);
        EndUser copy = *u;
        copy.id = existing ? existing->id : 0;
        copy.pinHash = existing ? existing->pinHash : QString();
        copy.passwordHash = existing ? existing->passwordHash : QString();
        copy.homeCluster = existing && existing->homeCluster; // one home cluster per user, never copied
        copy.controlledProfiles.clear();
        copy.defaultProfileId = 0;
        for (qint64 pid : u->controlledProfiles) {
            const Device *p = m_source->device(pid);
            const Device *tp = p ? target->deviceByName(p->name) : nullptr;
            if (!tp) {
                const QString cluster = target->name(), profile = p ? p->name : QString();
                return [cluster, profile] { return tr("%1 has no device profile %2: copy the device profile first.").arg(cluster, profile); };
            }
            copy.controlledProfiles << tp->id;
            if (pid == u->defaultProfileId)
                copy.defaultProfileId = tp->id;
        }
        if (!copy.primaryExtension.isEmpty() && !target->deviceForDn(copy.primaryExtension))
            copy.primaryExtension.clear();
        if (const Refusal r = target->saveEndUser(copy, existing ? QString() : m_ui->pinLineEdit->text()))
            return [r] { return r.text(); };
        const QStringList groups = m_source->groupsOfEndUser(u->id);
        for (const QString &g : groups)
            if (!target->isEndUserInGroup(copy.id, g))
                if (const Refusal r = target->addEndUserToGroup(g, copy.id))
                    return [r] { return r.text(); };
        for (const QString &g : target->groupsOfEndUser(copy.id))
            if (!groups.contains(g))
                target->removeEndUserFromGroup(g, copy.id);
        return {};
    }
    const Device *d = m_source->device(m_id);
    if (!d)
        return {};
    const Device *existing = target->deviceByName(d->name);
    Device copy = *d;
    copy.id = existing ? existing->id : 0;
    copy.services.clear();
    for (qint64 sid : d->services) {
        const PhoneService *s = m_source->phoneService(sid);
        const PhoneService *ts = s ? target->phoneServiceByName(s->name) : nullptr;
        if (!ts) {
            const QString cluster = target->name(), service = s ? s->name : QString();
            return [cluster, service] { return tr("%1 has no phone service %2: add it first.").arg(cluster, service); };
        }
        copy.services << ts->id;
    }
    if (!copy.loginUserId.isEmpty() && !target->endUserByUserId(copy.loginUserId))
        copy.loginUserId.clear();
    if (const Refusal r = target->saveDevice(copy))
        return [r] { return r.text(); };
    return {};
}

int CopyToClustersDialog::copySelected()
{
    m_failures.clear();
    int copies = 0;
    for (int i = 0; i < m_ui->clustersTreeWidget->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->clustersTreeWidget->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        Cluster *target = m_lab->cluster(item->data(0, ClusterRole).toString());
        if (!target)
            continue;
        if (auto failure = copyTo(target))
            m_failures << failure;
        else
            ++copies;
    }
    m_copies = copies;
    refresh();
    return copies;
}

void CopyToClustersDialog::retranslate()
{
    QStringList result;
    if (m_copies >= 0)
        result << tr("%n cluster(s) updated.", nullptr, m_copies);
    for (const auto &failure : std::as_const(m_failures))
        result << failure();
    m_ui->resultLabel->setText(result.join(QLatin1Char(' ')));
    m_ui->clustersTreeWidget->setHeaderLabels({tr("Cluster"), tr("In that cluster")});
    QString name;
    if (m_kind == Kind::EndUser) {
        const EndUser *u = m_source->endUser(m_id);
        name = u ? u->userId : QString();
        m_ui->introLabel->setText(tr("End user %1 of %2 compared with the other clusters. Tick the clusters to copy it to.")
                                      .arg(name, m_source->name()));
    } else {
        const Device *d = m_source->device(m_id);
        name = d ? d->name : QString();
        m_ui->introLabel->setText(tr("Device profile %1 of %2 compared with the other clusters. Tick the clusters to copy it to.")
                                      .arg(name, m_source->name()));
    }
}

void CopyToClustersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QDialog::changeEvent(event);
}
