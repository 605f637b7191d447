#include "eventlogview.h"

#include "cluster/cluster.h"
#include "items/eventfiltermodel.h"
#include "items/eventtablemodel.h"
#include "lab/lab.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

EventLogView::EventLogView(Lab *lab, QWidget *parent)
    : QWidget(parent), m_lab(lab), m_model(new EventTableModel(lab->events(), this)), m_filter(new EventFilterModel(this))
{
    setObjectName(QStringLiteral("eventLogView"));
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // two rows of two filters: fits beside the map at 1024 px
    auto *filters = new QGridLayout;
    m_clusterCombo = new QComboBox(this);
    m_clusterCombo->setObjectName(QStringLiteral("eventClusterComboBox"));
    m_clusterCombo->addItem(QString());
    for (const Cluster *c : lab->clusters())
        m_clusterCombo->addItem(c->name(), c->name());
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("eventKindComboBox"));
    m_kindCombo->addItem(QString(), -1);
    for (int k = 0; k < int(EventTableModel::Kind::KindCount); ++k)
        m_kindCombo->addItem(QString(), k);
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("eventUserLineEdit"));
    m_userEdit->setClearButtonEnabled(true);
    m_textEdit = new QLineEdit(this);
    m_textEdit->setObjectName(QStringLiteral("eventTextLineEdit"));
    m_textEdit->setClearButtonEnabled(true);
    for (QWidget *w : {static_cast<QWidget *>(m_clusterCombo), static_cast<QWidget *>(m_kindCombo),
                       static_cast<QWidget *>(m_userEdit), static_cast<QWidget *>(m_textEdit)})
        w->setMinimumWidth(60);
    filters->addWidget(m_clusterCombo, 0, 0);
    filters->addWidget(m_kindCombo, 0, 1);
    filters->addWidget(m_userEdit, 1, 0);
    filters->addWidget(m_textEdit, 1, 1);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTableView"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // what happened right after when: beside the map only the time and the message show
    m_table->horizontalHeader()->moveSection(EventTableModel::MessageColumn, EventTableModel::TimeColumn + 1);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // five events at least, even beside the story on a 720 px screen
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5 + m_table->horizontalHeader()->sizeHint().height() + 4);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("eventStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setMinimumWidth(40);
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("eventCopyButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("eventExportButton"));
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_exportButton);
    layout->addLayout(buttons);

    connect(m_clusterCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCluster(m_clusterCombo->currentData().toString()); });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] { m_filter->setKind(m_kindCombo->currentData().toInt()); });
    connect(m_userEdit, &QLineEdit::textChanged, m_filter, &EventFilterModel::setUser);
    connect(m_textEdit, &QLineEdit::textChanged, m_filter, &EventFilterModel::setText);
    connect(m_copyButton, &QPushButton::clicked, this, &EventLogView::copyToClipboard);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the Event Log"), QStringLiteral("events.csv"),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(lab, &Lab::clusterAdded, this, [this](Cluster *c) { m_clusterCombo->addItem(c->name(), c->name()); });
    // follow new events while the user looks at the newest ones
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_table->verticalScrollBar();
        if (bar->value() >= bar->maximum() - m_table->verticalHeader()->defaultSectionSize() * 2)
            m_table->scrollToBottom();
    });
    retranslate();
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(EventTableModel::MessageColumn, m_table->fontMetrics().averageCharWidth() * 60);
    m_table->scrollToBottom();
}

EventLogView::~EventLogView() = default;

int EventLogView::shownCount() const
{
    return m_filter->rowCount();
}

QList<int> EventLogView::shownSourceRows(bool selectedOnly) const
{
    QList<int> rows;
    if (selectedOnly) {
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            rows.append(m_filter->mapToSource(i).row());
        std::sort(rows.begin(), rows.end());
    } else {
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows.append(m_filter->mapToSource(m_filter->index(r, 0)).row());
    }
    return rows;
}

QString EventLogView::shownText(bool selectedOnly) const
{
    QString out;
    for (int row : shownSourceRows(selectedOnly)) {
        QStringList fields;
        for (int c = 0; c < EventTableModel::ColumnCount; ++c)
            fields.append(EventTableModel::text(m_model->event(row), c));
        out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

void EventLogView::copyToClipboard()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    const QString text = shownText(selected);
    QGuiApplication::clipboard()->setText(text);
    m_statusLabel->setText(tr("Copied %n event(s).", nullptr, int(text.count(QLatin1Char('\n')))));
}

bool EventLogView::exportTo(const QString &path)
{
    QList<LabEvent> events;
    for (int row : shownSourceRows(false))
        events.append(m_model->event(row));
    const QByteArray csv = EventTableModel::csv(events);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit()) {
        m_statusLabel->setText(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    m_statusLabel->setText(tr("Exported %n event(s) to %1.", nullptr, int(events.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void EventLogView::retranslate()
{
    m_clusterCombo->setItemText(0, tr("All clusters"));
    m_clusterCombo->setToolTip(tr("Show the events of one cluster"));
    m_kindCombo->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kindCombo->count(); ++i)
        m_kindCombo->setItemText(i, EventTableModel::kindName(EventTableModel::Kind(m_kindCombo->itemData(i).toInt())));
    m_kindCombo->setToolTip(tr("Show one kind of event"));
    m_userEdit->setPlaceholderText(tr("User"));
    m_userEdit->setToolTip(tr("Show the events of a user (part of the user ID)"));
    m_textEdit->setPlaceholderText(tr("Find text"));
    m_textEdit->setToolTip(tr("Show the events whose time, cluster, device or message contain this text"));
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setToolTip(tr("Copies the selected events, or every event shown, as tab-separated text"));
    m_exportButton->setText(tr("E&xport..."));
    m_exportButton->setToolTip(tr("Saves the events shown to a CSV file"));
}

void EventLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->reload(); // messages in the new language
        m_table->scrollToBottom();
    }
    QWidget::changeEvent(event);
}
