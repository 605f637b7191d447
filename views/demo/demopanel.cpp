#include "demopanel.h"

#include "core/clock.h"
#include "events/eventlogview.h"
#include "items/eventtablemodel.h"
#include "events/eventlog.h"
#include "events/labevent.h"
#include "lab/lab.h"
#include "cluster/cluster.h"
#include "mobility/registrar.h"
#include "script/storystepper.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const double Speeds[] = {0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0};
}

DemoPanel::DemoPanel(Lab *lab, LabPhones *phones, QWidget *parent)
    : QWidget(parent), m_lab(lab), m_stepper(new StoryStepper(lab, phones, this))
{
    setObjectName(QStringLiteral("demoPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_clockGroup = new QGroupBox(this);
    m_clockGroup->setObjectName(QStringLiteral("clockGroupBox"));
    auto *clockLayout = new QHBoxLayout(m_clockGroup);
    m_speedLabel = new QLabel(m_clockGroup);
    m_speedCombo = new QComboBox(m_clockGroup);
    m_speedCombo->setObjectName(QStringLiteral("speedComboBox"));
    m_speedLabel->setBuddy(m_speedCombo);
    for (double s : Speeds)
        m_speedCombo->addItem(QString(), s);
    m_pauseButton = new QToolButton(m_clockGroup);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_clockLabel = new QLabel(m_clockGroup);
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    m_clockLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    clockLayout->addWidget(m_speedLabel);
    clockLayout->addWidget(m_speedCombo);
    clockLayout->addWidget(m_pauseButton);
    clockLayout->addStretch();
    clockLayout->addWidget(m_clockLabel);

    m_storyGroup = new QGroupBox(this);
    m_storyGroup->setObjectName(QStringLiteral("storyGroupBox"));
    buildStory();
    // The story comes first and everything above its buttons has a fixed height, so the
    // buttons sit at the same place whatever the texts and the language.
    layout->addWidget(m_storyGroup, 3);
    layout->addWidget(m_clockGroup);

    m_eventsGroup = new QGroupBox(this);
    m_eventsGroup->setObjectName(QStringLiteral("eventsGroupBox"));
    auto *eventsLayout = new QVBoxLayout(m_eventsGroup);
    m_eventLog = new EventLogView(lab, m_eventsGroup);
    eventsLayout->addWidget(m_eventLog);
    layout->addWidget(m_eventsGroup, 3);

    Clock *clock = lab->clock();
    for (int i = 0; i < m_speedCombo->count(); ++i)
        if (qFuzzyCompare(m_speedCombo->itemData(i).toDouble(), clock->speed()))
            m_speedCombo->setCurrentIndex(i);
    connect(m_speedCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_lab->clock()->setSpeed(m_speedCombo->itemData(i).toDouble());
    });
    connect(m_pauseButton, &QToolButton::toggled, this, [this](bool on) { m_lab->clock()->setPaused(on); });
    connect(clock, &Clock::pausedChanged, this, [this](bool paused) {
        QSignalBlocker block(m_pauseButton);
        m_pauseButton->setChecked(paused);
        retranslate();
    });
    connect(clock, &Clock::speedChanged, this, [this](double speed) {
        for (int i = 0; i < m_speedCombo->count(); ++i)
            if (qFuzzyCompare(m_speedCombo->itemData(i).toDouble(), speed)) {
                QSignalBlocker block(m_speedCombo);
                m_speedCombo->setCurrentIndex(i);
            }
    });
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &DemoPanel::updateClock);
    m_tick.start();

    connect(m_scenarioCombo, &QComboBox::activated, this, [this](int i) {
        if (i < StoryStepper::scenarios().size())
            chooseScenario(i);
    });
    connect(m_nextButton, &QPushButton::clicked, this, [this] { m_stepper->next(); });
    connect(m_backButton, &QPushButton::clicked, this, [this] { m_stepper->back(); });
    connect(m_restartButton, &QPushButton::clicked, this, [this] { m_stepper->restart(); });
    connect(m_stepper, &StoryStepper::stepFinished, this, &DemoPanel::updateStory);
    connect(m_stepper, &StoryStepper::scriptChanged, this, &DemoPanel::updateStory);
    connect(m_stepper, &StoryStepper::rewound, this, &DemoPanel::updateStory);
    connect(m_stepper, &StoryStepper::highlightRequested, this, &DemoPanel::highlightRequested);
    m_stepper->setScript(StoryStepper::storyScript());

    retranslate();
}

