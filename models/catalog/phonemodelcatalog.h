#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// The phone models a cluster knows, with the protocols each runs and whether it supports
/// Extension Mobility (read from :/data/phone-models.tsv, condensed from Cisco's documents).
class PhoneModelCatalog
{
public:
    enum class Support { Yes, No, Unknown };
    struct Model {
        QString productType; ///< "Cisco 8865"
        QStringList protocols;
        Support extensionMobility = Support::Unknown;
        Support emcc = Support::Unknown;
        int lineKeys = 0;
    };

    static const PhoneModelCatalog &instance();

    const QList<Model> &models() const { return m_models; }
    const Model *find(const QString &productType) const;
    bool supportsExtensionMobility(const QString &productType) const;

private:
    PhoneModelCatalog();
    QList<Model> m_models;
};
