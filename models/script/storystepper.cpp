#include "storystepper.h"

#include "cluster/cluster.h"
#include "core/clock.h"
#include "lab/lab.h"
#include "script/labscript.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

// The resources live in the static library: register them before the first use.
static void initModelsResources()
{
    Q_INIT_RESOURCE(models);
}

// The scenarios shipped with the console (resources/scripts/, embedded by models.qrc), the
// seed's story first.
static const char *const ScenarioFiles[] = {
    ":/data/scripts/story.emroam",
    ":/data/scripts/scenario-hub-down.emroam",
    ":/data/scripts/scenario-multiple-logins.emroam",
    ":/data/scripts/scenario-throttling-burst.emroam",
};

// lupdate cannot read .emroam files: every `title`, `say` and `notice` text of the scenarios
// above is listed here so translators see it. Keep them word for word in step with the
// scripts (tst_storystepper lists what is missing or no longer used).
static const char *const StoryNarrations[] = {
    QT_TRANSLATE_NOOP("StoryScript", "The roaming story: Bob roams when his home cluster goes down"),
    QT_TRANSLATE_NOOP("StoryScript", "Kally dials Bob: Cluster3 routes the call to Cluster1, where Bob is logged in."),
    QT_TRANSLATE_NOOP("StoryScript", "The call goes from the spoke Cluster3 to Bob's home cluster Cluster1; Bob's phone rings."),
    QT_TRANSLATE_NOOP("StoryScript", "Bob answers; after a short talk, Kally hangs up."),
    QT_TRANSLATE_NOOP("StoryScript", "Nothing has moved yet: Bob is at home on Cluster1."),
    QT_TRANSLATE_NOOP("StoryScript", "Bob's home cluster goes down: his phone unregisters, calls to him fail."),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster1 turns grey and Bob's phone loses its registration."),
    QT_TRANSLATE_NOOP("StoryScript", "Kally calls Bob again: the call fails."),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster3 still routes Bob's number to Cluster1, which is down."),
    QT_TRANSLATE_NOOP("StoryScript", "Bob, a roaming super user, logs in with Extension Mobility on a phone of Cluster2."),
    QT_TRANSLATE_NOOP("StoryScript", "The phone restarts with Bob's device profile: it now shows his line 1000001."),
    QT_TRANSLATE_NOOP("StoryScript", "ILS publishes the new location; once it has settled, Kally's call rings on Cluster2."),
    QT_TRANSLATE_NOOP("StoryScript", "The call now goes from Cluster3 to Cluster2, where Bob roams."),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster1 comes back, learns Bob's newer login and logs him out there."),
    QT_TRANSLATE_NOOP("StoryScript", "Bob is logged in on one cluster only: Cluster2. His home phone is free again."),
    QT_TRANSLATE_NOOP("StoryScript", "Dave on Cluster4, a spoke of Cluster1, calls Bob: the call reaches him on Cluster2."),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster4 learned Bob's new location through its hub once Cluster1 was back."),
    QT_TRANSLATE_NOOP("StoryScript", "The hub-down limit: a spoke learns nothing while its hub is down"),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster1 goes down. It is the hub of Cluster4."),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster4 itself is up, but its only ILS link goes through Cluster1."),
    QT_TRANSLATE_NOOP("StoryScript", "Bob logs in with Extension Mobility on a phone of Cluster2."),
    QT_TRANSLATE_NOOP("StoryScript", "The phone restarts with Bob's device profile and his line 1000001."),
    QT_TRANSLATE_NOOP("StoryScript", "ILS carries Bob's new location to every cluster it can reach."),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster3 learns it; Cluster4 still believes Bob is on Cluster1, because its hub is down."),
    QT_TRANSLATE_NOOP("StoryScript", "Dave on Cluster4 calls Bob: the call fails."),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster4 routes the call to where it last heard Bob was: Cluster1, which is down."),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster1 comes back and ILS catches up."),
    QT_TRANSLATE_NOOP("StoryScript", "Once its hub is back, Cluster4 learns Bob's new location."),
    QT_TRANSLATE_NOOP("StoryScript", "Dave calls Bob again: the call reaches him on Cluster2."),
    QT_TRANSLATE_NOOP("StoryScript", "The call goes from Cluster4 to Cluster2."),
    QT_TRANSLATE_NOOP("StoryScript", "Multiple Login Behavior: Multiple Logins Not Allowed against Auto Logout"),
    QT_TRANSLATE_NOOP("StoryScript", "Bob is logged in on his phone of Cluster1. Multiple Login Behavior is Multiple Logins Not Allowed."),
    QT_TRANSLATE_NOOP("StoryScript", "This is the parameter's default value."),
    QT_TRANSLATE_NOOP("StoryScript", "Bob logs in on a second phone of Cluster1: the login is refused."),
    QT_TRANSLATE_NOOP("StoryScript", "The phone shows error 25: Bob stays logged in on his first phone only."),
    QT_TRANSLATE_NOOP("StoryScript", "The administrator sets Multiple Login Behavior to Auto Logout."),
    QT_TRANSLATE_NOOP("StoryScript", "Cisco Extension Mobility's service parameter, on Cluster1."),
    QT_TRANSLATE_NOOP("StoryScript", "Bob logs in on the second phone again: it works, and his first phone logs him out."),
    QT_TRANSLATE_NOOP("StoryScript", "With Auto Logout the newer login wins: the first phone is free again."),
    QT_TRANSLATE_NOOP("StoryScript", "Bob roams to a phone of Cluster4: Cluster1 logs him out once ILS tells it."),
    QT_TRANSLATE_NOOP("StoryScript", "Across clusters a super user is never logged in twice, whatever Multiple Login Behavior says."),
    QT_TRANSLATE_NOOP("StoryScript", "Throttling under a burst: error 26 Busy Please Try Again"),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster2 gets two more phones with Extension Mobility, ready for a burst of logins."),
    QT_TRANSLATE_NOOP("StoryScript", "Four phones of Cluster2 can now log in and out."),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster2 handles at most two login or logout requests at a time."),
    QT_TRANSLATE_NOOP("StoryScript", "Maximum Concurrent Requests is a Cisco Extension Mobility service parameter."),
    QT_TRANSLATE_NOOP("StoryScript", "A burst: four phones of Cluster2 send their requests at the same moment."),
    QT_TRANSLATE_NOOP("StoryScript", "Requests In Progress reaches the limit of two; the requests beyond it are refused at once."),
    QT_TRANSLATE_NOOP("StoryScript", "Two requests succeed; the two others get error 26 Busy Please Try Again."),
    QT_TRANSLATE_NOOP("StoryScript", "Requests Throttled counts the two refused requests."),
    QT_TRANSLATE_NOOP("StoryScript", "The resolution: fewer requests at a time. The two refused phones try again, one after the other."),
    QT_TRANSLATE_NOOP("StoryScript", "Spread out, the same requests all succeed."),
};

