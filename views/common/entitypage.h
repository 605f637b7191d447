#pragma once

#include "common/editpage.h"

#include <functional>

class Cluster;
class ClusterTableModel;
class FindListWidget;
class QAbstractButton;
class QStackedWidget;

/// The Find and List → Add New / open → Save rhythm of a Unified CM Administration page,
/// shared by the pages of one kind of record: the page gives its widgets to setupEntityPage()
/// and implements loading, saving and deleting one record.
class EntityPage : public EditPage
{
    Q_OBJECT
public:
    using EditPage::EditPage;

    void setCluster(Cluster *cluster) override;
    Cluster *cluster() const { return m_cluster; }
    /// Opens the configuration of record @p id (0: Add New).
    void openRecord(qint64 id);
    void showFindList();
    qint64 recordId() const { return m_id; }
    bool isEditing() const;

protected:
    struct Widgets {
        FindListWidget *findList;
        QStackedWidget *stack;
        QWidget *findPage;
        QWidget *editPage;
        QAbstractButton *save;
        QAbstractButton *remove; ///< nullptr when the page has no Delete
        QAbstractButton *addNew;
        QAbstractButton *back;
    };
    void setupEntityPage(const Widgets &widgets, ClusterTableModel *model, const QList<int> &searchColumns);

    /// Fills the form with record @p id (0: the defaults of a new record).
    virtual void loadRecord(qint64 id) = 0;
    /// Saves the form; sets @p id to the saved record's id.
    virtual Refusal saveRecord(qint64 &id) = 0;
    virtual Refusal deleteRecord(qint64 id) = 0;
    /// Called before Add New opens the form; return false to handle it yourself (a wizard).
    virtual bool beginAddNew() { return true; }
    /// Called after the cluster changed (connect extra signals here).
    virtual void clusterChanged() {}
    virtual void updateWidgets();
    void discardEdits() override;
    void dirtyChanged() override { updateWidgets(); }
    void setRecordId(qint64 id) { m_id = id; }
    /// Saves and shows the outcome; true when saved.
    bool save();

private:
    void deleteCurrent();
    void deleteMany(const QList<qint64> &ids);

    Widgets m_w{};
    Cluster *m_cluster = nullptr;
    ClusterTableModel *m_model = nullptr;
    qint64 m_id = 0;
};
