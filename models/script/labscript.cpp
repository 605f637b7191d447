#include "labscript.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "events/counters.h"
#include "events/eventlog.h"
#include "http/labhttp.h"
#include "ils/ilsnetwork.h"
#include "lab/lab.h"
#include "mobility/extensionmobility.h"
#include "mobility/registrar.h"
#include "phone/labphones.h"
#include "phone/phonescript.h"
#include "routing/callrouter.h"
#include "security/credentialverifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

namespace {
QString refusalLine(const Refusal &r)
{
    return r ? QStringLiteral("error ") + r.englishText() : QStringLiteral("ok");
}

// The longest duration a script may name: a year of lab time.
constexpr qint64 MaxDurationMs = 366LL * 24 * 3'600'000;

bool isOnOff(const QString &v)
{
    return v == QLatin1String("on") || v == QLatin1String("off");
}
}

QString LabScript::bad(const QString &what)
{
    if (m_bad.isEmpty())
        m_bad = what;
    return QStringLiteral("error ") + what;
}

QString LabScript::usage(const char *syntax)
{
    return bad(QStringLiteral("usage: ") + QString::fromLatin1(syntax));
}

LabScript::LabScript(Lab *lab, LabPhones *phones)
    : m_lab(lab)
{
    m_lab->clock()->setMode(Clock::Mode::Manual);
    if (!phones) {
        m_ownHttp = std::make_unique<LabHttp>(lab);
        m_ownHttp->start();
        m_ownPhones = std::make_unique<LabPhones>(lab, m_ownHttp.get());
        phones = m_ownPhones.get();
    }
    m_phone = std::make_unique<PhoneScript>(phones);
}

LabScript::~LabScript() = default;

qint64 LabScript::parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)(ms|s|m|h)?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    const QString unit = m.captured(2);
    const qint64 factor = unit == QLatin1String("s") ? 1000
        : unit == QLatin1String("m")                 ? 60'000
        : unit == QLatin1String("h")                 ? 3'600'000
                                                     : 1;
    // range-checked before multiplying: a huge number must not wrap the lab clock
    if (!ok || n > MaxDurationMs / factor)
        return -1;
    return n * factor;
}

QStringList LabScript::tokenize(const QString &line, bool *ok)
{
    QStringList out;
    QString cur;
    bool inQuotes = false, have = false;
    for (QChar ch : line) {
        if (ch == QLatin1Char('"')) {
            inQuotes = !inQuotes;
            have = true;
        } else if (ch.isSpace() && !inQuotes) {
            if (have)
                out.append(cur);
            cur.clear();
            have = false;
        } else {
            cur.append(ch);
            have = true;
        }
    }
    if (have)
        out.append(cur);
    if (ok)
        *ok = !inQuotes;
    return out;
}

bool LabScript::run(const QString &script, const Output &out)
{
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        if (runLine(lines.at(i), i + 1, out).bad)
            return false;
    return m_failures == 0;
}

LabScript::LineResult LabScript::runLine(const QString &text, int number, const Output &out)
{
    LineResult r;
    const QString line = text.trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
        r.narration = true;
        return r;
    }
    auto stop = [&]() {
        m_badLine = QStringLiteral("line %1: %2").arg(number).arg(m_bad);
        out(m_badLine);
        r.bad = true;
        r.passed = false;
        return r;
    };
    m_bad.clear();
    if (line.startsWith(QLatin1String("expect event ")) || line == QLatin1String("expect event")) {
        const QString wanted = line.mid(13).trimmed();
        if (wanted.isEmpty()) {
            usage("expect event <text>");
            return stop();
        }
        r.command = line;
        r.expected = wanted;
        r.outcome = eventSince(wanted);
        out(QStringLiteral("%1 => %2").arg(line, r.outcome.isEmpty() ? QStringLiteral("no such event") : r.outcome));
        if (r.outcome.isEmpty()) {
            r.outcome = QStringLiteral("no such event");
            r.passed = false;
            out(QStringLiteral("expect failed: line %1: no event since the previous command contains \"%2\"").arg(number).arg(wanted));
            ++m_failures;
        }
        return r; // an expect is not a command: the next expect event looks at the same events
    }
    if (QString verb, said = narrationOf(line, &verb); !verb.isEmpty()) {
        // narration for the story stepper: nothing runs, and the events since the previous
        // command stay visible to `expect event`
        r.narration = true;
        r.command = line;
        bool balanced = true;
        const QStringList args = tokenize(line, &balanced).mid(1);
        r.outcome = balanced ? narrationLine(verb, args) : bad(QStringLiteral("unbalanced quotes"));
        if (!m_bad.isEmpty())
            return stop();
        out(QStringLiteral("%1: %2").arg(verb, said));
        return r;
    }
    markEvents();
    if (line.startsWith(QLatin1String("expect "))) {
        const QString body = line.mid(7);
        const qsizetype arrow = body.indexOf(QLatin1String("=>"));
        if (arrow < 0) {
            usage("expect <command> => <text> | expect event <text>");
            return stop();
        }
        r.command = body.left(arrow).trimmed();
        r.expected = body.mid(arrow + 2).trimmed();
        r.outcome = execute(r.command);
        out(QStringLiteral("%1 => %2").arg(r.command, r.outcome));
        if (!m_bad.isEmpty())
            return stop();
        if (r.outcome != r.expected && !r.outcome.startsWith(r.expected + QLatin1Char(' '))) {
            r.passed = false;
            out(QStringLiteral("expect failed: line %1: %2 => expected \"%3\", got \"%4\"").arg(number).arg(r.command, r.expected, r.outcome));
            ++m_failures;
        }
        return r;
    }
    r.command = line;
    r.outcome = execute(line);
    out(QStringLiteral("%1 => %2").arg(line, r.outcome));
    if (!m_bad.isEmpty())
        return stop();
    return r;
}

