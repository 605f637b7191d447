#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class Lab;
class LabHttp;
class LabPhones;
class PhoneScript;

/// Lab scripts: one command a line, run against a lab on a manual clock, each printed with its
/// outcome as a stable English line. `expect <command> => <text>` checks an outcome (equal, or
/// starting with the text followed by a space). Used headless (`emroam --script FILE`), by
/// tests and for repeatable trainer demos. The commands are listed in run()'s documentation
/// and in resources/scripts/README.md.
class LabScript
{
    Q_DECLARE_TR_FUNCTIONS(LabScript)
public:
    using Output = std::function<void(const QString &line)>;

    /// Drives @p lab; switches its clock to manual mode. Phones are @p phones' agents (the
    /// console's, shared with the Phones page); without it the script gets listeners and
    /// phones of its own.
    explicit LabScript(Lab *lab, LabPhones *phones = nullptr);
    ~LabScript();

    /// Runs every line of @p script, writing "<command> => <outcome>" lines and
    /// "expect failed: …" lines to @p out. True when every expect held and every line parsed.
    bool run(const QString &script, const Output &out);
    /// What one line of a script did (runLine()).
    struct LineResult {
        QString command;   ///< the command run (for an expect, the part before "=>")
        QString outcome;   ///< its outcome line; for `expect event`, the event found
        QString expected;  ///< what an expect wanted; empty otherwise
        bool passed = true; ///< the expectation held (or there was none)
        bool bad = false;   ///< the line is not valid: badLine() says why
        bool narration = false; ///< say, notice or title: nothing ran
    };
    /// Runs line @p number (1-based) of a script as run() does, writing the same lines to
    /// @p out; a bad line sets badLine(). Blank lines and comments do nothing.
    LineResult runLine(const QString &line, int number, const Output &out);
    /// Runs one command and returns its outcome line.
    QString execute(const QString &command);
    /// "line N: <what is wrong>" for the first line of @p script that cannot run whatever the
    /// lab holds (unknown command, wrong arity, unbalanced quotes, bad duration, a notice with
    /// no say before it), worded as run() words it; empty when every line reads well. Names of
    /// clusters, phones and users are checked only when the line runs.
    static QString check(const QString &script);
    /// The text of a `say`, `notice` or `title` line (the verb in @p verb); empty for any
    /// other line.
    static QString narrationOf(const QString &line, QString *verb = nullptr);
    int failures() const { return m_failures; }
    /// "line N: <what is wrong>" when run() stopped at a line that is not valid (unknown
    /// command, wrong arity, unknown cluster/device/user, bad duration); empty otherwise.
    QString badLine() const { return m_badLine; }

    /// The whole headless run of `emroam --script FILE [--demo | --lab DIR]`: opens the lab (a
    /// fresh demo lab in a temporary folder unless @p labDirectory is given), runs the file and
    /// returns the process exit code (0 only if every expect holds). A cluster whose database is
    /// refused is named on @p err and the script runs on the others.
    static int runFile(const QString &path, const QString &labDirectory, bool createMissingDatabases, const Output &out, const Output &err);

    /// "250ms", "10s", "5m", "1h" or plain milliseconds, at most a year; -1 when malformed or
    /// out of range.
    static qint64 parseDuration(const QString &text);
    /// Splits on blanks, keeping "quoted strings" (quotes removed) together.
    static QStringList tokenize(const QString &line, bool *ok = nullptr);

private:
    QString login(const QStringList &args);
    QString logout(const QStringList &args);
    QString parallel(const QString &rest);
    QString phone(const QStringList &args);
    QString where(const QStringList &args);
    QString settle();
    QString configure(bool create, const QStringList &args);
    QString phoneService(const QStringList &args);
    QString network(const QString &verb, const QStringList &args);
    QString start(const QStringList &args);
    QString wait();
    QString narrationLine(const QString &verb, const QStringList &args);
    /// Marks the line as not valid (the script stops there) and returns its outcome line.
    QString bad(const QString &what);
    QString usage(const char *syntax);
    void markEvents();
    /// The first event logged since markEvents() whose "type: message" contains @p text.
    QString eventSince(const QString &text) const;

    Lab *m_lab;
    std::unique_ptr<LabHttp> m_ownHttp;
    std::unique_ptr<LabPhones> m_ownPhones;
    std::unique_ptr<PhoneScript> m_phone; // login/logout: a phone's Services key, over real HTTP
    int m_failures = 0;
    QString m_bad;       // what is wrong with the command being run
    QString m_badLine;   // "line N: …" once run() stopped
    quint64 m_eventMark = 0;
};
