#include <QtTest>

#include "events/eventlog.h"
#include "items/laboverviewmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

/// A damaged lab folder: every problem of lab.json is named before anything is touched, and a
/// cluster whose database is missing, empty or damaged is refused (named with its file) while
/// the others open.
class TestLabFolder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_template; // a demo lab, closed, copied by each test

    /// A copy of the demo lab in @p dir.
    void copyDemo(const QTemporaryDir &dir)
    {
        for (const QString &name : QDir(m_template.path()).entryList(QDir::Files))
            QVERIFY(QFile::copy(QDir(m_template.path()).filePath(name), dir.filePath(name)));
    }

    static QByteArray sha(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static QJsonObject labJson(const QTemporaryDir &dir)
    {
        QFile f(dir.filePath(QStringLiteral("lab.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static void writeLabJson(const QTemporaryDir &dir, const QByteArray &json)
    {
        QFile f(dir.filePath(QStringLiteral("lab.json")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    }

    static bool hasEventAbout(Lab &lab, const QString &cluster, const QString &text)
    {
        for (const LabEvent &e : lab.events()->events())
            if (e.cluster == cluster && e.message.englishText().contains(text))
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        Lab lab;
        QString error;
        QVERIFY2(lab.open(m_template.path(), &error), qPrintable(error));
        lab.close();
    }

    void emptyDatabaseIsRefusedNotRewritten()
    {
        QTemporaryDir dir;
        copyDemo(dir);
        const QString path = dir.filePath(QStringLiteral("cluster2.sqlite"));
        QVERIFY(QFile::resize(path, 0));
        Lab lab;
        QString error;
        QVERIFY2(lab.open(dir.path(), &error), qPrintable(error)); // the other clusters open
        QVERIFY(!lab.cluster(QStringLiteral("Cluster2")));
        QVERIFY(lab.cluster(QStringLiteral("Cluster1")));
        QCOMPARE(QFileInfo(path).size(), 0); // not seeded as an empty cluster
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(lab.refusedClusters().size(), 1);
        const QString why = lab.refusedClusters().constFirst().reason.englishText();
        QVERIFY2(why.contains(QLatin1String("Cluster2")) && why.contains(path) && why.contains(QLatin1String("empty")), qPrintable(why));
        QVERIFY(hasEventAbout(lab, QStringLiteral("Cluster2"), path));
    }

    void missingDatabaseIsRefusedNotCreated()
    {
        QTemporaryDir dir;
        copyDemo(dir);
        const QString path = dir.filePath(QStringLiteral("cluster3.sqlite"));
        QVERIFY(QFile::remove(path));
        Lab lab;
        QString error;
        QVERIFY2(lab.open(dir.path(), &error), qPrintable(error));
        QVERIFY(!lab.cluster(QStringLiteral("Cluster3")));
        QCOMPARE(lab.clusters().size(), 3);
        QVERIFY(!QFile::exists(path));
        const QString why = lab.refusedClusters().constFirst().reason.englishText();
        QVERIFY2(why.contains(QLatin1String("Cluster3")) && why.contains(path) && why.contains(QLatin1String("missing")), qPrintable(why));
    }

    void missingDatabaseIsCreatedWhenAsked()
    {
        QTemporaryDir dir;
        copyDemo(dir);
        const QString path = dir.filePath(QStringLiteral("cluster3.sqlite"));
        QVERIFY(QFile::remove(path));
        Lab lab;
        lab.setCreateMissingDatabases(true);
        QString error;
        QVERIFY2(lab.open(dir.path(), &error), qPrintable(error));
        Cluster *c3 = lab.cluster(QStringLiteral("Cluster3"));
        QVERIFY(c3);
        QCOMPARE(c3->endUserCount(), 0); // a blank installation, as asked
        QVERIFY(c3->accessControlGroupByName(Groups::RoamingSuperUsers));
        QVERIFY(lab.refusedClusters().isEmpty());
    }

    void damagedDatabaseIsRefusedWhileTheOthersRun()
    {
        QTemporaryDir dir;
        copyDemo(dir);
        const QString path = dir.filePath(QStringLiteral("cluster2.sqlite"));
        int page = 0, pageSize = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("corrupter"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'line_device'")) && q.next());
            page = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("corrupter"));
        QVERIFY(page > 1);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(page - 1) * pageSize));
            f.write(QByteArray(pageSize, '\xA5')); // an index page full of noise
        }
        const QByteArray before = sha(path);
        Lab lab;
        QString error;
        QVERIFY2(lab.open(dir.path(), &error), qPrintable(error));
        QVERIFY(!lab.cluster(QStringLiteral("Cluster2")));
        QCOMPARE(lab.clusters().size(), 3);
        QCOMPARE(sha(path), before); // left as it was
        const QString why = lab.refusedClusters().constFirst().reason.englishText();
        QVERIFY2(why.contains(QLatin1String("Cluster2")) && why.contains(path) && why.contains(QLatin1String("damaged")), qPrintable(why));
        QVERIFY(hasEventAbout(lab, QStringLiteral("Cluster2"), QStringLiteral("damaged")));
        // Lab Overview shows the refused cluster with its state
        LabOverviewModel model(&lab);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        bool shown = false;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, LabOverviewModel::NameColumn).data().toString() == QLatin1String("Cluster2")) {
                shown = true;
                QCOMPARE(model.index(row, LabOverviewModel::StateColumn).data().toString(), QStringLiteral("Refused"));
                QVERIFY(model.index(row, LabOverviewModel::StateColumn).data(Qt::ToolTipRole).toString().contains(path));
                QCOMPARE(model.rowCount(model.index(row, 0)), 0);
            }
        QVERIFY(shown);
    }

    void droppedTableIsRefused()
    {
        QTemporaryDir dir;
        copyDemo(dir);
        const QString path = dir.filePath(QStringLiteral("cluster4.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dropper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE acg_app_user")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dropper"));
        Lab lab;
        QString error;
        QVERIFY2(lab.open(dir.path(), &error), qPrintable(error));
        QVERIFY(!lab.cluster(QStringLiteral("Cluster4")));
        const QString why = lab.refusedClusters().constFirst().reason.englishText();
        QVERIFY2(why.contains(QLatin1String("acg_app_user")) && why.contains(path), qPrintable(why));
    }

    void everyClusterRefusedFailsTheLab()
    {
        QTemporaryDir dir;
        copyDemo(dir);
        for (int k = 1; k <= 4; ++k)
            QVERIFY(QFile::remove(dir.filePath(QStringLiteral("cluster%1.sqlite").arg(k))));
        Lab lab;
        QString error;
        QVERIFY(!lab.open(dir.path(), &error));
        for (int k = 1; k <= 4; ++k)
            QVERIFY2(error.contains(QStringLiteral("Cluster%1").arg(k)), qPrintable(error));
    }

    void headlessRunsNameTheRefusedClusterOnStderr()
    {
        QTemporaryDir dir;
        copyDemo(dir);
        const QString path = dir.filePath(QStringLiteral("cluster2.sqlite"));
        QVERIFY(QFile::resize(path, 0));
        QTemporaryDir scripts;
        const QString script = scripts.filePath(QStringLiteral("check.emroam"));
        {
            QFile f(script);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("expect phone SEPC10000000001 => registered Cluster1 user bob lines 1000001\n");
        }
        const QString emroam = QCoreApplication::applicationDirPath() + QStringLiteral("/emroam");
        QProcess p;
        p.start(emroam, {QStringLiteral("--script"), script, QStringLiteral("--lab"), dir.path()});
        QVERIFY(p.waitForFinished(60'000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("Cluster2")) && err.contains(path), qPrintable(err));
        QCOMPARE(p.exitCode(), 0); // the script ran on the other clusters
        QCOMPARE(QFileInfo(path).size(), 0);

        // --create-missing-databases: a blank Cluster2
        p.start(emroam, {QStringLiteral("--script"), script, QStringLiteral("--lab"), dir.path(), QStringLiteral("--create-missing-databases")});
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY2(!p.readAllStandardError().contains("Cluster2"), "no refusal once creation is asked for");
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFileInfo(path).size() > 0);
    }

    void aNewLabIsFilledWithAddCluster()
    {
        QTemporaryDir dir;
        {
            Lab lab;
            QString error;
            QVERIFY2(lab.create(dir.path(), QStringLiteral("new"), {}, &error), qPrintable(error));
            QVERIFY(!lab.create(dir.path(), QStringLiteral("again"), {}, &error)); // never over an existing lab
            Lab::ClusterSpec spec;
            spec.name = QStringLiteral("Fresh");
            spec.nodes = {{QStringLiteral("fresh-pub"), QStringLiteral("198.51.100.77"), true}};
            QVERIFY2(lab.addCluster(spec, &error), qPrintable(error));
            spec.name = QStringLiteral("Escape");
            spec.database = QStringLiteral("../escape.sqlite");
            QVERIFY(!lab.addCluster(spec, &error));
            QVERIFY2(error.contains(QLatin1String("../escape.sqlite")), qPrintable(error));
            // control characters (a NUL cuts a file name short) are not a file name either
            spec.database = QStringLiteral("esc\x01ape.sqlite") + QChar(0) + QStringLiteral("x");
            QVERIFY(!lab.addCluster(spec, &error));
            QVERIFY2(error.contains(QLatin1String("must be a file name")), qPrintable(error));
        }
        Lab lab;
        QString error;
        QVERIFY2(lab.open(dir.path(), &error), qPrintable(error));
        QCOMPARE(lab.clusters().size(), 1);
        QCOMPARE(lab.name(), QStringLiteral("new"));
    }

    void emptyLabFileIsRefused()
    {
        QTemporaryDir dir;
        writeLabJson(dir, "{}");
        Lab lab;
        QString error;
        QVERIFY(!lab.open(dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("no clusters")), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("lab.json")});
    }

    void everyProblemOfTheLabFileIsListed()
    {
        QTemporaryDir dir;
        copyDemo(dir);
        QJsonObject root = labJson(dir);
        QJsonArray clusters = root.value(QLatin1String("clusters")).toArray();
        QJsonObject c2 = clusters[1].toObject();
        c2.insert(QStringLiteral("name"), QStringLiteral("cluster1")); // a duplicate (names match case-insensitively)
        clusters[1] = c2;
        QJsonObject c3 = clusters[2].toObject();
        const QString outside = QStringLiteral("../%1-outside.sqlite").arg(QFileInfo(dir.path()).fileName());
        c3.insert(QStringLiteral("database"), outside);
        clusters[2] = c3;
        QJsonObject c4 = clusters[3].toObject();
        c4.insert(QStringLiteral("database"), QStringLiteral("cluster1.sqlite")); // shared with Cluster1
        clusters[3] = c4;
        root.insert(QStringLiteral("clusters"), clusters);
        writeLabJson(dir, QJsonDocument(root).toJson());
        const QByteArray c1Before = sha(dir.filePath(QStringLiteral("cluster1.sqlite")));

        Lab lab;
        QString error;
        QVERIFY(!lab.open(dir.path(), &error));
        const QStringList lines = error.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 4, qPrintable(error)); // a heading and one line per problem
        QVERIFY2(error.contains(QLatin1String("cluster1")) && error.contains(QLatin1String("more than once")), qPrintable(error));
        QVERIFY2(error.contains(outside), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Cluster4")) && error.contains(QLatin1String("share")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("another EMRoam Console")), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(outside)));
        QVERIFY(lab.clusters().isEmpty());
        QCOMPARE(sha(dir.filePath(QStringLiteral("cluster1.sqlite"))), c1Before); // nothing touched
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("cluster1.sqlite-wal"))));
    }

    void malformedClusterEntriesAreNamed()
    {
        QTemporaryDir dir, elsewhere;
        const QString absolute = elsewhere.filePath(QStringLiteral("c.sqlite"));
        writeLabJson(dir, QStringLiteral(R"({"clusters": [
            {"name": "A", "database": "a.sqlite", "nodes": []},
            {"database": "b.sqlite", "nodes": [{"host": "b-pub", "address": "198.51.100.9", "publisher": true}]},
            {"name": "C", "database": "%1", "nodes": [{"host": "c-pub", "publisher": true}],
             "ils": {"role": "spoke", "hub": "Nowhere"}},
            {"name": "D", "database": "d.sqlite", "nodes": [{"host": "d-pub", "publisher": true}], "ils": {"role": "wheel"}}
        ]})").arg(absolute).toUtf8());
        Lab lab;
        QString error;
        QVERIFY(!lab.open(dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("A has no nodes")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("cluster 2 has no name")), qPrintable(error));
        QVERIFY2(error.contains(absolute), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Nowhere")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("wheel")), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("lab.json")});
        QVERIFY(!QFile::exists(absolute));
    }

    /// The map's positions: kept in lab.json, optional in older files, checked like the rest.
    void mapPositionsAreSavedOptionalAndChecked()
    {
        QTemporaryDir dir;
        copyDemo(dir);
        {
            Lab lab;
            QString error;
            QVERIFY2(lab.open(dir.path(), &error), qPrintable(error));
            QVERIFY(lab.spec(QStringLiteral("Cluster3")).hasPosition);
            QVERIFY(!lab.setClusterPosition(QStringLiteral("Cluster3"), QPointF(42, -17)));
            const Refusal far = lab.setClusterPosition(QStringLiteral("Cluster3"), QPointF(1e9, 0));
            QVERIFY(far);
            QVERIFY2(far.englishText().contains(QLatin1String("Cluster3")), qPrintable(far.englishText()));
            QVERIFY(lab.setClusterPosition(QStringLiteral("Nowhere"), QPointF(1, 1)));
        }
        {
            Lab lab;
            QString error;
            QVERIFY2(lab.open(dir.path(), &error), qPrintable(error));
            QCOMPARE(lab.spec(QStringLiteral("Cluster3")).position, QPointF(42, -17)); // the refused move changed nothing
        }
        // a lab.json written before the map kept positions still opens, and saving keeps it so
        QJsonObject root = labJson(dir);
        QJsonArray clusters = root.value(QLatin1String("clusters")).toArray();
        for (qsizetype i = 0; i < clusters.size(); ++i) {
            QJsonObject c = clusters[i].toObject();
            c.remove(QStringLiteral("position"));
            clusters[i] = c;
        }
        root.insert(QStringLiteral("clusters"), clusters);
        writeLabJson(dir, QJsonDocument(root).toJson());
        {
            Lab lab;
            QString error;
            QVERIFY2(lab.open(dir.path(), &error), qPrintable(error));
            QVERIFY(!lab.spec(QStringLiteral("Cluster1")).hasPosition);
            QVERIFY(lab.save(&error));
            QVERIFY(!labJson(dir).value(QLatin1String("clusters")).toArray().at(0).toObject().contains(QLatin1String("position")));
        }
        // a position that is not two numbers is a problem of the file, named with its cluster
        QJsonObject c2 = clusters[1].toObject();
        c2.insert(QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), QStringLiteral("left")}, {QStringLiteral("y"), 3}});
        clusters[1] = c2;
        root.insert(QStringLiteral("clusters"), clusters);
        writeLabJson(dir, QJsonDocument(root).toJson());
        Lab lab;
        QString error;
        QVERIFY(!lab.open(dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("Cluster2")) && error.contains(QLatin1String("position")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLabFolder)
#include "tst_labfolder.moc"
