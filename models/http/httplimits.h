#pragma once

#include <QtGlobal>

/// What a cluster's HTTP listener accepts — from one connection, and in connections — before it
/// gives up.
struct HttpLimits
{
    qint64 maxHeaderBytes = 16 * 1024; ///< blank lines + request line + headers; more → 431 and close
    qint64 maxBodyBytes = 64 * 1024;   ///< request body; more → 413 and close
    int requestTimeoutMs = 10'000;     ///< a started request must arrive completely within this → else 408
    int idleTimeoutMs = 30'000;        ///< a connection with no request under way and no answer owed is closed after this
    int responseTimeoutMs = 300'000;   ///< a connection waiting on its answer is closed after this
    int maxConnections = 256;          ///< open connections per listener; more → 503 and close
    int maxConnectionsPerAddress = 64; ///< of those, from one client address; more → 503 and close
    /// Open connections of the whole process (every listener); 0 = the open-file limit
    /// (RLIMIT_NOFILE, raised to its hard limit at start) less a margin for the databases,
    /// translations and the display. Past it a connection is closed at once and the listener
    /// pauses briefly.
    int maxProcessConnections = 0;
    int acceptPauseMs = 200;           ///< how long a listener rests after accept() failed (EMFILE, ENFILE…)
};
