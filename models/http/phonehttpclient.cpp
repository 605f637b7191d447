#include "phonehttpclient.h"

#include "cluster/cluster.h"
#include "core/clock.h"
#include "events/counters.h"
#include "http/clusterhttp.h"
#include "http/labhttp.h"
#include "lab/lab.h"
#include "mobility/emresult.h"
#include "mobility/extensionmobility.h"

#include <QEventLoop>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QXmlStreamReader>

namespace {

constexpr int RequestTimeoutMs = 10'000;

/// The MenuItem URLs of a CiscoIPPhoneMenu.
QStringList menuUrls(const QByteArray &xml)
{
    QStringList urls;
    QXmlStreamReader r(xml);
    QString parent;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == QLatin1String("MenuItem"))
            parent = QStringLiteral("MenuItem");
        else if (r.name() == QLatin1String("URL") && parent == QLatin1String("MenuItem"))
            urls.append(r.readElementText());
    }
    return urls;
}

/// The Text of a CiscoIPPhoneText.
QString phoneText(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("Text"))
            return r.readElementText();
    return {};
}

} // namespace

PhoneHttpClient::PhoneHttpClient(Lab *lab)
    : m_lab(lab), m_shared(LabHttp::serving(lab))
{
    m_nam.setProxy(QNetworkProxy::NoProxy); // loopback only, whatever the environment says
}

LabHttp *PhoneHttpClient::http()
{
    if (m_shared)
        return m_shared;
    if (!m_own) {
        m_own = std::make_unique<LabHttp>(m_lab);
        m_own->start();
    }
    return m_own.get();
}

PhoneHttpClient::~PhoneHttpClient() = default;

PhoneHttpClient::Reply PhoneHttpClient::get(const QUrl &url, Cluster *cluster)
{
    Reply out;
    QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(RequestTimeoutMs);
    // Lab time moves on (manual clock) only while Extension Mobility processes the request.
    QTimer pump;
    ExtensionMobility *em = cluster ? m_lab->mobility(cluster) : nullptr;
    QObject::connect(&pump, &QTimer::timeout, &loop, [this, em] {
        Clock *clock = m_lab->clock();
        if (em && em->requestsInProgress() > 0 && clock->mode() == Clock::Mode::Manual && clock->nextDue() >= 0)
            clock->advance(qMax<qint64>(0, clock->nextDue() - clock->now()));
    });
    pump.start(1);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        out.timedOut = true;
        reply->abort();
    } else {
        out.refused = reply->error() == QNetworkReply::ConnectionRefusedError
                      || reply->error() == QNetworkReply::HostNotFoundError
                      || reply->error() == QNetworkReply::RemoteHostClosedError;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
    }
    reply->deleteLater();
    return out;
}

QUrl PhoneHttpClient::emAppUrl(Cluster *cluster, const QString &deviceName, QString *error)
{
    ClusterHttp *server = http()->server(cluster);
    if (!server || server->port() == 0) {
        *error = QStringLiteral("error host-not-found");
        return {};
    }
    // Services button: the menu from the phone's cluster.
    QUrl menu = server->url();
    menu.setPath(QStringLiteral("/ccmcip/getservicesmenu.jsp"));
    menu.setQuery(QUrlQuery{{QStringLiteral("device"), deviceName}});
    const Reply r = get(menu, nullptr);
    if (r.refused || r.timedOut) {
        *error = r.timedOut ? QStringLiteral("error timeout") : QStringLiteral("error host-not-found");
        return {};
    }
    if (r.status == 503) {
        *error = QStringLiteral("error http-503");
        return {};
    }
    for (const QString &u : menuUrls(r.body))
        if (QUrl(u).path() == QLatin1String("/emapp/EMAppServlet")) {
            const QUrl mapped = http()->resolve(QUrl(u));
            if (!mapped.isValid())
                *error = QStringLiteral("error host-not-found"); // a host this lab does not serve
            return mapped;
        }
    // No Extension Mobility in the menu: go to the cluster's EMApp directly, as a phone with
    // the URL configured elsewhere (an Execute push, a speed dial) would.
    QUrl direct = server->url();
    direct.setPath(QStringLiteral("/emapp/EMAppServlet"));
    direct.setQuery(QUrlQuery{{QStringLiteral("device"), deviceName}});
    return direct;
}

