#include "entitypage.h"

#include "cluster/cluster.h"
#include "common/findlistwidget.h"
#include "common/messagebox.h"
#include "items/clustertablemodel.h"

#include <QAbstractButton>
#include <QStackedWidget>

void EntityPage::setupEntityPage(const Widgets &widgets, ClusterTableModel *model, const QList<int> &searchColumns)
{
    m_w = widgets;
    m_model = model;
    m_w.findList->setModel(model, searchColumns);
    setSaveButton(m_w.save);
    connect(m_w.findList, &FindListWidget::openRequested, this, &EntityPage::openRecord);
    connect(m_w.findList, &FindListWidget::addNewRequested, this, [this] {
        if (beginAddNew())
            openRecord(0);
    });
    connect(m_w.findList, &FindListWidget::deleteRequested, this, &EntityPage::deleteMany);
    connect(m_w.save, &QAbstractButton::clicked, this, [this] {
        if (m_cluster && m_id != 0 && !isDirty()) { // nothing was edited: nothing written, nothing claimed
            showNothingToSave();
            return;
        }
        save();
    });
    if (m_w.remove)
        connect(m_w.remove, &QAbstractButton::clicked, this, &EntityPage::deleteCurrent);
    else
        m_w.findList->setActionsVisible(true, false);
    connect(m_w.addNew, &QAbstractButton::clicked, this, [this] {
        if (confirmLeave() && beginAddNew())
            openRecord(0);
    });
    connect(m_w.back, &QAbstractButton::clicked, this, [this] {
        if (confirmLeave())
            showFindList();
    });
    watchEdits(m_w.editPage);
}

void EntityPage::setCluster(Cluster *cluster)
{
    if (m_cluster == cluster)
        return;
    if (m_cluster)
        disconnect(m_cluster, nullptr, this, nullptr);
    m_cluster = cluster;
    m_model->setCluster(cluster);
    clearStatus();
    if (cluster) {
        connect(cluster, &Cluster::entityRemoved, this, [this](Cluster::Entity e, qint64 id) {
            if (e == m_model->entity() && id == m_id && !isDirty())
                showFindList();
        });
    }
    clusterChanged();
    showFindList();
}

bool EntityPage::isEditing() const
{
    return m_w.stack && m_w.stack->currentWidget() == m_w.editPage;
}

void EntityPage::showFindList()
{
    m_id = 0;
    setDirty(false);
    m_w.stack->setCurrentWidget(m_w.findPage);
    updateWidgets();
}

void EntityPage::openRecord(qint64 id)
{
    if (!m_cluster)
        return;
    m_id = id;
    clearStatus();
    loadRecord(id);
    setDirty(false);
    m_w.stack->setCurrentWidget(m_w.editPage);
    // focus the first field of the form
    for (QWidget *w : m_w.editPage->findChildren<QWidget *>())
        if (w->focusPolicy() & Qt::TabFocus && w->isVisibleTo(m_w.editPage) && w->isEnabled()
            && (w->inherits("QLineEdit") || w->inherits("QComboBox"))) {
            w->setFocus();
            break;
        }
    updateWidgets();
}

void EntityPage::discardEdits()
{
    if (m_cluster && isEditing())
        loadRecord(m_id);
    setDirty(false);
}

bool EntityPage::save()
{
    if (!m_cluster)
        return false;
    qint64 id = m_id;
    const bool adding = id == 0;
    const QStringList before = readinessKeys();
    if (const Refusal r = saveRecord(id)) {
        showRefusal(r);
        return false;
    }
    m_id = id;
    loadRecord(id);
    setDirty(false);
    showSaved(adding, before);
    updateWidgets();
    return true;
}

void EntityPage::deleteCurrent()
{
    if (!m_cluster || !m_id)
        return;
    if (MessageBox::question(this, tr("Delete"), tr("You are about to permanently delete this item. This action cannot be undone. Continue?"),
                             QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Ok)
        return;
    if (const Refusal r = deleteRecord(m_id)) {
        showRefusal(r);
        return;
    }
    showFindList();
    m_w.findList->showDeleted(1);
}

void EntityPage::deleteMany(const QList<qint64> &ids)
{
    if (MessageBox::question(this, tr("Delete Selected"),
                             tr("You are about to permanently delete %n item(s). This action cannot be undone. Continue?", nullptr,
                                int(ids.size())),
                             QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Ok)
        return;
    int deleted = 0;
    for (qint64 id : ids) {
        if (const Refusal r = deleteRecord(id)) {
            m_w.findList->showRefusal(r);
            return;
        }
        ++deleted;
    }
    m_w.findList->showDeleted(deleted);
}

void EntityPage::updateWidgets()
{
    if (m_w.remove)
        m_w.remove->setEnabled(m_id != 0);
}