DemoPanel::~DemoPanel() = default;

QString DemoPanel::formatLabTime(qint64 ms)
{
    return EventTableModel::labTime(ms);
}

void DemoPanel::retranslate()
{
    m_clockGroup->setTitle(tr("Lab Clock"));
    m_clockLabel->setToolTip(tr("Lab time: hours, minutes, seconds"));
    m_speedLabel->setText(tr("&Speed:"));
    for (int i = 0; i < m_speedCombo->count(); ++i)
        //: clock speed factor in the demo controls, e.g. "0.25×"
        m_speedCombo->setItemText(i, tr("%1×").arg(QLocale().toString(m_speedCombo->itemData(i).toDouble())));
    m_speedCombo->setToolTip(tr("How fast lab time runs: slow it down to watch ILS updates travel"));
    m_pauseButton->setText(m_lab->clock()->isPaused() ? tr("Resume") : tr("Pause"));
    m_storyGroup->setTitle(tr("Scenario, Step by Step"));
    m_scenarioLabel->setText(tr("S&cenario:"));
    m_scenarioCombo->setToolTip(tr("Choosing a scenario resets the lab to its starting point when it can."));
    m_backButton->setText(tr("&Back"));
    m_nextButton->setText(tr("&Next"));
    m_restartButton->setText(tr("&Restart"));
    updateScenarioCombo();
    m_eventsGroup->setTitle(tr("Events"));
    updateClock();
    updateStory();
}

void DemoPanel::updateClock()
{
    // the group's title names it: the time alone keeps the panel narrow beside the map
    m_clockLabel->setText(formatLabTime(m_lab->clock()->now()));
}

void DemoPanel::buildStory()
{
    auto *storyLayout = new QVBoxLayout(m_storyGroup);
    auto *chooser = new QHBoxLayout;
    m_scenarioLabel = new QLabel(m_storyGroup);
    m_scenarioCombo = new QComboBox(m_storyGroup);
    m_scenarioCombo->setObjectName(QStringLiteral("scenarioComboBox"));
    // a long title must not widen the panel
    m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarioCombo->setMinimumContentsLength(16);
    m_scenarioLabel->setBuddy(m_scenarioCombo);
    chooser->addWidget(m_scenarioLabel);
    chooser->addWidget(m_scenarioCombo, 1);
    storyLayout->addLayout(chooser);

    // Every line has a fixed height and the narration takes what is left, so neither the length
    // of a text nor the language moves the buttons.
    const QFont base = font();
    auto fixedLines = [](QLabel *label, double scale, int lines, bool bold = false) {
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * scale);
        f.setBold(bold);
        label->setFont(f);
        label->setFixedHeight(QFontMetrics(f).lineSpacing() * lines + 4);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    };
    m_stepLabel = new QLabel(m_storyGroup);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    fixedLines(m_stepLabel, 1.3, 1, true);
    m_narrationLabel = new QLabel(m_storyGroup);
    m_narrationLabel->setObjectName(QStringLiteral("narrationLabel"));
    m_narrationLabel->setWordWrap(true);
    m_narrationLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_narrationLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_narrationLabel->setMinimumHeight(QFontMetrics(base).lineSpacing() * 5);
    m_narrationLabel->installEventFilter(this);
    m_noticeLabel = new QLabel(m_storyGroup);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    fixedLines(m_noticeLabel, 1.1, 3);
    m_noticeLabel->installEventFilter(this);
    m_subjectsLabel = new QLabel(m_storyGroup);
    m_subjectsLabel->setObjectName(QStringLiteral("subjectsLabel"));
    m_subjectsLabel->setTextFormat(Qt::RichText);
    m_subjectsLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    fixedLines(m_subjectsLabel, 1.1, 1);
    m_checksLabel = new QLabel(m_storyGroup);
    m_checksLabel->setObjectName(QStringLiteral("checksLabel"));
    m_checksLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    fixedLines(m_checksLabel, 1.0, 1);
    storyLayout->addWidget(m_stepLabel);

    QFont buttonFont = base;
    buttonFont.setPointSizeF(base.pointSizeF() * 1.2);
    // one width for all three, from a fixed sample: the same in every language
    const int width = QFontMetrics(buttonFont).horizontalAdvance(QStringLiteral("MMMMMMM"));
    auto button = [&](const char *name) {
        auto *b = new QPushButton(m_storyGroup);
        b->setObjectName(QLatin1String(name));
        b->setFont(buttonFont);
        b->setFixedSize(width, QFontMetrics(buttonFont).height() * 2);
        return b;
    };
    m_backButton = button("storyBackButton");
    m_restartButton = button("storyRestartButton");
    m_nextButton = button("storyNextButton");
    m_nextButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_restartButton);
    buttons->addStretch();
    buttons->addWidget(m_nextButton);
    storyLayout->addLayout(buttons);
    storyLayout->addWidget(m_narrationLabel, 1);
    storyLayout->addWidget(m_noticeLabel);
    storyLayout->addWidget(m_subjectsLabel);
    storyLayout->addWidget(m_checksLabel);
    m_scenarioCombo->setFixedHeight(m_scenarioCombo->sizeHint().height());
}