QString LabScript::narrationOf(const QString &line, QString *verb)
{
    const QString t = line.trimmed();
    for (const char *v : {"say", "notice", "title"}) {
        const QLatin1String word(v);
        if (t == word || (t.startsWith(word) && t.size() > word.size() && t.at(word.size()).isSpace())) {
            if (verb)
                *verb = word;
            const QStringList args = tokenize(t.mid(word.size()));
            return args.size() == 1 ? args.first() : QString();
        }
    }
    if (verb)
        verb->clear();
    return {};
}

// say "<narration>" | notice "<what to notice>" | title "<scenario title>": one quoted text each
QString LabScript::narrationLine(const QString &verb, const QStringList &args)
{
    if (args.size() != 1 || args.first().trimmed().isEmpty()) {
        if (verb == QLatin1String("notice"))
            return usage("notice \"<what to notice>\"");
        if (verb == QLatin1String("title"))
            return usage("title \"<scenario title>\"");
        return usage("say \"<narration>\"");
    }
    return QStringLiteral("ok");
}

// ---- reading a script before it runs --------------------------------------------------------

namespace {
/// What check() knows of a command without a lab: its syntax line (as execute() words it) and
/// whether an argument list fits it. Commands whose arguments need the lab to be judged
/// (create, delete, role, login, parallel, start, …) are only checked to exist.
struct Syntax {
    const char *verb;
    const char *usage; // nullptr: not judged here
    std::function<bool(const QStringList &)> fits;
};

bool oneOf(const QString &v, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (v == QLatin1String(w))
            return true;
    return false;
}

const std::vector<Syntax> &syntaxes()
{
    using A = const QStringList &;
    static const std::vector<Syntax> table = {
        {"cluster", "cluster <Cluster> down|up", [](A a) { return a.size() == 2 && oneOf(a[1], {"down", "up"}); }},
        {"node", "node <Cluster> <host> down|up", [](A a) { return a.size() == 3 && oneOf(a[2], {"down", "up"}); }},
        {"service", "service <Cluster> <host|publisher> \"<Service Name>\" start|stop|activate|deactivate",
         [](A a) { return a.size() == 4 && oneOf(a[3], {"start", "stop", "activate", "deactivate"}); }},
        {"param", "param <Cluster> \"<Service Name>\" \"<Parameter Name>\" \"<value>\"", [](A a) { return a.size() == 4; }},
        {"enterprise", "enterprise <Cluster> \"<Parameter Name>\" \"<value>\"", [](A a) { return a.size() == 3; }},
        {"group", "group <Cluster> \"<Access Control Group>\" add|remove <userid>",
         [](A a) { return a.size() == 4 && oneOf(a[2], {"add", "remove"}); }},
        {"subscribe", "subscribe <Cluster> <device|profile> \"<Phone Service>\" on|off",
         [](A a) { return a.size() == 4 && oneOf(a[3], {"on", "off"}); }},
        {"user", "user <Cluster> <userid> pin|home|locale|profiles|default|primary|selfservice \"<value>\"",
         [](A a) { return a.size() == 4 && oneOf(a[2], {"pin", "home", "locale", "profiles", "default", "primary", "selfservice"}); }},
        {"device", "device <Cluster> <name> em|locale|logoutprofile \"<value>\"",
         [](A a) { return a.size() == 4 && oneOf(a[2], {"em", "locale", "logoutprofile"}); }},
        {"fault", "fault <Cluster> database on|off",
         [](A a) { return a.size() == 3 && a[1] == QLatin1String("database") && oneOf(a[2], {"on", "off"}); }},
        {"setting", "setting processing|latency|sync <duration>", [](A a) { return a.size() == 2; }},
        {"counter", "counter <Cluster> \"<Counter Name>\"", [](A a) { return a.size() == 2; }},
        {"dial", "dial <device> <digits>", [](A a) { return a.size() == 2; }},
        {"answer", "answer <device>", [](A a) { return a.size() == 1; }},
        {"hangup", "hangup <device>", [](A a) { return a.size() == 1; }},
        {"phone", "phone <device>", [](A a) { return a.size() == 1; }},
        {"where", "where <userid> [from <Cluster>]",
         [](A a) { return a.size() == 1 || (a.size() == 3 && a[1] == QLatin1String("from")); }},
        {"advance", "advance <duration>", [](A a) { return a.size() == 1; }},
        {"settle", "settle", [](A a) { return a.isEmpty(); }},
        {"wait", "wait", [](A a) { return a.isEmpty(); }},
        {"logout", "logout <device>", [](A a) { return a.size() == 1; }},
        {"login", "login <device> <id> <pin> [UID|DN|SP] [profile \"<name>\"]", [](A a) { return a.size() >= 3; }},
        {"say", "say \"<narration>\"", [](A a) { return a.size() == 1 && !a[0].trimmed().isEmpty(); }},
        {"notice", "notice \"<what to notice>\"", [](A a) { return a.size() == 1 && !a[0].trimmed().isEmpty(); }},
        {"title", "title \"<scenario title>\"", [](A a) { return a.size() == 1 && !a[0].trimmed().isEmpty(); }},
        {"create", nullptr, {}},
        {"delete", nullptr, {}},
        {"phoneservice", nullptr, {}},
        {"role", nullptr, {}},
        {"addcluster", nullptr, {}},
        {"removecluster", nullptr, {}},
        {"start", nullptr, {}},
        {"parallel", nullptr, {}},
    };
    return table;
}

/// Why @p command cannot run whatever the lab holds, worded as execute() words it; empty if
/// it may.
QString commandProblem(const QString &command)
{
    bool balanced = true;
    const QStringList t = LabScript::tokenize(command, &balanced);
    if (!balanced || t.isEmpty())
        return t.isEmpty() ? QStringLiteral("empty command") : QStringLiteral("unbalanced quotes");
    const QStringList args = t.mid(1);
    for (const Syntax &s : syntaxes()) {
        if (t.first() != QLatin1String(s.verb))
            continue;
        if (!s.usage)
            return {};
        if (!s.fits(args))
            return QStringLiteral("usage: ") + QString::fromLatin1(s.usage);
        if (t.first() == QLatin1String("advance") && LabScript::parseDuration(args[0]) < 0)
            return QStringLiteral("bad duration ") + args[0];
        if (t.first() == QLatin1String("setting")) {
            if (LabScript::parseDuration(args[1]) < 0)
                return QStringLiteral("bad duration ") + args[1];
            if (!oneOf(args[0], {"processing", "latency", "sync"}))
                return QStringLiteral("usage: ") + QString::fromLatin1(s.usage);
        }
        return {};
    }
    return QStringLiteral("unknown command ") + t.first();
}
} // namespace

