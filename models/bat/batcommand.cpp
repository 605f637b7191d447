#include "batcommand.h"

#include "bat.h"
#include "batjob.h"
#include "cluster/cluster.h"
#include "lab/lab.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace {
QString tr(const char *source)
{
    return QCoreApplication::translate("BatCommand", source);
}

QString perClusterFile(const QString &file, const QString &cluster)
{
    const QFileInfo info(file);
    const QString suffix = info.completeSuffix().isEmpty() ? QString() : QLatin1Char('.') + info.completeSuffix();
    return info.path() + QLatin1Char('/') + info.baseName() + QLatin1Char('-') + cluster + suffix;
}
} // namespace

int BatCommand::run(const Output &out, const Output &err) const
{
    Bat::Type batType;
    if (!Bat::typeFromName(type, &batType)) {
        err(tr("--type takes users, profiles or phones, not %1.").arg(type));
        return 2;
    }
    const bool exporting = operation == QLatin1String("export");
    const bool deleting = operation == QLatin1String("delete");
    if (!exporting && !deleting && operation != QLatin1String("import")) {
        err(tr("--bat takes import, export or delete, not %1.").arg(operation));
        return 2;
    }
    if (file.isEmpty()) {
        err(tr("--bat needs --file FILE."));
        return 2;
    }
    if (allClusters == !cluster.isEmpty()) {
        err(tr("--bat needs either --cluster NAME or --all-clusters."));
        return 2;
    }
    QByteArray data;
    if (!exporting) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            err(tr("Cannot read %1: %2").arg(file, f.errorString()));
            return 1;
        }
        data = f.readAll();
    }

    QTemporaryDir temp;
    Lab lab;
    QString error;
    if (!lab.open(demo ? temp.path() : (labDirectory.isEmpty() ? Lab::defaultDirectory() : labDirectory), &error)) {
        err(error);
        return 1;
    }
    QList<Cluster *> clusters;
    if (allClusters) {
        clusters = lab.clusters();
    } else if (Cluster *c = lab.cluster(cluster)) {
        clusters << c;
    } else {
        err(tr("There is no cluster %1.").arg(cluster));
        return 2;
    }

    int code = 0;
    for (Cluster *c : std::as_const(clusters)) {
        if (exporting) {
            const QString path = allClusters ? perClusterFile(file, c->name()) : file;
            QSaveFile f(path);
            const QByteArray csv = Bat::exportCsv(*c, batType);
            if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit()) {
                err(tr("Cannot write %1: %2").arg(path, f.errorString()));
                code = 1;
                continue;
            }
            out(tr("%1: exported %2 to %3").arg(c->name(), type, path));
            continue;
        }
        BatJob job(c, batType, deleting ? BatJob::Operation::Delete : BatJob::Operation::Import);
        job.setDryRun(dryRun);
        job.setMode(validRowsOnly ? BatJob::Mode::ValidRowsOnly : BatJob::Mode::AllOrNothing);
        job.setDefaultPin(defaultPin);
        if (job.load(data))
            job.run();
        const BatJob::Summary s = job.summary();
        QString outcome = s.committed ? tr("changes saved")
                                      : (s.dryRun ? tr("dry run, nothing written") : tr("nothing written"));
        out(tr("%1: %2 rows: %3 added, %4 updated, %5 unchanged, %6 deleted, %7 refused; %8")
                .arg(c->name())
                .arg(s.rows)
                .arg(s.added)
                .arg(s.updated)
                .arg(s.unchanged)
                .arg(s.deleted)
                .arg(s.refused)
                .arg(outcome));
        if (!s.ignoredColumns.isEmpty())
            out(tr("  columns not read: %1").arg(s.ignoredColumns.join(QLatin1String(", "))));
        for (const BatIssue &i : job.issues()) {
            if (i.column.isEmpty())
                out(tr("  row %1: %2").arg(i.row).arg(i.text()));
            else
                out(tr("  row %1, %2: %3").arg(i.row).arg(i.column, i.text()));
        }
        if (!job.succeeded())
            code = 1;
    }
    return code;
}
