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
    bool wasBusy = false;
    qint64 atBusy = 0;
    for (int i = 0; i < 10000 && tl.isRunning(); ++i) {
        QTest::qWait(1);
        PhoneAgent *a = p.agent(tl.deviceName());
        const bool busy = a && a->isBusy();
        if (busy && !wasBusy)
            atBusy = attempted();
        wasBusy = busy;
        if (busy && attempted() == atBusy)
            continue; // the request has not reached Extension Mobility yet
        if (clock->nextDue() >= 0)
            clock->advance(qMax<qint64>(0, clock->nextDue() - clock->now()));
    }
    return !tl.isRunning();
}
