#include "phonescript.h"

#include "cluster/cluster.h"
#include "core/clock.h"
#include "events/counters.h"
#include "http/clusterhttp.h"
#include "http/emappxml.h"
#include "http/labhttp.h"
#include "lab/lab.h"
#include "mobility/emresult.h"
#include "mobility/extensionmobility.h"
#include "phone/labphones.h"
#include "phone/phoneagent.h"
#include "security/credentialverifier.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QUrlQuery>

namespace {

// Wall-clock bound on one wait: a listener that never answers must not hang a script.
constexpr int WaitLimitMs = 15'000;

const QString EmAppPath = QStringLiteral("/emapp/EMAppServlet");

bool isEmEntry(const PhoneObject::Item &item)
{
    return QUrl(item.url).path().endsWith(EmAppPath, Qt::CaseInsensitive);
}

QString loginTypeOf(const QString &url)
{
    const QString t = QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("loginType"));
    return t.isEmpty() ? QStringLiteral("UID") : t;
}

} // namespace

PhoneScript::PhoneScript(LabPhones *phones)
    : m_phones(phones)
{
}

PhoneScript::~PhoneScript() = default;

qint64 PhoneScript::requestsReceived() const
{
    qint64 total = 0;
    Lab *lab = m_phones->lab();
    for (Cluster *c : lab->clusters())
        total += lab->counters()->value(c->name(), CounterNames::TotalRequestsAttempted);
    return total;
}

void PhoneScript::pumpClock()
{
    Lab *lab = m_phones->lab();
    if (CredentialVerifier *v = lab->credentialVerifier(); v && v->pending() > 0)
        v->waitForIdle();
    Clock *clock = lab->clock();
    if (clock->mode() != Clock::Mode::Manual || clock->nextDue() < 0)
        return;
    bool held = false;
    for (Cluster *c : lab->clusters())
        if (ExtensionMobility *em = lab->mobility(c); em && em->requestsInProgress() > 0)
            held = true;
    if (held)
        clock->advance(qMax<qint64>(0, clock->nextDue() - clock->now()));
}

bool PhoneScript::settle(PhoneAgent *agent, bool clockToo)
{
    const QDeadlineTimer deadline(WaitLimitMs);
    while (agent->isBusy() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (clockToo)
            pumpClock();
    }
    return !agent->isBusy();
}

QString PhoneScript::failureLine(const PhoneAgent *agent) const
{
    switch (agent->failure()) {
    case PhoneAgent::Failure::None:
        break;
    case PhoneAgent::Failure::HostNotFound:
        return QStringLiteral("error host-not-found");
    case PhoneAgent::Failure::HttpError:
        return QStringLiteral("error http-%1").arg(agent->httpStatus());
    case PhoneAgent::Failure::XmlError:
        return QStringLiteral("error xml");
    }
    return {};
}

bool PhoneScript::answered(Run &run, bool clockToo)
{
    if (!settle(run.agent, clockToo)) {
        run.outcome = QStringLiteral("error timeout");
        return false;
    }
    if (const QString f = failureLine(run.agent); !f.isEmpty()) {
        run.outcome = f;
        return false;
    }
    return true;
}

void PhoneScript::navigate(Run &run)
{
    const Job &job = run.job;
    run.agent = m_phones->agent(job.device);
    if (!run.agent) {
        run.outcome = QStringLiteral("error no-phone");
        return;
    }
    PhoneAgent *a = run.agent;
    run.cluster = job.device.isEmpty() ? nullptr : m_phones->lab()->clusterOfPhone(job.device);
    a->finishRestart(); // a script does not wait out the restart of its previous step
    a->exit();
    if (job.device.isEmpty()) {
        // A phone without a device name: its EM URL names no device (EMApp answers 207). It
        // reaches the first cluster that is up.
        QUrl url;
        for (Cluster *c : m_phones->lab()->clusters())
            if (ClusterHttp *s = c->isUp() && m_phones->http() ? m_phones->http()->server(c) : nullptr) {
                url = s->url();
                url.setPath(EmAppPath);
                break;
            }
        a->open(url);
    } else {
        a->pressServices();
        if (!answered(run, false))
            return;
        // The Extension Mobility entry of the Services menu: the one of the login type asked
        // for; a menu with another EM entry only is followed with that login type in its URL,
        // as a trainer typing the URL would.
        const QList<PhoneObject::Item> &items = a->screen().items;
        int exact = -1, any = -1;
        for (int i = 0; i < items.size(); ++i) {
            if (!isEmEntry(items.at(i)))
                continue;
            if (any < 0)
                any = i;
            if (exact < 0 && (job.logout || loginTypeOf(items.at(i).url) == job.loginType))
                exact = i;
        }
        if (any < 0) {
            run.outcome = QStringLiteral("error no-em-service");
            return;
        }
        if (exact >= 0) {
            a->select(exact);
            a->pressSoftKey(QStringLiteral("SoftKey:Select"));
        } else {
            QUrl url(items.at(any).url);
            QUrlQuery q(url);
            q.removeAllQueryItems(QStringLiteral("loginType"));
            q.addQueryItem(QStringLiteral("loginType"), QString::fromLatin1(QUrl::toPercentEncoding(job.loginType)));
            url.setQuery(q);
            a->open(url);
        }
    }
    if (!answered(run, false))
        return;
    const EmAppXml::Reading screen = a->emScreen();
    switch (screen.screen) {
    case EmAppXml::Screen::Result:
        run.outcome = EmResult::failure(screen.code).scriptLine(screen.logout);
        return;
    case EmAppXml::Screen::LoginForm:
        if (job.logout) {
            run.outcome = EmResult::failure(EmCode::NoUserLoggedIn).scriptLine(true);
            return;
        }
        for (int i = 0; i < a->screen().fields.size(); ++i) {
            const QString &p = a->screen().fields.at(i).parameter;
            if (p == QLatin1String("userid"))
                a->setValue(i, job.id);
            else if (p == QLatin1String("seq") || p == QLatin1String("pin"))
                a->setValue(i, job.pin);
        }
        run.submitAction = QStringLiteral("SoftKey:Submit");
        return;
    case EmAppXml::Screen::LogoutConfirm:
        if (!job.logout) {
            run.outcome = EmResult::failure(EmCode::AnotherUserLoggedIn).scriptLine(false);
            return;
        }
        for (const PhoneObject::SoftKey &k : a->softKeys())
            if (k.url.startsWith(QLatin1String("http"))) { // Yes
                run.submitAction = k.url;
                return;
            }
        break;
    case EmAppXml::Screen::ProfileChoice:
    case EmAppXml::Screen::None:
        break;
    }
    run.outcome = QStringLiteral("error no-em-service");
}

