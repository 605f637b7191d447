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

    /// Translated label of @p op, as Unified CM words it.
    static QString operatorText(Operator op);
    static QList<Operator> operators();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool event(QEvent *event) override;

private:
    int m_column = 0;
    Operator m_op = Operator::BeginsWith;
    QString m_text;
    QCollator m_collator;
};
