#pragma once

#include <QString>

#include <functional>

/// `emroam --bat import|export|delete --type users|profiles|phones --file FILE
/// --cluster NAME|--all-clusters [--dry-run] [--valid-rows-only] [--default-pin PIN]`:
/// Bulk Administration without a window.
struct BatCommand
{
    QString operation; ///< import, export or delete
    QString type;      ///< users, profiles or phones
    QString file;
    QString cluster;   ///< one cluster, or empty with allClusters
    bool allClusters = false;
    bool dryRun = false;
    bool validRowsOnly = false;
    QString defaultPin;
    QString labDirectory; ///< empty: the default lab folder
    bool demo = false;    ///< a fresh demo lab in a temporary folder

    using Output = std::function<void(const QString &)>;
    /// Runs the command; returns the exit code: 0 done with no refused row, 1 rows refused or
    /// the file or database failed, 2 the arguments make no sense.
    int run(const Output &out, const Output &err) const;
};
