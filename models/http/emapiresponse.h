#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// Writes the answers of Cisco's Extension Mobility API with QXmlStreamWriter: success,
/// failure with a code, and the result shapes of the queries. User IDs are percent-encoded
/// UTF-8 in answers, as the API does ("em%40cisco.com").
class EmApiResponse
{
public:
    struct DeviceUser {
        QString deviceName;
        bool exists = true;
        QString userId;    ///< empty → <none/>
        QString lastLogin; ///< empty → <none/>
    };
    struct UserDevices {
        QString userId;
        bool exists = true;
        QStringList deviceNames; ///< empty → <none/>
    };
    struct Profile {
        QString name;
        bool isDefault = false;
    };
    struct UserProfiles {
        QString userId;
        bool exists = true;
        QList<Profile> profiles;
    };

    static QByteArray success();
    static QByteArray failure(int code, const QString &text);
    static QByteArray deviceUserResults(const QList<DeviceUser> &devices);
    static QByteArray userDevicesResults(const QList<UserDevices> &users);
    /// userDeviceProfileQuery / deviceProfileQuery, in the shape of the example in Cisco's
    /// Request Types Reference: <response><deviceProfileResults><user id="…"><deviceProfile>
    /// <deviceProfileName>…</deviceProfileName><isDefaultDeviceProfile>t|f</…></deviceProfile>…
    static QByteArray deviceProfileResults(const QList<UserProfiles> &users);
    static QByteArray checkUserResults(const QList<UserDevices> &users);
    /// The message of an API error code as Cisco's Response Codes table words it ("Error on
    /// Parsing", "User not found", "User logged in elsewhere", …).
    static QString message(int code);
};
