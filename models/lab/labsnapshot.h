#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Lab;

/// File › Save Snapshot…, Restore Snapshot… and Reset Lab: a trainer puts the lab back between
/// classes.
///
/// A snapshot is a folder holding snapshot.json (what it is, the lab it was taken of, when, and
/// the SHA-256 of every file), a copy of lab.json and a consistent copy of each cluster's
/// database (SQLite's VACUUM INTO, after the grouped login writes are committed). A snapshot is
/// checked whole before anything is touched: one that is not a snapshot, comes from a newer
/// version, lacks a file or holds a file that changed or is damaged is refused with every
/// problem listed, and the lab stays exactly as it was.
class LabSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(LabSnapshot)
public:
    /// The name of the description file inside a snapshot folder.
    static QString manifestName();
    /// Writes a snapshot of @p lab into @p folder, which must be new or empty.
    static bool save(Lab *lab, const QString &folder, QString *error);
    /// Every reason @p folder cannot be restored, one a line; empty when it can.
    static QStringList check(const QString &folder);
    /// Replaces @p lab's lab.json and databases by the snapshot's and reopens the lab. Refused
    /// (nothing changes) when check() finds anything; if the reopened lab fails, the previous
    /// files come back and the lab is reopened as it was. Views of the lab's clusters must be
    /// gone first: its Cluster objects are replaced.
    static bool restore(Lab *lab, const QString &folder, QString *error);
    /// Puts the demo lab in @p lab's folder in place of what is there, as restore() does.
    static bool resetToDemo(Lab *lab, QString *error);

private:
    static bool replaceFiles(Lab *lab, const QString &source, QString *error);
};
