#pragma once

#include <QString>

/// Device › Device Settings › Phone Services: one IP Phone Service.
struct PhoneService
{
    enum class Type { Standard, Directories, Messages };
    qint64 id = 0; ///< 0 until added
    QString name;
    QString asciiName;
    QString description;
    QString url;
    QString secureUrl;
    QString category = QStringLiteral("XML Service");
    Type type = Type::Standard;
    bool enabled = true;
    bool enterpriseSubscription = false; ///< settable only when the service is created

    bool operator==(const PhoneService &) const = default;
};
