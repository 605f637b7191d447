#pragma once

#include <QWidget>

class EventFilterModel;
class EventTableModel;
class Lab;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

/// The lab's event log stamped with lab time, filtered by cluster, user, kind and any text;
/// Copy puts the selected rows (or every row shown) on the clipboard, Export… writes the rows
/// shown to a CSV file.
class EventLogView : public QWidget
{
    Q_OBJECT
public:
    explicit EventLogView(Lab *lab, QWidget *parent = nullptr);
    ~EventLogView() override;

    QTableView *table() const { return m_table; }
    /// Rows shown with the current filter.
    int shownCount() const;
    /// The rows shown (or only the selected ones) as tab-separated lines.
    QString shownText(bool selectedOnly) const;
    void copyToClipboard();
    /// Writes the rows shown to @p path as CSV; the status line says how it went.
    bool exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QList<int> shownSourceRows(bool selectedOnly) const;

    Lab *m_lab;
    EventTableModel *m_model;
    EventFilterModel *m_filter;
    QComboBox *m_clusterCombo;
    QComboBox *m_kindCombo;
    QLineEdit *m_userEdit;
    QLineEdit *m_textEdit;
    QTableView *m_table;
    QPushButton *m_copyButton;
    QPushButton *m_exportButton;
    QLabel *m_statusLabel;
};
