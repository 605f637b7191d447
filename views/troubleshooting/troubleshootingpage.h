#pragma once

#include <QPointer>

#include "common/clusterpage.h"

class Cluster;
class Lab;
class LabPhones;
class PhoneEmulator;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QVBoxLayout;
class TroubleshootingLab;

/// Lab › Troubleshooting Lab: the seed's troubleshooting list (code and title), the chosen
/// entry's problem, possible cause and resolution as the seed words them, and what the lab
/// does to cause and to fix it. A cluster and one of its phones are chosen; Set up causes the
/// entry there and the embedded phone is driven to the symptom, Fix applies the resolution and
/// the phone logs in, Reset Cluster puts the cluster back to the demo state. A status line
/// says what just happened. The cluster follows the console's cluster selector until another
/// is chosen on the page.
class TroubleshootingPage : public ClusterPage
{
    Q_OBJECT
public:
    TroubleshootingPage(Lab *lab, LabPhones *phones, QWidget *parent = nullptr);
    ~TroubleshootingPage() override;

    TroubleshootingLab *troubleshooting() const { return m_trouble; }
    PhoneEmulator *phone() const;
    /// Selects entry @p id of the list; false when there is none.
    bool selectEntry(const QString &id);
    QString currentEntry() const;
    void setCluster(const QString &cluster);
    void setCluster(Cluster *cluster) override;
    void setPhone(const QString &device);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPhones();
    void showPhone();
    void showEntry();
    void updateStatus();
    void updateButtons();
    QString observedText() const;

    Lab *m_lab;
    LabPhones *m_phones;
    TroubleshootingLab *m_trouble;
    QLabel *m_titleLabel;
    QLabel *m_introLabel;
    QTreeWidget *m_entries;
    QTextBrowser *m_detail;
    QLabel *m_clusterLabel;
    QComboBox *m_clusterCombo;
    QLabel *m_phoneLabel;
    QComboBox *m_phoneCombo;
    QPushButton *m_setUpButton;
    QPushButton *m_fixButton;
    QPushButton *m_resetButton;
    QLabel *m_statusLabel;
    QLabel *m_phoneCaption;
    QVBoxLayout *m_phoneLayout;
    QPointer<PhoneEmulator> m_phone;
};
