#include "copytoclustersdialog.h"
#include "ui_copytoclustersdialog.h"

#include "cluster/cluster.h"
#include "lab/lab.h"

#include <QBrush>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSet>
#include <QTreeWidgetItem>

std::function<void(CopyToClustersDialog *)> CopyToClustersDialog::s_testHook;

namespace {
constexpr int ClusterRole = Qt::UserRole + 1;

ClusterCopy::Root rootOf(CopyToClustersDialog::Kind kind)
{
    switch (kind) {
    case CopyToClustersDialog::Kind::EndUser: return ClusterCopy::Root::EndUser;
    case CopyToClustersDialog::Kind::DeviceProfile: return ClusterCopy::Root::DeviceProfile;
    case CopyToClustersDialog::Kind::PhoneService: break;
    }
    return ClusterCopy::Root::PhoneService;
}

CopyStep::Record rootRecord(CopyToClustersDialog::Kind kind)
{
    switch (kind) {
    case CopyToClustersDialog::Kind::EndUser: return CopyStep::Record::EndUser;
    case CopyToClustersDialog::Kind::DeviceProfile: return CopyStep::Record::DeviceProfile;
    case CopyToClustersDialog::Kind::PhoneService: break;
    }
    return CopyStep::Record::PhoneService;
}

QString actionText(CopyStep::Action a)
{
    switch (a) {
    case CopyStep::Action::Create: return CopyToClustersDialog::tr("Create");
    case CopyStep::Action::Update: return CopyToClustersDialog::tr("Update");
    case CopyStep::Action::Delete: return CopyToClustersDialog::tr("Delete");
    case CopyStep::Action::Conflict: return CopyToClustersDialog::tr("Conflict");
    case CopyStep::Action::Unchanged: break;
    }
    return CopyToClustersDialog::tr("Left alone");
}

QString recordText(const CopyStep &s)
{
    switch (s.record) {
    case CopyStep::Record::PhoneService: return CopyToClustersDialog::tr("Phone service %1").arg(s.name);
    case CopyStep::Record::DeviceProfile: return CopyToClustersDialog::tr("Device profile %1").arg(s.name);
    case CopyStep::Record::EndUser: return CopyToClustersDialog::tr("End user %1").arg(s.name);
    case CopyStep::Record::GroupMembership: break;
    }
    return CopyToClustersDialog::tr("Group %1").arg(Groups::displayName(s.name));
}

QString fieldsText(const QList<const char *> &fields)
{
    QStringList names;
    for (const char *f : fields)
        names << QCoreApplication::translate("ClusterCopy", f);
    return names.join(CopyToClustersDialog::tr(", "));
}

QColor actionColor(CopyStep::Action a)
{
    switch (a) {
    case CopyStep::Action::Create: return QColor(0x1b, 0x5e, 0x20);
    case CopyStep::Action::Update: return QColor(0x0d, 0x47, 0xa1);
    case CopyStep::Action::Delete: return QColor(0x8e, 0x24, 0xaa);
    case CopyStep::Action::Conflict: return QColor(0xb0, 0x00, 0x20);
    case CopyStep::Action::Unchanged: break;
    }
    return QColor(0x61, 0x61, 0x61);
}
} // namespace

CopyToClustersDialog::CopyToClustersDialog(Lab *lab, Cluster *source, Kind kind, qint64 id, Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CopyToClustersDialog>()), m_lab(lab), m_source(source), m_kind(kind),
      m_copy(source, rootOf(kind), id, mode)
{
    m_ui->setupUi(this);
    m_ui->clustersTreeWidget->setColumnCount(3);
    m_ui->clustersTreeWidget->setRootIsDecorated(true);
    m_ui->clustersTreeWidget->setUniformRowHeights(false);
    m_ui->clustersTreeWidget->setWordWrap(true);
    m_ui->clustersTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->clustersTreeWidget->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->clustersTreeWidget->header()->setStretchLastSection(true);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &CopyToClustersDialog::copySelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->clustersTreeWidget, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 0 && !item->parent())
            updateWidgets();
    });
    const bool pin = kind == Kind::EndUser && mode == Mode::Copy;
    m_ui->pinLabel->setVisible(pin);
    m_ui->pinLineEdit->setVisible(pin);
    setObjectName(mode == Mode::Copy ? QStringLiteral("copyToClustersDialog") : QStringLiteral("deleteFromClustersDialog"));
    // wide enough for the Details column on a 1280-pixel screen, never wider than the screen
    QSize size(1120, 600);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size);
    refresh();
}

