#pragma once

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include "cluster/cluster.h"
#include "lab/lab.h"

/// A fresh lab folder per test, removed afterwards.
struct TempLab
{
    QTemporaryDir dir;
    std::unique_ptr<Lab> lab = std::make_unique<Lab>();

    /// Opens the demo lab in a fresh folder.
    bool openDemo()
    {
        QString error;
        const bool ok = lab->open(dir.path(), &error);
        if (!ok)
            qWarning("demo lab: %s", qPrintable(error));
        return ok;
    }
};

/// A blank cluster (as after a fresh installation) in its own database.
struct BlankCluster
{
    QTemporaryDir dir;
    std::unique_ptr<Cluster> cluster;

    explicit BlankCluster(const QString &name = QStringLiteral("Blank"))
    {
        cluster = std::make_unique<Cluster>(name, QList<Node>{{QStringLiteral("blank-pub"), QStringLiteral("198.51.100.200"), true},
                                                              {QStringLiteral("blank-sub1"), QStringLiteral("198.51.100.201"), false}});
        QString error;
        if (!cluster->open(dir.filePath(QStringLiteral("blank.sqlite")), &error))
            qFatal("cannot open blank cluster: %s", qPrintable(error));
    }
    QString path() const { return dir.filePath(QStringLiteral("blank.sqlite")); }
};
