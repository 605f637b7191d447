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
    const auto acceptsAll = [](Operator o, const QString &t) {
        return o != Operator::IsEmpty && o != Operator::IsNotEmpty && t.isEmpty();
    };
    const QString trimmed = text.trimmed();
    // the same search again (or "everything" again) changes no row: skip a pass over them all
    const bool same = (column == m_column && op == m_op && trimmed == m_text) || (acceptsAll(op, trimmed) && acceptsAll(m_op, m_text));
    m_column = column;
    m_op = op;
    m_text = trimmed;
    if (!same)
        invalidateFilter();
}

bool FindProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const bool needsText = m_op != Operator::IsEmpty && m_op != Operator::IsNotEmpty;
    if (needsText && m_text.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, m_column, sourceParent);
    if (matches(i.data(filterRole()).toString()))
        return true;
    // a name shown translated is found by its stored (English) name too
    const QVariant alternate = i.data(ClusterTableModel::AlternateTextRole);
    return alternate.isValid() && m_op != Operator::IsEmpty && matches(alternate.toString());
}

bool FindProxyModel::matches(const QString &value) const
{
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

void FindProxyModel::setSourceModel(QAbstractItemModel *source)
{
    for (const auto &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_sortTexts.clear();
    m_sortKeys.clear();
    m_sortKeysValid = false;
    m_sortTextsColumn = -1;
    if (source) {
        // Connected before the base class connects: the cache follows each change before the
        // base class re-sorts the changed rows.
        const auto valid = [this] { return m_sortTextsColumn >= 0; };
        m_sourceConnections << connect(source, &QAbstractItemModel::rowsInserted, this,
                                       [this, valid](const QModelIndex &parent, int first, int last) {
            if (parent.isValid() || !valid())
                return;
            if (m_sortTexts.size() != sourceModel()->rowCount() - (last - first + 1)) {
                m_sortTextsColumn = -1;
                return;
            }
            for (int r = first; r <= last; ++r) {
                m_sortTexts.insert(r, readSortText(r));
                QByteArray key;
                if (m_sortKeysValid && asciiKey(m_sortTexts.at(r), &key))
                    m_sortKeys.insert(r, key);
                else
                    m_sortKeysValid = false;
            }
        });
        m_sourceConnections << connect(source, &QAbstractItemModel::rowsRemoved, this,
                                       [this, valid](const QModelIndex &parent, int first, int last) {
            if (parent.isValid() || !valid())
                return;
            if (m_sortTexts.size() != sourceModel()->rowCount() + (last - first + 1))
                m_sortTextsColumn = -1;
            else
                m_sortTexts.remove(first, last - first + 1);
            if (m_sortKeysValid)
                m_sortKeys.remove(first, last - first + 1);
        });
        m_sourceConnections << connect(source, &QAbstractItemModel::dataChanged, this,
                                       [this, valid](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (!valid() || topLeft.column() > m_sortTextsColumn || bottomRight.column() < m_sortTextsColumn)
                return;
            if (m_sortTexts.size() != sourceModel()->rowCount()) {
                m_sortTextsColumn = -1;
                return;
            }
            for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
                m_sortTexts[r] = readSortText(r);
                QByteArray key;
                if (m_sortKeysValid && asciiKey(m_sortTexts.at(r), &key))
                    m_sortKeys[r] = key;
                else
                    m_sortKeysValid = false;
            }
        });
        // A reset (another cluster) starts from the source order: the base class then has
        // nothing to sort while it takes the new rows in, and applySort() decides afterwards.
        m_sourceConnections << connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            if (m_sortColumn >= 0 && sortColumn() != -1) {
                m_keepsSourceOrder = false;
                QSortFilterProxyModel::sort(-1, m_sortOrder);
            }
        });
        m_sourceConnections << connect(source, &QAbstractItemModel::modelReset, this, [this] { m_sortTextsColumn = -1; });
        m_sourceConnections << connect(source, &QAbstractItemModel::layoutChanged, this, [this] { m_sortTextsColumn = -1; });
        m_sourceConnections << connect(source, &QAbstractItemModel::rowsMoved, this, [this] { m_sortTextsColumn = -1; });
    }
    m_keepsSourceOrder = false;
    QSortFilterProxyModel::setSourceModel(source);
    if (!source)
        return;
    // Connected after the base class: the proxy has taken the change in; now see whether the
    // source order still is the requested one.
    m_sourceConnections << connect(source, &QAbstractItemModel::modelReset, this, [this] {
        if (m_sortColumn >= 0)
            applySort();
    });
    m_sourceConnections << connect(source, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_sortColumn >= 0)
            applySort();
    });
    m_sourceConnections << connect(source, &QAbstractItemModel::rowsMoved, this, [this] {
        if (m_sortColumn >= 0)
            applySort();
    });
    m_sourceConnections << connect(source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            checkSourceOrder(first, last);
    });
    m_sourceConnections << connect(source, &QAbstractItemModel::dataChanged, this,
                                   [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        if (topLeft.column() <= m_sortColumn && bottomRight.column() >= m_sortColumn)
            checkSourceOrder(topLeft.row(), bottomRight.row());
    });
    if (m_sortColumn >= 0)
        applySort();
}

void FindProxyModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

void FindProxyModel::applySort()
{
    if (m_sortColumn >= 0 && m_sortOrder == Qt::AscendingOrder && sourceModel()
        && sourceInOrder(0, sourceModel()->rowCount() - 1)) {
        // Already in order: the proxy keeps the source order (a stable sort would give the
        // same rows), and saves a sort pass over every row.
        m_keepsSourceOrder = true;
        if (sortColumn() != -1)
            QSortFilterProxyModel::sort(-1, m_sortOrder);
        return;
    }
    m_keepsSourceOrder = false;
    QSortFilterProxyModel::sort(m_sortColumn, m_sortOrder);
}

bool FindProxyModel::sourceInOrder(int first, int last) const
{
    const int rows = sourceModel()->rowCount();
    if (rows < 2)
        return true;
    if (m_sortTextsColumn != m_sortColumn || m_sortTexts.size() != rows)
        rebuildSortTexts(m_sortColumn);
    if (!m_sortTextsAreStrings)
        return false; // numbers and flags: leave them to the base class
    const int from = qMax(1, first), to = qMin(rows - 1, last + 1);
    for (int r = from; r <= to; ++r) {
        if (compareTexts(m_sortTexts.at(r - 1), m_sortTexts.at(r)) > 0)
            return false;
    }
    return true;
}

void FindProxyModel::checkSourceOrder(int first, int last)
{
    if (m_keepsSourceOrder && !sourceInOrder(first, last)) {
        m_keepsSourceOrder = false;
        QSortFilterProxyModel::sort(m_sortColumn, m_sortOrder);
    }
}

QString FindProxyModel::readSortText(int sourceRow) const
{
    return sourceModel()->index(sourceRow, m_sortTextsColumn).data(sortRole()).toString();
}

void FindProxyModel::rebuildSortTexts(int column) const
{
    m_sortTextsColumn = column;
    m_sortTexts.clear();
    const int rows = sourceModel()->rowCount();
    m_sortTexts.reserve(rows);
    for (int r = 0; r < rows; ++r)
        m_sortTexts.append(readSortText(r));
    m_sortTextsAreStrings =
        rows == 0 || sourceModel()->index(0, m_sortTextsColumn).data(sortRole()).typeId() == QMetaType::QString;
    // the byte keys only when a sort needs them (checking the order compares the texts)
    m_sortKeys.clear();
    m_sortKeysValid = false;
    m_sortKeysBuilt = false;
}

void FindProxyModel::buildSortKeys() const
{
    m_sortKeysBuilt = true;
    m_sortKeys.clear();
    m_sortKeys.reserve(m_sortTexts.size());
    m_sortKeysValid = true;
    QByteArray key;
    for (const QString &text : std::as_const(m_sortTexts)) {
        if (!asciiKey(text, &key)) {
            m_sortKeysValid = false;
            m_sortKeys.clear();
            break;
        }
        m_sortKeys.append(key);
    }
}

bool FindProxyModel::asciiKey(const QString &text, QByteArray *key)
{
    // lower-case letters; a digit run becomes '0', its length without leading zeros, its digits
    key->clear();
    key->reserve(text.size() + 4);
    const QChar *p = text.constData(), *end = p + text.size();
    while (p < end) {
        const char16_t c = p->unicode();
        if (c >= 0x80)
            return false;
        if (c >= '0' && c <= '9') {
            while (p < end && p->unicode() == '0')
                ++p;
            const QChar *d = p;
            while (d < end && d->unicode() >= '0' && d->unicode() <= '9')
                ++d;
            if (d - p > 200)
                return false;
            key->append('0');
            key->append(char(d - p));
            for (; p < d; ++p)
                key->append(char(p->unicode()));
            continue;
        }
        key->append(char((c >= 'A' && c <= 'Z') ? c + 32 : c));
        ++p;
    }
    return true;
}

