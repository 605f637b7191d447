#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/message.h"

/// RFC 4180 comma-separated values, as Cisco's Bulk Administration Tool and spreadsheets write
/// them: UTF-8 with or without a byte order mark, CRLF or LF line ends, fields in double
/// quotes when they hold commas, quotes ("" inside quotes) or line breaks.
class Csv
{
public:
    struct Record {
        QStringList fields;
        int line = 0; ///< line of the file where the record starts (1-based)
    };
    struct Result {
        QList<Record> records;
        Message error; ///< empty when the whole input was read (translated when shown)
        int errorLine = 0;
    };

    /// Reads every record of @p data. Blank lines are skipped. A quote left open at the end of
    /// the input, text after a closing quote, or bytes that are not UTF-8 are errors.
    static Result parse(const QByteArray &data);

    /// One line (CRLF-terminated) with each field quoted when it has to be.
    static void appendRecord(QByteArray &out, const QStringList &fields);
    static QString quoted(const QString &field);
};
