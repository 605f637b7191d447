#pragma once

#include <QtGlobal>

/// What a cluster's HTTP listener accepts — from one connection, and in connections — before it
/// gives up.
struct HttpLimits
{
    qint64 maxHeaderBytes = 16 * 1024; ///< request line + headers; more → 431 and close
    qint64 maxBodyBytes = 64 * 1024;   ///< request body; more → 413 and close
    int requestTimeoutMs = 10'000;     ///< a started request must arrive completely within this → else 408
    int idleTimeoutMs = 30'000;        ///< a keep-alive connection with no request is closed after this
    int responseTimeoutMs = 300'000;   ///< a connection waiting on its answer is closed after this
    int maxConnections = 256;          ///< open connections per listener; more → 503 and close
};
