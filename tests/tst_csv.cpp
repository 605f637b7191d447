#include <QtTest>

#include "bat/csv.h"

/// The CSV reader BAT files go through: RFC 4180 as spreadsheets and Cisco BAT write it.
class TestCsv : public QObject
{
    Q_OBJECT

    static QList<QStringList> fields(const Csv::Result &r)
    {
        QList<QStringList> out;
        for (const Csv::Record &rec : r.records)
            out << rec.fields;
        return out;
    }

private slots:
    void plainRowsWithLfAndCrlf()
    {
        const QList<QStringList> expected{{"USER ID", "LAST NAME"}, {"alice", "Smith"}, {"bob", ""}};
        QCOMPARE(fields(Csv::parse("USER ID,LAST NAME\nalice,Smith\nbob,\n")), expected);
        QCOMPARE(fields(Csv::parse("USER ID,LAST NAME\r\nalice,Smith\r\nbob,\r\n")), expected);
        QCOMPARE(fields(Csv::parse("USER ID,LAST NAME\r\nalice,Smith\r\nbob,")), expected); // no final line end
    }

    void quotedCommasQuotesAndLineBreaks()
    {
        const Csv::Result r = Csv::parse("a,b,c\r\n\"Smith, John\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,,x\n");
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records[1].fields, (QStringList{"Smith, John", "say \"hi\"", "two\nlines"}));
        QCOMPARE(r.records[2].fields, (QStringList{"next", "", "x"}));
        QCOMPARE(r.records[2].line, 4); // the quoted line break moved it one line down
        QCOMPARE(Csv::parse("\"\"\n").records.first().fields, QStringList{QString()});
    }

    void byteOrderMarkAndJapanese()
    {
        const QByteArray withBom = QByteArray("\xEF\xBB\xBF") + QStringLiteral("USER ID,FIRST NAME\nyamada,山田\n").toUtf8();
        const Csv::Result r = Csv::parse(withBom);
        QCOMPARE(r.records.first().fields.first(), QStringLiteral("USER ID")); // the BOM is not part of the name
        QCOMPARE(r.records[1].fields[1], QStringLiteral("山田"));
        QCOMPARE(fields(Csv::parse(QStringLiteral("USER ID,FIRST NAME\nyamada,山田\n").toUtf8())), fields(r));
    }

    void blankLinesAreSkipped()
    {
        QCOMPARE(fields(Csv::parse("a\n\n\r\nb\n")), (QList<QStringList>{{"a"}, {"b"}}));
        QVERIFY(Csv::parse("").records.isEmpty());
    }

    void errorsAreReported()
    {
        Csv::Result r = Csv::parse("a,b\n\"open,x\ny\n");
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(r.errorLine, 2);
        QVERIFY(r.error.englishText().contains(QLatin1String("never closed")));
        r = Csv::parse("a,\"b\"c\n");
        QVERIFY(r.error.englishText().contains(QLatin1String("after a closing quote")));
        r = Csv::parse("a,\xff\xfe\n");
        QVERIFY(r.error.englishText().contains(QLatin1String("UTF-8")));
    }

    void writtenRecordsReadBack()
    {
        const QStringList tricky{"plain", "comma, inside", "quote \" inside", "line\nbreak", "", " padded ", "田中"};
        QByteArray out;
        Csv::appendRecord(out, tricky);
        Csv::appendRecord(out, {"second"});
        QVERIFY(out.endsWith("second\r\n"));
        const Csv::Result r = Csv::parse(out);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[0].fields, tricky);
    }

    void lineBreaksInsideQuotesReadAsLf()
    {
        // CRLF, LF and a lone CR inside quotes all read as LF: what is read, written and read
        // again stays the same (a lone CR before CRLF once came back as a different field)
        const Csv::Result r = Csv::parse("\"a\r\nb\",\"c\rd\",\"e\r\r\nf\"\r\n");
        QVERIFY(r.error.isEmpty());
        const QStringList expected{"a\nb", "c\nd", "e\n\nf"};
        QCOMPARE(r.records.first().fields, expected);
        QByteArray out;
        Csv::appendRecord(out, r.records.first().fields);
        QCOMPARE(Csv::parse(out).records.first().fields, expected);
        // a field that starts with a byte order mark, first in a file, survives a round trip
        const QStringList bom{QString(QChar(0xFEFF)) + QStringLiteral("x")};
        out.clear();
        Csv::appendRecord(out, bom);
        QCOMPARE(Csv::parse(out).records.first().fields, bom);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
