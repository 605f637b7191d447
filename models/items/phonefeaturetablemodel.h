#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "catalog/phonemodelcatalog.h"

/// Cisco Unified Reporting › Unified CM Phone Feature List: which phone models support a
/// feature, for one product or all. The report is made when submitted, so a new query
/// resets the table (as a new report would).
class PhoneFeatureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Feature { ExtensionMobility, ExtensionMobilityCrossCluster };
    Q_ENUM(Feature)
    enum Column { ProductColumn, ProtocolColumn, FeatureColumn, SupportedColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit PhoneFeatureTableModel(QObject *parent = nullptr);

    /// Runs the report: @p product empty means All.
    void generate(const QString &product, Feature feature);
    static QString featureName(Feature feature);
    static QList<Feature> features();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool event(QEvent *event) override;

private:
    struct Row {
        QString product;
        QString protocol;
        PhoneModelCatalog::Support support;
    };
    Feature m_feature = Feature::ExtensionMobility;
    QList<Row> m_rows;
};
