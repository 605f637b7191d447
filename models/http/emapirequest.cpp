#include "emapirequest.h"

#include <QUrl>
#include <QVarLengthArray>
#include <QXmlStreamReader>

namespace {

EmApiRequest refused(int code, const QString &text)
{
    EmApiRequest r;
    r.errorCode = code;
    r.errorText = text;
    return r;
}

bool isRequestOperation(const QString &op)
{
    return op == QLatin1String("login") || op == QLatin1String("logout") || op == QLatin1String("logoutAll");
}

bool isQueryOperation(const QString &op)
{
    return op == QLatin1String("deviceUserQuery") || op == QLatin1String("userDevicesQuery")
           || op == QLatin1String("userDeviceProfileQuery") || op == QLatin1String("deviceProfileQuery")
           || op == QLatin1String("checkUser");
}

} // namespace

bool EmApiRequest::xmlFromForm(const QByteArray &body, QByteArray *xml, QString *why)
{
    // The first field named xml (any case), '+' read as a space, then percent-decoded.
    const QByteArrayView form(body);
    qsizetype start = 0;
    while (start <= form.size()) {
        qsizetype end = form.indexOf('&', start);
        if (end < 0)
            end = form.size();
        const QByteArrayView pair = form.sliced(start, end - start);
        start = end + 1;
        const qsizetype eq = pair.indexOf('=');
        const QByteArrayView key = eq < 0 ? pair : pair.first(eq);
        if (key.compare("xml", Qt::CaseInsensitive) != 0)
            continue;
        QByteArray value = eq < 0 ? QByteArray() : pair.sliced(eq + 1).toByteArray();
        value.replace('+', ' ');
        value = QByteArray::fromPercentEncoding(value);
        if (!QByteArrayView(value).isValidUtf8()) {
            *why = QStringLiteral("The xml field is not valid UTF-8");
            return false;
        }
        *xml = value;
        return true;
    }
    *why = QStringLiteral("The body has no xml= form field");
    return false;
}

