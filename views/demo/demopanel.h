#pragma once

#include <QTimer>
#include <QWidget>

class Lab;
class LabPhones;
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
    /// Story steps drive @p phones' agents.
    DemoPanel(Lab *lab, LabPhones *phones, QWidget *parent = nullptr);
    ~DemoPanel() override;

    StoryStepper *stepper() const { return m_stepper; }
    /// "00:01:23.4" for @p ms of lab time.
    static QString formatLabTime(qint64 ms);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateClock();
    void updateStory();
    void rebuildEvents();
    void addEvent(const LabEvent &event);

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
    QListWidget *m_eventList;
    QTimer m_tick;
};