void DemoPanel::setLabReset(std::function<bool(QString *error)> reset)
{
    m_stepper->setLabReset(std::move(reset));
    updateStory();
}

void DemoPanel::setRewind(std::function<void(int scenario, const QString &file, int step)> rewind)
{
    m_stepper->setRewind([this, rewind = std::move(rewind)](int step) {
        rewind(m_fileScenario.isEmpty() ? m_scenarioCombo->currentIndex() : -1, m_fileScenario, step);
    });
    updateStory();
}

void DemoPanel::resume(int scenario, const QString &file, int steps)
{
    // the lab was just reset: load without asking for another reset
    QString script;
    m_loadError.clear();
    m_fileScenario = file;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            m_loadError = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), f.errorString());
        else
            script = QString::fromUtf8(f.readAll());
    } else {
        const QList<StoryStepper::Scenario> scenarios = StoryStepper::scenarios();
        script = StoryStepper::scenarioScript(scenarios.value(qBound(0, scenario, int(scenarios.size()) - 1)).file);
    }
    m_stepper->setScript(script);
    updateScenarioCombo();
    m_scenarioCombo->setCurrentIndex(file.isEmpty() ? qMax(0, scenario) : m_scenarioCombo->count() - 1);
    for (int i = 0; i < steps && m_stepper->canGoOn(); ++i)
        m_stepper->next();
    updateStory();
}

void DemoPanel::chooseScenario(int index)
{
    const QList<StoryStepper::Scenario> scenarios = StoryStepper::scenarios();
    if (index < 0 || index >= scenarios.size())
        return;
    m_fileScenario.clear();
    m_loadError.clear();
    {
        const QSignalBlocker quiet(m_scenarioCombo); // a rewind handler reads the choice
        m_scenarioCombo->setCurrentIndex(index);
    }
    loadScript(StoryStepper::scenarioScript(scenarios.at(index).file));
    updateScenarioCombo();
    m_scenarioCombo->setCurrentIndex(index);
}

