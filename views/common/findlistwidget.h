#pragma once

#include <QWidget>

#include <functional>
#include <memory>

#include "core/refusal.h"

namespace Ui { class FindListWidget; }
class ClusterTableModel;
class FindProxyModel;
class QTimer;

/// The Find and List window of Unified CM Administration as a building block: "Find <items>
/// where <field> <operator> <text>" + Find (Ctrl+F), the sortable results table with a count,
/// Select All / Clear All / Delete Selected, Add New, and double-click or Enter to open a row.
/// The page that owns it gives it a ClusterTableModel and acts on its signals.
class FindListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FindListWidget(QWidget *parent = nullptr);
    ~FindListWidget() override;

    /// Shows @p model's records; @p searchColumns are the columns offered in the field list.
    void setModel(ClusterTableModel *model, const QList<int> &searchColumns);
    ClusterTableModel *model() const { return m_model; }
    FindProxyModel *proxy() const { return m_proxy; }
    /// The texts that depend on the page (re-read on every language change).
    void setTexts(std::function<QString()> title, std::function<QString()> findWhere);
    /// Hides the buttons a window does not offer (e.g. Add New in a pop-up).
    void setActionsVisible(bool addNew, bool deleteSelected);

    /// Runs the search in the fields now.
    void find();
    QList<qint64> selectedIds() const;
    void showRefusal(const Refusal &refusal);
    void showDeleted(int count);
    void clearStatus();

signals:
    void openRequested(qint64 id);
    void addNewRequested();
    void deleteRequested(const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateWidgets();
    void scheduleFitColumns();
    void fitColumns();

    std::unique_ptr<Ui::FindListWidget> m_ui;
    ClusterTableModel *m_model = nullptr;
    FindProxyModel *m_proxy;
    QList<int> m_searchColumns;
    std::function<QString()> m_title;
    std::function<QString()> m_findWhere;
    Refusal m_refusal;
    int m_deleted = -1;
    QTimer *m_fitTimer;
    int m_uncappedSectionSize; // the header's own maximum section size
    int m_cap;                 // the widest a column may be now (fitColumns())
    int m_rowHeight;           // the table's own row height: one line
};