StoryStepper::StoryStepper(Lab *lab, QObject *parent)
    : QObject(parent), m_lab(lab)
{
}

StoryStepper::StoryStepper(Lab *lab, LabPhones *phones, QObject *parent)
    : QObject(parent), m_lab(lab), m_phones(phones)
{
}

StoryStepper::~StoryStepper() = default;

QString StoryStepper::scenarioScript(const QString &file)
{
    initModelsResources();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString StoryStepper::storyScript()
{
    return scenarioScript(QString::fromLatin1(ScenarioFiles[0]));
}

QList<StoryStepper::Scenario> StoryStepper::scenarios()
{
    QList<Scenario> out;
    for (const char *file : ScenarioFiles) {
        Scenario s;
        s.file = QString::fromLatin1(file);
        for (const QString &line : scenarioScript(s.file).split(QLatin1Char('\n'))) {
            QString verb;
            const QString text = LabScript::narrationOf(line, &verb);
            if (verb == QLatin1String("title")) {
                s.title = text;
                break;
            }
        }
        out.append(s);
    }
    return out;
}

QStringList StoryStepper::storyNarrations()
{
    QStringList out;
    for (const char *n : StoryNarrations)
        out.append(QString::fromUtf8(n));
    return out;
}

QString StoryStepper::translatedNarration(const QString &narration)
{
    if (narration.isEmpty())
        return {};
    return QCoreApplication::translate("StoryScript", narration.toUtf8().constData());
}

bool StoryStepper::setScript(const QString &script)
{
    m_steps.clear();
    m_current = 0;
    m_runner.reset();
    m_title.clear();
    m_script = script;
    m_error = LabScript::check(script);
    if (!m_error.isEmpty()) {
        emit scriptChanged();
        emitHighlight();
        return false;
    }
    const QStringList lines = script.split(QLatin1Char('\n'));
    bool narrated = false; // any say: steps are the says; otherwise one step a command
    for (const QString &line : lines) {
        QString verb;
        LabScript::narrationOf(line, &verb);
        narrated = narrated || verb == QLatin1String("say");
    }
    QStringList paragraph; // comment lines above a command (scripts without say)
    QString lastParagraph;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            paragraph.clear(); // a blank line ends a paragraph that narrates nothing
            continue;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            paragraph.append(line.mid(1).trimmed());
            continue;
        }
        QString verb;
        const QString text = LabScript::narrationOf(line, &verb);
        if (verb == QLatin1String("title")) {
            m_title = text;
            continue;
        }
        if (verb == QLatin1String("say")) {
            Step s;
            s.line = i + 1;
            s.narration = text;
            m_steps.append(s);
            continue;
        }
        if (verb == QLatin1String("notice")) {
            m_steps.last().notice = text; // check() made sure a say came first
            continue;
        }
        Line l;
        l.line = i + 1;
        l.source = line;
        if (line.startsWith(QLatin1String("expect event"))) {
            l.command = line;
            l.expected = line.mid(13).trimmed();
        } else if (line.startsWith(QLatin1String("expect "))) {
            const QString body = line.mid(7);
            const qsizetype arrow = body.indexOf(QLatin1String("=>"));
            l.command = body.left(arrow).trimmed();
            l.expected = body.mid(arrow + 2).trimmed();
        } else {
            l.command = line;
        }
        if (!narrated || m_steps.isEmpty()) {
            Step s;
            s.line = i + 1;
            if (!narrated) {
                if (!paragraph.isEmpty())
                    lastParagraph = paragraph.join(QLatin1Char(' '));
                s.narration = lastParagraph; // the paragraph narrates the commands below it
                paragraph.clear();
            }
            m_steps.append(s);
        }
        m_steps.last().lines.append(l);
    }
    emit scriptChanged();
    emitHighlight();
    return true;
}

