#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class Cluster;

/// Bulk Administration (BAT): the CSV layout of Cisco BAT's export files for the record types
/// the console imports and exports. Column names are BAT's, upper case; repeating columns
/// carry their number ("DIRECTORY NUMBER 1", "DIRECTORY NUMBER 2", …). See docs/bat.md.
namespace Bat {

enum class Type { EndUsers, DeviceProfiles, Phones };

namespace Column {
// end users
inline const QString FirstName = QStringLiteral("FIRST NAME");
inline const QString LastName = QStringLiteral("LAST NAME");
inline const QString UserId = QStringLiteral("USER ID");
inline const QString Password = QStringLiteral("PASSWORD");
inline const QString Pin = QStringLiteral("PIN");
inline const QString SelfServiceUserId = QStringLiteral("SELF-SERVICE USER ID");
inline const QString PrimaryExtension = QStringLiteral("PRIMARY EXTENSION");
inline const QString UserLocale = QStringLiteral("USER LOCALE");
inline const QString HomeCluster = QStringLiteral("HOME CLUSTER");
inline const QString DefaultProfile = QStringLiteral("DEFAULT PROFILE");
inline const QString ControlledProfile = QStringLiteral("CONTROLLED PROFILE"); ///< numbered
// user device profiles and phones
inline const QString DeviceProfileName = QStringLiteral("DEVICE PROFILE NAME");
inline const QString DeviceName = QStringLiteral("DEVICE NAME");
inline const QString Description = QStringLiteral("DESCRIPTION");
inline const QString DeviceProfileType = QStringLiteral("DEVICE PROFILE TYPE");
inline const QString DeviceType = QStringLiteral("DEVICE TYPE");
inline const QString DeviceProtocol = QStringLiteral("DEVICE PROTOCOL");
inline const QString PhoneButtonTemplate = QStringLiteral("PHONE BUTTON TEMPLATE");
inline const QString SoftkeyTemplate = QStringLiteral("SOFTKEY TEMPLATE");
inline const QString LoginUserId = QStringLiteral("LOGIN USER ID");
inline const QString EnableExtensionMobility = QStringLiteral("ENABLE EXTENSION MOBILITY");
inline const QString LogOutProfile = QStringLiteral("LOG OUT PROFILE");
inline const QString DirectoryNumber = QStringLiteral("DIRECTORY NUMBER"); ///< numbered
inline const QString IpPhoneService = QStringLiteral("IP PHONE SERVICE");  ///< numbered
}

/// The value of LOG OUT PROFILE for a phone without one.
inline const QString UseCurrentDeviceSettings = QStringLiteral("Use Current Device Settings");

/// The column that names a record (and the only column of a delete file).
QString keyColumn(Type type);
/// Every column the console reads for @p type, numbered ones without their number.
QStringList supportedColumns(Type type);
/// The numbered columns of @p type ("DIRECTORY NUMBER", …).
QStringList numberedColumns(Type type);
/// "users", "profiles" or "phones" (the command line's names).
QString typeName(Type type);
bool typeFromName(const QString &name, Type *type);

/// Every record of @p type in @p cluster as a BAT export file (UTF-8 with a byte order mark so
/// spreadsheets read Japanese names, CRLF). PINs and passwords are never exported: their
/// columns are present and empty, so an import of the file keeps the stored credentials.
QByteArray exportCsv(const Cluster &cluster, Type type);

bool parseBool(const QString &text, bool *value);

} // namespace Bat
