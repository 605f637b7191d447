#pragma once

#include <QString>

/// What a task scheduled on the lab Clock will do, so that a paused lab can list what happens
/// next (the trainer's simulation mode). A description only: the task's behaviour is its
/// function. Tasks scheduled without one are listed as "other".
struct TaskInfo
{
    enum class Kind {
        Other,
        IlsDelivery,       ///< a batch of ILS updates arrives: @c peer → @c cluster
        IlsConfigSync,     ///< @c cluster advertises configuration changes (sync interval)
        EmRequest,         ///< Extension Mobility answers a login or logout of @c user on @c phone
        MaxLoginTime,      ///< Intra-cluster Maximum Login Time logs @c user out of @c phone
        ExclusiveDuration, ///< an EM API login's exclusiveDuration ends: @c user logged out of @c phone
        RingingTimeout,    ///< an unanswered call on @c phone stops ringing
        PhoneRestart,      ///< @c phone finishes restarting
    };

    Kind kind = Kind::Other;
    QString cluster; ///< where it happens (the receiving cluster of an ILS delivery)
    QString peer;    ///< the other cluster (the sender of an ILS delivery)
    QString phone;   ///< device name
    QString user;    ///< user ID
};
