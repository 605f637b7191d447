#pragma once

#include <QTimer>
#include <QWidget>

class EventLogView;
class Lab;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;
class StoryStepper;
struct LabEvent;

/// The trainer's controls beside the topology map: the lab clock (speed and pause), the seed's
/// story run one command at a time with a Next button, and the live event log stamped with
/// lab time.
class DemoPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DemoPanel(Lab *lab, QWidget *parent = nullptr);
    ~DemoPanel() override;

    StoryStepper *stepper() const { return m_stepper; }
    EventLogView *eventLog() const { return m_eventLog; }
    /// "00:01:23.4" for @p ms of lab time.
    static QString formatLabTime(qint64 ms);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateClock();
    void updateStory();

    Lab *m_lab;
    StoryStepper *m_stepper;
    QGroupBox *m_clockGroup;
    QLabel *m_speedLabel;
    QComboBox *m_speedCombo;
    QToolButton *m_pauseButton;
    QLabel *m_clockLabel;
    QGroupBox *m_storyGroup;
    QLabel *m_narrationLabel;
    QListWidget *m_storyList;
    QPushButton *m_nextButton;
    QGroupBox *m_eventsGroup;
    EventLogView *m_eventLog;
    QTimer m_tick;
};