CopyToClustersDialog::~CopyToClustersDialog() = default;

void CopyToClustersDialog::setTestHook(std::function<void(CopyToClustersDialog *)> hook)
{
    s_testHook = std::move(hook);
}

void CopyToClustersDialog::exec(Lab *lab, Cluster *source, Kind kind, qint64 id, QWidget *parent, Mode mode, const QStringList &only)
{
    CopyToClustersDialog dialog(lab, source, kind, id, mode, parent);
    if (!only.isEmpty())
        dialog.setChecked(only);
    if (s_testHook)
        s_testHook(&dialog);
    else
        dialog.QDialog::exec();
}

void CopyToClustersDialog::setChecked(const QStringList &names)
{
    for (int i = 0; i < m_ui->clustersTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->clustersTreeWidget->topLevelItem(i);
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(0, names.contains(item->data(0, ClusterRole).toString(), Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
    }
}

CopyPlan CopyToClustersDialog::plan(const QString &name) const
{
    const Cluster *c = m_lab->cluster(name);
    return c ? m_copy.plan(c) : CopyPlan{};
}

QString CopyToClustersDialog::summary(const CopyPlan &plan) const
{
    if (plan.steps.isEmpty())
        return {};
    if (plan.hasConflict())
        return tr("Conflict");
    const CopyStep *root = nullptr;
    for (const CopyStep &s : plan.steps)
        if (s.name.compare(m_copy.rootName(), Qt::CaseInsensitive) == 0 && s.record == rootRecord(m_kind))
            root = &s;
    if (m_copy.mode() == Mode::Delete)
        return root && root->action == CopyStep::Action::Delete ? tr("Present") : tr("Missing");
    if (root && root->action == CopyStep::Action::Create)
        return tr("Missing");
    if (!plan.changesSomething())
        return tr("Same");
    QStringList what;
    for (const CopyStep &s : plan.steps) {
        if (s.action == CopyStep::Action::Update)
            for (const char *f : s.fields)
                what << QCoreApplication::translate("ClusterCopy", f);
        else if (s.action == CopyStep::Action::Create)
            what << recordText(s);
    }
    what.removeDuplicates();
    return tr("Different: %1").arg(what.join(tr(", ")));
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
    const QSignalBlocker block(m_ui->clustersTreeWidget);
    m_ui->clustersTreeWidget->clear();
    for (Cluster *c : m_lab->clusters()) {
        if (c == m_source)
            continue;
        auto *item = new QTreeWidgetItem(m_ui->clustersTreeWidget);
        item->setText(0, c->name());
        item->setData(0, ClusterRole, c->name());
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        if (!c->isUp()) {
            item->setText(1, tr("Cluster is down"));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setCheckState(0, Qt::Unchecked);
            continue;
        }
        const CopyPlan plan = m_copy.plan(c);
        item->setText(1, summary(plan));
        if (plan.hasConflict())
            item->setForeground(1, QBrush(actionColor(CopyStep::Action::Conflict)));
        if (const auto result = m_results.value(c->name()))
            item->setText(2, result());
        const bool wanted = plan.changesSomething() && !plan.hasConflict();
        item->setCheckState(0, (first ? wanted : checked.contains(c->name())) ? Qt::Checked : Qt::Unchecked);
        for (const CopyStep &s : plan.steps) {
            auto *row = new QTreeWidgetItem(item);
            row->setText(0, recordText(s));
            row->setText(1, actionText(s.action));
            row->setForeground(1, QBrush(actionColor(s.action)));
            QString detail = s.detail.text();
            if (!s.fields.isEmpty())
                detail = detail.isEmpty() ? fieldsText(s.fields) : fieldsText(s.fields) + QLatin1String(" \u2014 ") + detail;
            row->setText(2, detail);
            row->setToolTip(2, detail);
        }
        item->setExpanded(true);
    }
    retranslate();
}

void CopyToClustersDialog::updateWidgets()
{
    bool any = false, pin = false;
    for (int i = 0; i < m_ui->clustersTreeWidget->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->clustersTreeWidget->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        any = true;
        if (const Cluster *c = m_lab->cluster(item->data(0, ClusterRole).toString()))
            pin = pin || m_copy.plan(c).needsPin();
    }
    m_ui->copyButton->setEnabled(any);
    m_ui->pinLineEdit->setEnabled(pin);
    m_ui->pinLabel->setEnabled(pin);
}

int CopyToClustersDialog::copySelected()
{
    m_results.clear();
    m_resultOrder.clear();
    int applied = 0;
    for (int i = 0; i < m_ui->clustersTreeWidget->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->clustersTreeWidget->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        Cluster *target = m_lab->cluster(item->data(0, ClusterRole).toString());
        if (!target)
            continue;
        const QString name = target->name();
        const bool deleting = m_copy.mode() == Mode::Delete;
        m_resultOrder << name;
        if (const Refusal r = m_copy.apply(target, m_ui->pinLineEdit->text())) {
            m_results.insert(name, [r] { return tr("Not changed: %1").arg(r.text()); });
        } else {
            ++applied;
            m_results.insert(name, [deleting] { return deleting ? tr("Deleted") : tr("Copied"); });
        }
    }
    m_applied = applied;
    refresh(); // "In that cluster" shows what each cluster holds now
    return applied;
}

void CopyToClustersDialog::retranslate()
{
    const bool deleting = m_copy.mode() == Mode::Delete;
    setWindowTitle(deleting ? tr("Delete from Clusters") : tr("Copy to Clusters"));
    m_ui->copyButton->setText(deleting ? tr("&Delete from Selected Clusters") : tr("&Copy to Selected Clusters"));
    QStringList result;
    if (m_applied >= 0)
        result << (deleting ? tr("Deleted from %n cluster(s).", nullptr, m_applied) : tr("%n cluster(s) updated.", nullptr, m_applied));
    for (const QString &name : std::as_const(m_resultOrder))
        if (const auto r = m_results.value(name))
            result << tr("%1: %2").arg(name, r());
    m_ui->resultLabel->setText(result.join(QLatin1Char('\n')));
    m_ui->clustersTreeWidget->setHeaderLabels({tr("Cluster"), tr("In that cluster"), tr("Details")});
    const QString name = m_copy.rootName();
    QString what;
    switch (m_kind) {
    case Kind::EndUser:
        what = deleting ? tr("End user %1 of %2 compared with the other clusters. Tick the clusters to delete it from.")
                        : tr("End user %1 of %2 compared with the other clusters. Its device profiles with their lines, their phone services and its access control groups are copied with it. Tick the clusters to copy it to; nothing is written before you click Copy, and a cluster with a conflict is left untouched.");
        break;
    case Kind::DeviceProfile:
        what = deleting ? tr("Device profile %1 of %2 compared with the other clusters. Tick the clusters to delete it from.")
                        : tr("Device profile %1 of %2 compared with the other clusters. Its phone services are copied with it. Tick the clusters to copy it to; nothing is written before you click Copy, and a cluster with a conflict is left untouched.");
        break;
    case Kind::PhoneService:
        what = deleting ? tr("Phone service %1 of %2 compared with the other clusters. Tick the clusters to delete it from.")
                        : tr("Phone service %1 of %2 compared with the other clusters. A URL naming a server of %2 is rewritten for each cluster. Tick the clusters to copy it to.");
        break;
    }
    m_ui->introLabel->setText(what.arg(name, m_source->name()));
    updateWidgets();
}

void CopyToClustersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QDialog::changeEvent(event);
}
