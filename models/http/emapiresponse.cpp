#include "emapiresponse.h"

#include "mobility/emresult.h"

#include <QUrl>
#include <QXmlStreamWriter>

namespace {

QString encodedUserId(const QString &userId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(userId));
}

class Writer
{
public:
    explicit Writer(const QString &root = QStringLiteral("response")) : m_xml(&m_out)
    {
        m_xml.writeStartDocument();
        m_xml.writeStartElement(root);
    }
    QXmlStreamWriter *operator->() { return &m_xml; }
    QByteArray finish()
    {
        m_xml.writeEndDocument();
        return m_out;
    }

private:
    QByteArray m_out;
    QXmlStreamWriter m_xml;
};

} // namespace

QByteArray EmApiResponse::success()
{
    // The same bytes every time: written once (with QXmlStreamWriter), then shared.
    static const QByteArray answer = [] {
        Writer w;
        w->writeEmptyElement(QStringLiteral("success"));
        return w.finish();
    }();
    return answer;
}

QByteArray EmApiResponse::failure(int code, const QString &text)
{
    Writer w;
    w->writeStartElement(QStringLiteral("failure"));
    w->writeStartElement(QStringLiteral("error"));
    w->writeAttribute(QStringLiteral("code"), QString::number(code));
    w->writeCharacters(text);
    w->writeEndElement();
    w->writeEndElement();
    return w.finish();
}

QByteArray EmApiResponse::deviceUserResults(const QList<DeviceUser> &devices)
{
    Writer w;
    w->writeStartElement(QStringLiteral("deviceUserResults"));
    for (const DeviceUser &d : devices) {
        w->writeStartElement(QStringLiteral("device"));
        w->writeAttribute(QStringLiteral("name"), d.deviceName);
        if (!d.exists) {
            w->writeEmptyElement(QStringLiteral("doesNotExist"));
        } else {
            if (d.userId.isEmpty())
                w->writeEmptyElement(QStringLiteral("none"));
            else
                w->writeTextElement(QStringLiteral("userID"), encodedUserId(d.userId));
            if (d.lastLogin.isEmpty())
                w->writeEmptyElement(QStringLiteral("none"));
            else
                w->writeTextElement(QStringLiteral("lastlogin"), encodedUserId(d.lastLogin));
            w->writeTextElement(QStringLiteral("emccDevice"), QStringLiteral("no"));
        }
        w->writeEndElement();
    }
    w->writeEndElement();
    return w.finish();
}

QByteArray EmApiResponse::userDevicesResults(const QList<UserDevices> &users)
{
    Writer w;
    w->writeStartElement(QStringLiteral("userDevicesResults"));
    for (const UserDevices &u : users) {
        w->writeStartElement(QStringLiteral("user"));
        w->writeAttribute(QStringLiteral("id"), encodedUserId(u.userId));
        if (!u.exists)
            w->writeEmptyElement(QStringLiteral("doesNotExist"));
        else if (u.deviceNames.isEmpty())
            w->writeEmptyElement(QStringLiteral("none"));
        for (const QString &d : u.deviceNames)
            w->writeTextElement(QStringLiteral("deviceName"), d);
        w->writeEndElement();
    }
    w->writeEndElement();
    return w.finish();
}

QByteArray EmApiResponse::deviceProfileResults(const QList<UserProfiles> &users)
{
    Writer w;
    w->writeStartElement(QStringLiteral("deviceProfileResults"));
    for (const UserProfiles &u : users) {
        w->writeStartElement(QStringLiteral("user"));
        w->writeAttribute(QStringLiteral("id"), encodedUserId(u.userId));
        if (!u.exists)
            w->writeEmptyElement(QStringLiteral("doesNotExist"));
        else if (u.profiles.isEmpty())
            w->writeEmptyElement(QStringLiteral("none"));
        for (const Profile &p : u.profiles) {
            w->writeStartElement(QStringLiteral("deviceProfile"));
            w->writeTextElement(QStringLiteral("deviceProfileName"), p.name);
            w->writeTextElement(QStringLiteral("isDefaultDeviceProfile"), p.isDefault ? QStringLiteral("t") : QStringLiteral("f"));
            w->writeEndElement();
        }
        w->writeEndElement();
    }
    w->writeEndElement();
    return w.finish();
}

QByteArray EmApiResponse::checkUserResults(const QList<UserDevices> &users)
{
    Writer w;
    w->writeStartElement(QStringLiteral("checkUserResults"));
    for (const UserDevices &u : users) {
        w->writeStartElement(QStringLiteral("user"));
        w->writeAttribute(QStringLiteral("id"), encodedUserId(u.userId));
        w->writeTextElement(QStringLiteral("exists"), u.exists ? QStringLiteral("true") : QStringLiteral("false"));
        w->writeEndElement();
    }
    w->writeEndElement();
    return w.finish();
}

QString EmApiResponse::message(int code)
{
    // The Message column of the Response Codes table in Cisco's Extension Mobility API guide
    // (DevNet), word for word; integrators' clients compare these strings.
    switch (code) {
    case 0: return QStringLiteral("Unknown Error");
    case 1: return QStringLiteral("Error on Parsing");
    case 2: return QStringLiteral("Cannot authorize App user");
    case 3: return QStringLiteral("Invalid App User");
    case 4: return QStringLiteral("Policy Validation error");
    case 5: return QStringLiteral("Device logon disabled");
    case 6: return QStringLiteral("Database Error");
    case 7: return QStringLiteral("Logout Request Error");
    case 8: return QStringLiteral("Query type undetermined");
    case 9: return QStringLiteral("Dir. User Info Error");
    case 10: return QStringLiteral("User lacks app proxy rights");
    case 11: return QStringLiteral("Device does not exist");
    case 12: return QStringLiteral("Dev. Profile not found");
    case 18: return QStringLiteral("Another user logged in");
    case 19: return QStringLiteral("No user logged in");
    case 20: return QStringLiteral("Hoteling flag error");
    case 21: return QStringLiteral("Hoteling Status error");
    case 22: return QStringLiteral("Device logon disabled");
    case 23: return QStringLiteral("User not found");
    case 25: return QStringLiteral("User logged in elsewhere");
    case 26: return QStringLiteral("Busy, please try again");
    case 27: return QStringLiteral("Change Password");
    case 28: return QStringLiteral("Untrusted IP Error");
    case 29: return QStringLiteral("RIS down-contact admin");
    case 30: return QStringLiteral("Proxy not allowed");
    default: break;
    }
    // Codes the API table does not list (EMApp's 2xx): the phone's text.
    return QString::fromUtf8(EmResult::titleSource(code));
}
