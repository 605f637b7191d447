#pragma once

#include "testsupport.h"

#include "core/clock.h"
#include "events/counters.h"
#include "events/eventlog.h"
#include "ils/ilsnetwork.h"
#include "mobility/extensionmobility.h"
#include "mobility/registrar.h"
#include "routing/callrouter.h"
#include "script/labscript.h"
#include "security/credentialverifier.h"

#include <QFile>

/// The demo lab on a manual clock, with helpers that act the way a phone user would.
struct EngineLab : TempLab
{
    EngineLab()
    {
        lab->clock()->setMode(Clock::Mode::Manual);
        // Engine tests step lab time by hand, without an event loop: PINs are checked inline.
        lab->credentialVerifier()->setMode(CredentialVerifier::Mode::Inline);
        if (!openDemo())
            qFatal("cannot open the demo lab");
    }
    Cluster *cluster(int k) const { return lab->cluster(QStringLiteral("Cluster%1").arg(k)); }
    ExtensionMobility *em(int k) const { return lab->mobility(cluster(k)); }
    Registrar *registrar(int k) const { return lab->registrar(cluster(k)); }

    /// Logs in and lets lab time pass until EM answers.
    EmResult login(int k, const QString &device, const QString &id, const QString &pin = QStringLiteral("12345"),
                   const QString &type = QStringLiteral("UID"))
    {
        EmLoginRequest r;
        r.deviceName = device;
        r.id = id;
        r.pin = pin;
        r.loginType = type;
        EmResult out;
        bool done = false;
        em(k)->login(r, [&](const EmResult &res) { out = res; done = true; });
        while (!done && lab->clock()->nextDue() >= 0)
            lab->clock()->advance(lab->clock()->nextDue() - lab->clock()->now());
        return out;
    }
    EmResult logout(int k, const QString &device)
    {
        EmResult out;
        bool done = false;
        em(k)->logout(device, [&](const EmResult &res) { out = res; done = true; });
        while (!done && lab->clock()->nextDue() >= 0)
            lab->clock()->advance(lab->clock()->nextDue() - lab->clock()->now());
        return out;
    }
    void settle()
    {
        for (int i = 0; lab->ils()->hasDeliverable() && i < 10000; ++i)
            lab->clock()->advance(lab->ils()->nextDelivery() - lab->clock()->now());
    }
    QString userOn(int k, const QString &device) const { return registrar(k)->loggedInUser(device); }
    bool hasEvent(LabEvent::Type type, const QString &cluster = {}) const
    {
        for (const LabEvent &e : lab->events()->events())
            if (e.type == type && (cluster.isEmpty() || e.cluster == cluster))
                return true;
        return false;
    }
};

/// Runs a script of resources/scripts on a fresh demo lab; fails the test with its output.
inline bool runLabScript(const QString &fileName, QString *output)
{
    QFile f(qEnvironmentVariable("EMROAM_SOURCE_DIR") + QStringLiteral("/resources/scripts/") + fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        *output = QStringLiteral("cannot read ") + f.fileName();
        return false;
    }
    EngineLab e;
    LabScript script(e.lab.get());
    return script.run(QString::fromUtf8(f.readAll()), [output](const QString &l) { *output += l + QLatin1Char('\n'); });
}
