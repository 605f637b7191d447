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
class QScrollArea;
class QToolButton;
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
    /// The narrowest a phone is drawn (readable from the back of a room); phones that do not
    /// fit beside each other at this width are reached by scrolling sideways.
    static constexpr int MinPhoneWidth = 232;
    /// How many phones stand side by side in the room there is now.
    int phonesInView() const;
    /// The list of phones beside them (collapsed when the phones need the width).
    bool isPhoneListShown() const;
    void setPhoneListShown(bool shown);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    void fitPhoneList();

private:
    void retranslate();
    void watchCluster(Cluster *cluster);
    void rebuildTree();
    void updateTree();
    void treeChanged();
    void layoutPhones();
    void chooseListVisibility();
    int listWidth() const;

    Lab *m_lab;
    LabPhones *m_phones;
    QLabel *m_titleLabel;
    QLabel *m_hintLabel;
    QTreeWidget *m_tree;
    QSplitter *m_splitter;
    QToolButton *m_listButton;
    QScrollArea *m_scroll;
    bool m_listChosen = false; // the trainer showed or hid the list: it stays so
    bool m_sized = false; // the phone list was given its width once shown
    QWidget *m_row;
    QHBoxLayout *m_rowLayout;
    QStringList m_shown;
    QHash<QString, PhoneEmulator *> m_emulators;
    bool m_updating = false;
};
