#pragma once

#include "phonetestsupport.h"
#include "troubleshooting/troubleshootinglab.h"

/// Lets the troubleshooting lab drive its phone to the end, on the manual lab clock: lab time
/// moves to the next task while the phone waits (a pause between key presses, a restart) or
/// while Extension Mobility holds the phone's request; never while the request is still on
/// its way (so requests meant to overlap do overlap).
inline bool runToEnd(PhoneLab &p, TroubleshootingLab &tl)
{
    Lab *lab = p.lab();
    Clock *clock = lab->clock();
    auto attempted = [lab] {
        qint64 n = 0;
        for (Cluster *c : lab->clusters())
            n += lab->counters()->value(c->name(), CounterNames::TotalRequestsAttempted);
        return n;
    };
    // the driver presses keys only from lab clock tasks: a request starts inside advance()
    qint64 atRequest = attempted();
    for (int i = 0; i < 10000 && tl.isRunning(); ++i) {
        QTest::qWait(1);
        PhoneAgent *a = p.agent(tl.deviceName());
        if (a && a->isBusy() && attempted() == atRequest)
            continue; // the request has not reached Extension Mobility yet
        const bool busyBefore = a && a->isBusy();
        if (clock->nextDue() >= 0)
            clock->advance(qMax<qint64>(0, clock->nextDue() - clock->now()));
        if (a && a->isBusy() && !busyBefore)
            atRequest = attempted(); // after what the step sent first (26: the EM API's logins)
    }
    return !tl.isRunning();
}
