#include "storystepper.h"

#include "core/clock.h"
#include "lab/lab.h"
#include "script/labscript.h"

#include <QCoreApplication>
#include <QFile>

// The resources live in the static library: register them before the first use.
static void initModelsResources()
{
    Q_INIT_RESOURCE(models);
}

// lupdate cannot read .emroam files: each narration of resources/scripts/story.emroam (its
// "# ..." paragraphs, lines joined by a space) is listed here so translators see it. Keep them
// word for word in step with the script.
static const char *const StoryNarrations[] = {
    QT_TRANSLATE_NOOP("StoryScript", "Kally dials Bob: Cluster3 routes the call to Cluster1, where Bob is logged in."),
    QT_TRANSLATE_NOOP("StoryScript", "Bob's home cluster goes down: his phone unregisters, calls to him fail."),
    QT_TRANSLATE_NOOP("StoryScript", "Bob, a roaming super user, logs in with Extension Mobility on a phone of Cluster2."),
    QT_TRANSLATE_NOOP("StoryScript", "ILS publishes the new location; once it has settled, Kally's call rings on Cluster2."),
    QT_TRANSLATE_NOOP("StoryScript", "Cluster1 comes back, learns Bob's newer login and logs him out there."),
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

QString StoryStepper::storyScript()
{
    initModelsResources();
    QFile f(QStringLiteral(":/data/scripts/story.emroam"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(f.readAll());
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

void StoryStepper::setScript(const QString &script)
{
    m_steps.clear();
    m_current = 0;
    QStringList narration;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            narration.clear(); // a blank line ends a paragraph that narrates nothing
            continue;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            narration.append(line.mid(1).trimmed());
            continue;
        }
        Step s;
        s.line = i + 1;
        s.narration = narration.join(QLatin1Char(' '));
        narration.clear();
        if (line.startsWith(QLatin1String("expect "))) {
            const QString body = line.mid(7);
            const qsizetype arrow = body.indexOf(QLatin1String("=>"));
            s.command = (arrow < 0 ? body : body.left(arrow)).trimmed();
            s.expected = arrow < 0 ? QString() : body.mid(arrow + 2).trimmed();
        } else {
            s.command = line;
        }
        m_steps.append(s);
    }
    emit scriptChanged();
}

int StoryStepper::next()
{
    if (atEnd())
        return -1;
    Clock *clock = m_lab->clock();
    const Clock::Mode mode = clock->mode();
    if (!m_runner)
        m_runner = std::make_unique<LabScript>(m_lab, m_phones); // switches the clock to manual
    clock->setMode(Clock::Mode::Manual);
    Step &s = m_steps[m_current];
    s.outcome = m_runner->execute(s.command);
    s.ran = true;
    s.passed = s.expected.isEmpty() || s.outcome == s.expected || s.outcome.startsWith(s.expected + QLatin1Char(' '));
    clock->setMode(mode);
    const int index = m_current++;
    emit stepFinished(index);
    return index;
}
