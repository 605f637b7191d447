#include "demopanel.h"

#include "core/clock.h"
#include "events/eventlog.h"
#include "events/labevent.h"
#include "lab/lab.h"
#include "script/storystepper.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int MaxEventRows = 500;
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
    layout->addWidget(m_clockGroup);

    m_storyGroup = new QGroupBox(this);
    m_storyGroup->setObjectName(QStringLiteral("storyGroupBox"));
    auto *storyLayout = new QVBoxLayout(m_storyGroup);
    m_narrationLabel = new QLabel(m_storyGroup);
    m_narrationLabel->setObjectName(QStringLiteral("narrationLabel"));
    m_narrationLabel->setWordWrap(true);
    m_storyList = new QListWidget(m_storyGroup);
    m_storyList->setObjectName(QStringLiteral("storyListWidget"));
    m_storyList->setWordWrap(true);
    m_nextButton = new QPushButton(m_storyGroup);
    m_nextButton->setObjectName(QStringLiteral("storyNextButton"));
    storyLayout->addWidget(m_narrationLabel);
    storyLayout->addWidget(m_storyList, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_nextButton);
    storyLayout->addLayout(buttons);
    layout->addWidget(m_storyGroup, 2);

    m_eventsGroup = new QGroupBox(this);
    m_eventsGroup->setObjectName(QStringLiteral("eventsGroupBox"));
    auto *eventsLayout = new QVBoxLayout(m_eventsGroup);
    m_eventList = new QListWidget(m_eventsGroup);
    m_eventList->setObjectName(QStringLiteral("eventListWidget"));
    m_eventList->setWordWrap(true);
    m_eventList->setUniformItemSizes(false);
    eventsLayout->addWidget(m_eventList);
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

    m_stepper->setScript(StoryStepper::storyScript());
    connect(m_nextButton, &QPushButton::clicked, this, [this] { m_stepper->next(); });
    connect(m_stepper, &StoryStepper::stepFinished, this, &DemoPanel::updateStory);
    connect(m_stepper, &StoryStepper::scriptChanged, this, &DemoPanel::updateStory);

    connect(lab->events(), &EventLog::eventAdded, this, &DemoPanel::addEvent);

    retranslate();
    rebuildEvents();
}

DemoPanel::~DemoPanel() = default;

QString DemoPanel::formatLabTime(qint64 ms)
{
    ms = qMax<qint64>(0, ms);
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 100 % 10);
}

void DemoPanel::retranslate()
{
    m_clockGroup->setTitle(tr("Lab Clock"));
    m_speedLabel->setText(tr("&Speed:"));
    for (int i = 0; i < m_speedCombo->count(); ++i)
        //: clock speed factor in the demo controls, e.g. "0.25×"
        m_speedCombo->setItemText(i, tr("%1×").arg(QLocale().toString(m_speedCombo->itemData(i).toDouble())));
    m_speedCombo->setToolTip(tr("How fast lab time runs: slow it down to watch ILS updates travel"));
    m_pauseButton->setText(m_lab->clock()->isPaused() ? tr("Resume") : tr("Pause"));
    m_storyGroup->setTitle(tr("The Seed's Story, Step by Step"));
    m_nextButton->setText(tr("&Next Step"));
    m_eventsGroup->setTitle(tr("Events"));
    updateClock();
    updateStory();
}

void DemoPanel::updateClock()
{
    m_clockLabel->setText(tr("Lab time %1").arg(formatLabTime(m_lab->clock()->now())));
}

void DemoPanel::updateStory()
{
    const QList<StoryStepper::Step> &steps = m_stepper->steps();
    while (m_storyList->count() > steps.size())
        delete m_storyList->takeItem(m_storyList->count() - 1);
    while (m_storyList->count() < steps.size())
        m_storyList->addItem(QString());
    for (int i = 0; i < steps.size(); ++i) {
        const StoryStepper::Step &s = steps.at(i);
        QListWidgetItem *item = m_storyList->item(i);
        QString text = s.command;
        if (s.ran) {
            text += QStringLiteral("\n  → ") + s.outcome;
            if (!s.passed)
                text += QLatin1Char('\n') + tr("  (expected: %1)").arg(s.expected);
        }
        item->setText(text);
        item->setForeground(!s.ran ? palette().color(QPalette::PlaceholderText)
                                   : s.passed ? palette().color(QPalette::Text) : QColor(0xc6, 0x28, 0x28));
        QFont f = item->font();
        f.setBold(i == m_stepper->current());
        item->setFont(f);
    }
    const int cur = m_stepper->current();
    if (cur < steps.size()) {
        m_storyList->scrollToItem(m_storyList->item(cur));
        // the comment above a group of commands narrates the whole group
        int n = cur;
        while (n > 0 && steps.at(n).narration.isEmpty())
            --n;
        m_narrationLabel->setText(StoryStepper::translatedNarration(steps.at(n).narration));
    } else {
        m_narrationLabel->setText(tr("The story is over."));
    }
    m_nextButton->setEnabled(!m_stepper->atEnd());
    m_nextButton->setToolTip(cur < steps.size() ? tr("Runs: %1").arg(steps.at(cur).command) : QString());
}

void DemoPanel::addEvent(const LabEvent &e)
{
    const QString text = tr("%1  %2").arg(formatLabTime(e.time), e.message.text().isEmpty() ? LabEvent::typeName(e.type) : e.message.text());
    auto *item = new QListWidgetItem(text);
    item->setToolTip(LabEvent::typeName(e.type));
    if (e.type == LabEvent::Type::LoginFailed || e.type == LabEvent::Type::CallFailed || e.type == LabEvent::Type::Fault
        || e.type == LabEvent::Type::Throttled || e.type == LabEvent::Type::DatabaseRefused)
        item->setForeground(QColor(0xc6, 0x28, 0x28));
    else if (e.type == LabEvent::Type::IlsHeld || e.type == LabEvent::Type::IlsWarning)
        item->setForeground(QColor(0xe6, 0x51, 0x00));
    const bool atBottom = m_eventList->count() == 0 || m_eventList->currentRow() < 0;
    m_eventList->addItem(item);
    while (m_eventList->count() > MaxEventRows)
        delete m_eventList->takeItem(0);
    if (atBottom)
        m_eventList->scrollToBottom();
}

void DemoPanel::rebuildEvents()
{
    m_eventList->clear();
    const std::deque<LabEvent> &events = m_lab->events()->events();
    const size_t first = events.size() > size_t(MaxEventRows) ? events.size() - MaxEventRows : 0;
    for (size_t i = first; i < events.size(); ++i)
        addEvent(events[i]);
}

void DemoPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildEvents();
    }
    QWidget::changeEvent(event);
}