EmApiRequest EmApiRequest::parse(const QByteArray &xml)
{
    // Constructing a QXmlStreamReader costs more than the rest of a small request, so each
    // thread keeps one and feeds it the document. Data fed with addData() has no known end:
    // the reader reports PrematureEndOfDocumentError where a whole document would just end,
    // which parse() treats as the end once the root element has closed.
    thread_local QXmlStreamReader reader;
    reader.clear();
    reader.addData(xml);
    EmApiRequest r;
    // What each open element is, by depth: only the names the API gives meaning to are told
    // apart, so no element name is copied but the operation's.
    enum class Tag : quint8 { Other, AppInfo, Operation, AppId, AppCertificate, DeviceName, UserId, DeviceProfile, ExclusiveDuration, Time };
    QVarLengthArray<Tag, MaxDepth> path;
    QString text;
    int elements = 0;
    bool rootSeen = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::Invalid && rootSeen && path.isEmpty()
            && reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            break; // the root element has closed and nothing but its end follows
        switch (token) {
        case QXmlStreamReader::EntityReference:
            // An entity no DTD declares (Qt reports it instead of failing): not well-formed.
            return refused(1, QStringLiteral("Error on Parsing: undeclared entity &%1;").arg(reader.name()));
        case QXmlStreamReader::DTD:
            if (!reader.entityDeclarations().isEmpty())
                return refused(1, QStringLiteral("Error on Parsing: entity declarations are not accepted"));
            break;
        case QXmlStreamReader::StartElement: {
            if (++elements > MaxElements)
                return refused(1, QStringLiteral("Error on Parsing: too many elements"));
            const QStringView name = reader.name();
            if (path.size() >= MaxDepth)
                return refused(1, QStringLiteral("Error on Parsing: the document is nested too deeply"));
            Tag tag = Tag::Other;
            if (path.isEmpty()) {
                if (rootSeen)
                    return refused(1, QStringLiteral("Error on Parsing"));
                rootSeen = true;
                if (name == QLatin1String("request"))
                    r.kind = Kind::Request;
                else if (name == QLatin1String("query"))
                    r.kind = Kind::Query;
                else
                    return refused(1, QStringLiteral("Error on Parsing: the root element must be request or query"));
            } else if (path.size() == 1) {
                if (name == QLatin1String("appInfo")) {
                    tag = Tag::AppInfo;
                } else {
                    if (!r.operation.isEmpty())
                        return refused(1, QStringLiteral("Error on Parsing: more than one operation"));
                    r.operation = name.toString();
                    tag = Tag::Operation;
                }
            } else if (path.size() == 2) {
                if (name == QLatin1String("appID"))
                    tag = Tag::AppId;
                else if (name == QLatin1String("appCertificate") || name == QLatin1String("appEncryptedCertificate"))
                    tag = Tag::AppCertificate;
                else if (name == QLatin1String("deviceName"))
                    tag = Tag::DeviceName;
                else if (name == QLatin1String("userID"))
                    tag = Tag::UserId;
                else if (name == QLatin1String("deviceProfile"))
                    tag = Tag::DeviceProfile;
                else if (name == QLatin1String("exclusiveDuration"))
                    tag = Tag::ExclusiveDuration;
            } else if (path.size() == 3 && path.at(2) == Tag::ExclusiveDuration) {
                if (name == QLatin1String("time"))
                    tag = Tag::Time;
                else if (name == QLatin1String("indefinite"))
                    r.exclusiveMinutes = 0;
            }
            path.append(tag);
            text.clear();
            break;
        }
        case QXmlStreamReader::Characters:
            if (text.size() + reader.text().size() > MaxTextLength)
                return refused(1, QStringLiteral("Error on Parsing: a value is too long"));
            text.append(reader.text());
            break;
        case QXmlStreamReader::EndElement: {
            const Tag tag = path.back();
            path.removeLast();
            const Tag parent = path.isEmpty() ? Tag::Other : path.last();
            if (path.size() == 2 && parent == Tag::AppInfo) {
                if (tag == Tag::AppId)
                    r.appId = text.trimmed();
                else if (tag == Tag::AppCertificate)
                    r.appCertificate = text.trimmed();
            } else if (path.size() == 2 && parent == Tag::Operation) {
                if (tag == Tag::DeviceName)
                    r.deviceNames.append(text.trimmed());
                else if (tag == Tag::UserId)
                    r.userIds.append(text.trimmed());
                else if (tag == Tag::DeviceProfile)
                    r.deviceProfile = text.trimmed();
            } else if (tag == Tag::Time) {
                bool ok = false;
                const int minutes = QStringView(text).trimmed().toInt(&ok);
                if (!ok || minutes < 0 || minutes > 60 * 24 * 366)
                    return refused(1, QStringLiteral("Error on Parsing: exclusiveDuration time must be minutes"));
                r.exclusiveMinutes = minutes;
            }
            text.clear();
            break;
        }
        default:
            break;
        }
    }
    const bool done = rootSeen && path.isEmpty() && reader.error() == QXmlStreamReader::PrematureEndOfDocumentError;
    if ((reader.hasError() && !done) || !rootSeen)
        return refused(1, QStringLiteral("Error on Parsing: %1").arg(reader.hasError() ? reader.errorString() : QStringLiteral("no document")));

    if (r.kind == Kind::Query) {
        if (!isQueryOperation(r.operation))
            return refused(8, QStringLiteral("Query type undetermined"));
        if (r.operation == QLatin1String("deviceUserQuery") ? r.deviceNames.isEmpty() : r.userIds.isEmpty())
            return refused(1, QStringLiteral("Error on Parsing: %1 names no device or user").arg(r.operation));
    } else {
        if (!isRequestOperation(r.operation))
            return refused(1, QStringLiteral("Error on Parsing: unknown request %1").arg(r.operation));
        if ((r.operation == QLatin1String("login") && (r.deviceNames.size() != 1 || r.userIds.size() != 1))
            || (r.operation == QLatin1String("logout") && r.deviceNames.size() != 1))
            return refused(1, QStringLiteral("Error on Parsing: %1 needs one deviceName%2")
                                  .arg(r.operation, r.operation == QLatin1String("login") ? QStringLiteral(" and one userID") : QString()));
    }
    return r;
}
