#include <QtTest>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>

#include "httpsupport.h"

/// `emroam --headless --demo` as an outside client sees it: the JSON lines, `ready`, curl
/// against the endpoints, and a clean exit on SIGTERM and SIGINT.
class TestHeadless : public QObject
{
    Q_OBJECT

    struct Started {
        QList<QJsonObject> clusters;
        bool ready = false;
    };

    static QString emroam() { return QCoreApplication::applicationDirPath() + QStringLiteral("/emroam"); }

    static Started start(QProcess &p, const QStringList &extra = {})
    {
        p.setProgram(emroam());
        p.setArguments(QStringList{QStringLiteral("--headless"), QStringLiteral("--demo")} + extra);
        p.start();
        Started s;
        if (!p.waitForStarted(10'000))
            return s;
        QElapsedTimer t;
        t.start();
        while (!s.ready && t.elapsed() < 30'000 && p.state() == QProcess::Running) {
            if (!p.canReadLine() && !p.waitForReadyRead(1000))
                continue;
            while (p.canReadLine()) {
                const QByteArray line = p.readLine().trimmed();
                if (line == "ready")
                    s.ready = true;
                else
                    s.clusters.append(QJsonDocument::fromJson(line).object());
            }
        }
        return s;
    }

    static QByteArray curl(const QStringList &args)
    {
        QProcess c;
        c.start(QStringLiteral("curl"), QStringList{QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("10")} + args);
        if (!c.waitForFinished(15'000))
            return {};
        return c.readAllStandardOutput();
    }

private slots:
    void curlAgainstHeadlessDemo()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed");
        QProcess p;
        const Started s = start(p);
        QVERIFY2(s.ready, p.readAllStandardError().constData());
        QCOMPARE(s.clusters.size(), 4);
        QCOMPARE(s.clusters.at(0).value(QLatin1String("cluster")).toString(), QStringLiteral("Cluster1"));
        QCOMPARE(s.clusters.at(0).value(QLatin1String("clusterId")).toString(), QStringLiteral("cluster1"));
        const QString c2 = s.clusters.at(1).value(QLatin1String("url")).toString();
        QVERIFY(c2.startsWith(QLatin1String("http://127.0.0.1:")));

        QByteArray out = curl({QStringLiteral("-i"), c2 + QStringLiteral("/ccmcip/getservicesmenu.jsp?device=SEPC20000000002")});
        QVERIFY2(out.startsWith("HTTP/1.1 200"), out.constData());
        QVERIFY(out.contains("Content-Type: text/xml; charset=utf-8"));
        QVERIFY(out.contains("<CiscoIPPhoneMenu>"));

        out = curl({c2 + QStringLiteral("/emapp/EMAppServlet?device=SEPC20000000002&userid=kally&seq=12345")});
        QVERIFY2(out.contains("Login successful"), out.constData());

        const QByteArray query = Xml::emCall(QStringLiteral("query"), QStringLiteral("deviceUserQuery"), QStringLiteral("emapi"),
                                             QStringLiteral("emapi-pass"), {{QStringLiteral("deviceName"), QStringLiteral("SEPC20000000002")}});
        out = curl({c2 + QStringLiteral("/emservice/EMServiceServlet"), QStringLiteral("--data-urlencode"),
                    QStringLiteral("xml=") + QString::fromUtf8(query)});
        QCOMPARE(Xml::text(out, QStringLiteral("userID")), QStringLiteral("kally"));

        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        // Closed: nothing listens there any more.
        out = curl({QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
                    c2 + QStringLiteral("/emapp/EMAppServlet?device=SEPC20000000002")});
        QCOMPARE(out, QByteArray("000"));
    }

    void sigintShutsDownCleanly()
    {
        QProcess p;
        const Started s = start(p);
        QVERIFY(s.ready);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void listenOnAnotherLoopbackAddress()
    {
        QProcess p;
        const Started s = start(p, {QStringLiteral("--listen"), QStringLiteral("127.0.0.2")});
        QVERIFY(s.ready);
        QVERIFY(s.clusters.at(0).value(QLatin1String("url")).toString().startsWith(QLatin1String("http://127.0.0.2:")));
        p.terminate();
        QVERIFY(p.waitForFinished(10'000));
        QVERIFY(!p.readAllStandardError().contains("clear text")); // still loopback: no warning
    }

    void nonLoopbackAddressWarnsAboutClearTextPins()
    {
        // 192.0.2.1 (TEST-NET-1) is not an address of this host: the warning comes first, then
        // the listener fails; nothing is ever sent anywhere.
        QProcess p;
        p.start(emroam(), {QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("192.0.2.1")});
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("clear text"));
    }

    void helpAndVersionNeedNoDisplay()
    {
        // a terminal without X or Wayland, and no platform plugin asked for
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version"), QStringLiteral("-v")}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(emroam(), {option});
            QVERIFY(p.waitForFinished(20'000));
            const QByteArray out = p.readAllStandardOutput();
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(option + QStringLiteral(": ") + QString::fromUtf8(err)));
            if (option.contains(QLatin1Char('h')))
                QVERIFY2(out.contains("--demo") && out.contains("--lab"), out.constData());
            else
                QVERIFY2(out.contains(EMROAM_VERSION), out.constData());
            QVERIFY2(!err.contains("platform plugin"), err.constData());
        }
    }

    void badListenAddressFails()
    {
        QProcess p;
        p.start(emroam(), {QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("not-an-address")});
        QVERIFY(p.waitForFinished(20'000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
