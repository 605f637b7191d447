#include "labscript.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "events/counters.h"
#include "http/phonehttpclient.h"
#include "ils/ilsnetwork.h"
#include "lab/lab.h"
#include "mobility/extensionmobility.h"
#include "mobility/registrar.h"
#include "routing/callrouter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace {
QString refusalLine(const Refusal &r)
{
    return r ? QStringLiteral("error ") + r.englishText() : QStringLiteral("ok");
}

QString usage(const char *syntax)
{
    return QStringLiteral("error usage: ") + QString::fromLatin1(syntax);
}
}

LabScript::LabScript(Lab *lab)
    : m_lab(lab)
{
    m_lab->clock()->setMode(Clock::Mode::Manual);
    m_phone = std::make_unique<PhoneHttpClient>(lab);
}

LabScript::~LabScript() = default;

qint64 LabScript::parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)(ms|s|m|h)?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("s"))
        return n * 1000;
    if (unit == QLatin1String("m"))
        return n * 60'000;
    if (unit == QLatin1String("h"))
        return n * 3'600'000;
    return n;
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
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("expect "))) {
            const QString body = line.mid(7);
            const qsizetype arrow = body.indexOf(QLatin1String("=>"));
            if (arrow < 0) {
                out(QStringLiteral("%1 => error usage: expect <command> => <text>").arg(line));
                out(QStringLiteral("expect failed: line %1: no \"=>\"").arg(i + 1));
                ++m_failures;
                continue;
            }
            const QString command = body.left(arrow).trimmed();
            const QString expected = body.mid(arrow + 2).trimmed();
            const QString actual = execute(command);
            out(QStringLiteral("%1 => %2").arg(command, actual));
            if (actual != expected && !actual.startsWith(expected + QLatin1Char(' '))) {
                out(QStringLiteral("expect failed: line %1: %2 => expected \"%3\", got \"%4\"").arg(i + 1).arg(command, expected, actual));
                ++m_failures;
            }
            continue;
        }
        const QString actual = execute(line);
        out(QStringLiteral("%1 => %2").arg(line, actual));
        if (actual.startsWith(QLatin1String("error usage")) || actual.startsWith(QLatin1String("error unknown command"))) {
            out(QStringLiteral("expect failed: line %1: the command is not valid").arg(i + 1));
            ++m_failures;
        }
    }
    return m_failures == 0;
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
        return QStringLiteral("error usage: unbalanced quotes");
    const QString verb = t.first();
    const QStringList args = t.mid(1);
    Cluster *c = args.isEmpty() ? nullptr : m_lab->cluster(args.first());
    auto needCluster = [&]() -> QString { return QStringLiteral("error no cluster named ") + args.value(0); };

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
            return QStringLiteral("error %1 has no end user %2").arg(c->name(), args[3]);
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
        if (!d || !s)
            return QStringLiteral("error %1 has no device %2 or no phone service %3").arg(c->name(), args[1], args[2]);
        Device changed = *d;
        changed.services.removeAll(s->id);
        if (args[3] == QLatin1String("on"))
            changed.services.append(s->id);
        return refusalLine(c->saveDevice(changed));
    }
    if (verb == QLatin1String("user")) {
        if (args.size() != 4)
            return usage("user <Cluster> <userid> locale|profiles|default|primary|selfservice \"<value>\"");
        if (!c)
            return needCluster();
        const EndUser *u = c->endUserByUserId(args[1]);
        if (!u)
            return QStringLiteral("error %1 has no end user %2").arg(c->name(), args[1]);
        EndUser changed = *u;
        const QString &field = args[2], &value = args[3];
        if (field == QLatin1String("locale")) {
            changed.locale = value;
        } else if (field == QLatin1String("profiles")) {
            changed.controlledProfiles.clear();
            changed.defaultProfileId = 0;
            for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const Device *p = c->deviceByName(name.trimmed());
                if (!p)
                    return QStringLiteral("error %1 has no device profile %2").arg(c->name(), name);
                changed.controlledProfiles.append(p->id);
            }
        } else if (field == QLatin1String("default")) {
            const Device *p = c->deviceByName(value);
            changed.defaultProfileId = p ? p->id : 0;
        } else if (field == QLatin1String("primary")) {
            changed.primaryExtension = value;
        } else if (field == QLatin1String("selfservice")) {
            changed.selfServiceId = value;
        } else {
            return usage("user <Cluster> <userid> locale|profiles|default|primary|selfservice \"<value>\"");
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
            return QStringLiteral("error %1 has no device %2").arg(c->name(), args[1]);
        Device changed = *d;
        const QString &field = args[2], &value = args[3];
        if (field == QLatin1String("em")) {
            changed.emEnabled = value == QLatin1String("on");
        } else if (field == QLatin1String("locale")) {
            changed.locale = value;
        } else if (field == QLatin1String("logoutprofile")) {
            const Device *p = c->deviceByName(value);
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
        m_lab->setDatabaseFailing(c, args[2] == QLatin1String("on"));
        return QStringLiteral("ok");
    }
    if (verb == QLatin1String("setting")) {
        const qint64 ms = args.size() == 2 ? parseDuration(args[1]) : -1;
        Lab::Settings s = m_lab->settings();
        if (ms < 0)
            return usage("setting processing|latency|sync <duration>");
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
        const qint64 ms = args.size() == 1 ? parseDuration(args[0]) : -1;
        if (ms < 0)
            return usage("advance <duration>");
        m_lab->clock()->advance(ms);
        return QStringLiteral("ok");
    }
    if (verb == QLatin1String("settle"))
        return settle();
    return QStringLiteral("error unknown command ") + verb;
}

