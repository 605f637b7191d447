#include "labsnapshot.h"

#include "cluster/cluster.h"
#include "core/clock.h"
#include "events/counters.h"
#include "events/eventlog.h"
#include "lab.h"
#include "store/clusterdatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

namespace {
const QString ManifestFile = QStringLiteral("snapshot.json");
const QString Kind = QStringLiteral("EMRoam Console lab snapshot");
constexpr int FormatVersion = 1;
const QString StagingFolder = QStringLiteral(".restore-incoming");
const QString PreviousFolder = QStringLiteral(".restore-previous");

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

// A database file with the journals SQLite may keep beside it.
QStringList withJournals(const QString &database)
{
    return {database, database + QStringLiteral("-wal"), database + QStringLiteral("-shm"), database + QStringLiteral("-journal")};
}

// Moves @p names from folder @p from to folder @p to (those that exist); on failure moves back
// what it moved and returns false.
bool moveAll(const QStringList &names, const QString &from, const QString &to, QString *failed)
{
    QStringList moved;
    for (const QString &n : names) {
        const QString source = QDir(from).filePath(n);
        if (!QFile::exists(source))
            continue;
        const QString target = QDir(to).filePath(n);
        QFile::remove(target);
        if (!QFile::rename(source, target)) {
            *failed = source;
            for (const QString &m : std::as_const(moved))
                QFile::rename(QDir(to).filePath(m), QDir(from).filePath(m));
            return false;
        }
        moved.append(n);
    }
    return true;
}
} // namespace

QString LabSnapshot::manifestName()
{
    return ManifestFile;
}

bool LabSnapshot::save(Lab *lab, const QString &folder, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString shown = QDir::toNativeSeparators(folder);
    for (const Lab::RefusedCluster &r : lab->refusedClusters())
        return fail(tr("The database of %1 was refused when the lab opened, so the lab cannot be saved whole: %2")
                        .arg(r.spec.name, r.reason.text()));
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(tr("%1 is not empty: choose a new folder for the snapshot.").arg(shown));
    const bool created = !dir.exists();
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot create the folder %1.").arg(shown));
    const auto undo = [&] {
        if (created)
            QDir(folder).removeRecursively();
        else
            for (const QString &n : QDir(folder).entryList(QDir::Files | QDir::Hidden))
                QFile::remove(QDir(folder).filePath(n));
    };
    QString saveError;
    if (!lab->save(&saveError)) {
        undo();
        return fail(saveError);
    }
    QStringList files{Lab::labFileName()};
    if (!QFile::copy(QDir(lab->directory()).filePath(Lab::labFileName()), dir.filePath(Lab::labFileName()))) {
        undo();
        return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(dir.filePath(Lab::labFileName()))));
    }
    for (Cluster *c : lab->clusters()) {
        const QString name = lab->spec(c->name()).database;
        QString why;
        if (!c->backupDatabase(dir.filePath(name), &why)) {
            undo();
            return fail(tr("Cannot copy the database of %1 into the snapshot: %2").arg(c->name(), why));
        }
        files.append(name);
    }
    QJsonArray list;
    for (const QString &n : std::as_const(files))
        list.append(QJsonObject{{QStringLiteral("name"), n},
                                {QStringLiteral("size"), QFileInfo(dir.filePath(n)).size()},
                                {QStringLiteral("sha256"), QString::fromLatin1(sha256(dir.filePath(n)))}});
    const QJsonObject manifest{
        {QStringLiteral("kind"), Kind},
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("lab"), lab->name()},
        {QStringLiteral("taken"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("labTimeMs"), lab->clock()->now()},
        {QStringLiteral("files"), list},
    };
    QSaveFile f(dir.filePath(ManifestFile));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(manifest).toJson()) < 0 || !f.commit()) {
        undo();
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(f.fileName()), f.errorString()));
    }
    return true;
}

QStringList LabSnapshot::check(const QString &folder)
{
    const QString shown = QDir::toNativeSeparators(folder);
    const QDir dir(folder);
    if (!dir.exists())
        return {tr("The folder %1 does not exist.").arg(shown)};
    QFile f(dir.filePath(ManifestFile));
    if (!f.open(QIODevice::ReadOnly))
        return {tr("%1 is not a snapshot of EMRoam Console (it has no %2).").arg(shown, ManifestFile)};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    const QJsonObject manifest = doc.object();
    if (!doc.isObject() || manifest.value(QLatin1String("kind")).toString() != Kind)
        return {tr("%1 is not a snapshot of EMRoam Console (%2 does not describe one).").arg(shown, ManifestFile)};
    if (manifest.value(QLatin1String("format")).toInt() > FormatVersion)
        return {tr("The snapshot %1 was written by a newer version of EMRoam Console.").arg(shown)};

    QStringList problems;
    QStringList listed;
    for (const QJsonValue &v : manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.startsWith(QLatin1Char('.'))) {
            problems.append(tr("%1 names a file outside the snapshot: \"%2\".").arg(ManifestFile, name));
            continue;
        }
        listed.append(name);
        const QString path = dir.filePath(name);
        if (!QFile::exists(path))
            problems.append(tr("The file %1 of the snapshot is missing.").arg(name));
        else if (sha256(path) != o.value(QLatin1String("sha256")).toString().toLatin1())
            problems.append(tr("The file %1 of the snapshot was changed or is damaged (its checksum differs from the one taken with the snapshot).").arg(name));
    }
    if (!listed.contains(Lab::labFileName())) {
        problems.append(tr("The snapshot has no %1.").arg(Lab::labFileName()));
        return problems;
    }
    if (!problems.isEmpty())
        return problems; // a changed lab.json or database says no more than that
    QList<Lab::ClusterSpec> specs;
    const QStringList labProblems = Lab::checkLabFile(dir.filePath(Lab::labFileName()), &specs);
    if (!labProblems.isEmpty())
        return labProblems;
    for (const Lab::ClusterSpec &spec : std::as_const(specs)) {
        if (!listed.contains(spec.database)) {
            problems.append(tr("The snapshot has no database for %1 (%2).").arg(spec.name, spec.database));
            continue;
        }
        const Message m = ClusterDatabase::inspect(dir.filePath(spec.database), spec.name);
        if (!m.isEmpty())
            problems.append(m.text());
    }
    return problems;
}

