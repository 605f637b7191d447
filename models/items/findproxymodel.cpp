#include "findproxymodel.h"

#include "items/clustertablemodel.h"

#include <QCoreApplication>
#include <QEvent>

FindProxyModel::FindProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ClusterTableModel::RawValueRole);
    setFilterRole(ClusterTableModel::RawValueRole);
}

QList<FindProxyModel::Operator> FindProxyModel::operators()
{
    return {Operator::BeginsWith, Operator::Contains, Operator::EndsWith, Operator::IsExactly, Operator::IsEmpty,
            Operator::IsNotEmpty};
}

QString FindProxyModel::operatorText(Operator op)
{
    switch (op) {
    case Operator::BeginsWith: return tr("begins with");
    case Operator::Contains: return tr("contains");
    case Operator::EndsWith: return tr("ends with");
    case Operator::IsExactly: return tr("is exactly");
    case Operator::IsEmpty: return tr("is empty");
    case Operator::IsNotEmpty: return tr("is not empty");
    }
    return {};
}

void FindProxyModel::find(int column, Operator op, const QString &text)
{
    m_column = column;
    m_op = op;
    m_text = text.trimmed();
    invalidateFilter();
}

bool FindProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const bool needsText = m_op != Operator::IsEmpty && m_op != Operator::IsNotEmpty;
    if (needsText && m_text.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, m_column, sourceParent);
    const QString value = i.data(filterRole()).toString();
    switch (m_op) {
    case Operator::BeginsWith: return value.startsWith(m_text, Qt::CaseInsensitive);
    case Operator::Contains: return value.contains(m_text, Qt::CaseInsensitive);
    case Operator::EndsWith: return value.endsWith(m_text, Qt::CaseInsensitive);
    case Operator::IsExactly: return value.compare(m_text, Qt::CaseInsensitive) == 0;
    case Operator::IsEmpty: return value.isEmpty();
    case Operator::IsNotEmpty: return !value.isEmpty();
    }
    return true;
}

bool FindProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool FindProxyModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // the collation follows the language (QLocale::setDefault happened before the event)
        m_collator = QCollator(QLocale());
        m_collator.setNumericMode(true);
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
        invalidate();
    }
    return QSortFilterProxyModel::event(event);
}
