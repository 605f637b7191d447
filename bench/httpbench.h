#pragma once

#include <QStringList>

/// `emroam-bench http [--clients N] [--pairs P]`: EM API login+logout operations per second
/// from N concurrent keep-alive clients against one cluster (processing time 0, Maximum
/// Concurrent Requests 100), p50/p99 latency, and a bare Qt HttpServer route driven by the
/// same client; prints "name value unit" lines.
int runHttpBench(const QStringList &args);
