#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

/// The search of a Unified CM Find and List window over a ClusterTableModel: one column, an
/// operator and a text, applied when the user presses Find (not on every keystroke, as in
/// Unified CM). Sorts on the source's RawValueRole with a numeric, case-insensitive QCollator
/// (so "user10" follows "user9", and Japanese sorts too).
class FindProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Operator { BeginsWith, Contains, EndsWith, IsExactly, IsEmpty, IsNotEmpty };
    Q_ENUM(Operator)

    explicit FindProxyModel(QObject *parent = nullptr);

    /// Applies a search (an empty text with any operator but Is Empty finds every record).
    void find(int column, Operator op, const QString &text);
    int searchColumn() const { return m_column; }
    Operator searchOperator() const { return m_op; }
    QString searchText() const { return m_text; }

    void setSourceModel(QAbstractItemModel *source) override;
    /// Sorts on @p column. When the source already holds its rows in that order (ascending;
    /// the engine usually keeps records in the order they were added), the rows keep the
    /// source order without a sort pass over them; the proxy sorts for real as soon as a
    /// change breaks that order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column and order asked for with sort() (sortColumn() is -1 while the source order
    /// is kept).
    int requestedSortColumn() const { return m_sortColumn; }
    Qt::SortOrder requestedSortOrder() const { return m_sortOrder; }
    /// True while the rows show in the source's order because it is the requested one.
    bool keepsSourceOrder() const { return m_keepsSourceOrder; }

    /// Compares two texts the way the table sorts them: case-insensitive, digit runs by value.
    int compareTexts(const QString &left, const QString &right) const;

    /// Translated label of @p op, as Unified CM words it.
    static QString operatorText(Operator op);
    static QList<Operator> operators();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool event(QEvent *event) override;

private:
    bool matches(const QString &value) const;
    void rebuildSortTexts(int column) const;
    /// Keeps the source order when it is the requested one, otherwise sorts.
    void applySort();
    /// Whether source rows @p first − 1 … @p last + 1 are in the requested (ascending) order.
    bool sourceInOrder(int first, int last) const;
    /// After a change of source rows @p first…@p last: sorts for real if they broke the order.
    void checkSourceOrder(int first, int last);
    int compareSegments(const QString &left, const QString &right) const;
    QString readSortText(int sourceRow) const;

    int m_column = 0;
    Operator m_op = Operator::BeginsWith;
    QString m_text;
    QCollator m_collator;
    /// The sort column's raw texts by source row, kept in step with the source (its signals
    /// reach us before the base class re-sorts), so 100,000 rows sort without reading the
    /// engine twice per comparison.
    mutable QList<QString> m_sortTexts;
    mutable int m_sortTextsColumn = -1;
    mutable bool m_sortTextsAreStrings = true;
    /// Byte keys of the texts that compare with memcmp exactly as compareTexts() does, while
    /// every text is ASCII (user IDs, device names, DNs); empty otherwise.
    mutable QList<QByteArray> m_sortKeys;
    mutable bool m_sortKeysValid = false;
    mutable bool m_sortKeysBuilt = false; ///< built for the current texts (valid or not)
    void buildSortKeys() const;
    static bool asciiKey(const QString &text, QByteArray *key);
    QList<QMetaObject::Connection> m_sourceConnections;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_keepsSourceOrder = false;
};