bool DemoPanel::openScenarioFile(const QString &path, QString *error)
{
    m_fileScenario = path;
    m_loadError.clear();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        // worded as `emroam --script` words it
        m_loadError = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        m_stepper->setScript(QString());
    } else {
        loadScript(QString::fromUtf8(f.readAll()));
    }
    updateScenarioCombo();
    m_scenarioCombo->setCurrentIndex(m_scenarioCombo->count() - 1);
    updateStory();
    const QString why = !m_loadError.isEmpty() ? m_loadError : m_stepper->error();
    if (error)
        *error = why;
    return why.isEmpty();
}

void DemoPanel::loadScript(const QString &script)
{
    // a scenario starts from the lab scripts start from: reset the lab when that is possible
    if (m_stepper->setScript(script) && m_stepper->canReset())
        m_stepper->restart();
}

void DemoPanel::updateScenarioCombo()
{
    const QList<StoryStepper::Scenario> scenarios = StoryStepper::scenarios();
    const int current = m_scenarioCombo->currentIndex();
    QSignalBlocker block(m_scenarioCombo);
    m_scenarioCombo->clear();
    for (const StoryStepper::Scenario &s : scenarios)
        m_scenarioCombo->addItem(StoryStepper::translatedNarration(s.title));
    if (!m_fileScenario.isEmpty()) {
        //: scenario chooser: a lab script opened with File › Open Scenario…
        m_scenarioCombo->addItem(tr("File: %1").arg(QFileInfo(m_fileScenario).fileName()));
        m_scenarioCombo->setItemData(m_scenarioCombo->count() - 1, QDir::toNativeSeparators(m_fileScenario), Qt::ToolTipRole);
    }
    m_scenarioCombo->setCurrentIndex(qBound(0, current, m_scenarioCombo->count() - 1));
}

QString DemoPanel::subjectsText() const
{
    const int cur = m_stepper->current();
    if (cur <= 0 || cur > m_stepper->steps().size())
        return {};
    const StoryStepper::Step &s = m_stepper->steps().at(cur - 1);
    QStringList parts;
    QStringList linked;
    for (const QString &link : s.links) {
        const QStringList ends = link.split(QLatin1Char('>'));
        parts.append(ends.join(QStringLiteral(" → ")).toHtmlEscaped());
        linked += ends;
    }
    for (const QString &c : s.clusters)
        if (!linked.contains(c))
            parts.append(c.toHtmlEscaped());
    for (const QString &phone : s.phones) {
        QString user;
        if (Cluster *c = m_lab->clusterOfPhone(phone))
            if (Registrar *r = m_lab->registrar(c))
                user = r->loggedInUser(phone);
        //: a phone the story step is about, highlighted: device name and the user logged in
        const QString text = user.isEmpty() ? phone : tr("%1 (%2)").arg(phone, user);
        parts.append(QStringLiteral("<span style=\"background-color:#ffe082;color:#000\">&nbsp;%1&nbsp;</span>").arg(text.toHtmlEscaped()));
    }
    return parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
}

