#pragma once

#include <QString>

class Lab;

/// The built-in demo lab of four clusters (Cluster1 and Cluster2 hubs, Cluster3 a spoke of
/// Cluster2, Cluster4 a spoke of Cluster1) with the users of the seed document's story.
/// Trainers rely on its names: see the README.
class DemoLab
{
public:
    /// Builds the demo lab in @p lab's (empty) folder.
    static bool create(Lab &lab, QString *error);
    /// The demo lab's name as stored: QT_TRANSLATE_NOOP("DemoLab", "Demo lab").
    static const char *name();
};
