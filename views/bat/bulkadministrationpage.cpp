#include "bulkadministrationpage.h"

#include "bat/bat.h"
#include "bat/batjob.h"
#include "cluster/cluster.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum class Action { Import, Delete, Export };
}

BulkAdministrationPage::BulkAdministrationPage(Lab *lab, QWidget *parent)
    : ClusterPage(parent), m_lab(lab)
{
    setObjectName(QStringLiteral("bulkAdministrationPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_clusterLabel = new QLabel(this);
    m_clusterLabel->setObjectName(QStringLiteral("clusterLabel"));
    layout->addWidget(m_clusterLabel);

    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    m_type->addItem(QString(), int(Bat::Type::EndUsers));
    m_type->addItem(QString(), int(Bat::Type::DeviceProfiles));
    m_type->addItem(QString(), int(Bat::Type::Phones));
    m_typeLabel = new QLabel(this);
    m_typeLabel->setBuddy(m_type);
    form->addRow(m_typeLabel, m_type);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionComboBox"));
    m_action->addItem(QString(), int(Action::Import));
    m_action->addItem(QString(), int(Action::Delete));
    m_action->addItem(QString(), int(Action::Export));
    m_actionLabel = new QLabel(this);
    m_actionLabel->setBuddy(m_action);
    form->addRow(m_actionLabel, m_action);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setBuddy(m_file);
    form->addRow(m_fileLabel, fileRow);
    auto *modeRow = new QHBoxLayout;
    m_allOrNothing = new QRadioButton(this);
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothingRadioButton"));
    m_allOrNothing->setChecked(true);
    m_validRowsOnly = new QRadioButton(this);
    m_validRowsOnly->setObjectName(QStringLiteral("validRowsOnlyRadioButton"));
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_allOrNothing);
    m_modeGroup->addButton(m_validRowsOnly);
    modeRow->addWidget(m_allOrNothing);
    modeRow->addWidget(m_validRowsOnly);
    modeRow->addStretch();
    m_modeLabel = new QLabel(this);
    form->addRow(m_modeLabel, modeRow);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("defaultPinLineEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pinLabel = new QLabel(this);
    m_pinLabel->setBuddy(m_pin);
    form->addRow(m_pinLabel, m_pin);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_dryRunButton = new QPushButton(this);
    m_dryRunButton->setObjectName(QStringLiteral("dryRunButton"));
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    buttons->addWidget(m_dryRunButton);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_report = new QTableWidget(0, 3, this);
    m_report->setObjectName(QStringLiteral("reportTableWidget"));
    m_report->verticalHeader()->hide();
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_report->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_report->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_report->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_report, 1);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const bool exporting = Action(m_action->currentData().toInt()) == Action::Export;
        const QString filter = tr("CSV files (*.csv);;All files (*)");
        const QString path = exporting ? QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text(), filter)
                                       : QFileDialog::getOpenFileName(this, tr("BAT file"), m_file->text(), filter);
        if (!path.isEmpty())
            setFileName(path);
    });
    connect(m_dryRunButton, &QPushButton::clicked, this, &BulkAdministrationPage::dryRun);
    connect(m_runButton, &QPushButton::clicked, this, &BulkAdministrationPage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkAdministrationPage::cancel);
    connect(m_type, &QComboBox::currentIndexChanged, this, &BulkAdministrationPage::inputsChanged);
    connect(m_action, &QComboBox::currentIndexChanged, this, &BulkAdministrationPage::inputsChanged);
    connect(m_file, &QLineEdit::textChanged, this, &BulkAdministrationPage::inputsChanged);
    connect(m_modeGroup, &QButtonGroup::buttonClicked, this, &BulkAdministrationPage::inputsChanged);
    connect(m_pin, &QLineEdit::textChanged, this, &BulkAdministrationPage::inputsChanged);
    retranslate();
    updateButtons();
}

BulkAdministrationPage::~BulkAdministrationPage() = default;

void BulkAdministrationPage::setCluster(Cluster *cluster)
{
    if (isRunning())
        return; // the job keeps its cluster; the selector applies to the next one
    m_cluster = cluster;
    inputsChanged();
    retranslate();
}

void BulkAdministrationPage::setFileName(const QString &path)
{
    m_file->setText(path);
}

bool BulkAdministrationPage::isRunning() const
{
    return m_job && (m_job->state() == BatJob::State::Running || m_loading);
}

void BulkAdministrationPage::inputsChanged()
{
    if (isRunning())
        return;
    m_dryRunPassed = false;
    updateButtons();
}

void BulkAdministrationPage::updateButtons()
{
    const bool running = isRunning();
    const bool exporting = Action(m_action->currentData().toInt()) == Action::Export;
    const bool ready = m_cluster && !m_file->text().trimmed().isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_action), static_cast<QWidget *>(m_file),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_allOrNothing),
                       static_cast<QWidget *>(m_validRowsOnly), static_cast<QWidget *>(m_pin)})
        w->setEnabled(!running);
    m_pin->setEnabled(!running && !exporting && Action(m_action->currentData().toInt()) == Action::Import
                      && Bat::Type(m_type->currentData().toInt()) == Bat::Type::EndUsers);
    m_allOrNothing->setEnabled(!running && !exporting);
    m_validRowsOnly->setEnabled(!running && !exporting);
    m_dryRunButton->setEnabled(!running && ready && !exporting);
    // a file is dry-run before it is applied; an export writes only a file
    m_runButton->setEnabled(!running && ready && (exporting || m_dryRunPassed));
    m_cancelButton->setEnabled(running);
}

void BulkAdministrationPage::dryRun()
{
    start(true);
}

