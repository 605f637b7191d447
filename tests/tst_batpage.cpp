#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTreeWidget>

#include "audit/auditlogpage.h"
#include "bat/bulkadministrationpage.h"
#include "common/copytoclustersdialog.h"
#include "testsupport.h"

/// Bulk Administration › Import/Export as an administrator uses it: dry run first, the per-row
/// report, then Run; and the Audit Log page showing what the run changed.
class TestBatPage : public QObject
{
    Q_OBJECT

private slots:
    void dryRunThenRun()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster2"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("udp.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("DEVICE PROFILE NAME,DEVICE PROFILE TYPE,DEVICE PROTOCOL,DIRECTORY NUMBER 1\r\n"
                "UDP-new,Cisco 8865,SIP,2000200\r\n"
                "UDP-clash,Cisco 8865,SIP,2000001\r\n");
        f.close();

        BulkAdministrationPage page(t.lab.get());
        page.setCluster(c);
        page.show();
        auto *type = page.findChild<QComboBox *>(QStringLiteral("typeComboBox"));
        type->setCurrentIndex(1); // User Device Profiles
        auto *run = page.findChild<QPushButton *>(QStringLiteral("runButton"));
        auto *dry = page.findChild<QPushButton *>(QStringLiteral("dryRunButton"));
        page.setFileName(path);
        QVERIFY(dry->isEnabled());
        QVERIFY(!run->isEnabled()); // a file is dry-run before it is applied

        dry->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning() && dry->isEnabled(), 20000);
        auto *report = page.findChild<QTableWidget *>(QStringLiteral("reportTableWidget"));
        QCOMPARE(report->rowCount(), 1);
        QCOMPARE(report->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(report->item(0, 1)->text(), QStringLiteral("DIRECTORY NUMBER 1"));
        QCOMPARE(report->item(0, 2)->text(), QStringLiteral("Directory Number 2000001 is already assigned to UDP-alice."));
        QVERIFY(!c->deviceByName(QStringLiteral("UDP-new")));
        QVERIFY(run->isEnabled());

        // all or nothing by default: Run writes nothing; valid rows only writes the good row
        run->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning() && dry->isEnabled(), 20000);
        QVERIFY(!c->deviceByName(QStringLiteral("UDP-new")));
        page.findChild<QRadioButton *>(QStringLiteral("validRowsOnlyRadioButton"))->click();
        QVERIFY(!run->isEnabled()); // changed inputs need a new dry run
        dry->click();
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 20000);
        run->click();
        QTRY_VERIFY_WITH_TIMEOUT(c->deviceByName(QStringLiteral("UDP-new")) != nullptr && dry->isEnabled(), 20000);

        AuditLogPage audit(t.lab.get());
        audit.setCluster(c);
        audit.show();
        audit.setFilterText(QStringLiteral("UDP-new"));
        QCOMPARE(audit.visibleRows(), 1);
        const QString out = dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(audit.exportTo(out));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray csv = exported.readAll();
        QVERIFY(csv.contains("UDP-new"));
        QVERIFY(!csv.contains("UDP-alice")); // only the rows shown
    }

    void copyToClustersIsAudited()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *source = t.lab->cluster(QStringLiteral("Cluster1"));
        Cluster *target = t.lab->cluster(QStringLiteral("Cluster3"));
        const qsizetype before = target->auditLog().size();
        EndUser bob = *source->endUserByUserId(QStringLiteral("bob"));
        bob.firstName = QStringLiteral("ボブ");
        QVERIFY(source->saveEndUser(bob).ok());
        CopyToClustersDialog dialog(t.lab.get(), source, CopyToClustersDialog::Kind::EndUser, bob.id);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("clustersTreeWidget"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            tree->topLevelItem(i)->setCheckState(0, tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == target->name() ? Qt::Checked : Qt::Unchecked);
        dialog.findChild<QLineEdit *>(QStringLiteral("pinLineEdit"))->setText(QStringLiteral("24680"));
        QCOMPARE(dialog.copySelected(), 1);
        const QList<AuditEntry> entries = target->auditLog().mid(before);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().actor.channel, QStringLiteral("copyToClusters"));
        QCOMPARE(entries.first().record, QStringLiteral("bob"));
        const auto firstName = std::find_if(entries.first().changes.cbegin(), entries.first().changes.cend(),
                                            [](const AuditChange &c) { return c.field == QLatin1String("First Name"); });
        QVERIFY(firstName != entries.first().changes.cend());
        QCOMPARE(firstName->after, QStringLiteral("ボブ"));
        QCOMPARE(target->actor(), AuditActor{});
        for (const AuditEntry &e : entries)
            for (const AuditChange &c : e.changes)
                QVERIFY(!c.after.contains(QLatin1String("24680")) && !c.after.contains(QLatin1String("pbkdf2")));
    }
};

QTEST_MAIN(TestBatPage)
#include "tst_batpage.moc"
