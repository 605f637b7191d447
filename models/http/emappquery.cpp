#include "emappquery.h"

#include <QString>

QUrlQuery EmAppQuery::merged(const QUrlQuery &query, const QByteArray &postBody)
{
    QUrlQuery q = query;
    if (!postBody.isEmpty())
        for (const auto &item : QUrlQuery(QString::fromUtf8(postBody)).queryItems(QUrl::FullyDecoded))
            q.addQueryItem(item.first, item.second);
    return q;
}