void PhoneScript::submit(Run &run)
{
    if (!run.outcome.isEmpty() || run.submitAction.isEmpty())
        return;
    run.engineBefore = run.agent->engineResults();
    const qint64 before = requestsReceived();
    run.agent->pressSoftKey(run.submitAction);
    // held by Extension Mobility, or answered without reaching it
    const QDeadlineTimer deadline(WaitLimitMs);
    while (run.agent->isBusy() && requestsReceived() == before && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

void PhoneScript::finish(Run &run)
{
    if (!run.outcome.isEmpty())
        return;
    PhoneAgent *a = run.agent;
    for (int round = 0; round < 2; ++round) {
        if (!answered(run, true))
            return;
        const PhoneObject &answer = a->lastAnswer();
        const EmAppXml::Reading r = EmAppXml::read(answer.appId);
        if (r.screen == EmAppXml::Screen::Result) {
            if (r.code == EmCode::Success && a->engineResults() != run.engineBefore && a->lastEngineResult())
                run.outcome = a->lastEngineResult()->scriptLine(r.logout);
            else
                run.outcome = EmResult::failure(r.code).scriptLine(r.logout);
            return;
        }
        if (r.screen != EmAppXml::Screen::ProfileChoice) {
            run.outcome = QStringLiteral("error no-em-service");
            return;
        }
        QStringList names;
        int pick = -1;
        for (int i = 0; i < answer.items.size(); ++i) {
            names.append(answer.items.at(i).name);
            if (answer.items.at(i).name == run.job.profile)
                pick = i;
        }
        if (run.job.profile.isEmpty() || round > 0) {
            run.outcome = QStringLiteral("choose-profile ") + names.join(QLatin1Char(','));
            return;
        }
        if (pick < 0) {
            run.outcome = EmResult::failure(EmCode::ProfileNotFound).scriptLine(false);
            return;
        }
        a->select(pick);
        run.engineBefore = a->engineResults();
        a->pressSoftKey(QStringLiteral("SoftKey:Select"));
    }
}

QStringList PhoneScript::finishAll(QList<Run> &runs)
{
    QStringList out;
    for (Run &r : runs)
        finish(r);
    for (const Run &r : std::as_const(runs))
        out.append(r.outcome);
    return out;
}

QString PhoneScript::login(const Job &job)
{
    return parallel({job}).constFirst();
}

QString PhoneScript::logout(const QString &device)
{
    Job job;
    job.device = device;
    job.logout = true;
    return parallel({job}).constFirst();
}

QStringList PhoneScript::parallel(const QList<Job> &jobs)
{
    QList<Run> runs;
    for (const Job &j : jobs) {
        Run r;
        r.job = j;
        runs.append(r);
    }
    // The Services key first, on every phone: that takes no lab time.
    for (Run &r : runs)
        navigate(r);
    for (Run &r : runs)
        submit(r);
    return finishAll(runs);
}

void PhoneScript::start(const Job &job)
{
    Run r;
    r.job = job;
    navigate(r);
    submit(r);
    m_started.append(r);
}

QStringList PhoneScript::wait()
{
    QList<Run> runs;
    runs.swap(m_started);
    return finishAll(runs);
}