QString LabScript::check(const QString &script)
{
    const QStringList lines = script.split(QLatin1Char('\n'));
    bool said = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString problem;
        if (line.startsWith(QLatin1String("expect event ")) || line == QLatin1String("expect event")) {
            if (line.mid(13).trimmed().isEmpty())
                problem = QStringLiteral("usage: expect event <text>");
        } else if (line.startsWith(QLatin1String("expect "))) {
            const qsizetype arrow = line.indexOf(QLatin1String("=>"));
            problem = arrow < 0 ? QStringLiteral("usage: expect <command> => <text> | expect event <text>")
                                : commandProblem(line.mid(7, arrow - 7).trimmed());
        } else {
            problem = commandProblem(line);
            QString verb;
            narrationOf(line, &verb);
            if (problem.isEmpty() && verb == QLatin1String("say"))
                said = true;
            else if (problem.isEmpty() && verb == QLatin1String("notice") && !said)
                problem = QStringLiteral("a notice belongs to the say above it: there is none");
        }
        if (!problem.isEmpty())
            return QStringLiteral("line %1: %2").arg(i + 1).arg(problem);
    }
    return {};
}

void LabScript::markEvents()
{
    m_eventMark = m_lab->events()->totalCount();
}

QString LabScript::eventSince(const QString &text) const
{
    const EventLog *log = m_lab->events();
    const quint64 fresh = log->totalCount() - m_eventMark;
    const std::deque<LabEvent> &events = log->events();
    const qsizetype first = qMax<qsizetype>(0, qsizetype(events.size()) - qsizetype(qMin<quint64>(fresh, events.size())));
    for (auto it = events.cbegin() + first; it != events.cend(); ++it) {
        const QString line = LabEvent::typeName(it->type) + QStringLiteral(": ") + it->message.englishText();
        if (line.contains(text, Qt::CaseInsensitive))
            return line;
    }
    return {};
}

