#include "findlistwidget.h"
#include "ui_findlistwidget.h"

#include "items/clustertablemodel.h"
#include "items/findproxymodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTimer>

#include <QShortcut>

#include <algorithm>
#include <functional>

FindListWidget::FindListWidget(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FindListWidget>()), m_proxy(new FindProxyModel(this))
{
    m_ui->setupUi(this);
    for (FindProxyModel::Operator op : FindProxyModel::operators())
        m_ui->operatorComboBox->addItem(QString(), QVariant::fromValue(op));
    // a shortcut of the widget, not of the button: retranslateUi() gives the button its
    // "&Find" mnemonic again, which would replace Ctrl+F after a language switch
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        if (m_ui->findButton->isVisible() && m_ui->findButton->isEnabled())
            m_ui->findButton->animateClick();
    });
    m_ui->findButton->setDefault(true);
    m_ui->resultsTableView->setModel(m_proxy);
    m_ui->resultsTableView->verticalHeader()->hide();
    m_ui->resultsTableView->horizontalHeader()->setStretchLastSection(true);
    // columns fit their header and the rows in view (a sample, not 100,000 rows); where they
    // do not all fit the table's width, fitColumns() narrows the widest and wraps their text
    m_ui->resultsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->resultsTableView->horizontalHeader()->setResizeContentsPrecision(100);
    m_ui->resultsTableView->horizontalHeader()->setSortIndicatorShown(true);
    m_ui->resultsTableView->setTabKeyNavigation(false);
    m_uncappedSectionSize = m_ui->resultsTableView->horizontalHeader()->maximumSectionSize();
    m_cap = m_uncappedSectionSize;
    m_rowHeight = m_ui->resultsTableView->verticalHeader()->defaultSectionSize();
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &FindListWidget::fitColumns);
    m_ui->resultsTableView->viewport()->installEventFilter(this); // its width

    // search → Find → the results → the actions on them
    setTabOrder(m_ui->fieldComboBox, m_ui->operatorComboBox);
    setTabOrder(m_ui->operatorComboBox, m_ui->searchLineEdit);
    setTabOrder(m_ui->searchLineEdit, m_ui->findButton);
    setTabOrder(m_ui->findButton, m_ui->resultsTableView);
    setTabOrder(m_ui->resultsTableView, m_ui->addNewButton);
    setTabOrder(m_ui->addNewButton, m_ui->selectAllButton);
    setTabOrder(m_ui->selectAllButton, m_ui->clearAllButton);
    setTabOrder(m_ui->clearAllButton, m_ui->deleteSelectedButton);

    connect(m_ui->findButton, &QPushButton::clicked, this, &FindListWidget::find);
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &FindListWidget::find);
    connect(m_ui->operatorComboBox, &QComboBox::currentIndexChanged, this, &FindListWidget::updateWidgets);
    connect(m_ui->selectAllButton, &QPushButton::clicked, m_ui->resultsTableView, &QTableView::selectAll);
    connect(m_ui->clearAllButton, &QPushButton::clicked, m_ui->resultsTableView, &QTableView::clearSelection);
    connect(m_ui->addNewButton, &QPushButton::clicked, this, &FindListWidget::addNewRequested);
    connect(m_ui->deleteSelectedButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            emit deleteRequested(ids);
    });
    connect(m_ui->resultsTableView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(ClusterTableModel::IdRole).toLongLong());
    });
    connect(m_ui->resultsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindListWidget::updateWidgets);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FindListWidget::updateWidgets);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FindListWidget::updateWidgets);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FindListWidget::updateWidgets);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FindListWidget::updateWidgets);
    // what the columns need changes with the rows, the headers and their sizes
    connect(m_ui->resultsTableView->horizontalHeader(), &QHeaderView::sectionResized, this,
            &FindListWidget::scheduleFitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FindListWidget::scheduleFitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FindListWidget::scheduleFitColumns);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FindListWidget::scheduleFitColumns);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FindListWidget::scheduleFitColumns);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &FindListWidget::scheduleFitColumns);
    connect(m_proxy, &QAbstractItemModel::headerDataChanged, this, &FindListWidget::scheduleFitColumns);
    retranslate();
    updateWidgets();
}

FindListWidget::~FindListWidget() = default;

void FindListWidget::setModel(ClusterTableModel *model, const QList<int> &searchColumns)
{
    m_model = model;
    m_searchColumns = searchColumns;
    m_ui->fieldComboBox->clear();
    for (int c : searchColumns)
        m_ui->fieldComboBox->addItem(QString(), c);
    m_proxy->setSourceModel(model);
    m_ui->resultsTableView->sortByColumn(searchColumns.value(0, 0), Qt::AscendingOrder);
    retranslate();
    updateWidgets();
}

void FindListWidget::setTexts(std::function<QString()> title, std::function<QString()> findWhere)
{
    m_title = std::move(title);
    m_findWhere = std::move(findWhere);
    retranslate();
}

void FindListWidget::setActionsVisible(bool addNew, bool deleteSelected)
{
    m_ui->addNewButton->setVisible(addNew);
    m_ui->deleteSelectedButton->setVisible(deleteSelected);
}

void FindListWidget::find()
{
    const int column = m_ui->fieldComboBox->currentData().toInt();
    const auto op = m_ui->operatorComboBox->currentData().value<FindProxyModel::Operator>();
    clearStatus();
    m_proxy->find(column, op, m_ui->searchLineEdit->text());
    updateWidgets();
}

QList<qint64> FindListWidget::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_ui->resultsTableView->selectionModel()->selectedRows())
        ids << i.data(ClusterTableModel::IdRole).toLongLong();
    return ids;
}

