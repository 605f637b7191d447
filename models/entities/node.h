#pragma once

#include <QString>

/// A Unified CM server of a cluster: the publisher or a subscriber.
struct Node
{
    QString hostName;
    QString address;
    bool publisher = false;
};
