#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include "bat.h"
#include "core/refusal.h"
#include "csv.h"

class Cluster;

/// A problem with one row (or, row 1, with the header) of a BAT file: the column it is about
/// and why, worded by the engine rule that refused it (translated when shown).
struct BatIssue
{
    int row = 0;    ///< the file's record number, the header being row 1 (as a spreadsheet numbers it)
    QString column; ///< BAT's column name, e.g. "DIRECTORY NUMBER 1"; empty for the whole row
    Refusal reason;
    QString text() const { return reason.text(); }
};

/// One Bulk Administration job on one cluster: import (insert or update) or delete the records
/// of a BAT file.
///
/// Every row goes through the Cluster's own save and delete methods, so a row is checked with
/// exactly the rules the administration pages enforce, against the cluster as the rows before
/// it left it. The whole job runs inside one database transaction (Cluster::beginBulk): a dry
/// run, a cancelled job, or an all-or-nothing job with a refused row is rolled back and the
/// cluster reloads what the database still has, so nothing changes. Otherwise the transaction
/// is committed once at the end.
///
/// start() works in slices on the event loop (each at most SliceMilliseconds long) so the
/// console stays responsive; run() does everything at once (command line).
class BatJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Import, Delete };
    enum class Mode { AllOrNothing, ValidRowsOnly };
    enum class State { Ready, Running, Finished };
    struct Summary {
        int rows = 0;      ///< data rows in the file
        int processed = 0; ///< rows looked at so far
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int deleted = 0;
        int refused = 0;
        bool dryRun = false;
        bool cancelled = false;
        bool committed = false; ///< the changes are in the database
        QStringList ignoredColumns; ///< header columns the console does not read
    };
    static constexpr int SliceMilliseconds = 20;

    BatJob(Cluster *cluster, Bat::Type type, Operation operation, QObject *parent = nullptr);
    ~BatJob() override;

    /// Reads the file. False (with an issue on the row concerned) when it is not a CSV file the
    /// job can use: unreadable, no header, or no key column.
    bool load(const QByteArray &csv);
    /// load() with the parsing on a worker thread (a file of 100,000 rows takes long enough to
    /// freeze the console); loaded() tells the outcome. Nothing of the cluster is touched there.
    void loadInBackground(const QByteArray &csv);
    void setDryRun(bool dryRun) { m_summary.dryRun = dryRun; }
    void setMode(Mode mode) { m_mode = mode; }
    /// PIN for new end users whose PIN column is empty (BAT's default credential). Empty: such
    /// rows are refused as a page refuses a new user without a PIN.
    void setDefaultPin(const QString &pin) { m_defaultPin = pin; }

    /// Runs in slices on the event loop; progress() after each, finished() at the end.
    void start();
    /// Runs to the end at once. True when no row was refused and the job was not cancelled.
    bool run();
    /// Stops at the end of the current slice and rolls everything back.
    void cancel();

    State state() const { return m_state; }
    Summary summary() const { return m_summary; }
    QList<BatIssue> issues() const { return m_issues; }
    Cluster *cluster() const { return m_cluster; }
    Bat::Type type() const { return m_type; }
    Operation operation() const { return m_operation; }
    bool succeeded() const { return m_state == State::Finished && !m_summary.cancelled && m_summary.refused == 0 && !m_failed; }

signals:
    void loaded(bool ok);
    void progress(int processed, int total);
    void finished();

private:
    bool useParsed(Csv::Result parsed);
    bool begin();
    void slice();
    void step(int index);
    void finish();
    /// Counts what was processed; true when the job's changes are to be committed.
    bool shouldKeep();
    /// Records the end of the job's transaction.
    void committed(bool keep, bool saved);
    QString value(const Csv::Record &r, const QString &column) const;
    bool has(const QString &column) const { return m_columns.contains(column); }
    QStringList numberedValues(const Csv::Record &r, const QString &column) const;
    QString numberedColumn(const QString &column, int position) const;
    void refuse(int index, const QString &column, const Refusal &reason);
    void importEndUser(int index, const Csv::Record &r);
    void importDevice(int index, const Csv::Record &r);
    void remove(int index, const Csv::Record &r);
    QString columnOfDeviceRefusal(const Refusal &r, const QStringList &lines) const;
    QString columnOfUserRefusal(const Refusal &r) const;

    QPointer<Cluster> m_cluster;
    Bat::Type m_type;
    Operation m_operation;
    Mode m_mode = Mode::AllOrNothing;
    State m_state = State::Ready;
    QString m_defaultPin;
    bool m_cancelRequested = false;
    bool m_failed = false; // the file could not be used or the database failed
    bool m_inBulk = false;
    QList<Csv::Record> m_rows;
    QHash<QString, int> m_columns;             // column name → field index
    QHash<QString, QList<int>> m_numbered;     // numbered column → field indexes in number order
    QHash<QString, int> m_keyRow;              // lower-case key → first row index with it
    QHash<QString, QString> m_credentialDigests; // "pin\n…" / "pw\n…" → digest of an earlier row
    QList<BatIssue> m_issues;
    Summary m_summary;
    int m_next = 0;
};
