#pragma once

#include <QNetworkAccessManager>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

#include "mobility/emloginrequest.h"
#include "mobility/emresult.h"

class Cluster;
class Lab;
class LabHttp;

/// What a lab phone does over HTTP when its user logs in or out with Extension Mobility:
/// fetch the Services menu from its cluster's publisher, follow the Extension Mobility item
/// (#DEVICENAME# already substituted; the configured host is mapped to its lab listener) and
/// submit the EMApp login (userid, seq = PIN, loginType, profile) or logout. Lab scripts use
/// it, so they exercise the same path as phones and outside clients.
///
/// Answers are script outcome lines: the engine's own line for the request when it reached
/// Extension Mobility, "error <code> <title>" for what EMApp answered by itself (207, 215,
/// 208), "error host-not-found" for a refused connection and "error http-503" for HTTP 503.
/// While the request waits, a manual lab clock is moved on only once Extension Mobility holds
/// the request (so nothing else runs early).
class PhoneHttpClient
{
public:
    /// Talks to the listeners the console already runs for @p lab (LabHttp::serving()), so a
    /// fixed port in the lab settings is not asked for twice; a lab nobody serves yet gets
    /// listeners of this client's own on 127.0.0.1.
    explicit PhoneHttpClient(Lab *lab);
    ~PhoneHttpClient();

    /// The listeners requests go to.
    LabHttp *http();

    /// @p cluster is the phone's cluster (nullptr for a request without a device name: the
    /// first cluster that is up answers).
    QString login(Cluster *cluster, const EmLoginRequest &request);
    QString logout(Cluster *cluster, const QString &deviceName);

    /// One request of parallel(): a login (@p request) or a logout of request.deviceName.
    struct Job {
        Cluster *cluster = nullptr;
        bool logout = false;
        EmLoginRequest request;
    };
    /// Requests that overlap in lab time: each phone fetches its Services menu, then the EMApp
    /// submissions are sent one after the other — each once the previous one is held by
    /// Extension Mobility (or answered) — and the manual lab clock moves on only when all of
    /// them are. So the order, and throttling past Maximum Concurrent Requests, are
    /// deterministic. One outcome line per job.
    QStringList parallel(const QList<Job> &jobs);

private:
    struct Reply {
        bool refused = false;
        bool timedOut = false;
        int status = 0;
        QByteArray body;
    };
    static QUrlQuery submission(const Job &job);
    static QString outcome(const Reply &reply, const std::optional<EmResult> &engine, bool logout);
    QUrl jobUrl(const Job &job, QString *error);
    QString emApp(const Job &job);
    QUrl emAppUrl(Cluster *cluster, const QString &deviceName, QString *error);
    Reply get(const QUrl &url, Cluster *cluster);

    Lab *m_lab;
    QPointer<LabHttp> m_shared;
    std::unique_ptr<LabHttp> m_own;
    QNetworkAccessManager m_nam;
};
