#include "callresult.h"

QString CallResult::reasonToken(Failure f)
{
    switch (f) {
    case Failure::None: return QString();
    case Failure::UnknownNumber: return QStringLiteral("unknown-number");
    case Failure::ClusterDown: return QStringLiteral("cluster-down");
    case Failure::StaleLocation: return QStringLiteral("stale-location");
    case Failure::Unregistered: return QStringLiteral("unregistered");
    case Failure::Busy: return QStringLiteral("busy");
    case Failure::NoRoute: return QStringLiteral("no-route");
    }
    return QString();
}

QString CallResult::scriptLine() const
{
    if (ok())
        return QStringLiteral("ringing %1 on %2 via %3").arg(callee, calleeCluster, hops.join(QLatin1Char('>')));
    return QStringLiteral("failed %1 %2").arg(reasonToken(failure), message.englishText());
}
