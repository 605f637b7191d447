#pragma once

#include <QStringList>

/// emroam-bench map: frame times of the ILS topology map on a 200-cluster lab (offscreen).
int runMapBench(int argc, char *argv[]);
