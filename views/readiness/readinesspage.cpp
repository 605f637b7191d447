#include "readinesspage.h"

#include "cluster/cluster.h"
#include "common/copytoclustersdialog.h"
#include "lab/lab.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeWidget>

#include <cmath>
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
    // rows grow to the wrapped reason when the Problem column changes width
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 2)
            fitRows();
    }, Qt::QueuedConnection); // once the header has laid every section out
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
        // the problem in bold and, under it, why it matters, wrapped to the column's width
        auto *text = new QLabel(m_tree);
        text->setObjectName(QStringLiteral("findingLabel"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setContentsMargins(2, 3, 2, 3);
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setText(QStringLiteral("<b>%1</b><br><i style=\"color:#555555\">%2</i>")
                          .arg(f.problem.text().toHtmlEscaped(), tr("Why it matters: %1").arg(f.why.text()).toHtmlEscaped()));
        item->setData(2, Qt::AccessibleTextRole, f.problem.text());
        item->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(1, Qt::AlignLeft | Qt::AlignTop);
        m_tree->setItemWidget(item, 2, text);
        auto *buttons = new QWidget(m_tree);
        auto *h = new QHBoxLayout(buttons);
        h->setContentsMargins(2, 2, 2, 2);
        h->setAlignment(Qt::AlignTop);
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
    }
    fitRows();
    const QStringList users = RoamingReadiness(m_lab).superUsers();
    m_summaryLabel->setText(m_findings.isEmpty()
                                ? tr("Ready: nothing found. Super users checked: %1; clusters: %2.").arg(users.size()).arg(m_lab->clusters().size())
                                : tr("%n problem(s) found. Super users checked: %1; clusters: %2.", nullptr, int(m_findings.size()))
                                      .arg(users.size())
                                      .arg(m_lab->clusters().size()));
    m_summaryLabel->setStyleSheet(m_findings.isEmpty() ? QStringLiteral("color: #1b5e20; font-weight: 600;")
                                                       : QStringLiteral("color: #b00020; font-weight: 600;"));
}

void ReadinessPage::fitRows()
{
    const int width = m_tree->header()->sectionSize(2);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (auto *label = qobject_cast<QLabel *>(m_tree->itemWidget(item, 2))) {
            // QLabel::heightForWidth() overestimates rich text; measure the document itself
            QTextDocument doc;
            doc.setDefaultFont(label->font());
            doc.setDocumentMargin(0);
            doc.setHtml(label->text());
            doc.setTextWidth(width - 8);
            const int height = int(std::ceil(doc.size().height())) + 8;
            // the view sizes a row by its widgets too: a word-wrapped label guesses tall
            label->setFixedHeight(height);
            if (item->sizeHint(2).height() != height)
                item->setSizeHint(2, QSize(width, height));
        }
    }
    m_tree->doItemsLayout();
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