QString LabScript::execute(const QString &command)
{
    // audit log: what a script changes is the script's doing
    std::vector<std::unique_ptr<Cluster::Acting>> acting;
    for (Cluster *c : m_lab->clusters())
        acting.push_back(std::make_unique<Cluster::Acting>(c, AuditActor{QStringLiteral("script"), QStringLiteral("lab script"), QStringLiteral("script")}));
    bool ok = true;
    const QStringList t = tokenize(command, &ok);
    if (!ok || t.isEmpty())
        return bad(t.isEmpty() ? QStringLiteral("empty command") : QStringLiteral("unbalanced quotes"));
    const QString verb = t.first();
    const QStringList args = t.mid(1);
    Cluster *c = args.isEmpty() ? nullptr : m_lab->cluster(args.first());
    auto needCluster = [&]() -> QString { return bad(QStringLiteral("no cluster named ") + args.value(0)); };
    if (!t.isEmpty() && (verb == QLatin1String("create") || verb == QLatin1String("delete")))
        return configure(verb == QLatin1String("create"), args);
    if (verb == QLatin1String("phoneservice"))
        return phoneService(args);
    if (verb == QLatin1String("role") || verb == QLatin1String("addcluster") || verb == QLatin1String("removecluster"))
        return network(verb, args);
    if (verb == QLatin1String("start"))
        return start(args);
    if (verb == QLatin1String("say") || verb == QLatin1String("notice") || verb == QLatin1String("title"))
        return narrationLine(verb, args);
    if (verb == QLatin1String("wait")) {
        if (!args.isEmpty())
            return usage("wait");
        return wait();
    }

    if (verb == QLatin1String("cluster")) {
        if (args.size() != 2 || (args[1] != QLatin1String("down") && args[1] != QLatin1String("up")))
            return usage("cluster <Cluster> down|up");
        if (!c)
            return needCluster();
        return refusalLine(c->setUp(args[1] == QLatin1String("up")));
    }
    if (verb == QLatin1String("node")) {
        if (args.size() != 3 || (args[2] != QLatin1String("down") && args[2] != QLatin1String("up")))
            return usage("node <Cluster> <host> down|up");
        if (!c)
            return needCluster();
        return refusalLine(c->setNodeUp(args[1], args[2] == QLatin1String("up")));
    }
    if (verb == QLatin1String("service")) {
        if (args.size() != 4)
            return usage("service <Cluster> <host|publisher> \"<Service Name>\" start|stop|activate|deactivate");
        if (!c)
            return needCluster();
        const QString host = args[1] == QLatin1String("publisher") ? c->publisher().hostName : args[1];
        const QString &action = args[3];
        if (action == QLatin1String("start") || action == QLatin1String("stop"))
            return refusalLine(c->setServiceRunning(host, args[2], action == QLatin1String("start")));
        if (action == QLatin1String("activate") || action == QLatin1String("deactivate"))
            return refusalLine(c->setServiceActivated(host, args[2], action == QLatin1String("activate")));
        return usage("service <Cluster> <host|publisher> \"<Service Name>\" start|stop|activate|deactivate");
    }
    if (verb == QLatin1String("param")) {
        if (args.size() != 4)
            return usage("param <Cluster> \"<Service Name>\" \"<Parameter Name>\" \"<value>\"");
        if (!c)
            return needCluster();
        return refusalLine(c->setServiceParameter(args[1], args[2], args[3]));
    }
    if (verb == QLatin1String("enterprise")) {
        if (args.size() != 3)
            return usage("enterprise <Cluster> \"<Parameter Name>\" \"<value>\"");
        if (!c)
            return needCluster();
        return refusalLine(c->setEnterpriseParameter(args[1], args[2]));
    }
    if (verb == QLatin1String("group")) {
        if (args.size() != 4 || (args[2] != QLatin1String("add") && args[2] != QLatin1String("remove")))
            return usage("group <Cluster> \"<Access Control Group>\" add|remove <userid>");
        if (!c)
            return needCluster();
        const EndUser *u = c->endUserByUserId(args[3]);
        if (!u)
            return bad(QStringLiteral("%1 has no end user %2").arg(c->name(), args[3]));
        return refusalLine(args[2] == QLatin1String("add") ? c->addEndUserToGroup(args[1], u->id)
                                                           : c->removeEndUserFromGroup(args[1], u->id));
    }
    if (verb == QLatin1String("subscribe")) {
        if (args.size() != 4 || (args[3] != QLatin1String("on") && args[3] != QLatin1String("off")))
            return usage("subscribe <Cluster> <device|profile> \"<Phone Service>\" on|off");
        if (!c)
            return needCluster();
        const Device *d = c->deviceByName(args[1]);
        const PhoneService *s = c->phoneServiceByName(args[2]);
        if (!d)
            return bad(QStringLiteral("%1 has no device %2").arg(c->name(), args[1]));
        if (!s)
            return bad(QStringLiteral("%1 has no phone service %2").arg(c->name(), args[2]));
        Device changed = *d;
        changed.services.removeAll(s->id);
        if (args[3] == QLatin1String("on"))
            changed.services.append(s->id);
        return refusalLine(c->saveDevice(changed));
    }
    if (verb == QLatin1String("user")) {
        if (args.size() != 4)
            return usage("user <Cluster> <userid> pin|home|locale|profiles|default|primary|selfservice \"<value>\"");
        if (!c)
            return needCluster();
        const EndUser *u = c->endUserByUserId(args[1]);
        if (!u)
            return bad(QStringLiteral("%1 has no end user %2").arg(c->name(), args[1]));
        EndUser changed = *u;
        const QString &field = args[2], &value = args[3];
        if (field == QLatin1String("pin")) {
            return refusalLine(c->saveEndUser(changed, value));
        } else if (field == QLatin1String("home")) {
            if (!isOnOff(value))
                return usage("user <Cluster> <userid> home on|off");
            changed.homeCluster = value == QLatin1String("on");
        } else if (field == QLatin1String("locale")) {
            changed.locale = value;
        } else if (field == QLatin1String("profiles")) {
            changed.controlledProfiles.clear();
            changed.defaultProfileId = 0;
            for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const Device *p = c->deviceByName(name.trimmed());
                if (!p || p->isPhone())
                    return bad(QStringLiteral("%1 has no device profile %2").arg(c->name(), name.trimmed()));
                changed.controlledProfiles.append(p->id);
            }
        } else if (field == QLatin1String("default")) {
            const Device *p = value.isEmpty() ? nullptr : c->deviceByName(value);
            if (!value.isEmpty() && (!p || p->isPhone()))
                return bad(QStringLiteral("%1 has no device profile %2").arg(c->name(), value));
            changed.defaultProfileId = p ? p->id : 0;
        } else if (field == QLatin1String("primary")) {
            changed.primaryExtension = value;
        } else if (field == QLatin1String("selfservice")) {
            changed.selfServiceId = value;
        } else {
            return usage("user <Cluster> <userid> pin|home|locale|profiles|default|primary|selfservice \"<value>\"");
        }
        return refusalLine(c->saveEndUser(changed));
    }
    if (verb == QLatin1String("device")) {
        if (args.size() != 4)
            return usage("device <Cluster> <name> em|locale|logoutprofile \"<value>\"");
        if (!c)
            return needCluster();
        const Device *d = c->deviceByName(args[1]);
        if (!d)
            return bad(QStringLiteral("%1 has no device %2").arg(c->name(), args[1]));
        Device changed = *d;
        const QString &field = args[2], &value = args[3];
        if (field == QLatin1String("em")) {
            if (!isOnOff(value))
                return usage("device <Cluster> <name> em on|off");
            changed.emEnabled = value == QLatin1String("on");
        } else if (field == QLatin1String("locale")) {
            changed.locale = value;
        } else if (field == QLatin1String("logoutprofile")) {
            const Device *p = value.isEmpty() ? nullptr : c->deviceByName(value);
            if (!value.isEmpty() && (!p || p->isPhone()))
                return bad(QStringLiteral("%1 has no device profile %2").arg(c->name(), value));
            changed.logoutProfileId = p ? p->id : 0;
        } else {
            return usage("device <Cluster> <name> em|locale|logoutprofile \"<value>\"");
        }
        return refusalLine(c->saveDevice(changed));
    }
    if (verb == QLatin1String("fault")) {
        if (args.size() != 3 || args[1] != QLatin1String("database") || (args[2] != QLatin1String("on") && args[2] != QLatin1String("off")))
            return usage("fault <Cluster> database on|off");
        if (!c)
            return needCluster();
        // The fault hits requests from now on: logins already answered stay saved.
        if (args[2] == QLatin1String("on"))
            c->commitGroupedWrites();
        m_lab->setDatabaseFailing(c, args[2] == QLatin1String("on"));
        return QStringLiteral("ok");
    }
    if (verb == QLatin1String("setting")) {
        if (args.size() != 2)
            return usage("setting processing|latency|sync <duration>");
        const qint64 ms = parseDuration(args[1]);
        Lab::Settings s = m_lab->settings();
        if (ms < 0)
            return bad(QStringLiteral("bad duration ") + args[1]);
        if (args[0] == QLatin1String("processing"))
            s.emProcessingMs = ms;
        else if (args[0] == QLatin1String("latency"))
            s.linkLatencyMs = ms;
        else if (args[0] == QLatin1String("sync"))
            s.ilsSyncIntervalMs = ms;
        else
            return usage("setting processing|latency|sync <duration>");
        m_lab->setSettings(s);
        return QStringLiteral("ok");
    }
    if (verb == QLatin1String("counter")) {
        if (args.size() != 2)
            return usage("counter <Cluster> \"<Counter Name>\"");
        if (!c)
            return needCluster();
        return QString::number(m_lab->counters()->value(c->name(), args[1]));
    }
    if (verb == QLatin1String("login"))
        return login(args);
    if (verb == QLatin1String("logout"))
        return logout(args);
    if (verb == QLatin1String("parallel"))
        return parallel(command.mid(command.indexOf(QLatin1String("parallel")) + 8));
    if (verb == QLatin1String("dial")) {
        if (args.size() != 2)
            return usage("dial <device> <digits>");
        if (!m_lab->clusterOfPhone(args[0]))
            return bad(QStringLiteral("no phone named ") + args[0]);
        return m_lab->router()->dial(args[0], args[1]).scriptLine();
    }
    if (verb == QLatin1String("answer")) {
        if (args.size() != 1)
            return usage("answer <device>");
        return m_lab->router()->answer(args[0]) ? QStringLiteral("ok") : QStringLiteral("error not-ringing");
    }
    if (verb == QLatin1String("hangup")) {
        if (args.size() != 1)
            return usage("hangup <device>");
        return m_lab->router()->hangup(args[0]) ? QStringLiteral("ok") : QStringLiteral("error no-call");
    }
    if (verb == QLatin1String("phone"))
        return phone(args);
    if (verb == QLatin1String("where"))
        return where(args);
    if (verb == QLatin1String("advance")) {
        if (args.size() != 1)
            return usage("advance <duration>");
        const qint64 ms = parseDuration(args[0]);
        if (ms < 0)
            return bad(QStringLiteral("bad duration ") + args[0]);
        m_lab->clock()->advance(ms);
        return QStringLiteral("ok");
    }
    if (verb == QLatin1String("settle")) {
        if (!args.isEmpty())
            return usage("settle");
        return settle();
    }
    return bad(QStringLiteral("unknown command ") + verb);
}

