#include "readinesspage.h"

#include "cluster/cluster.h"
#include "common/copytoclustersdialog.h"
#include "lab/lab.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
CopyToClustersDialog::Kind kindOf(ClusterCopy::Root root)
{
    switch (root) {
    case ClusterCopy::Root::EndUser: return CopyToClustersDialog::Kind::EndUser;
    case ClusterCopy::Root::DeviceProfile: return CopyToClustersDialog::Kind::DeviceProfile;
    case ClusterCopy::Root::PhoneService: break;
    }
    return CopyToClustersDialog::Kind::PhoneService;
}
}

ReadinessPage::ReadinessPage(Lab *lab, QWidget *parent)
    : QWidget(parent), m_lab(lab)
{
    auto *layout = new QVBoxLayout(this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);
    auto *row = new QHBoxLayout;
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("checkAgainButton"));
    row->addWidget(m_summaryLabel, 1);
    row->addWidget(m_checkButton);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("findingsTreeWidget"));
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    layout->addLayout(row);
    layout->addWidget(m_tree, 1);
    connect(m_checkButton, &QPushButton::clicked, this, &ReadinessPage::refresh);
    retranslate();
}

void ReadinessPage::refresh()
{
    m_findings = RoamingReadiness(m_lab).findings();
    m_tree->clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        const ReadinessFinding &f = m_findings.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, f.cluster);
        item->setText(1, f.record);
        item->setText(2, f.problem.text());
        item->setToolTip(2, f.problem.text());
        QFont bold = item->font(2);
        bold.setBold(true);
        item->setFont(2, bold);
        auto *buttons = new QWidget(m_tree);
        auto *h = new QHBoxLayout(buttons);
        h->setContentsMargins(2, 0, 2, 0);
        auto *goButton = new QPushButton(tr("Go"), buttons);
        goButton->setObjectName(QStringLiteral("goButton"));
        goButton->setToolTip(tr("Open the page that fixes this on %1").arg(f.cluster));
        connect(goButton, &QPushButton::clicked, this, [this, i] { go(i); });
        h->addWidget(goButton);
        if (f.canFix()) {
            auto *fixButton = new QPushButton(tr("Fix..."), buttons);
            fixButton->setObjectName(QStringLiteral("fixButton"));
            fixButton->setToolTip(tr("Copy what is missing from %1 (a preview comes first)").arg(f.fixFrom));
            connect(fixButton, &QPushButton::clicked, this, [this, i] { fix(i); });
            h->addWidget(fixButton);
        }
        m_tree->setItemWidget(item, 3, buttons);
        // why it matters, under the problem (wrapped in the column that stretches)
        auto *why = new QTreeWidgetItem(m_tree);
        why->setText(2, tr("Why it matters: %1").arg(f.why.text()));
        why->setToolTip(2, f.why.text());
        why->setForeground(2, QBrush(QColor(0x55, 0x55, 0x55)));
        QFont italic = why->font(2);
        italic.setItalic(true);
        why->setFont(2, italic);
        why->setFlags(Qt::ItemIsEnabled);
    }
    const QStringList users = RoamingReadiness(m_lab).superUsers();
    m_summaryLabel->setText(m_findings.isEmpty()
                                ? tr("Ready: nothing found. Super users checked: %1; clusters: %2.").arg(users.size()).arg(m_lab->clusters().size())
                                : tr("%n problem(s) found. Super users checked: %1; clusters: %2.", nullptr, int(m_findings.size()))
                                      .arg(users.size())
                                      .arg(m_lab->clusters().size()));
    m_summaryLabel->setStyleSheet(m_findings.isEmpty() ? QStringLiteral("color: #1b5e20; font-weight: 600;")
                                                       : QStringLiteral("color: #b00020; font-weight: 600;"));
}

void ReadinessPage::go(int row)
{
    if (row < 0 || row >= m_findings.size())
        return;
    const ReadinessFinding &f = m_findings.at(row);
    emit goRequested(f.cluster, f.page, f.recordId);
}

void ReadinessPage::fix(int row)
{
    if (row < 0 || row >= m_findings.size() || !m_findings.at(row).canFix())
        return;
    const ReadinessFinding f = m_findings.at(row);
    Cluster *from = m_lab->cluster(f.fixFrom);
    if (!from)
        return;
    CopyToClustersDialog::exec(m_lab, from, kindOf(f.fixRoot), f.fixId, this, CopyToClustersDialog::Mode::Copy, {f.cluster});
    refresh();
}

void ReadinessPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void ReadinessPage::retranslate()
{
    m_titleLabel->setText(tr("Roaming Readiness"));
    m_introLabel->setText(tr("What keeps a super user from roaming: for every member of Standard EM Roaming Across Clusters Super Users and every cluster, the user, the group and a device profile on each cluster, one home cluster, a uniform dial plan, the services and ILS, the Extension Mobility phone service and its subscriptions, and the Unified CM release. The same report: emroam --check."));
    m_checkButton->setText(tr("Check Again"));
    m_tree->setHeaderLabels({tr("Cluster"), tr("Record"), tr("Problem"), tr("Action")});
}

void ReadinessPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}
