#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class Lab;
class LabPhones;
class LabScript;

/// Runs a lab script step by step, for a trainer who walks a class through a scenario with
/// *Next*, *Back* and *Restart*.
///
/// A step is a `say "…"` line (its narration), an optional `notice "…"` (what to notice) and
/// the commands below them up to the next `say`. Commands above the first `say` form a step of
/// their own. A script without any `say` (every older lab script) has one step per command,
/// narrated by the comment paragraph above it. Narrations are written in English in the script
/// and shown through the translator (context "StoryScript"); the shipped scenarios' texts are
/// listed for the translators in storystepper.cpp.
///
/// *Back* and *Restart* give the lab the state it would have had running the script from its
/// start: the lab is reset (the function handed to setLabReset()) and the steps before the
/// target are run again. A step runs on a manual clock, as LabScript needs; the clock's mode is
/// restored afterwards, so between steps the lab keeps running at the trainer's speed.
class StoryStepper : public QObject
{
    Q_OBJECT
public:
    /// One script line of a step, once run.
    struct Line {
        int line = 0;       ///< 1-based line in the script
        QString source;     ///< the line as written
        QString command;    ///< for an expect, the command checked
        QString expected;   ///< empty when the line is not an expect
        QString outcome;    ///< set once run
        bool ran = false;
        bool passed = true; ///< the outcome matches the expectation (or there is none)
    };
    struct Step {
        int line = 0;       ///< 1-based line of the say (or of the first command)
        QString narration;  ///< in English, as written in the script
        QString notice;     ///< what to notice, in English; may be empty
        QList<Line> lines;  ///< the commands of the step
        bool ran = false;
        bool passed = true; ///< every expectation of the step held
        /// What the step is about, found in its commands and outcomes once run: clusters
        /// (those named and those of the phones), links ("Cluster3>Cluster2", each hop of a
        /// call's route) and phones.
        QStringList clusters, links, phones;
    };
    /// A scenario shipped with the console.
    struct Scenario {
        QString file;  ///< resource path (":/data/scripts/…")
        QString title; ///< in English, from the script's `title` line
    };
    /// Brings the lab back to the state scripts start from (the demo lab); false and a
    /// translated @p error when it cannot.
    using LabReset = std::function<bool(QString *error)>;

    explicit StoryStepper(Lab *lab, QObject *parent = nullptr);
    /// Steps drive @p phones' agents (the ones the Phones page shows), so the phones of the
    /// story change on screen as the story runs.
    StoryStepper(Lab *lab, LabPhones *phones, QObject *parent = nullptr);
    ~StoryStepper() override;

    /// The seed's story (resources/scripts/story.emroam, embedded).
    static QString storyScript();
    /// The scenarios shipped with the console, the seed's story first.
    static QList<Scenario> scenarios();
    /// The text of the embedded script @p file; empty when there is none.
    static QString scenarioScript(const QString &file);
    /// Every narration, notice and title of the shipped scenarios in English, as listed for
    /// the translators (context "StoryScript"); tst_storystepper fails when they and the
    /// scripts drift apart.
    static QStringList storyNarrations();
    /// @p narration (English, a narration, notice or title) in the current language; itself
    /// when no translator knows it. Call it each time the text is shown so a language switch
    /// re-labels it.
    static QString translatedNarration(const QString &narration);

    /// Replaces the steps with those of @p script; nothing runs. A script that does not read
    /// well (LabScript::check()) gives no steps, and error() says why ("line N: …").
    bool setScript(const QString &script);
    QString title() const { return m_title; }
    /// Why the script cannot run on, as the script runner words it ("line N: …"): a line that
    /// does not read well, or one that turned out not valid when it ran. Empty otherwise.
    QString error() const { return m_error; }

    const QList<Step> &steps() const { return m_steps; }
    /// Index of the step next() runs; steps().size() at the end. The step shown to the class
    /// is the one before it (none at 0).
    int current() const { return m_current; }
    bool atEnd() const { return m_current >= m_steps.size(); }
    /// Next is possible: not at the end, and no line has been found not valid.
    bool canGoOn() const { return !atEnd() && m_error.isEmpty(); }
    /// Runs the next step and returns its index, or -1 when it cannot.
    int next();

    void setLabReset(LabReset reset) { m_reset = std::move(reset); }
    /// Instead of resetting the lab in place, hands goTo()'s target step to @p rewind, which
    /// resets the lab later and comes back to it (the console rebuilds its window around a
    /// reset lab). Takes precedence over setLabReset().
    using Rewind = std::function<void(int index)>;
    void setRewind(Rewind rewind) { m_rewind = std::move(rewind); }
    bool canReset() const { return bool(m_reset) || bool(m_rewind); }
    /// Resets the lab and runs the steps before @p index again, so that the lab is as if the
    /// script had run from its start up to there. False (nothing changes) without a reset or at
    /// an index out of range; false with error() set when the reset or a step fails.
    bool goTo(int index);
    /// One step back: goTo(current() - 1).
    bool back();
    /// Back to the start: goTo(0).
    bool restart();

signals:
    void stepFinished(int index);
    void scriptChanged();
    /// After goTo(): the steps before current() ran again.
    void rewound();
    /// What the step shown now is about (empty lists before the first step): the map marks the
    /// clusters and links, the phones view the phones.
    void highlightRequested(const QStringList &clusters, const QStringList &links, const QStringList &phones);

private:
    void runStep(Step &s);
    void findSubjects(Step &s) const;
    void emitHighlight();

    Lab *m_lab;
    LabPhones *m_phones = nullptr;
    std::unique_ptr<LabScript> m_runner;
    QList<Step> m_steps;
    QString m_script;
    QString m_title;
    QString m_error;
    LabReset m_reset;
    Rewind m_rewind;
    int m_current = 0;
};
