#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class Cluster;
class Lab;
class LabPhones;
class PhoneEmulator;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QTreeWidget;

/// Lab › Phones: every phone of the lab in a list grouped by cluster; the phones ticked there
/// stand side by side as emulators the trainer can pick up (by default the three phones of the
/// seed's story: Kally's, Bob's at home, and the one Bob roams to).
class PhonesPage : public QWidget
{
    Q_OBJECT
public:
    /// The phones shown are @p phones' agents.
    PhonesPage(Lab *lab, LabPhones *phones, QWidget *parent = nullptr);
    ~PhonesPage() override;

    /// Shows these phones side by side, in this order (at most MaxShown).
    void showPhones(const QStringList &deviceNames);
    QStringList shownPhones() const;
    PhoneEmulator *emulator(const QString &deviceName) const { return m_emulators.value(deviceName); }

    static constexpr int MaxShown = 4;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private slots:
    void fitPhoneList();

private:
    void retranslate();
    void watchCluster(Cluster *cluster);
    void rebuildTree();
    void updateTree();
    void treeChanged();

    Lab *m_lab;
    LabPhones *m_phones;
    QLabel *m_titleLabel;
    QLabel *m_hintLabel;
    QTreeWidget *m_tree;
    QSplitter *m_splitter;
    bool m_sized = false; // the phone list was given its width once shown
    QWidget *m_row;
    QHBoxLayout *m_rowLayout;
    QStringList m_shown;
    QHash<QString, PhoneEmulator *> m_emulators;
    bool m_updating = false;
};
