// libFuzzer target: EMApp's query parsing (the URL's query merged with a POST form body), read
// the way ClusterHttp::serveEmApp reads it.
#include "http/emappquery.h"

#include <QUrl>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Up to the first NUL: the request target's query; after it: the POST body.
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = all.indexOf('\0');
    const QByteArray query = nul < 0 ? all : all.left(nul);
    const QByteArray body = nul < 0 ? QByteArray() : all.mid(nul + 1);
    const QUrl url = QUrl::fromEncoded("/emapp/EMAppServlet?" + query);
    const QUrlQuery q = EmAppQuery::merged(QUrlQuery(url.query()), body);
    for (const char *key : {"device", "loginType", "logout", "choice", "profile", "userid", "seq", "pin"}) {
        const QString k = QString::fromLatin1(key);
        if (q.hasQueryItem(k)) {
            const QString v = q.queryItemValue(k, QUrl::FullyDecoded);
            // The login form's submit URL is built from these values again.
            QUrl submit(QStringLiteral("http://127.0.0.1:8080/emapp/EMAppServlet"));
            submit.setQuery(QUrlQuery{{QStringLiteral("device"), v}});
            (void)submit.toString(QUrl::FullyEncoded);
        }
    }
    return 0;
}
