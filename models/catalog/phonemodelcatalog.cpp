#include "phonemodelcatalog.h"

#include <QFile>

static PhoneModelCatalog::Support parseSupport(const QString &s)
{
    if (s.startsWith(QLatin1String("yes")))
        return PhoneModelCatalog::Support::Yes;
    if (s.startsWith(QLatin1String("no")))
        return PhoneModelCatalog::Support::No;
    return PhoneModelCatalog::Support::Unknown;
}

PhoneModelCatalog::PhoneModelCatalog()
{
    Q_INIT_RESOURCE(models);
    QFile f(QStringLiteral(":/data/phone-models.tsv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("phone model catalogue missing from resources");
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList c = line.split(QLatin1Char('\t'));
        if (c.size() < 5)
            continue;
        m_models.append({c[0], c[1].split(QLatin1Char(',')), parseSupport(c[2]), parseSupport(c[3]), c[4].toInt()});
    }
}

const PhoneModelCatalog &PhoneModelCatalog::instance()
{
    static const PhoneModelCatalog catalog;
    return catalog;
}

const PhoneModelCatalog::Model *PhoneModelCatalog::find(const QString &productType) const
{
    for (const Model &m : m_models)
        if (m.productType == productType)
            return &m;
    return nullptr;
}

bool PhoneModelCatalog::supportsExtensionMobility(const QString &productType) const
{
    const Model *m = find(productType);
    return m && m->extensionMobility == Support::Yes;
}
