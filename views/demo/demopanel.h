#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

class EventLogView;
class Lab;
class LabPhones;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QToolButton;
class StoryStepper;
struct LabEvent;

/// The trainer's controls beside the topology map: the lab clock (speed and pause), a scenario
/// (the seed's story first) run step by step — "Step 5 of 25", the narration in large type, what
/// to notice, the step's clusters and phones, and Back / Next / Restart, which never move —
/// and the live event log stamped with lab time.
class DemoPanel : public QWidget
{
    Q_OBJECT
public:
    /// Story steps drive @p phones' agents.
    DemoPanel(Lab *lab, LabPhones *phones, QWidget *parent = nullptr);
    ~DemoPanel() override;

    StoryStepper *stepper() const { return m_stepper; }
    /// How Back and Restart bring the lab back to the scenarios' starting point (the demo lab);
    /// without one they are disabled. Choosing a scenario resets the lab with it too.
    void setLabReset(std::function<bool(QString *error)> reset);
    /// Back, Restart and choosing a scenario call @p rewind with the scenario (its index in
    /// StoryStepper::scenarios(), or the file it came from) and the step to come back to,
    /// instead of resetting the lab in place; the console resets the lab and calls resume()
    /// on the panel of its new window.
    void setRewind(std::function<void(int scenario, const QString &file, int step)> rewind);
    /// Loads the scenario (shipped @p scenario, or the lab script @p file) on a freshly reset
    /// lab and runs its first @p steps steps.
    void resume(int scenario, const QString &file, int steps);
    /// Loads the shipped scenario @p index of StoryStepper::scenarios() (nothing runs).
    void chooseScenario(int index);
    /// File › Open Scenario…: loads the lab script @p path step by step. A file that cannot be
    /// read or does not read well runs nothing; its error ("line N: …") is shown on the panel
    /// and returned in @p error.
    bool openScenarioFile(const QString &path, QString *error = nullptr);

    EventLogView *eventLog() const { return m_eventLog; }
    /// "00:01:23.4" for @p ms of lab time.
    static QString formatLabTime(qint64 ms);

signals:
    /// The step shown is about these clusters, links ("Cluster3>Cluster2") and phones.
    void highlightRequested(const QStringList &clusters, const QStringList &links, const QStringList &phones);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildStory();
    void updateClock();
    void updateStory();
    void updateScenarioCombo();
    void loadScript(const QString &script);
    void fitNarration();
    QString subjectsText() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    Lab *m_lab;
    StoryStepper *m_stepper;
    QGroupBox *m_clockGroup;
    QLabel *m_speedLabel;
    QComboBox *m_speedCombo;
    QToolButton *m_pauseButton;
    QLabel *m_clockLabel;
    QGroupBox *m_storyGroup;
    QLabel *m_scenarioLabel;
    QComboBox *m_scenarioCombo;
    QLabel *m_stepLabel;
    QLabel *m_narrationLabel;
    QLabel *m_noticeLabel;
    QLabel *m_subjectsLabel;
    QLabel *m_checksLabel;
    QPushButton *m_backButton;
    QPushButton *m_nextButton;
    QPushButton *m_restartButton;
    QString m_fileScenario;  // path of the scenario opened from a file, if any
    QString m_loadError;     // why that file could not be read
    QGroupBox *m_eventsGroup;
    EventLogView *m_eventLog;
    QTimer m_tick;
};
