#include "auditlogpage.h"

#include "cluster/cluster.h"
#include "items/audittablemodel.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

AuditLogPage::AuditLogPage(Lab *lab, QWidget *parent)
    : ClusterPage(parent), m_model(new AuditTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    Q_UNUSED(lab);
    setObjectName(QStringLiteral("auditLogPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_title->setFont(f);
    layout->addWidget(m_title);
    auto *row = new QHBoxLayout;
    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    row->addWidget(m_filterLabel);
    row->addWidget(m_filter, 1);
    row->addWidget(m_export);
    layout->addLayout(row);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setModel(m_proxy);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    layout->addWidget(m_status);
    connect(m_filter, &QLineEdit::textChanged, this, &AuditLogPage::setFilterText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateCount);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QStringLiteral("audit-log.csv"),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    retranslate();
}

AuditLogPage::~AuditLogPage() = default;

void AuditLogPage::setCluster(Cluster *cluster)
{
    m_cluster = cluster;
    if (isVisible())
        m_model->setCluster(cluster);
    retranslate();
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    m_model->setCluster(m_cluster); // read the log while it is shown only
    m_table->resizeColumnsToContents();
    ClusterPage::showEvent(event);
}

void AuditLogPage::hideEvent(QHideEvent *event)
{
    m_model->setCluster(nullptr);
    ClusterPage::hideEvent(event);
}

void AuditLogPage::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    updateCount();
}

int AuditLogPage::visibleRows() const
{
    return m_proxy->rowCount();
}

bool AuditLogPage::exportTo(const QString &path)
{
    QList<AuditEntry> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_model->entry(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    const QByteArray csv = AuditTableModel::csv(rows);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit()) {
        m_status->setText(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    m_status->setText(tr("Exported %n entry(ies) to %1.", nullptr, int(rows.size())).arg(path));
    return true;
}

void AuditLogPage::updateCount()
{
    m_status->setText(tr("%n entry(ies) shown of %1.", nullptr, m_proxy->rowCount()).arg(m_model->rowCount()));
}

void AuditLogPage::retranslate()
{
    m_title->setText(m_cluster ? tr("Audit Log: %1").arg(m_cluster->name()) : tr("Audit Log"));
    m_filterLabel->setText(tr("&Find entries containing:"));
    m_filter->setPlaceholderText(tr("user, record, field, value…"));
    m_export->setText(tr("&Export CSV..."));
    updateCount();
}

void AuditLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->headerDataChanged(Qt::Horizontal, 0, AuditTableModel::ColumnCount - 1);
    }
    ClusterPage::changeEvent(event);
}
