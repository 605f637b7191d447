#pragma once

#include <QWidget>

class DemoPanel;
class Lab;
class QAction;
class LabPhones;
class QLabel;
class QSplitter;
class QToolBar;
class SimulationPanel;
class TopologyView;

/// Lab › ILS Topology: the topology map with its tools (zoom, fit, export, slow motion,
/// simulation mode), a legend and a status line, and the trainer's demo controls (clock, the
/// story step by step, events) beside it.
class TopologyPage : public QWidget
{
    Q_OBJECT
public:
    /// The story beside the map drives @p phones' agents.
    TopologyPage(Lab *lab, LabPhones *phones, QWidget *parent = nullptr);
    ~TopologyPage() override;

    TopologyView *view() const { return m_view; }
    DemoPanel *demoPanel() const { return m_demo; }
    SimulationPanel *simulationPanel() const { return m_simulation; }
    /// Simulation mode: the clock paused and what happens next listed under the map.
    bool isSimulating() const;
    void setSimulating(bool on);

signals:
    /// The user clicked a cluster on the map.
    void clusterSelected(const QString &name);
    /// "Administer this cluster" from a cluster's context menu.
    void administerRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void exportMap();

    Lab *m_lab;
    TopologyView *m_view;
    DemoPanel *m_demo;
    SimulationPanel *m_simulation;
    QSplitter *m_splitter;
    QSplitter *m_mapSplitter;
    QLabel *m_titleLabel;
    QToolBar *m_tools;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_fitAction;
    QAction *m_exportAction;
    QAction *m_slowMotionAction;
    QAction *m_simulationAction;
    QLabel *m_slowMotionLabel;
    QLabel *m_legendLabel;
    QLabel *m_summaryLabel;
    QLabel *m_statusLabel;
};
