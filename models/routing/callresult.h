#pragma once

#include <QString>
#include <QStringList>

#include "core/message.h"

/// The outcome of dialling: the phone that rings (and where) with the clusters the call went
/// through, or why it failed.
struct CallResult
{
    enum class Failure { None, UnknownNumber, ClusterDown, StaleLocation, Unregistered, Busy, NoRoute };

    Failure failure = Failure::None;
    qint64 callId = 0;
    QString callee;       ///< ringing phone
    QString calleeCluster;
    QStringList hops;     ///< clusters in order, caller's first
    Message message;

    bool ok() const { return failure == Failure::None; }
    /// "unknown-number", "cluster-down", … (stable script tokens).
    static QString reasonToken(Failure f);
    /// "ringing SEP… on Cluster2 via Cluster3>Cluster2" or "failed <reason> <text>".
    QString scriptLine() const;
};
