#pragma once

#include <QString>

class QComboBox;
class QListWidget;

/// Access control groups in a page's Permission Information: shown with Groups::displayName()
/// (standard groups translated), kept under their stored names in Qt::UserRole.
namespace GroupItems {
void addTo(QComboBox *combo, const QString &group);
void addTo(QListWidget *list, const QString &group);
/// After a language switch: every group worded anew.
void relabel(QComboBox *combo, QListWidget *list);
}
