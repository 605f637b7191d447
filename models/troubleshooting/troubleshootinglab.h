#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/message.h"
#include "phone/phoneagent.h"
#include "troubleshooting/troubleshootingentry.h"

class Clock;
class Cluster;
class Lab;
class LabPhones;
class PhoneDriver;

/// The troubleshooting lab: every entry of the seed's troubleshooting list on demand, on a
/// cluster and a phone the trainer picks.
///
/// - setUp() applies the entry's cause to the cluster (a stopped service, a parameter, an
///   unchecked box…) and drives the phone to the symptom through its PhoneAgent, key by key
///   on the lab clock: Services, Extension Mobility, the user ID and PIN, Submit. The phone
///   then shows what the seed describes.
/// - fix() applies the seed's resolution (the administrator's change it names) and drives the
///   phone to a login that works.
/// - reset() puts the cluster back as the demo lab has it (services, parameters, the EM phone
///   service, phones, profiles, users, logins).
///
/// Causes do not add up: setUp() first applies the resolution of the entry set up last on that
/// cluster and not fixed since, so a trainer may go from entry to entry without Fix or Reset.
///
/// The user a phone logs in is a home user of the cluster (a user who is not a super user
/// first: carol on Cluster1; otherwise the cluster's super user), with the demo PIN.
class TroubleshootingLab : public QObject
{
    Q_OBJECT
public:
    enum class Action { None, SetUp, Fix, Reset };
    enum class State {
        Idle,
        Running,   ///< the phone is being driven
        Symptom,   ///< set up: the phone shows the entry's symptom
        Working,   ///< fixed: the login on the phone worked
        Unexpected,///< the phone showed something else (observed() says what)
        ResetDone, ///< the cluster is back to the demo state
        Refused    ///< nothing was done (refusal() says why)
    };

    /// What the phone showed during the last run.
    struct Observed {
        PhoneAgent::Failure failure = PhoneAgent::Failure::None;
        int httpStatus = 0;
        int emCode = -1;              ///< the code of EMApp's last result screen, -1: none
        PhoneAgent::Restart restart = PhoneAgent::Restart::None; ///< the last restart seen
        bool servicesChecked = false; ///< the Services menu was looked at
        bool servicesHaveEm = false;  ///< …and had an Extension Mobility entry
        bool loggedIn = false;        ///< the user's login on the phone succeeded
    };

    TroubleshootingLab(Lab *lab, LabPhones *phones, Clock *clock, QObject *parent = nullptr);
    ~TroubleshootingLab() override;

    void setUp(const QString &entryId, const QString &cluster, const QString &device);
    void fix(const QString &entryId, const QString &cluster, const QString &device);
    void reset(const QString &cluster);
    /// Stops driving the phone (the lab is left as it is).
    void cancel();

    Action action() const { return m_action; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QString entryId() const { return m_entry; }
    QString clusterName() const { return m_cluster; }
    QString deviceName() const { return m_device; }
    /// The user the phone logs in (or tries to).
    QString userId() const { return m_user; }
    Observed observed() const { return m_observed; }
    Message refusal() const { return m_refusal; }
    /// @p entry's symptom is what observed() holds.
    bool showsSymptom(const TroubleshootingEntry &entry) const;

    /// The user a phone of @p cluster logs in for @p entry.
    static QString userFor(const Cluster *cluster, const QString &entryId);
    /// The demo lab's PIN of every user.
    static QString demoPin();

signals:
    /// state(), observed() or refusal() changed.
    void changed();

private:
    struct Target {
        Cluster *cluster = nullptr;
        PhoneAgent *agent = nullptr;
        QString device;
        QString other; ///< the cluster's other phone
        QString user;
    };
    bool begin(Action action, const QString &entryId, const QString &cluster, const QString &device, Target *t);
    void refuse(Message why);
    void finishRun();
    /// Admin side: @p t's phone free and its user logged in nowhere in the cluster but on
    /// @p userOn (none when empty).
    void prepare(const Target &t, const QString &userOn);
    bool applyCause(const TroubleshootingEntry &e, const Target &t);
    bool applyFix(const TroubleshootingEntry &e, const Target &t);
    void resetCluster(Cluster *c);
    void setServices(Cluster *c, const QString &service, bool running);
    void watch(PhoneAgent *agent);
    /// Applies the resolution of the cause still standing on @p t's cluster, if any.
    bool undoStandingCause(const Target &t);

    // the phone's steps
    QList<std::function<bool()>> loginSteps(const Target &t, const QString &pin, std::function<void()> beforeSubmit = {});
    QList<std::function<bool()>> logoutSteps(const Target &t);
    QList<std::function<bool()>> servicesSteps(const Target &t);
    bool pressServices(PhoneAgent *a);
    bool openEm(PhoneAgent *a);
    bool recordFailure(PhoneAgent *a);
    void burst(const Target &t);

    Lab *m_lab;
    LabPhones *m_phones;
    Clock *m_clock;
    PhoneDriver *m_driver;
    QPointer<PhoneAgent> m_watched;
    QMetaObject::Connection m_watch;
    Action m_action = Action::None;
    State m_state = State::Idle;
    QString m_entry;
    QString m_cluster;
    QString m_device;
    QString m_user;
    Observed m_observed;
    Message m_refusal;
    /// Per cluster, the entry set up last and not fixed since, with the phone and users it
    /// was set up for.
    struct StandingCause {
        QString entry;
        QString device;
        QString other;
        QString user;
    };
    QHash<QString, StandingCause> m_standing;
};
