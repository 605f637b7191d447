#pragma once

#include <QWidget>

class Cluster;

/// A page of the console that administers one cluster at a time (the cluster chosen in the
/// main window's cluster selector).
class ClusterPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    /// Shows @p cluster's administration. Called when the selector changes.
    virtual void setCluster(Cluster *cluster) = 0;
    /// Asked before the user navigates away; a page with unsaved edits asks the user and
    /// returns false to stay.
    virtual bool confirmLeave() { return true; }
};
