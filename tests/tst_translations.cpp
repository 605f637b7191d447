#include <QtTest>

#include <QLibraryInfo>
#include <QProcess>
#include <QXmlStreamReader>

#include "languagemanager.h"

namespace {
QString sourceDir()
{
    return qEnvironmentVariable("EMROAM_SOURCE_DIR");
}

struct Message {
    QString context, source, translation, type;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) {
            m = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.append(m);
        }
    }
    return out;
}
/// Numerus messages of a .ts file: the source, the type of the translation and its forms.
struct Plural {
    QString context, source, type;
    QStringList forms;
};

QList<Plural> readPlurals(const QString &path)
{
    QList<Plural> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Plural p;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message") && numerus)
            out.append(p);
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            p = Plural{context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            p.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            p.type = xml.attributes().value(QLatin1String("type")).toString();
        } else if (xml.name() == QLatin1String("numerusform")) {
            p.forms << xml.readElementText();
        }
    }
    return out;
}

QStringList unfinishedPlurals(const QString &path)
{
    QStringList bad;
    for (const Plural &p : readPlurals(path)) {
        const bool empty = p.forms.size() < 2 || std::any_of(p.forms.cbegin(), p.forms.cend(), [](const QString &f) {
                               return f.trimmed().isEmpty();
                           });
        if (empty || (!p.type.isEmpty() && p.type != QLatin1String("vanished") && p.type != QLatin1String("obsolete")))
            bad << p.context + QStringLiteral(": ") + p.source;
    }
    return bad;
}
} // namespace

/// Japanese stays complete as the product grows, and uses the glossary's wording.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void japaneseHasNoUnfinishedEntries()
    {
        const QList<Message> messages = readTs(sourceDir() + QStringLiteral("/translations/emroam_ja.ts"));
        QVERIFY(messages.size() > 100);
        QStringList unfinished;
        for (const Message &m : messages)
            if (!m.type.isEmpty() || m.translation.trimmed().isEmpty())
                unfinished << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void everySourceStringIsInTheJapaneseFile()
    {
        // lupdate into a copy: any string the sources have and the file lacks shows up unfinished
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed (qt6-l10n-tools)");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("ja.ts"));
        QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/translations/emroam_ja.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess p;
        p.setWorkingDirectory(sourceDir());
        p.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-silent"), QStringLiteral("app"), QStringLiteral("models"),
                          QStringLiteral("views"), QStringLiteral("-ts"), copy});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QStringList missing;
        for (const Message &m : readTs(copy))
            if (m.type == QLatin1String("unfinished"))
                missing << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in emroam_ja.ts (run the update_translations target):\n")
                                               + missing.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void glossaryWordingIsUsed()
    {
        QFile glossary(sourceDir() + QStringLiteral("/translations/glossary.tsv"));
        QVERIFY(glossary.open(QIODevice::ReadOnly | QIODevice::Text));
        QHash<QString, QString> terms;
        glossary.readLine(); // header
        while (!glossary.atEnd()) {
            const QStringList cols = QString::fromUtf8(glossary.readLine()).split(QLatin1Char('\t'));
            if (cols.size() >= 2)
                terms.insert(cols[0], cols[1]);
        }
        QStringList wrong;
        int checked = 0;
        for (const Message &m : readTs(sourceDir() + QStringLiteral("/translations/emroam_ja.ts"))) {
            QString source = m.source;
            source.remove(QLatin1Char('&'));
            const auto it = terms.constFind(source);
            if (it == terms.cend())
                continue;
            ++checked;
            QString translation = m.translation;
            translation.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
            if (translation != *it)
                wrong << QStringLiteral("%1: %2 → %3 (glossary: %4)").arg(m.context, m.source, m.translation, *it);
        }
        QVERIFY(checked > 5);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void englishPluralsAreComplete()
    {
        // "1 record found", "5 records found": every %n string has both English forms, and
        // lupdate finds no %n string in the sources that emroam_en.ts lacks
        const QString en = sourceDir() + QStringLiteral("/translations/emroam_en.ts");
        QVERIFY(readPlurals(en).size() > 10);
        QStringList bad = unfinishedPlurals(en);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("empty or unfinished English plurals in emroam_en.ts:\n")
                                           + bad.mid(0, 20).join(QLatin1Char('\n'))));
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed (qt6-l10n-tools)");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("en.ts"));
        QVERIFY(QFile::copy(en, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess p;
        p.setWorkingDirectory(sourceDir());
        p.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-silent"), QStringLiteral("-pluralonly"), QStringLiteral("app"),
                          QStringLiteral("models"), QStringLiteral("views"), QStringLiteral("-ts"), copy});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        bad = unfinishedPlurals(copy);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%n strings without English forms (run the update_translations target):\n")
                                           + bad.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void englishPluralsAreWordedInTheConsole()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en"), false));
        QCOMPARE(QCoreApplication::translate("FindListWidget", "%n record(s) found", nullptr, 1), QStringLiteral("1 record found"));
        QCOMPARE(QCoreApplication::translate("FindListWidget", "%n record(s) found", nullptr, 5), QStringLiteral("5 records found"));
    }

    void embeddedCatalogueLoadsAndTranslates()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("ja"), false));
        QCOMPARE(QCoreApplication::translate("Navigation", "Device"), QStringLiteral("デバイス"));
        QCOMPARE(QCoreApplication::translate("Navigation", "End User"), QStringLiteral("エンドユーザ"));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        QVERIFY(languages.setLanguage(QStringLiteral("en"), false));
        QCOMPARE(QCoreApplication::translate("Navigation", "Device"), QStringLiteral("Device"));
        // English plural forms come from emroam_en.ts
        QCOMPARE(QCoreApplication::translate("OverviewPage", "%n cluster(s) in the lab, %1 up; %2.", nullptr, 1),
                 QStringLiteral("1 cluster in the lab, %1 up; %2."));
        QVERIFY(!languages.setLanguage(QStringLiteral("xx"), false));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
