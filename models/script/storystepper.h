#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class Lab;
class LabPhones;
class LabScript;

/// Runs a lab script one command at a time, for a trainer who walks a class through the
/// seed's story with a "Next" button. Each step keeps the comment lines written above it (the
/// narration), the command, what the script expects and, once run, the outcome.
///
/// A step runs on a manual clock, as LabScript needs; the clock's mode is restored afterwards,
/// so between steps the lab keeps running at the trainer's speed (ILS updates travel visibly).
class StoryStepper : public QObject
{
    Q_OBJECT
public:
    struct Step {
        int line = 0;       ///< 1-based line in the script
        QString narration;  ///< the comment lines above the command, without '#', in English
        QString command;
        QString expected;   ///< empty when the line is not an expect
        QString outcome;    ///< set once run
        bool ran = false;
        bool passed = true; ///< the outcome matches the expectation (or there is none)
    };

    explicit StoryStepper(Lab *lab, QObject *parent = nullptr);
    /// Steps drive @p phones' agents (the ones the Phones page shows), so the phones of the
    /// story change on screen as the story runs.
    StoryStepper(Lab *lab, LabPhones *phones, QObject *parent = nullptr);
    ~StoryStepper() override;

    /// The seed's story (resources/scripts/story.emroam, embedded).
    static QString storyScript();
    /// The narrations of the seed's story in English, as listed for the translators (context
    /// "StoryScript"); tst_storystepper fails when they and the script drift apart.
    static QStringList storyNarrations();
    /// @p narration (a Step's, in English) in the current language; itself when no translator
    /// knows it. Call it each time the narration is shown so a language switch re-labels it.
    static QString translatedNarration(const QString &narration);
    /// Replaces the steps with those of @p script; nothing runs yet.
    void setScript(const QString &script);

    const QList<Step> &steps() const { return m_steps; }
    /// Index of the step next() runs; steps().size() at the end.
    int current() const { return m_current; }
    bool atEnd() const { return m_current >= m_steps.size(); }
    /// Runs the next step and returns its index, or -1 at the end.
    int next();

signals:
    void stepFinished(int index);
    void scriptChanged();

private:
    Lab *m_lab;
    LabPhones *m_phones = nullptr;
    std::unique_ptr<LabScript> m_runner;
    QList<Step> m_steps;
    int m_current = 0;
};