int FindProxyModel::compareSegments(const QString &left, const QString &right) const
{
    // texts beyond ASCII: digit runs by value, the text between them by the collator (which
    // may have no numeric mode of its own, depending on how Qt was built)
    const auto isDigit = [](QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; };
    qsizetype i = 0, j = 0;
    while (i < left.size() && j < right.size()) {
        if (isDigit(left.at(i)) && isDigit(right.at(j))) {
            qsizetype ei = i, ej = j;
            while (ei < left.size() && isDigit(left.at(ei)))
                ++ei;
            while (ej < right.size() && isDigit(right.at(ej)))
                ++ej;
            const QStringView a = QStringView(left).mid(i, ei - i), b = QStringView(right).mid(j, ej - j);
            qsizetype za = 0, zb = 0;
            while (za < a.size() && a.at(za) == u'0')
                ++za;
            while (zb < b.size() && b.at(zb) == u'0')
                ++zb;
            if (a.size() - za != b.size() - zb)
                return int((a.size() - za) - (b.size() - zb));
            if (const int c = a.mid(za).compare(b.mid(zb)))
                return c;
            i = ei;
            j = ej;
            continue;
        }
        qsizetype ei = i, ej = j;
        while (ei < left.size() && !isDigit(left.at(ei)))
            ++ei;
        while (ej < right.size() && !isDigit(right.at(ej)))
            ++ej;
        if (const int c = m_collator.compare(QStringView(left).mid(i, ei - i), QStringView(right).mid(j, ej - j)))
            return c;
        i = ei;
        j = ej;
    }
    return int(left.size() - i) - int(right.size() - j);
}

int FindProxyModel::compareTexts(const QString &left, const QString &right) const
{
    // fast path for ASCII (user IDs, device names, DNs): case-insensitive, digit runs by value
    const QChar *a = left.constData(), *ae = a + left.size();
    const QChar *b = right.constData(), *be = b + right.size();
    while (a < ae && b < be) {
        const char16_t ca = a->unicode(), cb = b->unicode();
        if (ca >= 0x80 || cb >= 0x80)
            return compareSegments(left, right);
        const bool da = ca >= '0' && ca <= '9', db = cb >= '0' && cb <= '9';
        if (da && db) {
            const QChar *na = a, *nb = b;
            while (na < ae && na->unicode() == '0')
                ++na;
            while (nb < be && nb->unicode() == '0')
                ++nb;
            const QChar *ea = na, *eb = nb;
            while (ea < ae && ea->unicode() >= '0' && ea->unicode() <= '9')
                ++ea;
            while (eb < be && eb->unicode() >= '0' && eb->unicode() <= '9')
                ++eb;
            if (ea - na != eb - nb)
                return int((ea - na) - (eb - nb));
            for (; na < ea; ++na, ++nb)
                if (na->unicode() != nb->unicode())
                    return int(na->unicode()) - int(nb->unicode());
            a = ea;
            b = eb;
            continue;
        }
        const char16_t la = (ca >= 'A' && ca <= 'Z') ? ca + 32 : ca;
        const char16_t lb = (cb >= 'A' && cb <= 'Z') ? cb + 32 : cb;
        if (la != lb)
            return int(la) - int(lb);
        ++a;
        ++b;
    }
    if (a < ae || b < be)
        return (a < ae) ? 1 : -1;
    return 0;
}

bool FindProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == sortColumn() && right.column() == sortColumn()) {
        if (m_sortTextsColumn != sortColumn() || m_sortTexts.size() != sourceModel()->rowCount())
            rebuildSortTexts(sortColumn());
        if (!m_sortKeysBuilt)
            buildSortKeys();
        if (m_sortTextsAreStrings && m_sortKeysValid)
            return m_sortKeys.at(left.row()) < m_sortKeys.at(right.row());
        if (m_sortTextsAreStrings)
            return compareTexts(m_sortTexts.at(left.row()), m_sortTexts.at(right.row())) < 0;
        return QSortFilterProxyModel::lessThan(left, right);
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return compareTexts(l.toString(), r.toString()) < 0;
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
        if (m_sortColumn >= 0)
            applySort(); // texts beyond ASCII may order differently now
    }
    return QSortFilterProxyModel::event(event);
}
