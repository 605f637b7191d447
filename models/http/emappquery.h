#pragma once

#include <QByteArray>
#include <QUrlQuery>

/// The parameters of an EMApp request: the URL's query, followed by the form fields of a POST
/// body (phones whose CiscoIPPhoneInput says method="post" submit the form that way).
namespace EmAppQuery {
QUrlQuery merged(const QUrlQuery &query, const QByteArray &postBody);
}