void StoryStepper::runStep(Step &s)
{
    Clock *clock = m_lab->clock();
    const Clock::Mode mode = clock->mode();
    if (!m_runner)
        m_runner = std::make_unique<LabScript>(m_lab, m_phones); // switches the clock to manual
    clock->setMode(Clock::Mode::Manual);
    s.ran = true;
    s.passed = true;
    for (Line &l : s.lines) {
        const LabScript::LineResult r = m_runner->runLine(l.source, l.line, [](const QString &) {});
        l.ran = true;
        l.outcome = r.bad ? m_runner->badLine() : r.outcome;
        l.passed = r.passed;
        s.passed = s.passed && r.passed;
        if (r.bad) {
            m_error = m_runner->badLine(); // the script stops here, as the runner stops
            break;
        }
    }
    clock->setMode(mode);
    findSubjects(s);
}

void StoryStepper::findSubjects(Step &s) const
{
    s.clusters.clear();
    s.links.clear();
    s.phones.clear();
    if (!m_lab)
        return;
    static const QRegularExpression separators(QStringLiteral("[\\s,|>]+"));
    static const QRegularExpression route(QStringLiteral("\\bvia (\\S+)"));
    auto addCluster = [&](const QString &name) {
        if (!name.isEmpty() && !s.clusters.contains(name))
            s.clusters.append(name);
    };
    for (const Line &l : std::as_const(s.lines)) {
        if (!l.ran)
            continue;
        QStringList words = LabScript::tokenize(l.command);
        words += l.outcome.split(separators, Qt::SkipEmptyParts);
        for (const QString &w : std::as_const(words)) {
            if (Cluster *c = m_lab->cluster(w)) {
                addCluster(c->name());
            } else if (Cluster *home = w.size() > 3 ? m_lab->clusterOfPhone(w) : nullptr) {
                if (!s.phones.contains(w))
                    s.phones.append(w);
                addCluster(home->name());
            }
        }
        QRegularExpressionMatchIterator it = route.globalMatch(l.outcome);
        while (it.hasNext()) {
            const QStringList hops = it.next().captured(1).split(QLatin1Char('>'), Qt::SkipEmptyParts);
            for (int i = 0; i + 1 < hops.size(); ++i) {
                const QString link = hops.at(i) + QLatin1Char('>') + hops.at(i + 1);
                if (!s.links.contains(link))
                    s.links.append(link);
            }
        }
    }
}

void StoryStepper::emitHighlight()
{
    if (m_current <= 0 || m_current > m_steps.size()) {
        emit highlightRequested({}, {}, {});
        return;
    }
    const Step &s = m_steps.at(m_current - 1);
    emit highlightRequested(s.clusters, s.links, s.phones);
}

int StoryStepper::next()
{
    if (!canGoOn())
        return -1;
    runStep(m_steps[m_current]);
    const int index = m_current++;
    emit stepFinished(index);
    emitHighlight();
    return index;
}

bool StoryStepper::goTo(int index)
{
    if (!canReset() || index < 0 || index > m_steps.size())
        return false;
    if (m_rewind) {
        m_rewind(index);
        return true;
    }
    QString error;
    const bool reset = m_reset(&error);
    m_runner.reset(); // a fresh runner: nothing started, no events marked
    m_error = reset ? QString() : error;
    m_current = 0;
    for (Step &s : m_steps) {
        s.ran = false;
        s.passed = true;
        s.clusters.clear();
        s.links.clear();
        s.phones.clear();
        for (Line &l : s.lines) {
            l.ran = false;
            l.passed = true;
            l.outcome.clear();
        }
    }
    while (reset && m_current < index && m_error.isEmpty())
        runStep(m_steps[m_current++]);
    emit rewound();
    emitHighlight();
    return reset && m_error.isEmpty();
}

bool StoryStepper::back()
{
    return m_current > 0 && goTo(m_current - 1);
}

bool StoryStepper::restart()
{
    return goTo(0);
}