void FindListWidget::showRefusal(const Refusal &refusal)
{
    m_refusal = refusal;
    m_deleted = -1;
    retranslate();
}

void FindListWidget::showDeleted(int count)
{
    m_refusal = {};
    m_deleted = count;
    retranslate();
}

void FindListWidget::clearStatus()
{
    m_refusal = {};
    m_deleted = -1;
    retranslate();
}

void FindListWidget::updateWidgets()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model ? m_model->rowCount() : 0;
    m_ui->countLabel->setText(shown == total ? tr("%n record(s) found", nullptr, shown)
                                             : tr("%1 of %n record(s) match", nullptr, total).arg(shown));
    const auto op = m_ui->operatorComboBox->currentData().value<FindProxyModel::Operator>();
    m_ui->searchLineEdit->setEnabled(op != FindProxyModel::Operator::IsEmpty && op != FindProxyModel::Operator::IsNotEmpty);
    const bool any = m_ui->resultsTableView->selectionModel()->hasSelection();
    m_ui->deleteSelectedButton->setEnabled(any);
    m_ui->clearAllButton->setEnabled(any);
    m_ui->selectAllButton->setEnabled(shown > 0);
}

void FindListWidget::retranslate()
{
    m_ui->titleLabel->setText(m_title ? m_title() : QString());
    m_ui->findWhereLabel->setText(m_findWhere ? m_findWhere() : tr("Find where"));
    for (int i = 0; i < m_ui->fieldComboBox->count(); ++i)
        m_ui->fieldComboBox->setItemText(
            i, m_model ? m_model->headerData(m_ui->fieldComboBox->itemData(i).toInt(), Qt::Horizontal).toString() : QString());
    for (int i = 0; i < m_ui->operatorComboBox->count(); ++i)
        m_ui->operatorComboBox->setItemText(
            i, FindProxyModel::operatorText(m_ui->operatorComboBox->itemData(i).value<FindProxyModel::Operator>()));
    if (m_refusal)
        m_ui->findStatusLabel->setText(m_refusal.text());
    else if (m_deleted >= 0)
        m_ui->findStatusLabel->setText(tr("%n record(s) deleted", nullptr, m_deleted));
    else
        m_ui->findStatusLabel->clear();
    m_ui->findStatusLabel->setVisible(!m_ui->findStatusLabel->text().isEmpty());
    updateWidgets();
}

void FindListWidget::scheduleFitColumns()
{
    if (isVisible())
        m_fitTimer->start();
}

void FindListWidget::fitColumns()
{
    // Each column wants its header and its widest value in view on one line (what
    // ResizeToContents gives). When the table is too narrow for that, the widest columns give
    // up room together, down to a common width that makes them all fit, and their values wrap
    // onto more lines, so the table does not scroll sideways and hides no value.
    QAbstractItemView *view = m_ui->resultsTableView; // its size hints are public there
    QHeaderView *header = m_ui->resultsTableView->horizontalHeader();
    const int available = view->viewport()->width();
    // the usual case, and cheap with 100,000 rows: as ResizeToContents sized them (again on
    // any change, see sectionResized), the columns fit, the last one stretched to the edge
    if (m_cap == m_uncappedSectionSize && header->length() <= available)
        return;
    header->setMaximumSectionSize(m_uncappedSectionSize); // measure without the last cap
    QList<int> wants;
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            wants << qMax(header->sectionSizeHint(c), view->sizeHintForColumn(c));
    int total = 0;
    for (int w : std::as_const(wants))
        total += w;
    int cap = m_uncappedSectionSize;
    if (total > available && !wants.isEmpty()) {
        std::sort(wants.begin(), wants.end(), std::greater<int>());
        int others = total; // the columns narrower than the k widest
        for (qsizetype k = 1; k <= wants.size(); ++k) {
            others -= wants[k - 1];
            const int share = int((available - others) / k);
            if (k == wants.size() || share >= wants[k]) {
                cap = qMax(share, header->minimumSectionSize());
                break;
            }
        }
    }
    const bool capped = cap < m_uncappedSectionSize;
    header->setMaximumSectionSize(cap); // narrows the sections wider than that now
    // capped, the columns fill the width as they are; the last one is not stretched (Qt would
    // keep it as wide as it once was stretched to)
    header->setStretchLastSection(!capped);
    if (cap != m_cap || header->length() > available) // widen when the header sizes them next: now
        header->resizeSections(QHeaderView::ResizeToContents);
    m_cap = cap;
    m_ui->resultsTableView->setWordWrap(capped);
    // one row height for all rows (not measured row by row: a cluster can have 100,000
    // users): as many lines as the rows in view need
    int rowHeight = m_rowHeight;
    if (capped) {
        const int first = qMax(0, m_ui->resultsTableView->rowAt(0));
        const int last = qMin(view->model()->rowCount() - 1, first + header->resizeContentsPrecision());
        int tallest = 0;
        for (int r = first; r <= last; ++r)
            tallest = qMax(tallest, view->sizeHintForRow(r));
        // with the room a one-line row leaves around its text
        rowHeight = qMax(rowHeight, tallest + m_rowHeight - view->fontMetrics().height());
    }
    if (QHeaderView *rows = m_ui->resultsTableView->verticalHeader(); rows->defaultSectionSize() != rowHeight)
        rows->setDefaultSectionSize(rowHeight);
}

void FindListWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleFitColumns();
}

bool FindListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->resultsTableView->viewport() && event->type() == QEvent::Resize)
        scheduleFitColumns();
    return QWidget::eventFilter(watched, event);
}

void FindListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        scheduleFitColumns();
    QWidget::changeEvent(event);
}