bool LabSnapshot::restore(Lab *lab, const QString &folder, QString *error)
{
    const QStringList problems = check(folder);
    if (!problems.isEmpty()) {
        if (error)
            *error = tr("The snapshot %1 cannot be restored; the lab was not changed:").arg(QDir::toNativeSeparators(folder))
                     + QStringLiteral("\n- ") + problems.join(QStringLiteral("\n- "));
        return false;
    }
    return replaceFiles(lab, folder, error);
}

bool LabSnapshot::resetToDemo(Lab *lab, QString *error)
{
    QTemporaryDir demo;
    if (!demo.isValid()) {
        if (error)
            *error = tr("Cannot create a temporary folder for the demo lab: %1").arg(demo.errorString());
        return false;
    }
    {
        Lab fresh;
        fresh.clock()->setPaused(true);
        if (!fresh.open(demo.path(), error))
            return false;
        fresh.close(); // commits and closes the new databases
    }
    return replaceFiles(lab, demo.path(), error);
}

bool LabSnapshot::replaceFiles(Lab *lab, const QString &source, QString *error)
{
    QList<Lab::ClusterSpec> incomingSpecs;
    const QStringList problems = Lab::checkLabFile(QDir(source).filePath(Lab::labFileName()), &incomingSpecs);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    const QString labDir = lab->directory();
    const QDir dir(labDir);
    const QString staging = dir.filePath(StagingFolder);
    const QString previous = dir.filePath(PreviousFolder);
    QDir(staging).removeRecursively();
    QDir(previous).removeRecursively();

    // 1. a copy of the incoming files inside the lab folder (renames below cannot fail half way
    //    for lack of space)
    QStringList incoming{Lab::labFileName()};
    for (const Lab::ClusterSpec &s : std::as_const(incomingSpecs))
        incoming.append(s.database);
    if (!QDir().mkpath(staging)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(staging));
        return false;
    }
    for (const QString &n : std::as_const(incoming))
        if (!QFile::copy(QDir(source).filePath(n), QDir(staging).filePath(n))) {
            QDir(staging).removeRecursively();
            if (error)
                *error = tr("Cannot copy %1 into the lab folder %2; the lab was not changed.").arg(n, QDir::toNativeSeparators(labDir));
            return false;
        }

    // 2. close the lab, put its files aside, move the new ones in, open
    QStringList current{Lab::labFileName()};
    QList<Lab::ClusterSpec> currentSpecs = lab->specs();
    for (const Lab::RefusedCluster &r : lab->refusedClusters())
        currentSpecs.append(r.spec);
    for (const Lab::ClusterSpec &s : std::as_const(currentSpecs))
        current += withJournals(s.database);
    QStringList incomingInPlace{Lab::labFileName()};
    for (const Lab::ClusterSpec &s : std::as_const(incomingSpecs))
        incomingInPlace += withJournals(s.database);
    for (Cluster *c : lab->clusters())
        lab->counters()->reset(c->name());
    lab->close();
    lab->events()->clear();
    QDir().mkpath(previous);
    QString failed;
    QString openError;
    bool ok = moveAll(current, labDir, previous, &failed);
    const bool setAside = ok; // the lab's own files are in previous/
    if (ok) {
        // journals of a file of the same name that was not part of the lab would be replayed into it
        for (const QString &n : std::as_const(incomingInPlace))
            QFile::remove(dir.filePath(n));
        ok = moveAll(incoming, staging, labDir, &failed);
        if (!ok)
            openError = tr("Cannot move %1 into the lab folder.").arg(QDir::toNativeSeparators(failed));
    } else {
        openError = tr("Cannot move %1 aside.").arg(QDir::toNativeSeparators(failed));
    }
    if (ok) {
        ok = lab->open(labDir, &openError);
        if (ok && !lab->refusedClusters().isEmpty()) {
            ok = false;
            openError = lab->refusedClusters().constFirst().reason.text();
        }
    }
    if (!ok) {
        // put the lab back as it was
        lab->close();
        if (setAside) {
            for (const QString &n : std::as_const(incomingInPlace))
                QFile::remove(dir.filePath(n));
            QString ignored;
            moveAll(current, previous, labDir, &ignored);
        }
        QString reopenError;
        lab->open(labDir, &reopenError);
        if (error)
            *error = tr("The lab could not be replaced and was reopened as it was: %1").arg(openError);
    }
    QDir(staging).removeRecursively();
    QDir(previous).removeRecursively();
    return ok;
}
