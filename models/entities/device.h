#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// A row of the device table: a physical phone or a user device profile. Unified CM keeps
/// both in one table, which is why their names share one namespace.
struct Device
{
    enum class Kind { Phone, Profile };
    qint64 id = 0;
    Kind kind = Kind::Phone;
    QString name;        ///< SEP + 12 hex digits for a phone; ≤ 50 characters for a profile
    QString model;       ///< product type, e.g. "Cisco 8865"
    QString protocol;    ///< "SIP" or "SCCP"
    QString description;
    QString locale = QStringLiteral("English United States"); ///< device locale / user locale
    QString buttonTemplate;
    QString softkeyTemplate = QStringLiteral("Standard User");
    // phones only
    bool emEnabled = false;       ///< Enable Extension Mobility
    qint64 logoutProfileId = 0;   ///< 0 = Use Current Device Settings
    // profiles only
    QString loginUserId;          ///< auto-login after logout when used as a logout profile
    QStringList lines;            ///< directory numbers, in button order
    QList<qint64> services;       ///< subscribed phone services

    bool isPhone() const { return kind == Kind::Phone; }
    bool operator==(const Device &) const = default;
};