QString LabScript::login(const QStringList &args)
{
    if (args.size() < 3)
        return usage("login <device> <id> <pin> [UID|DN|SP] [profile \"<name>\"]");
    PhoneScript::Job job;
    job.device = args[0];
    job.id = args[1];
    job.pin = args[2];
    int i = 3;
    if (i < args.size() && args[i] != QLatin1String("profile"))
        job.loginType = args[i++];
    if (i + 1 < args.size() && args[i] == QLatin1String("profile"))
        job.profile = args[i + 1], i += 2;
    if (i != args.size())
        return usage("login <device> <id> <pin> [UID|DN|SP] [profile \"<name>\"]");
    if (!job.device.isEmpty() && !m_lab->clusterOfPhone(job.device))
        return bad(QStringLiteral("no phone named ") + job.device);
    // The phone's way: Services key → Services menu → EMApp, over the cluster's listener.
    return m_phone->login(job);
}

QString LabScript::logout(const QStringList &args)
{
    if (args.size() != 1)
        return usage("logout <device>");
    if (!m_lab->clusterOfPhone(args[0]))
        return bad(QStringLiteral("no phone named ") + args[0]);
    return m_phone->logout(args[0]);
}

// parallel login A … ; login B … — requests that overlap in lab time, made by the phones as
// login/logout are (PhoneScript::parallel keeps their order deterministic).
QString LabScript::parallel(const QString &rest)
{
    const QStringList parts = rest.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return usage("parallel <login|logout …> ; <login|logout …> …");
    QList<PhoneScript::Job> jobs;
    for (int i = 0; i < parts.size(); ++i) {
        const QStringList t = tokenize(parts[i]);
        if (t.isEmpty() || (t[0] != QLatin1String("login") && t[0] != QLatin1String("logout")))
            return usage("parallel <login|logout …> ; <login|logout …> …");
        if (!m_lab->clusterOfPhone(t.value(1)))
            return bad(QStringLiteral("no phone named ") + t.value(1));
        PhoneScript::Job job;
        job.logout = t[0] == QLatin1String("logout");
        job.device = t.value(1);
        if (!job.logout) {
            job.id = t.value(2);
            job.pin = t.value(3);
            if (t.size() > 4)
                job.loginType = t[4];
        }
        jobs.append(job);
    }
    return m_phone->parallel(jobs).join(QLatin1String(" | "));
}

