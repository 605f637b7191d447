#pragma once

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include "core/clock.h"

/// One HTTP answer as a test sees it.
struct HttpReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
};

/// A synchronous QNetworkAccessManager client over loopback for tests and benchmarks. When a
/// manual lab clock is given, lab time moves on while a request waits, so EM requests with a
/// processing time complete.
class HttpClient
{
public:
    explicit HttpClient(Clock *clock = nullptr) : m_clock(clock) { m_nam.setProxy(QNetworkProxy::NoProxy); }

    /// Headers sent with every request (a proxy's Via, …).
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    HttpReply get(const QUrl &url) { return wait(m_nam.get(request(url))); }
    HttpReply post(const QUrl &url, const QByteArray &body,
                   const QByteArray &contentType = QByteArrayLiteral("application/x-www-form-urlencoded"))
    {
        QNetworkRequest r = request(url);
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return wait(m_nam.post(r, body));
    }
    /// POSTs @p xml as the form field xml= to the EM API of the server at @p base.
    HttpReply emApi(const QUrl &base, const QByteArray &xml)
    {
        QUrl u = base;
        u.setPath(QStringLiteral("/emservice/EMServiceServlet"));
        return post(u, QByteArrayLiteral("xml=") + QUrl::toPercentEncoding(QString::fromUtf8(xml)));
    }

private:
    QNetworkRequest request(const QUrl &url) const
    {
        QNetworkRequest r(url);
        for (const auto &[name, value] : extraHeaders)
            r.setRawHeader(name, value);
        return r;
    }
    HttpReply wait(QNetworkReply *reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(10'000);
        QTimer tick;
        if (m_clock && m_clock->mode() == Clock::Mode::Manual) {
            QObject::connect(&tick, &QTimer::timeout, [this] { m_clock->advance(50); });
            tick.start(2);
        }
        if (!reply->isFinished())
            loop.exec();
        HttpReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
        out.body = reply->readAll();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->abort();
        reply->deleteLater();
        return out;
    }

    Clock *m_clock;
    QNetworkAccessManager m_nam;
};

/// Reads answers with QXmlStreamReader.
namespace Xml {
inline QString root(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement)
            return r.name().toString();
    return {};
}
inline QStringList texts(const QByteArray &xml, const QString &element)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            out.append(r.readElementText(QXmlStreamReader::IncludeChildElements));
    return out;
}
inline QString text(const QByteArray &xml, const QString &element)
{
    const QStringList all = texts(xml, element);
    return all.isEmpty() ? QString() : all.constFirst();
}
inline QString attribute(const QByteArray &xml, const QString &element, const QString &attribute)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            return r.attributes().value(attribute).toString();
    return {};
}
inline bool has(const QByteArray &xml, const QString &element)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            return true;
    return false;
}
inline bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    return !r.hasError();
}

/// An EM API document: <request> or <query> with appInfo and one operation whose children
/// are @p fields (name, value; a value of "<empty/>" writes an empty element named by it).
inline QByteArray emCall(const QString &kind, const QString &op, const QString &appId, const QString &password,
                         const QList<QPair<QString, QString>> &fields = {})
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(kind);
    w.writeStartElement(QStringLiteral("appInfo"));
    w.writeTextElement(QStringLiteral("appID"), appId);
    w.writeTextElement(QStringLiteral("appCertificate"), password);
    w.writeEndElement();
    w.writeStartElement(op);
    for (const auto &f : fields) {
        if (f.first == QLatin1String("exclusiveDuration")) {
            w.writeStartElement(f.first);
            if (f.second == QLatin1String("indefinite"))
                w.writeEmptyElement(QStringLiteral("indefinite"));
            else
                w.writeTextElement(QStringLiteral("time"), f.second);
            w.writeEndElement();
        } else {
            w.writeTextElement(f.first, f.second);
        }
    }
    w.writeEndElement();
    w.writeEndElement();
    return out;
}
} // namespace Xml
