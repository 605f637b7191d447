#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// One call of Cisco's Extension Mobility API as parsed from the body of
/// POST /emservice/EMServiceServlet: a <request> (login, logout, logoutAll) or a <query>
/// (deviceUserQuery, userDevicesQuery, userDeviceProfileQuery / deviceProfileQuery, checkUser),
/// with the caller's appInfo.
///
/// Read with QXmlStreamReader under limits (depth, element count, text length, no entity
/// declarations), so a hostile document is refused rather than expanded. A refused body
/// carries error code 1 (Error on Parsing) or 8 (Query type undetermined).
class EmApiRequest
{
public:
    enum class Kind { Request, Query };

    static constexpr int MaxDepth = 8;
    static constexpr int MaxElements = 1000;
    static constexpr int MaxTextLength = 4096;

    /// Extracts the URL-encoded form field "xml" from an application/x-www-form-urlencoded
    /// body. Returns false (and says why in @p why) for a body that is not such a form, has no
    /// xml field, or whose value is not valid UTF-8.
    static bool xmlFromForm(const QByteArray &body, QByteArray *xml, QString *why);
    static EmApiRequest parse(const QByteArray &xml);

    bool ok() const { return errorCode == 0; }

    int errorCode = 0;    ///< 0, 1 or 8
    QString errorText;
    Kind kind = Kind::Request;
    QString operation;    ///< login, logout, logoutAll, deviceUserQuery, userDevicesQuery, …
    QString appId;
    QString appCertificate; ///< appCertificate or appEncryptedCertificate (this lab stores no keys)
    QStringList deviceNames;
    QStringList userIds;
    QString deviceProfile;
    int exclusiveMinutes = 0; ///< login: 0 = none or indefinite
};