QString LabScript::phone(const QStringList &args)
{
    if (args.size() != 1)
        return usage("phone <device>");
    Cluster *c = m_lab->clusterOfPhone(args[0]);
    if (!c)
        return bad(QStringLiteral("no phone named ") + args[0]);
    Registrar *reg = m_lab->registrar(c);
    if (!reg->isRegistered(args[0]))
        return QStringLiteral("unregistered");
    const QString user = reg->loggedInUser(args[0]);
    const QStringList lines = reg->lines(args[0]);
    const QStringList services = reg->services(args[0]);
    return QStringLiteral("registered %1 user %2 lines %3 services %4")
        .arg(c->name(), user.isEmpty() ? QStringLiteral("none") : user,
             lines.isEmpty() ? QStringLiteral("none") : lines.join(QLatin1Char(',')),
             services.isEmpty() ? QStringLiteral("none") : services.join(QLatin1Char(',')));
}

QString LabScript::where(const QStringList &args)
{
    if (args.size() != 1 && !(args.size() == 3 && args[1] == QLatin1String("from")))
        return usage("where <userid> [from <Cluster>]");
    const QString userId = args[0];
    if (args.size() == 3) {
        Cluster *viewer = m_lab->cluster(args[2]);
        if (!viewer)
            return bad(QStringLiteral("no cluster named ") + args[2]);
        std::optional<IlsRecord> r = m_lab->ils()->userRecord(viewer->name(), userId);
        if (!r) {
            // not a super user: follow the user's Primary Extension
            QString dn;
            for (Cluster *c : m_lab->clusters())
                if (const EndUser *u = c->endUserByUserId(userId); u && dn.isEmpty())
                    dn = u->primaryExtension;
            if (!dn.isEmpty())
                r = m_lab->ils()->dnRecord(viewer->name(), dn);
        }
        if (!r || !r->isPresent())
            return QStringLiteral("none");
        return r->cluster + QLatin1Char(' ') + r->devices.join(QLatin1Char(','));
    }
    // The truth: the cluster of the user's most recent login.
    QString best;
    QStringList devices;
    qint64 bestTime = -1;
    for (Cluster *c : m_lab->clusters()) {
        const EndUser *u = c->endUserByUserId(userId);
        if (!u)
            continue;
        QStringList here;
        qint64 latest = -1;
        for (const EmLogin &l : c->loginsOfUser(u->id)) {
            if (const Device *d = c->device(l.deviceId))
                here.append(d->name);
            latest = qMax(latest, l.loginTime);
        }
        if (!here.isEmpty() && latest > bestTime) {
            bestTime = latest;
            best = c->name();
            devices = here;
        }
    }
    return best.isEmpty() ? QStringLiteral("none") : best + QLatin1Char(' ') + devices.join(QLatin1Char(','));
}

QString LabScript::settle()
{
    Clock *clock = m_lab->clock();
    const qint64 start = clock->now();
    IlsNetwork *ils = m_lab->ils();
    for (int i = 0; ils->hasDeliverable() && i < 100000; ++i) {
        const qint64 due = ils->nextDelivery();
        clock->advance(qMax<qint64>(0, due - clock->now()));
    }
    return QStringLiteral("ok %1ms").arg(clock->now() - start);
}