QString LabScript::login(const QStringList &args)
{
    if (args.size() < 3)
        return usage("login <device> <id> <pin> [UID|DN|SP] [profile \"<name>\"]");
    EmLoginRequest req;
    req.deviceName = args[0];
    req.id = args[1];
    req.pin = args[2];
    int i = 3;
    if (i < args.size() && args[i] != QLatin1String("profile"))
        req.loginType = args[i++];
    if (i + 1 < args.size() && args[i] == QLatin1String("profile"))
        req.profile = args[i + 1], i += 2;
    if (i != args.size())
        return usage("login <device> <id> <pin> [UID|DN|SP] [profile \"<name>\"]");
    Cluster *c = req.deviceName.isEmpty() ? nullptr : m_lab->clusterOfPhone(req.deviceName);
    if (!c && !req.deviceName.isEmpty())
        return QStringLiteral("error 11 Device does not exist");
    // The phone's way: Services menu → EMApp over the cluster's HTTP listener.
    return m_phone->login(c, req);
}

QString LabScript::logout(const QStringList &args)
{
    if (args.size() != 1)
        return usage("logout <device>");
    Cluster *c = m_lab->clusterOfPhone(args[0]);
    if (!c)
        return QStringLiteral("error 11 Device does not exist");
    return m_phone->logout(c, args[0]);
}

// parallel login A … ; login B … — requests that overlap in lab time, sent by the phones over
// HTTP like login/logout (PhoneHttpClient::parallel keeps their order deterministic).
QString LabScript::parallel(const QString &rest)
{
    const QStringList parts = rest.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return usage("parallel <login|logout …> ; <login|logout …> …");
    QStringList results(parts.size());
    QList<PhoneHttpClient::Job> jobs;
    QList<qsizetype> positions; // jobs[k] answers results[positions[k]]
    for (int i = 0; i < parts.size(); ++i) {
        const QStringList t = tokenize(parts[i]);
        if (t.isEmpty() || (t[0] != QLatin1String("login") && t[0] != QLatin1String("logout")))
            return usage("parallel <login|logout …> ; <login|logout …> …");
        Cluster *c = m_lab->clusterOfPhone(t.value(1));
        if (!c) {
            results[i] = QStringLiteral("error 11 Device does not exist");
            continue;
        }
        PhoneHttpClient::Job job;
        job.cluster = c;
        job.logout = t[0] == QLatin1String("logout");
        job.request.deviceName = t.value(1);
        if (!job.logout) {
            job.request.id = t.value(2);
            job.request.pin = t.value(3);
            if (t.size() > 4)
                job.request.loginType = t[4];
        }
        jobs.append(job);
        positions.append(i);
    }
    const QStringList answers = m_phone->parallel(jobs);
    for (qsizetype k = 0; k < answers.size(); ++k)
        results[positions[k]] = answers[k];
    return results.join(QLatin1String(" | "));
}

QString LabScript::phone(const QStringList &args)
{
    if (args.size() != 1)
        return usage("phone <device>");
    Cluster *c = m_lab->clusterOfPhone(args[0]);
    if (!c)
        return QStringLiteral("error 11 Device does not exist");
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
            return QStringLiteral("error no cluster named ") + args[2];
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
        if (!r || r->cluster.isEmpty() || r->devices.isEmpty())
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

int LabScript::runFile(const QString &path, const QString &labDirectory, const Output &out, const Output &err)
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
    if (!lab.open(labDirectory.isEmpty() ? temp.path() : labDirectory, &error)) {
        err(error);
        return 2;
    }
    LabScript runner(&lab);
    const bool ok = runner.run(script, out);
    out(ok ? QStringLiteral("script passed") : QStringLiteral("script failed: %1 expectation(s) did not hold").arg(runner.failures()));
    return ok ? 0 : 1;
}
