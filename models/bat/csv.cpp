#include "csv.h"

#include <QStringDecoder>

Csv::Result Csv::parse(const QByteArray &data)
{
    Result result;
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.error = Message("Csv", QT_TRANSLATE_NOOP("Csv", "The file is not UTF-8 text."));
        return result;
    }

    const QChar *p = text.constData();
    const QChar *const end = p + text.size();
    int line = 1;
    Record record;
    record.line = 1;
    QString field;
    bool recordHasContent = false;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    auto endRecord = [&] {
        endField();
        const bool blank = !recordHasContent && record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            result.records.append(std::move(record));
        record = Record();
        recordHasContent = false;
    };

    while (p < end) {
        const QChar c = *p;
        if (c == QLatin1Char('"') && field.isEmpty()) {
            // a quoted field: up to the closing quote; "" is one quote
            const int startLine = line;
            ++p;
            bool closed = false;
            while (p < end) {
                if (*p == QLatin1Char('"')) {
                    if (p + 1 < end && p[1] == QLatin1Char('"')) {
                        field.append(QLatin1Char('"'));
                        p += 2;
                        continue;
                    }
                    ++p;
                    closed = true;
                    break;
                }
                if (*p == QLatin1Char('\r')) {
                    // a line break inside a field (CRLF, or CR alone as between records) is kept
                    // as LF, so a field read, written and read again stays the same
                    field.append(QLatin1Char('\n'));
                    p += (p + 1 < end && p[1] == QLatin1Char('\n')) ? 2 : 1;
                    ++line;
                    continue;
                }
                if (*p == QLatin1Char('\n'))
                    ++line;
                field.append(*p);
                ++p;
            }
            if (!closed) {
                result.error = Message("Csv", QT_TRANSLATE_NOOP("Csv", "A quoted field opened on line %1 is never closed."), {QString::number(startLine)});
                result.errorLine = startLine;
                return result;
            }
            recordHasContent = true;
            if (p < end && *p != QLatin1Char(',') && *p != QLatin1Char('\n') && *p != QLatin1Char('\r')) {
                result.error = Message("Csv", QT_TRANSLATE_NOOP("Csv", "Line %1: text after a closing quote."), {QString::number(line)});
                result.errorLine = line;
                return result;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
            ++p;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            p += (c == QLatin1Char('\r') && p + 1 < end && p[1] == QLatin1Char('\n')) ? 2 : 1;
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        // an unquoted field runs to the next comma or line end
        const QChar *start = p;
        while (p < end && *p != QLatin1Char(',') && *p != QLatin1Char('\r') && *p != QLatin1Char('\n'))
            ++p;
        field.append(QStringView(start, p - start));
        recordHasContent = true;
    }
    if (recordHasContent || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return result;
}

QString Csv::quoted(const QString &field)
{
    bool needs = false;
    for (QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            needs = true;
            break;
        }
    }
    // a leading byte order mark would be taken for the file's own at the start of a file
    if (!needs && !field.startsWith(QLatin1Char(' ')) && !field.endsWith(QLatin1Char(' ')) && !field.startsWith(QChar(0xFEFF)))
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void Csv::appendRecord(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out.append(',');
        out.append(quoted(fields.at(i)).toUtf8());
    }
    out.append("\r\n");
}