QUrl PhoneHttpClient::jobUrl(const Job &job, QString *error)
{
    Cluster *cluster = job.cluster;
    const QString &deviceName = job.request.deviceName;
    if (!cluster) // a request without device=: the first cluster that is up answers
        for (Cluster *any : m_lab->clusters())
            if (any->isUp()) {
                cluster = any;
                break;
            }
    if (!cluster) {
        *error = QStringLiteral("error host-not-found");
        return {};
    }
    QUrl url;
    if (deviceName.isEmpty()) {
        ClusterHttp *server = http()->server(cluster);
        url = server ? server->url() : QUrl();
        url.setPath(QStringLiteral("/emapp/EMAppServlet"));
    } else {
        url = emAppUrl(cluster, deviceName, error);
        if (!error->isEmpty())
            return {};
    }
    QUrlQuery q(url);
    const QUrlQuery extra = submission(job);
    for (const auto &item : extra.queryItems(QUrl::FullyEncoded))
        q.addQueryItem(item.first, item.second);
    url.setQuery(q);
    return url;
}

QUrlQuery PhoneHttpClient::submission(const Job &job)
{
    QUrlQuery q;
    if (job.logout) {
        q.addQueryItem(QStringLiteral("logout"), QStringLiteral("true"));
        return q;
    }
    const EmLoginRequest &request = job.request;
    q.addQueryItem(QStringLiteral("userid"), QString::fromLatin1(QUrl::toPercentEncoding(request.id)));
    q.addQueryItem(QStringLiteral("seq"), QString::fromLatin1(QUrl::toPercentEncoding(request.pin)));
    if (request.loginType != QLatin1String("UID"))
        q.addQueryItem(QStringLiteral("loginType"), QString::fromLatin1(QUrl::toPercentEncoding(request.loginType)));
    if (!request.profile.isEmpty())
        q.addQueryItem(QStringLiteral("profile"), QString::fromLatin1(QUrl::toPercentEncoding(request.profile)));
    return q;
}

QString PhoneHttpClient::outcome(const Reply &r, const std::optional<EmResult> &engine, bool logout)
{
    if (r.timedOut)
        return QStringLiteral("error timeout");
    if (r.refused)
        return QStringLiteral("error host-not-found");
    if (r.status == 503)
        return QStringLiteral("error http-503");
    if (engine)
        return engine->scriptLine(logout);
    // EMApp answered by itself: the code is in the phone text ("Login is unavailable(208)").
    static const QRegularExpression code(QStringLiteral("\\((\\d+)\\)\\s*$"));
    const QRegularExpressionMatch m = code.match(phoneText(r.body));
    if (!m.hasMatch())
        return QStringLiteral("error http-%1").arg(r.status);
    return EmResult::failure(m.captured(1).toInt()).scriptLine(logout);
}

QString PhoneHttpClient::emApp(const Job &job)
{
    QString error;
    const QUrl url = jobUrl(job, &error);
    if (!error.isEmpty())
        return error;

    // The engine's own outcome, when the request reached Extension Mobility.
    ExtensionMobility *em = job.cluster ? m_lab->mobility(job.cluster) : nullptr;
    std::optional<EmResult> engine;
    QMetaObject::Connection finished;
    if (em) {
        auto capture = [&engine, deviceName = job.request.deviceName](const EmResult &r) {
            if (!engine && r.device.compare(deviceName, Qt::CaseInsensitive) == 0)
                engine = r;
        };
        finished = job.logout ? QObject::connect(em, &ExtensionMobility::logoutFinished, capture)
                              : QObject::connect(em, &ExtensionMobility::loginFinished, capture);
    }
    const Reply r = get(url, job.cluster);
    QObject::disconnect(finished);
    return outcome(r, engine, job.logout);
}

QString PhoneHttpClient::login(Cluster *cluster, const EmLoginRequest &request)
{
    Job job;
    job.cluster = cluster;
    job.request = request;
    return emApp(job);
}

QString PhoneHttpClient::logout(Cluster *cluster, const QString &deviceName)
{
    Job job;
    job.cluster = cluster;
    job.logout = true;
    job.request.deviceName = deviceName;
    return emApp(job);
}

