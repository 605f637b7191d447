#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Cluster;
class LabPhones;
class PhoneAgent;

/// Lab scripts' hands on the lab's phones: each `login` and `logout` presses the phone's
/// Services key, picks the Extension Mobility entry of the Services menu, fills in EMApp's
/// form or answers its question, and waits for the answer — on its PhoneAgent, as a user at
/// the phone would. The wait is synchronous and moves the manual lab clock on only while
/// Extension Mobility holds a request (so nothing else runs early). For lab scripts only:
/// everything else drives agents asynchronously.
///
/// Outcomes are script lines: the engine's own line for a login or logout that succeeded
/// ("ok SEP… bob on Cluster1 restart"), "error <code> <title>" for the code EMApp's answer
/// carries, "choose-profile A,B", and what the phone met on the way: "error host-not-found",
/// "error http-503", "error no-em-service" (its Services menu has no Extension Mobility entry),
/// "error 18 Another user logged in" (the login form is not offered: someone is logged in),
/// "error 19 No user logged in" (no logout is offered: nobody is).
class PhoneScript
{
public:
    struct Job {
        QString device;
        bool logout = false;
        QString id;
        QString pin;
        QString loginType = QStringLiteral("UID");
        QString profile; ///< the profile to pick when EMApp offers a choice
    };

    explicit PhoneScript(LabPhones *phones);
    ~PhoneScript();

    QString login(const Job &job);
    QString logout(const QString &device);
    /// Requests that overlap in lab time: every phone goes to EMApp first, then the
    /// submissions are made one after the other — each once the previous one is held by
    /// Extension Mobility (or answered) — and the lab clock moves on only when all are. So the
    /// order, and throttling past Maximum Concurrent Requests, are deterministic.
    QStringList parallel(const QList<Job> &jobs);

    /// `start`: the phone submits @p job without waiting for the answer.
    void start(const Job &job);
    bool hasStarted() const { return !m_started.isEmpty(); }
    /// `wait`: lab time passes until every started request is answered; their outcomes in
    /// the order they were started.
    QStringList wait();

private:
    struct Run {
        Job job;
        PhoneAgent *agent = nullptr;
        Cluster *cluster = nullptr;
        QString outcome;           ///< set once known
        QString submitAction;      ///< the soft key that sends the request
        quint64 engineBefore = 0;
    };
    void navigate(Run &run);
    void submit(Run &run);
    void finish(Run &run);
    QStringList finishAll(QList<Run> &runs);
    /// Lets @p agent's request be answered; @p clockToo: moves the lab clock on while
    /// Extension Mobility holds a request.
    bool settle(PhoneAgent *agent, bool clockToo);
    QString failureLine(const PhoneAgent *agent) const;
    /// settle() the run's agent; false with the run's outcome set when it timed out or failed.
    bool answered(Run &run, bool clockToo);
    qint64 requestsReceived() const;
    void pumpClock();

    LabPhones *m_phones;
    QList<Run> m_started;
};