void DemoPanel::updateStory()
{
    const QList<StoryStepper::Step> &steps = m_stepper->steps();
    const int n = int(steps.size());
    const int cur = m_stepper->current();
    const QString error = !m_loadError.isEmpty() ? m_loadError : m_stepper->error();
    const bool unreadable = !error.isEmpty() && n == 0;
    QString title = StoryStepper::translatedNarration(m_stepper->title());
    if (title.isEmpty() && !m_fileScenario.isEmpty())
        title = QFileInfo(m_fileScenario).fileName();

    QString checks, details;
    bool failed = false;
    if (unreadable) {
        m_stepLabel->setText(tr("This scenario cannot run"));
        m_narrationLabel->setText(tr("Nothing was run: the script has an error."));
        m_noticeLabel->clear();
        checks = error;
        failed = true;
    } else if (cur == 0) {
        m_stepLabel->setText(tr("Ready: %n step(s)", nullptr, n));
        m_narrationLabel->setText(title);
        m_noticeLabel->setText(n > 0 ? tr("Press Next to run the first step.") : tr("This script has no steps."));
    } else {
        const StoryStepper::Step &s = steps.at(cur - 1);
        m_stepLabel->setText(tr("Step %1 of %2").arg(cur).arg(n));
        QString narration = StoryStepper::translatedNarration(s.narration);
        if (narration.isEmpty()) // a script with no narration: what ran is all there is to show
            for (const StoryStepper::Line &l : s.lines)
                narration += (narration.isEmpty() ? QString() : QStringLiteral("\n")) + l.command;
        m_narrationLabel->setText(narration);
        m_noticeLabel->setText(s.notice.isEmpty() ? QString() : tr("Notice: %1").arg(StoryStepper::translatedNarration(s.notice)));
        int expectations = 0;
        for (const StoryStepper::Line &l : s.lines) {
            if (!l.ran)
                continue;
            details += (details.isEmpty() ? QString() : QStringLiteral("\n")) + tr("line %1: %2 → %3").arg(l.line).arg(l.command, l.outcome);
            if (!l.expected.isEmpty())
                ++expectations;
            if (!l.passed && checks.isEmpty() && error.isEmpty()) {
                //: a story step's expectation that did not hold; the texts are the script's
                checks = tr("Expected “%1”, got “%2” (line %3)").arg(l.expected, l.outcome).arg(l.line);
                failed = true;
            }
        }
        if (!error.isEmpty()) {
            checks = error;
            failed = true;
        } else if (checks.isEmpty() && expectations > 0) {
            checks = tr("All %n check(s) of this step held.", nullptr, expectations);
        }
    }
    m_subjectsLabel->setText(subjectsText());
    m_checksLabel->setText(checks);
    m_checksLabel->setToolTip(details);
    QPalette p = m_checksLabel->palette();
    p.setColor(QPalette::WindowText, failed ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
    m_checksLabel->setPalette(p);

    m_nextButton->setEnabled(m_stepper->canGoOn());
    m_backButton->setEnabled(m_stepper->canReset() && cur > 0);
    m_restartButton->setEnabled(m_stepper->canReset() && (cur > 0 || !m_stepper->error().isEmpty()) && n > 0);
    const QString noReset = tr("Back and Restart need a lab that can be reset.");
    m_backButton->setToolTip(m_stepper->canReset() ? tr("Back to the previous step: the lab is reset and the steps before it run again.") : noReset);
    m_restartButton->setToolTip(m_stepper->canReset() ? tr("Back to the start: the lab is reset.") : noReset);
    m_nextButton->setToolTip(cur < n ? tr("Next: %1").arg(StoryStepper::translatedNarration(steps.at(cur).narration)) : QString());
    fitNarration();
}

namespace {
/// The largest type between @p maxScale and @p minScale times @p basePt in which @p label's
/// text fits its box (word-wrapped); the smallest when none does.
void fitFont(QLabel *label, double basePt, double maxScale, double minScale)
{
    const QRect area = label->contentsRect();
    const QString text = label->text();
    QFont f = label->font();
    double pt = basePt * maxScale;
    for (; pt > basePt * minScale; pt -= 0.5) {
        f.setPointSizeF(pt);
        const QRect need = QFontMetrics(f).boundingRect(QRect(0, 0, qMax(1, area.width()), 100000), Qt::TextWordWrap, text);
        if (area.width() <= 0 || need.height() <= area.height())
            break;
    }
    f.setPointSizeF(qMax(pt, basePt * minScale));
    if (f != label->font())
        label->setFont(f);
}
} // namespace

void DemoPanel::fitNarration()
{
    // Large type for the back of the room: as large as fits, down to a floor that still reads.
    const double basePt = font().pointSizeF() > 0 ? font().pointSizeF() : 10.0;
    fitFont(m_narrationLabel, basePt, 2.2, 1.3);
    fitFont(m_noticeLabel, basePt, 1.25, 0.9);
}

bool DemoPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_narrationLabel || watched == m_noticeLabel) && event->type() == QEvent::Resize)
        fitNarration();
    return QWidget::eventFilter(watched, event);
}

void DemoPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