void BulkAdministrationPage::run()
{
    if (Action(m_action->currentData().toInt()) == Action::Export)
        exportFile();
    else
        start(false);
}

void BulkAdministrationPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

void BulkAdministrationPage::exportFile()
{
    if (!m_cluster)
        return;
    const QString path = m_file->text().trimmed();
    const QByteArray csv = Bat::exportCsv(*m_cluster, Bat::Type(m_type->currentData().toInt()));
    QSaveFile f(path);
    m_report->setRowCount(0);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit()) {
        m_summary->setText(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return;
    }
    m_summary->setText(tr("Exported %1 from %2 to %3.").arg(m_type->currentText(), m_cluster->name(), path));
}

void BulkAdministrationPage::start(bool dryRun)
{
    if (!m_cluster || isRunning())
        return;
    const QString path = m_file->text().trimmed();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        m_file->setFocus();
        return;
    }
    delete m_job;
    const auto action = Action(m_action->currentData().toInt());
    m_job = new BatJob(m_cluster, Bat::Type(m_type->currentData().toInt()),
                       action == Action::Delete ? BatJob::Operation::Delete : BatJob::Operation::Import, this);
    m_job->setDryRun(dryRun);
    m_job->setMode(m_validRowsOnly->isChecked() ? BatJob::Mode::ValidRowsOnly : BatJob::Mode::AllOrNothing);
    m_job->setDefaultPin(m_pin->text());
    m_loading = true;
    connect(m_job, &BatJob::loaded, this, [this](bool ok) {
        m_loading = false;
        if (!ok) {
            showReport();
            updateButtons();
            return;
        }
        m_progress->setRange(0, std::max(m_job->summary().rows, 1));
        m_progress->setValue(0);
        m_job->start();
        updateButtons();
    });
    connect(m_job, &BatJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_summary->setText(tr("Row %1 of %2…").arg(done).arg(total));
    });
    connect(m_job, &BatJob::finished, this, &BulkAdministrationPage::jobFinished);
    m_progress->setRange(0, 0); // busy while the file is read
    m_report->setRowCount(0);
    m_summary->setText(tr("Reading %1…").arg(path));
    m_job->loadInBackground(f.readAll());
    updateButtons();
}

void BulkAdministrationPage::jobFinished()
{
    if (m_job && m_job->summary().dryRun && !m_job->summary().cancelled)
        m_dryRunPassed = true;
    showReport();
    updateButtons();
}

void BulkAdministrationPage::showReport()
{
    if (!m_job)
        return;
    const BatJob::Summary s = m_job->summary();
    QString outcome;
    if (m_job->state() != BatJob::State::Finished)
        outcome = tr("The file cannot be used; nothing was written.");
    else if (s.cancelled)
        outcome = tr("Cancelled; nothing was written.");
    else if (s.dryRun)
        outcome = tr("Dry run; nothing was written. Check the report, then click Run.");
    else if (s.committed)
        outcome = tr("The changes are saved.");
    else
        outcome = tr("Refused rows: nothing was written (all or nothing).");
    QString text = tr("%n row(s): %1 added, %2 updated, %3 unchanged, %4 deleted, %5 refused.", nullptr, s.rows)
                       .arg(s.added)
                       .arg(s.updated)
                       .arg(s.unchanged)
                       .arg(s.deleted)
                       .arg(s.refused);
    if (m_job->state() != BatJob::State::Finished)
        text.clear();
    text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + outcome;
    if (!s.ignoredColumns.isEmpty())
        text += QLatin1Char('\n') + tr("Columns not read: %1").arg(s.ignoredColumns.join(QLatin1String(", ")));
    m_summary->setText(text);
    const QList<BatIssue> issues = m_job->issues();
    m_report->setRowCount(int(issues.size()));
    for (int i = 0; i < issues.size(); ++i) {
        m_report->setItem(i, 0, new QTableWidgetItem(QString::number(issues[i].row)));
        m_report->setItem(i, 1, new QTableWidgetItem(issues[i].column));
        m_report->setItem(i, 2, new QTableWidgetItem(issues[i].text()));
    }
}

void BulkAdministrationPage::retranslate()
{
    m_title->setText(tr("Bulk Administration: Import/Export"));
    m_clusterLabel->setText(m_cluster ? tr("Cluster: %1").arg(m_cluster->name()) : QString());
    m_typeLabel->setText(tr("&Records:"));
    m_type->setItemText(0, tr("End Users"));
    m_type->setItemText(1, tr("User Device Profiles (with lines and subscriptions)"));
    m_type->setItemText(2, tr("Phones (with Extension Mobility and subscriptions)"));
    m_actionLabel->setText(tr("&Action:"));
    m_action->setItemText(0, tr("Import (insert or update)"));
    m_action->setItemText(1, tr("Delete (file lists the names)"));
    m_action->setItemText(2, tr("Export"));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse..."));
    m_modeLabel->setText(tr("When rows are refused:"));
    m_allOrNothing->setText(tr("&All or nothing"));
    m_validRowsOnly->setText(tr("Apply &valid rows only"));
    m_pinLabel->setText(tr("&PIN for new users without one:"));
    m_dryRunButton->setText(tr("&Dry Run"));
    m_runButton->setText(tr("&Run"));
    m_cancelButton->setText(tr("&Cancel"));
    m_report->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    if (!m_job && m_summary->text().isEmpty())
        m_summary->setText(tr("Choose the records, the action and the file. A Dry Run checks every row with the rules of the "
                              "administration pages and writes nothing; Run applies the file."));
    else if (m_job && m_job->state() != BatJob::State::Running)
        showReport();
}

void BulkAdministrationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ClusterPage::changeEvent(event);
}