int LabScript::runFile(const QString &path, const QString &labDirectory, bool createMissingDatabases, const Output &out, const Output &err)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        err(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return 2;
    }
    const QString script = QString::fromUtf8(f.readAll());
    QTemporaryDir temp;
    Lab lab;
    QString error;
    // the clock is manual before the lab opens, so the demo's set-up happens at lab time 0
    lab.clock()->setMode(Clock::Mode::Manual);
    lab.setCreateMissingDatabases(createMissingDatabases);
    if (!lab.open(labDirectory.isEmpty() ? temp.path() : labDirectory, &error)) {
        err(error);
        return 2;
    }
    for (const Lab::RefusedCluster &r : lab.refusedClusters()) // the script runs on the others
        err(r.reason.text());
    LabScript runner(&lab);
    const bool ok = runner.run(script, out);
    if (!runner.badLine().isEmpty()) {
        err(runner.badLine());
        return 2; // the script itself is wrong: distinct from an expectation that did not hold
    }
    out(ok ? QStringLiteral("script passed") : QStringLiteral("script failed: %1 expectation(s) did not hold").arg(runner.failures()));
    return ok ? 0 : 1;
}

// ---- configuration ------------------------------------------------------------------------

// create user|profile|phone|dn|service … / delete … : what an administrator adds on the
// Administration pages, with the same rules (a refusal is an outcome, not a bad line).
QString LabScript::configure(bool create, const QStringList &args)
{
    const char *syntax = create
        ? "create user <Cluster> <userid> <pin> | create profile <Cluster> <name> [\"<dn,dn>\"] | create phone <Cluster> <SEP…> | "
          "create dn <Cluster> <device> <dn> | create service <Cluster> \"<name>\" \"<url>\""
        : "delete user|profile|phone|service <Cluster> <name> | delete dn <Cluster> <device> <dn>";
    if (args.size() < 3)
        return usage(syntax);
    const QString &what = args[0];
    Cluster *c = m_lab->cluster(args[1]);
    if (!c)
        return bad(QStringLiteral("no cluster named ") + args[1]);
    const QString &name = args[2];
    const QString model = QStringLiteral("Cisco 8865");
    if (what == QLatin1String("user")) {
        if (create) {
            if (args.size() != 4)
                return usage("create user <Cluster> <userid> <pin>");
            EndUser u;
            u.userId = name;
            u.lastName = name;
            return refusalLine(c->saveEndUser(u, args[3]));
        }
        if (args.size() != 3)
            return usage(syntax);
        const EndUser *u = c->endUserByUserId(name);
        if (!u)
            return bad(QStringLiteral("%1 has no end user %2").arg(c->name(), name));
        return refusalLine(c->deleteEndUser(u->id));
    }
    if (what == QLatin1String("profile") || what == QLatin1String("phone")) {
        const bool phone = what == QLatin1String("phone");
        if (create) {
            if (args.size() > (phone ? 3 : 4))
                return usage(syntax);
            Device d;
            d.kind = phone ? Device::Kind::Phone : Device::Kind::Profile;
            d.name = name;
            d.model = model;
            d.protocol = QStringLiteral("SIP");
            d.buttonTemplate = QStringLiteral("Standard 8865 SIP");
            if (!phone)
                d.lines = args.value(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
            return refusalLine(c->saveDevice(d));
        }
        if (args.size() != 3)
            return usage(syntax);
        const Device *d = c->deviceByName(name);
        if (!d || d->isPhone() != phone)
            return bad(QStringLiteral("%1 has no %2 %3").arg(c->name(), phone ? QStringLiteral("phone") : QStringLiteral("device profile"), name));
        return refusalLine(c->deleteDevice(d->id));
    }
    if (what == QLatin1String("dn")) {
        if (args.size() != 4)
            return usage(syntax);
        const Device *d = c->deviceByName(name);
        if (!d)
            return bad(QStringLiteral("%1 has no device %2").arg(c->name(), name));
        Device changed = *d;
        if (create) {
            if (changed.lines.contains(args[3]))
                return QStringLiteral("error %1 already has directory number %2").arg(d->name, args[3]);
            changed.lines.append(args[3]);
        } else if (!changed.lines.removeOne(args[3])) {
            return bad(QStringLiteral("%1 has no directory number %2").arg(d->name, args[3]));
        }
        return refusalLine(c->saveDevice(changed));
    }
    if (what == QLatin1String("service")) {
        if (create) {
            if (args.size() != 4)
                return usage("create service <Cluster> \"<name>\" \"<url>\"");
            PhoneService s;
            s.name = name;
            s.asciiName = name;
            s.url = args[3];
            return refusalLine(c->savePhoneService(s));
        }
        if (args.size() != 3)
            return usage(syntax);
        const PhoneService *s = c->phoneServiceByName(name);
        if (!s)
            return bad(QStringLiteral("%1 has no phone service %2").arg(c->name(), name));
        return refusalLine(c->deletePhoneService(s->id));
    }
    return usage(syntax);
}

// phoneservice <Cluster> "<name>" url|type "<value>"
QString LabScript::phoneService(const QStringList &args)
{
    const char *syntax = "phoneservice <Cluster> \"<Phone Service>\" url \"<url>\" | type Standard|Directories|Messages";
    if (args.size() != 4 || (args[2] != QLatin1String("url") && args[2] != QLatin1String("type")))
        return usage(syntax);
    Cluster *c = m_lab->cluster(args[0]);
    if (!c)
        return bad(QStringLiteral("no cluster named ") + args[0]);
    const PhoneService *s = c->phoneServiceByName(args[1]);
    if (!s)
        return bad(QStringLiteral("%1 has no phone service %2").arg(c->name(), args[1]));
    PhoneService changed = *s;
    if (args[2] == QLatin1String("url")) {
        changed.url = args[3];
    } else {
        const QString t = args[3].toLower();
        if (t == QLatin1String("standard"))
            changed.type = PhoneService::Type::Standard;
        else if (t == QLatin1String("directories"))
            changed.type = PhoneService::Type::Directories;
        else if (t == QLatin1String("messages"))
            changed.type = PhoneService::Type::Messages;
        else
            return usage(syntax);
    }
    return refusalLine(c->savePhoneService(changed));
}

// ---- the ILS network ----------------------------------------------------------------------

// role <Cluster> hub|none | role <Cluster> spoke <Hub>; addcluster <Name> [hub | spoke <Hub>];
// removecluster <Name>
QString LabScript::network(const QString &verb, const QStringList &args)
{
    auto parseRole = [&](int at, IlsRole *role, QString *hub) {
        const QString r = args.value(at);
        if (r == QLatin1String("hub") && args.size() == at + 1)
            *role = IlsRole::Hub;
        else if (r == QLatin1String("none") && args.size() == at + 1)
            *role = IlsRole::None;
        else if (r == QLatin1String("spoke") && args.size() == at + 2)
            *role = IlsRole::Spoke, *hub = args[at + 1];
        else
            return false;
        return true;
    };
    IlsRole role = IlsRole::None;
    QString hub;
    if (verb == QLatin1String("role")) {
        if (args.size() < 2 || !parseRole(1, &role, &hub))
            return usage("role <Cluster> hub|none | role <Cluster> spoke <Hub>");
        Cluster *c = m_lab->cluster(args[0]);
        if (!c)
            return bad(QStringLiteral("no cluster named ") + args[0]);
        if (role == IlsRole::Spoke && !m_lab->cluster(hub))
            return bad(QStringLiteral("no cluster named ") + hub);
        return refusalLine(m_lab->setIlsRole(c->name(), role, hub));
    }
    if (verb == QLatin1String("addcluster")) {
        if (args.isEmpty() || (args.size() > 1 && !parseRole(1, &role, &hub)))
            return usage("addcluster <Name> [hub | spoke <Hub>]");
        if (role == IlsRole::Spoke && !m_lab->cluster(hub))
            return bad(QStringLiteral("no cluster named ") + hub);
        // A blank Unified CM installation (publisher and one subscriber, nothing activated):
        // it takes part in ILS once Cisco Intercluster Lookup Service runs on its publisher,
        // and learns what the others know only through ILS.
        Lab::ClusterSpec spec;
        spec.name = args[0];
        spec.role = role;
        spec.hub = role == IlsRole::Spoke ? m_lab->cluster(hub)->name() : QString();
        const int n = int(m_lab->clusters().size()) + 1;
        const QString host = args[0].toLower();
        spec.nodes = {{host + QStringLiteral("-pub"), QStringLiteral("198.51.100.%1").arg(200 + n % 50), true},
                      {host + QStringLiteral("-sub1"), QStringLiteral("198.51.100.%1").arg(150 + n % 50), false}};
        spec.position = QPointF(-300 + 120 * (n % 6), 380);
        spec.hasPosition = true;
        QString error;
        if (!m_lab->addCluster(spec, &error))
            return QStringLiteral("error ") + error;
        return QStringLiteral("ok");
    }
    if (args.size() != 1)
        return usage("removecluster <Name>");
    if (!m_lab->cluster(args[0]))
        return bad(QStringLiteral("no cluster named ") + args[0]);
    return refusalLine(m_lab->removeCluster(args[0]));
}

// ---- requests in flight -------------------------------------------------------------------

// start login <device> <id> <pin> [UID|DN|SP] | start logout <device>: the phone submits the
// request and the script goes on without waiting; `wait` lets lab time pass until every
// started request is answered and prints their outcomes in the order they were started.
QString LabScript::start(const QStringList &args)
{
    const char *syntax = "start login <device> <id> <pin> [UID|DN|SP] | start logout <device>";
    const bool isLogin = args.value(0) == QLatin1String("login");
    if ((isLogin && (args.size() < 4 || args.size() > 5)) || (!isLogin && (args.value(0) != QLatin1String("logout") || args.size() != 2)))
        return usage(syntax);
    if (!m_lab->clusterOfPhone(args[1]))
        return bad(QStringLiteral("no phone named ") + args[1]);
    PhoneScript::Job job;
    job.device = args[1];
    job.logout = !isLogin;
    if (isLogin) {
        job.id = args[2];
        job.pin = args[3];
        if (args.size() == 5)
            job.loginType = args[4];
    }
    m_phone->start(job);
    return QStringLiteral("started");
}

QString LabScript::wait()
{
    if (!m_phone->hasStarted())
        return QStringLiteral("nothing started");
    return m_phone->wait().join(QLatin1String(" | "));
}
