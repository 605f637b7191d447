#include "groupitems.h"

#include "cluster/cluster.h"

#include <QComboBox>
#include <QListWidget>

void GroupItems::addTo(QComboBox *combo, const QString &group)
{
    combo->addItem(Groups::displayName(group), group);
}

void GroupItems::addTo(QListWidget *list, const QString &group)
{
    auto *item = new QListWidgetItem(Groups::displayName(group), list);
    item->setData(Qt::UserRole, group);
}

void GroupItems::relabel(QComboBox *combo, QListWidget *list)
{
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, Groups::displayName(combo->itemData(i).toString()));
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setText(Groups::displayName(list->item(i)->data(Qt::UserRole).toString()));
}
