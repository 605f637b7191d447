#pragma once

#include <QWidget>

class DemoPanel;
class Lab;
class LabPhones;
class QLabel;
class QSplitter;
class TopologyView;

/// Lab › ILS Topology: the topology map with a legend and a status line, and the trainer's
/// demo controls (clock, the story step by step, events) beside it.
class TopologyPage : public QWidget
{
    Q_OBJECT
public:
    /// The story beside the map drives @p phones' agents.
    TopologyPage(Lab *lab, LabPhones *phones, QWidget *parent = nullptr);
    ~TopologyPage() override;

    TopologyView *view() const { return m_view; }
    DemoPanel *demoPanel() const { return m_demo; }

signals:
    /// The user clicked a cluster on the map.
    void clusterSelected(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();

    Lab *m_lab;
    TopologyView *m_view;
    DemoPanel *m_demo;
    QSplitter *m_splitter;
    QLabel *m_titleLabel;
    QLabel *m_legendLabel;
    QLabel *m_summaryLabel;
    QLabel *m_statusLabel;
};