QStringList PhoneHttpClient::parallel(const QList<Job> &jobs)
{
    const qsizetype n = jobs.size();
    QStringList results(n);
    QList<QUrl> urls(n);
    // Services button first, on every phone: that takes no lab time.
    for (qsizetype i = 0; i < n; ++i) {
        QString error;
        urls[i] = jobUrl(jobs[i], &error);
        if (!error.isEmpty())
            results[i] = error;
    }

    struct State {
        QNetworkReply *reply = nullptr;
        bool done = false; ///< answered, or never sent
        std::optional<EmResult> engine;
        Reply answer;
    };
    std::vector<State> states(static_cast<size_t>(n));
    // Which requests Extension Mobility holds: every request it receives counts in
    // TotalRequestsAttempted (admitted, throttled or refused at once).
    QList<Cluster *> clusters;
    for (const Job &job : jobs)
        if (job.cluster && !clusters.contains(job.cluster))
            clusters.append(job.cluster);
    auto received = [this, &clusters] {
        qint64 total = 0;
        for (Cluster *c : std::as_const(clusters))
            total += m_lab->counters()->value(c->name(), CounterNames::TotalRequestsAttempted);
        return total;
    };
    const qint64 receivedBefore = received();

    QList<QMetaObject::Connection> connections;
    for (Cluster *c : std::as_const(clusters)) {
        ExtensionMobility *em = m_lab->mobility(c);
        if (!em)
            continue;
        for (const bool logout : {false, true}) {
            auto capture = [&jobs, &states, c, logout](const EmResult &r) {
                for (size_t i = 0; i < states.size(); ++i) {
                    const Job &job = jobs[qsizetype(i)];
                    if (job.cluster == c && job.logout == logout && states[i].reply && !states[i].engine
                        && job.request.deviceName.compare(r.device, Qt::CaseInsensitive) == 0) {
                        states[i].engine = r;
                        return;
                    }
                }
            };
            connections.append(logout ? QObject::connect(em, &ExtensionMobility::logoutFinished, capture)
                                      : QObject::connect(em, &ExtensionMobility::loginFinished, capture));
        }
    }

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(RequestTimeoutMs);
    qsizetype next = 0; // the next request to send
    auto step = [&] {
        // A request is settled once Extension Mobility holds it, or it was answered (or never
        // sent) without reaching it.
        qint64 settled = received() - receivedBefore;
        for (qsizetype i = 0; i < next; ++i)
            if (states[size_t(i)].done && !states[size_t(i)].engine)
                ++settled;
        while (next < n && settled >= next) {
            State &st = states[size_t(next)];
            if (!results[next].isEmpty()) {
                st.done = true;
                ++next;
                ++settled;
                continue;
            }
            st.reply = m_nam.get(QNetworkRequest(urls[next]));
            QObject::connect(st.reply, &QNetworkReply::finished, &loop, [&st] { st.done = true; });
            ++next;
            return;
        }
        bool allDone = next == n;
        for (const State &s : states)
            allDone = allDone && s.done;
        if (allDone) {
            loop.quit();
            return;
        }
        // Every request is in: let lab time run until Extension Mobility has answered them.
        Clock *clock = m_lab->clock();
        if (next == n && settled >= n && clock->mode() == Clock::Mode::Manual && clock->nextDue() >= 0)
            clock->advance(qMax<qint64>(0, clock->nextDue() - clock->now()));
    };
    QTimer pump;
    QObject::connect(&pump, &QTimer::timeout, &loop, step);
    pump.start(1);
    step();
    bool allDone = true;
    for (const State &s : states)
        allDone = allDone && s.done;
    if (!allDone)
        loop.exec();

    for (const QMetaObject::Connection &c : std::as_const(connections))
        QObject::disconnect(c);
    for (qsizetype i = 0; i < n; ++i) {
        State &st = states[size_t(i)];
        if (!results[i].isEmpty())
            continue;
        Reply r;
        if (!st.reply || !st.reply->isFinished()) {
            r.timedOut = true;
            if (st.reply)
                st.reply->abort();
        } else {
            r.refused = st.reply->error() == QNetworkReply::ConnectionRefusedError
                        || st.reply->error() == QNetworkReply::HostNotFoundError
                        || st.reply->error() == QNetworkReply::RemoteHostClosedError;
            r.status = st.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = st.reply->readAll();
        }
        if (st.reply)
            st.reply->deleteLater();
        results[i] = outcome(r, st.engine, jobs[i].logout);
    }
    return results;
}
