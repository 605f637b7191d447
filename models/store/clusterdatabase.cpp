#include "clusterdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

namespace {

// Each entry moves the schema one version up. A new database runs them all; an older file
// runs the ones it lacks, inside one transaction.
const char *const Migrations[] = {
    // 1: the first schema
    R"SQL(
CREATE TABLE enterprise_parameter (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE service_parameter (service TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (service, name));
CREATE TABLE node_state (host TEXT PRIMARY KEY, up INTEGER NOT NULL);
CREATE TABLE node_service (host TEXT NOT NULL, service TEXT NOT NULL,
    activated INTEGER NOT NULL, running INTEGER NOT NULL, PRIMARY KEY (host, service));
CREATE TABLE phone_service (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, ascii_name TEXT NOT NULL,
    description TEXT NOT NULL, url TEXT NOT NULL, secure_url TEXT NOT NULL, category TEXT NOT NULL,
    type INTEGER NOT NULL, enabled INTEGER NOT NULL, enterprise_subscription INTEGER NOT NULL);
CREATE TABLE device (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    model TEXT NOT NULL, protocol TEXT NOT NULL, description TEXT NOT NULL, locale TEXT NOT NULL,
    button_template TEXT NOT NULL, softkey_template TEXT NOT NULL, em_enabled INTEGER NOT NULL,
    logout_profile_id INTEGER REFERENCES device(id) ON DELETE RESTRICT, login_user_id TEXT NOT NULL);
CREATE TABLE line (dn TEXT PRIMARY KEY, device_id INTEGER NOT NULL REFERENCES device(id) ON DELETE CASCADE,
    position INTEGER NOT NULL);
CREATE INDEX line_device ON line(device_id);
CREATE TABLE subscription (device_id INTEGER NOT NULL REFERENCES device(id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES phone_service(id) ON DELETE RESTRICT,
    PRIMARY KEY (device_id, service_id));
CREATE TABLE end_user (id INTEGER PRIMARY KEY, userid TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL,
    last_name TEXT NOT NULL, pin_hash TEXT NOT NULL, password_hash TEXT NOT NULL, self_service_id TEXT NOT NULL,
    primary_extension TEXT NOT NULL, default_profile_id INTEGER REFERENCES device(id) ON DELETE SET NULL,
    home_cluster INTEGER NOT NULL);
CREATE TABLE controlled_profile (user_id INTEGER NOT NULL REFERENCES end_user(id) ON DELETE CASCADE,
    device_id INTEGER NOT NULL REFERENCES device(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    PRIMARY KEY (user_id, device_id));
CREATE TABLE app_user (id INTEGER PRIMARY KEY, userid TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL);
CREATE TABLE acg (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, standard INTEGER NOT NULL);
CREATE TABLE acg_end_user (acg_id INTEGER NOT NULL REFERENCES acg(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES end_user(id) ON DELETE CASCADE, PRIMARY KEY (acg_id, user_id));
CREATE TABLE acg_app_user (acg_id INTEGER NOT NULL REFERENCES acg(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE, PRIMARY KEY (acg_id, user_id));
CREATE TABLE extension_mobility_dynamic (device_id INTEGER PRIMARY KEY REFERENCES device(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES end_user(id) ON DELETE CASCADE,
    profile_id INTEGER NOT NULL REFERENCES device(id) ON DELETE CASCADE, login_time INTEGER NOT NULL);
)SQL",
    // 2: user locale (phones reset when it differs from the device locale) and timed logouts
    R"SQL(
ALTER TABLE end_user ADD COLUMN locale TEXT NOT NULL DEFAULT 'English United States';
ALTER TABLE extension_mobility_dynamic ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
)SQL",
    // 3: credential policy (lockout after wrong PINs and passwords) and each user's lock state
    R"SQL(
CREATE TABLE credential_policy (kind TEXT PRIMARY KEY, failed_logon INTEGER NOT NULL,
    reset_minutes INTEGER NOT NULL, lockout_minutes INTEGER NOT NULL, admin_must_unlock INTEGER NOT NULL);
INSERT INTO credential_policy VALUES ('end-user-pin', 3, 30, 30, 0);
INSERT INTO credential_policy VALUES ('end-user-password', 3, 30, 30, 0);
INSERT INTO credential_policy VALUES ('application-user-password', 3, 30, 30, 0);
CREATE TABLE end_user_credential (user_id INTEGER NOT NULL REFERENCES end_user(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, failed_count INTEGER NOT NULL, last_failed_at INTEGER NOT NULL,
    locked INTEGER NOT NULL, locked_at INTEGER NOT NULL, PRIMARY KEY (user_id, kind));
CREATE TABLE app_user_credential (user_id INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, failed_count INTEGER NOT NULL, last_failed_at INTEGER NOT NULL,
    locked INTEGER NOT NULL, locked_at INTEGER NOT NULL, PRIMARY KEY (user_id, kind));
)SQL",
    // 4: the audit log (Reporting > Audit Log); changes are a JSON array of {field, before, after}
    R"SQL(
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, wall_time INTEGER NOT NULL, lab_time INTEGER NOT NULL,
    actor_kind TEXT NOT NULL, actor TEXT NOT NULL, channel TEXT NOT NULL, action TEXT NOT NULL,
    entity TEXT NOT NULL, record TEXT NOT NULL, changes TEXT NOT NULL);
)SQL",
};
static_assert(std::size(Migrations) == ClusterDatabase::SchemaVersion);

const char *kindKey(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::EndUserPin: return "end-user-pin";
    case CredentialKind::EndUserPassword: return "end-user-password";
    case CredentialKind::ApplicationUserPassword: return "application-user-password";
    }
    return "";
}

bool kindFromKey(const QString &key, CredentialKind *kind)
{
    for (CredentialKind k : {CredentialKind::EndUserPin, CredentialKind::EndUserPassword, CredentialKind::ApplicationUserPassword})
        if (key == QLatin1String(kindKey(k))) {
            *kind = k;
            return true;
        }
    return false;
}

// The tables schema @p version has (each migration's CREATE TABLE statements up to it).
QStringList tablesOfSchema(int version)
{
    static const QRegularExpression create(QStringLiteral("CREATE TABLE (\\w+)"));
    QStringList out;
    for (int v = 0; v < version && v < int(std::size(Migrations)); ++v)
        for (auto it = create.globalMatch(QString::fromUtf8(Migrations[v])); it.hasNext();)
            out.append(it.next().captured(1));
    return out;
}

ClusterDatabase::OpenProblem classify(const QString &sqliteError)
{
    if (sqliteError.contains(QLatin1String("locked")) || sqliteError.contains(QLatin1String("busy")))
        return ClusterDatabase::OpenProblem::Locked;
    if (sqliteError.contains(QLatin1String("not a database")))
        return ClusterDatabase::OpenProblem::NotADatabase;
    if (sqliteError.contains(QLatin1String("malformed")) || sqliteError.contains(QLatin1String("corrupt")))
        return ClusterDatabase::OpenProblem::Damaged;
    return ClusterDatabase::OpenProblem::Failed;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

ClusterDatabase::ClusterDatabase(QString connectionName, QString clusterName)
    : m_connectionName(std::move(connectionName)), m_clusterName(std::move(clusterName))
{
}

ClusterDatabase::~ClusterDatabase()
{
    close();
}

bool ClusterDatabase::open(const QString &path, int targetVersion, Creation creation)
{
    close();
    m_path = path;
    m_created = false;
    m_problem = OpenProblem::None;
    m_openError = {};
    m_lastError.clear();
    // A 0-byte file is what a crash or a full disk leaves, not a database to start afresh in
    // (SQLite writes the header as soon as it switches to WAL, so a database we made never
    // has 0 bytes unless its WAL holds everything).
    const QFileInfo file(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool blank = !file.exists() || (file.size() == 0 && wal.size() == 0);
    if (blank && creation == Creation::Refuse)
        return refuseOpen(file.exists() ? OpenProblem::Empty : OpenProblem::Missing);
    // Decide read-only first: nothing below may touch a file this build will refuse.
    if (!blank && !checkReadOnly())
        return false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_lastError = db.lastError().text();
            return refuseOpen(classify(m_lastError), m_lastError);
        }
        QSqlQuery pragma(db);
        // One connection per cluster database, owned by this process: exclusive locking spares
        // SQLite a pair of file-lock system calls per transaction (a login is one transaction).
        for (const char *p : {"PRAGMA locking_mode=EXCLUSIVE", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            if (!pragma.exec(QString::fromLatin1(p))) {
                m_lastError = pragma.lastError().text();
                return refuseOpen(classify(m_lastError), m_lastError);
            }
        }
    }
    m_connection = QSqlDatabase::database(m_connectionName, false);
    if (!migrate(targetVersion)) {
        if (m_problem == OpenProblem::None)
            refuseOpen(classify(m_lastError), m_lastError);
        close();
        return false;
    }
    return true;
}

bool ClusterDatabase::backupTo(const QString &path)
{
    if (!isOpen()) {
        m_lastError = QStringLiteral("the database is not open");
        return false;
    }
    QSqlQuery q(m_connection);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

Message ClusterDatabase::inspect(const QString &path, const QString &clusterName)
{
    static int serial = 0;
    ClusterDatabase db(QStringLiteral("inspect-%1").arg(++serial), clusterName);
    db.m_path = path;
    const QFileInfo file(path);
    if (!file.exists())
        db.refuseOpen(OpenProblem::Missing);
    else if (file.size() == 0)
        db.refuseOpen(OpenProblem::Empty);
    else
        db.checkReadOnly();
    return db.m_openError;
}

// The schema version, PRAGMA quick_check and the tables, on a read-only connection of its own.
bool ClusterDatabase::checkReadOnly()
{
    const QString name = m_connectionName + QStringLiteral("-check");
    const QString shm = m_path + QStringLiteral("-shm");
    const bool hadShm = QFile::exists(shm);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            m_lastError = db.lastError().text();
            ok = refuseOpen(classify(m_lastError), m_lastError);
        } else {
            QSqlQuery q(db);
            int version = -1;
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                m_lastError = q.lastError().text();
                ok = refuseOpen(classify(m_lastError), m_lastError);
            } else {
                version = q.value(0).toInt();
            }
            if (ok && version > SchemaVersion) {
                m_lastError = QStringLiteral("schema %1, this build knows %2").arg(version).arg(SchemaVersion);
                ok = refuseOpen(OpenProblem::NewerSchema, QString::number(version));
            }
            if (ok) {
                QStringList problems;
                if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                    problems.append(q.lastError().text());
                } else {
                    while (q.next()) {
                        const QString row = q.value(0).toString();
                        if (row != QLatin1String("ok") && problems.size() < 3)
                            problems.append(row);
                    }
                }
                if (problems.isEmpty() && version > 0) {
                    QSet<QString> present;
                    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
                        while (q.next())
                            present.insert(q.value(0).toString());
                    for (const QString &table : tablesOfSchema(version))
                        if (!present.contains(table))
                            problems.append(QStringLiteral("table %1 is missing").arg(table));
                }
                if (!problems.isEmpty()) {
                    m_lastError = problems.join(QLatin1String("; "));
                    ok = refuseOpen(classify(m_lastError) == OpenProblem::Locked ? OpenProblem::Locked : OpenProblem::Damaged,
                                    m_lastError);
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    // A read-only look at a WAL database makes a -shm file; the read-write connection (exclusive
    // locking) keeps its index in memory and never uses it.
    if (!hadShm)
        QFile::remove(shm);
    return ok;
}

bool ClusterDatabase::refuseOpen(OpenProblem problem, const QString &detail)
{
    m_problem = problem;
    const QString file = QDir::toNativeSeparators(m_path);
    switch (problem) {
    case OpenProblem::None:
        return true;
    case OpenProblem::Missing:
        m_openError = Message("ClusterDatabase", QT_TRANSLATE_NOOP("ClusterDatabase", "The database of %1 is missing: %2. Restore the file, or start the console with --create-missing-databases to give %1 a new, empty database."),
                              {m_clusterName, file});
        break;
    case OpenProblem::Empty:
        m_openError = Message("ClusterDatabase", QT_TRANSLATE_NOOP("ClusterDatabase", "The database of %1 is empty (0 bytes): %2. Restore the file, or start the console with --create-missing-databases to give %1 a new, empty database."),
                              {m_clusterName, file});
        break;
    case OpenProblem::Locked:
        m_openError = Message("ClusterDatabase", QT_TRANSLATE_NOOP("ClusterDatabase", "The database of %1 (%2) is in use by another program: %3"),
                              {m_clusterName, file, detail});
        break;
    case OpenProblem::NotADatabase:
        m_openError = Message("ClusterDatabase", QT_TRANSLATE_NOOP("ClusterDatabase", "The database of %1 (%2) is not an SQLite database: %3. The file was left as it is."),
                              {m_clusterName, file, detail});
        break;
    case OpenProblem::Damaged:
        m_openError = Message("ClusterDatabase", QT_TRANSLATE_NOOP("ClusterDatabase", "The database of %1 (%2) is damaged: %3. The cluster was not opened and the file was left as it is; restore it from a backup copy (EMRoam Console keeps no snapshots)."),
                              {m_clusterName, file, detail});
        break;
    case OpenProblem::NewerSchema:
        m_openError = Message("ClusterDatabase", QT_TRANSLATE_NOOP("ClusterDatabase", "The database of %1 (%2) was written by a newer version of EMRoam Console (schema %3; this one knows %4). The file was left as it is."),
                              {m_clusterName, file, detail, QString::number(SchemaVersion)});
        break;
    case OpenProblem::Failed:
        m_openError = Message("ClusterDatabase", QT_TRANSLATE_NOOP("ClusterDatabase", "The database of %1 (%2) cannot be opened: %3"),
                              {m_clusterName, file, detail});
        break;
    }
    m_lastError = m_openError.englishText();
    return false;
}

void ClusterDatabase::close()
{
    settle();
    m_statements.clear();
    for (auto &[sql, stmt] : m_rawStatements)
        sqlite3_finalize(stmt);
    m_rawStatements.clear();
    m_connection = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ClusterDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

int ClusterDatabase::schemaVersion()
{
    settle();
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool ClusterDatabase::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0) {
        m_lastError = QStringLiteral("cannot read the schema version");
        return false;
    }
    if (current > SchemaVersion)
        return refuseOpen(OpenProblem::NewerSchema, QString::number(current));
    m_created = current == 0;
    if (current >= targetVersion)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (int v = current; v < targetVersion; ++v) {
        const QStringList statements = QString::fromUtf8(Migrations[v]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &s : statements) {
            if (s.trimmed().isEmpty())
                continue;
            if (!q.exec(s)) {
                m_lastError = QStringLiteral("migration to schema %1 failed: %2").arg(v + 1).arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)) || !db.commit()) {
        m_lastError = q.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool ClusterDatabase::failIfBroken()
{
    if (m_failing) {
        m_lastError = QStringLiteral("database error (injected fault)");
        return true;
    }
    return false;
}

QSqlQuery &ClusterDatabase::prepared(const char *sql)
{
    settle();
    std::unique_ptr<QSqlQuery> &q = m_statements[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName));
        if (!q->prepare(QString::fromUtf8(sql)))
            qWarning("ClusterDatabase: cannot prepare %s: %s", sql, qPrintable(q->lastError().text()));
    }
    return *q;
}

sqlite3 *ClusterDatabase::handle() const
{
    if (!m_connection.isValid())
        return nullptr;
    const QVariant h = m_connection.driver()->handle();
    return qstrcmp(h.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(h.constData()) : nullptr;
}

// The EM hot path (a login or logout writes its row and its audit entry) binds straight to
// SQLite: QSqlQuery's binding builds a placeholder name for every value and costs more than
// the INSERT itself. Same connection (the driver's handle), so the same transaction.
sqlite3_stmt *ClusterDatabase::raw(const char *sql)
{
    settle();
    if (failIfBroken())
        return nullptr;
    sqlite3_stmt *&stmt = m_rawStatements[sql];
    if (!stmt) {
        sqlite3 *db = handle();
        if (!db || sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
            m_lastError = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no SQLite connection");
            m_rawStatements.erase(sql);
            return nullptr;
        }
    }
    return stmt;
}

namespace {
void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    // A null QString is stored as "" (our text columns are NOT NULL and mean "empty").
    static const char16_t empty = 0;
    const void *data = text.isNull() ? &empty : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(stmt, index, data, int(text.size() * 2), SQLITE_STATIC);
}
} // namespace

bool ClusterDatabase::step(sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        m_lastError = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(stmt)));
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

bool ClusterDatabase::exec(QSqlQuery &q)
{
    if (failIfBroken())
        return false;
    // A null QString binds as SQL NULL; our text columns are NOT NULL and mean "empty".
    const QVariantList bound = q.boundValues();
    for (qsizetype i = 0; i < bound.size(); ++i)
        if (bound[i].typeId() == QMetaType::QString && bound[i].toString().isNull())
            q.bindValue(int(i), QStringLiteral(""));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

// BEGIN and COMMIT run as prepared statements: QSqlDatabase::transaction()/commit() compile a
// new statement every time, which was a large part of each login's cost.
bool ClusterDatabase::transaction(Sync sync)
{
    if (failIfBroken())
        return false;
    // synchronous cannot change inside a transaction: set it for this one before BEGIN
    if (sync == Sync::Full && !setSynchronous(Sync::Full))
        return false;
    QSqlQuery &q = prepared("BEGIN");
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        if (sync == Sync::Full)
            setSynchronous(Sync::Normal);
        return false;
    }
    return true;
}

bool ClusterDatabase::setSynchronous(Sync sync)
{
    QSqlQuery &q = sync == Sync::Full ? prepared("PRAGMA synchronous=FULL") : prepared("PRAGMA synchronous=NORMAL");
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    m_fullSync = sync == Sync::Full;
    return true;
}

bool ClusterDatabase::commit()
{
    if (m_failing) {
        m_lastError = QStringLiteral("database error (injected fault)");
        rollback();
        return false;
    }
    QSqlQuery &q = prepared("COMMIT");
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        rollback();
        return false;
    }
    if (m_fullSync)
        setSynchronous(Sync::Normal);
    return true;
}

void ClusterDatabase::rollback()
{
    settle();
    m_connection.rollback();
    if (m_fullSync)
        setSynchronous(Sync::Normal);
}

void ClusterDatabase::commitInBackground(QObject *context, std::function<void(bool saved)> done)
{
    settle();
    sqlite3 *db = handle();
    if (m_failing || !db) {
        const bool saved = commit(); // fails and rolls back as commit() does
        if (context)
            QMetaObject::invokeMethod(context, [done = std::move(done), saved] { done(saved); }, Qt::QueuedConnection);
        return;
    }
    auto result = std::make_shared<BackgroundCommit>();
    result->context = context;
    result->done = std::move(done);
    // Qt's SQLite connections are opened without SQLite's own mutex: the connection is safe on
    // the worker only because this thread touches it no more until settle() has waited.
    result->thread = QThread::create([db, result] {
        char *message = nullptr;
        result->code = sqlite3_exec(db, "COMMIT", nullptr, nullptr, &message);
        if (message) {
            result->message = QString::fromUtf8(message);
            sqlite3_free(message);
        }
    });
    m_background = result;
    // Whoever comes first settles: this, or any call on the database that must wait. Once
    // settled (close() settles too) the database is not touched from here again.
    QObject::connect(result->thread, &QThread::finished, context, [this, weak = std::weak_ptr<BackgroundCommit>(result)] {
        const std::shared_ptr<BackgroundCommit> b = weak.lock();
        if (b && !b->settled)
            settle();
    });
    result->thread->start();
}

void ClusterDatabase::settle()
{
    if (!m_background)
        return;
    const std::shared_ptr<BackgroundCommit> b = std::exchange(m_background, {});
    b->settled = true;
    b->thread->wait();
    delete b->thread; // after wait(), and never from inside its own signal (queued above)
    b->thread = nullptr;
    const bool saved = b->code == SQLITE_OK;
    if (!saved) {
        m_lastError = b->message;
        m_connection.rollback();
    }
    if (m_fullSync)
        setSynchronous(Sync::Normal);
    // Never from inside the call that waited: the caller is in the middle of its own work.
    if (b->context)
        QMetaObject::invokeMethod(b->context, [done = std::move(b->done), saved] { done(saved); }, Qt::QueuedConnection);
}

// ---- reads ----------------------------------------------------------------------------------

QList<PhoneService> ClusterDatabase::phoneServices()
{
    QList<PhoneService> out;
    QSqlQuery &q = prepared("SELECT id, name, ascii_name, description, url, secure_url, category, type, enabled, "
                            "enterprise_subscription FROM phone_service ORDER BY id");
    if (!exec(q))
        return out;
    while (q.next()) {
        PhoneService s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.asciiName = q.value(2).toString();
        s.description = q.value(3).toString();
        s.url = q.value(4).toString();
        s.secureUrl = q.value(5).toString();
        s.category = q.value(6).toString();
        s.type = PhoneService::Type(q.value(7).toInt());
        s.enabled = q.value(8).toBool();
        s.enterpriseSubscription = q.value(9).toBool();
        out.append(s);
    }
    return out;
}

QList<Device> ClusterDatabase::devices()
{
    QList<Device> out;
    QHash<qint64, qsizetype> index;
    QSqlQuery &q = prepared("SELECT id, kind, name, model, protocol, description, locale, button_template, "
                            "softkey_template, em_enabled, logout_profile_id, login_user_id FROM device ORDER BY id");
    if (!exec(q))
        return out;
    while (q.next()) {
        Device d;
        d.id = q.value(0).toLongLong();
        d.kind = Device::Kind(q.value(1).toInt());
        d.name = q.value(2).toString();
        d.model = q.value(3).toString();
        d.protocol = q.value(4).toString();
        d.description = q.value(5).toString();
        d.locale = q.value(6).toString();
        d.buttonTemplate = q.value(7).toString();
        d.softkeyTemplate = q.value(8).toString();
        d.emEnabled = q.value(9).toBool();
        d.logoutProfileId = q.value(10).toLongLong();
        d.loginUserId = q.value(11).toString();
        index.insert(d.id, out.size());
        out.append(d);
    }
    QSqlQuery &lines = prepared("SELECT device_id, dn FROM line ORDER BY device_id, position");
    if (exec(lines))
        while (lines.next())
            if (auto it = index.constFind(lines.value(0).toLongLong()); it != index.cend())
                out[*it].lines.append(lines.value(1).toString());
    QSqlQuery &subs = prepared("SELECT device_id, service_id FROM subscription ORDER BY device_id, service_id");
    if (exec(subs))
        while (subs.next())
            if (auto it = index.constFind(subs.value(0).toLongLong()); it != index.cend())
                out[*it].services.append(subs.value(1).toLongLong());
    return out;
}

QList<EndUser> ClusterDatabase::endUsers()
{
    QList<EndUser> out;
    QHash<qint64, qsizetype> index;
    QSqlQuery &q = prepared("SELECT id, userid, first_name, last_name, pin_hash, password_hash, self_service_id, "
                            "primary_extension, default_profile_id, home_cluster, locale FROM end_user ORDER BY id");
    if (!exec(q))
        return out;
    while (q.next()) {
        EndUser u;
        u.id = q.value(0).toLongLong();
        u.userId = q.value(1).toString();
        u.firstName = q.value(2).toString();
        u.lastName = q.value(3).toString();
        u.pinHash = q.value(4).toString();
        u.passwordHash = q.value(5).toString();
        u.selfServiceId = q.value(6).toString();
        u.primaryExtension = q.value(7).toString();
        u.defaultProfileId = q.value(8).toLongLong();
        u.homeCluster = q.value(9).toBool();
        u.locale = q.value(10).toString();
        index.insert(u.id, out.size());
        out.append(u);
    }
    QSqlQuery &cp = prepared("SELECT user_id, device_id FROM controlled_profile ORDER BY user_id, position");
    if (exec(cp))
        while (cp.next())
            if (auto it = index.constFind(cp.value(0).toLongLong()); it != index.cend())
                out[*it].controlledProfiles.append(cp.value(1).toLongLong());
    return out;
}

QList<ApplicationUser> ClusterDatabase::applicationUsers()
{
    QList<ApplicationUser> out;
    QSqlQuery &q = prepared("SELECT id, userid, password_hash FROM app_user ORDER BY id");
    if (!exec(q))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QList<AccessControlGroup> ClusterDatabase::accessControlGroups()
{
    QList<AccessControlGroup> out;
    QHash<qint64, qsizetype> index;
    QSqlQuery &q = prepared("SELECT id, name, standard FROM acg ORDER BY id");
    if (!exec(q))
        return out;
    while (q.next()) {
        AccessControlGroup g;
        g.id = q.value(0).toLongLong();
        g.name = q.value(1).toString();
        g.standard = q.value(2).toBool();
        index.insert(g.id, out.size());
        out.append(g);
    }
    QSqlQuery &eu = prepared("SELECT acg_id, user_id FROM acg_end_user ORDER BY acg_id, user_id");
    if (exec(eu))
        while (eu.next())
            if (auto it = index.constFind(eu.value(0).toLongLong()); it != index.cend())
                out[*it].endUsers.append(eu.value(1).toLongLong());
    QSqlQuery &au = prepared("SELECT acg_id, user_id FROM acg_app_user ORDER BY acg_id, user_id");
    if (exec(au))
        while (au.next())
            if (auto it = index.constFind(au.value(0).toLongLong()); it != index.cend())
                out[*it].applicationUsers.append(au.value(1).toLongLong());
    return out;
}

QHash<QString, QString> ClusterDatabase::enterpriseParameters()
{
    QHash<QString, QString> out;
    QSqlQuery &q = prepared("SELECT name, value FROM enterprise_parameter");
    if (exec(q))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QHash<QString, QString> ClusterDatabase::serviceParameters()
{
    QHash<QString, QString> out;
    QSqlQuery &q = prepared("SELECT service, name, value FROM service_parameter");
    if (exec(q))
        while (q.next())
            out.insert(serviceParameterKey(q.value(0).toString(), q.value(1).toString()), q.value(2).toString());
    return out;
}

QList<ClusterDatabase::ServiceStateRow> ClusterDatabase::serviceStates()
{
    QList<ServiceStateRow> out;
    QSqlQuery &q = prepared("SELECT host, service, activated, running FROM node_service");
    if (exec(q))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toBool()});
    return out;
}

QHash<QString, bool> ClusterDatabase::nodeStates()
{
    QHash<QString, bool> out;
    QSqlQuery &q = prepared("SELECT host, up FROM node_state");
    if (exec(q))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toBool());
    return out;
}

QList<EmLogin> ClusterDatabase::emLogins()
{
    QList<EmLogin> out;
    QSqlQuery &q = prepared("SELECT device_id, user_id, profile_id, login_time, expires_at FROM extension_mobility_dynamic");
    if (exec(q))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toLongLong(), q.value(4).toLongLong()});
    return out;
}

QList<CredentialPolicy> ClusterDatabase::credentialPolicies()
{
    QList<CredentialPolicy> out;
    QSqlQuery &q = prepared("SELECT kind, failed_logon, reset_minutes, lockout_minutes, admin_must_unlock FROM credential_policy");
    if (exec(q))
        while (q.next()) {
            CredentialPolicy p;
            if (!kindFromKey(q.value(0).toString(), &p.kind))
                continue;
            p.failedLogon = q.value(1).toInt();
            p.resetMinutes = q.value(2).toInt();
            p.lockoutMinutes = q.value(3).toInt();
            p.adminMustUnlock = q.value(4).toBool();
            out.append(p);
        }
    return out;
}

QList<ClusterDatabase::CredentialStatusRow> ClusterDatabase::credentialStatuses()
{
    QList<CredentialStatusRow> out;
    for (const char *sql : {"SELECT kind, user_id, failed_count, last_failed_at, locked, locked_at FROM end_user_credential",
                            "SELECT kind, user_id, failed_count, last_failed_at, locked, locked_at FROM app_user_credential"}) {
        QSqlQuery &q = prepared(sql);
        if (!exec(q))
            continue;
        while (q.next()) {
            CredentialStatusRow row;
            if (!kindFromKey(q.value(0).toString(), &row.kind))
                continue;
            row.userId = q.value(1).toLongLong();
            row.status.failedCount = q.value(2).toInt();
            row.status.lastFailedAt = q.value(3).toLongLong();
            row.status.locked = q.value(4).toBool();
            row.status.lockedAt = q.value(5).toLongLong();
            out.append(row);
        }
    }
    return out;
}

// ---- writes ---------------------------------------------------------------------------------

bool ClusterDatabase::setCredentialPolicy(const CredentialPolicy &p)
{
    QSqlQuery &q = prepared("INSERT OR REPLACE INTO credential_policy (kind, failed_logon, reset_minutes, lockout_minutes, "
                            "admin_must_unlock) VALUES (?, ?, ?, ?, ?)");
    q.addBindValue(QString::fromLatin1(kindKey(p.kind)));
    q.addBindValue(p.failedLogon);
    q.addBindValue(p.resetMinutes);
    q.addBindValue(p.lockoutMinutes);
    q.addBindValue(p.adminMustUnlock);
    return exec(q);
}

bool ClusterDatabase::setCredentialStatus(CredentialKind kind, qint64 userId, const CredentialStatus &s)
{
    const bool app = kind == CredentialKind::ApplicationUserPassword;
    if (s == CredentialStatus()) {
        QSqlQuery &q = app ? prepared("DELETE FROM app_user_credential WHERE user_id = ? AND kind = ?")
                           : prepared("DELETE FROM end_user_credential WHERE user_id = ? AND kind = ?");
        q.addBindValue(userId);
        q.addBindValue(QString::fromLatin1(kindKey(kind)));
        return exec(q);
    }
    QSqlQuery &q = app ? prepared("INSERT OR REPLACE INTO app_user_credential (user_id, kind, failed_count, last_failed_at, "
                                  "locked, locked_at) VALUES (?, ?, ?, ?, ?, ?)")
                       : prepared("INSERT OR REPLACE INTO end_user_credential (user_id, kind, failed_count, last_failed_at, "
                                  "locked, locked_at) VALUES (?, ?, ?, ?, ?, ?)");
    q.addBindValue(userId);
    q.addBindValue(QString::fromLatin1(kindKey(kind)));
    q.addBindValue(s.failedCount);
    q.addBindValue(s.lastFailedAt);
    q.addBindValue(s.locked);
    q.addBindValue(s.lockedAt);
    return exec(q);
}

bool ClusterDatabase::insertPhoneService(PhoneService &s)
{
    QSqlQuery &q = prepared("INSERT INTO phone_service (name, ascii_name, description, url, secure_url, category, "
                            "type, enabled, enterprise_subscription) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const QVariant &v : {QVariant(s.name), QVariant(s.asciiName), QVariant(s.description), QVariant(s.url),
                              QVariant(s.secureUrl), QVariant(s.category), QVariant(int(s.type)), QVariant(s.enabled),
                              QVariant(s.enterpriseSubscription)})
        q.addBindValue(v);
    if (!exec(q))
        return false;
    s.id = q.lastInsertId().toLongLong();
    return true;
}

bool ClusterDatabase::updatePhoneService(const PhoneService &s)
{
    QSqlQuery &q = prepared("UPDATE phone_service SET name = ?, ascii_name = ?, description = ?, url = ?, "
                            "secure_url = ?, category = ?, type = ?, enabled = ? WHERE id = ?");
    for (const QVariant &v : {QVariant(s.name), QVariant(s.asciiName), QVariant(s.description), QVariant(s.url),
                              QVariant(s.secureUrl), QVariant(s.category), QVariant(int(s.type)), QVariant(s.enabled),
                              QVariant(s.id)})
        q.addBindValue(v);
    return exec(q);
}

bool ClusterDatabase::deletePhoneService(qint64 id)
{
    QSqlQuery &q = prepared("DELETE FROM phone_service WHERE id = ?");
    q.addBindValue(id);
    return exec(q);
}

// @p fresh: the row was just inserted, so it has no children to delete yet.
bool ClusterDatabase::writeDeviceChildren(const Device &d, bool fresh)
{
    if (!fresh) {
        QSqlQuery &delLines = prepared("DELETE FROM line WHERE device_id = ?");
        delLines.addBindValue(d.id);
        if (!exec(delLines))
            return false;
    }
    for (int i = 0; i < d.lines.size(); ++i) {
        QSqlQuery &q = prepared("INSERT INTO line (dn, device_id, position) VALUES (?, ?, ?)");
        q.addBindValue(d.lines[i]);
        q.addBindValue(d.id);
        q.addBindValue(i);
        if (!exec(q))
            return false;
    }
    if (!fresh) {
        QSqlQuery &delSubs = prepared("DELETE FROM subscription WHERE device_id = ?");
        delSubs.addBindValue(d.id);
        if (!exec(delSubs))
            return false;
    }
    for (qint64 service : d.services) {
        QSqlQuery &q = prepared("INSERT INTO subscription (device_id, service_id) VALUES (?, ?)");
        q.addBindValue(d.id);
        q.addBindValue(service);
        if (!exec(q))
            return false;
    }
    return true;
}

bool ClusterDatabase::insertDevice(Device &d)
{
    QSqlQuery &q = prepared("INSERT INTO device (kind, name, model, protocol, description, locale, button_template, "
                            "softkey_template, em_enabled, logout_profile_id, login_user_id) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const QVariant &v : {QVariant(int(d.kind)), QVariant(d.name), QVariant(d.model), QVariant(d.protocol),
                              QVariant(d.description), QVariant(d.locale), QVariant(d.buttonTemplate),
                              QVariant(d.softkeyTemplate), QVariant(d.emEnabled), nullableId(d.logoutProfileId),
                              QVariant(d.loginUserId)})
        q.addBindValue(v);
    if (!exec(q))
        return false;
    d.id = q.lastInsertId().toLongLong();
    return writeDeviceChildren(d, true);
}

bool ClusterDatabase::updateDevice(const Device &d)
{
    QSqlQuery &q = prepared("UPDATE device SET name = ?, model = ?, protocol = ?, description = ?, locale = ?, "
                            "button_template = ?, softkey_template = ?, em_enabled = ?, logout_profile_id = ?, "
                            "login_user_id = ? WHERE id = ?");
    for (const QVariant &v : {QVariant(d.name), QVariant(d.model), QVariant(d.protocol), QVariant(d.description),
                              QVariant(d.locale), QVariant(d.buttonTemplate), QVariant(d.softkeyTemplate),
                              QVariant(d.emEnabled), nullableId(d.logoutProfileId), QVariant(d.loginUserId),
                              QVariant(d.id)})
        q.addBindValue(v);
    return exec(q) && writeDeviceChildren(d);
}

bool ClusterDatabase::deleteDevice(qint64 id)
{
    QSqlQuery &q = prepared("DELETE FROM device WHERE id = ?");
    q.addBindValue(id);
    return exec(q);
}

bool ClusterDatabase::writeUserChildren(const EndUser &u, bool fresh)
{
    if (!fresh) {
        QSqlQuery &del = prepared("DELETE FROM controlled_profile WHERE user_id = ?");
        del.addBindValue(u.id);
        if (!exec(del))
            return false;
    }
    for (int i = 0; i < u.controlledProfiles.size(); ++i) {
        QSqlQuery &q = prepared("INSERT INTO controlled_profile (user_id, device_id, position) VALUES (?, ?, ?)");
        q.addBindValue(u.id);
        q.addBindValue(u.controlledProfiles[i]);
        q.addBindValue(i);
        if (!exec(q))
            return false;
    }
    return true;
}

bool ClusterDatabase::insertEndUser(EndUser &u)
{
    QSqlQuery &q = prepared("INSERT INTO end_user (userid, first_name, last_name, pin_hash, password_hash, "
                            "self_service_id, primary_extension, default_profile_id, home_cluster, locale) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const QVariant &v : {QVariant(u.userId), QVariant(u.firstName), QVariant(u.lastName), QVariant(u.pinHash),
                              QVariant(u.passwordHash), QVariant(u.selfServiceId), QVariant(u.primaryExtension),
                              nullableId(u.defaultProfileId), QVariant(u.homeCluster), QVariant(u.locale)})
        q.addBindValue(v);
    if (!exec(q))
        return false;
    u.id = q.lastInsertId().toLongLong();
    return writeUserChildren(u, true);
}

bool ClusterDatabase::updateEndUser(const EndUser &u)
{
    QSqlQuery &q = prepared("UPDATE end_user SET userid = ?, first_name = ?, last_name = ?, pin_hash = ?, "
                            "password_hash = ?, self_service_id = ?, primary_extension = ?, default_profile_id = ?, "
                            "home_cluster = ?, locale = ? WHERE id = ?");
    for (const QVariant &v : {QVariant(u.userId), QVariant(u.firstName), QVariant(u.lastName), QVariant(u.pinHash),
                              QVariant(u.passwordHash), QVariant(u.selfServiceId), QVariant(u.primaryExtension),
                              nullableId(u.defaultProfileId), QVariant(u.homeCluster), QVariant(u.locale),
                              QVariant(u.id)})
        q.addBindValue(v);
    return exec(q) && writeUserChildren(u);
}

bool ClusterDatabase::deleteEndUser(qint64 id)
{
    QSqlQuery &q = prepared("DELETE FROM end_user WHERE id = ?");
    q.addBindValue(id);
    return exec(q);
}

bool ClusterDatabase::insertApplicationUser(ApplicationUser &u)
{
    QSqlQuery &q = prepared("INSERT INTO app_user (userid, password_hash) VALUES (?, ?)");
    q.addBindValue(u.userId);
    q.addBindValue(u.passwordHash);
    if (!exec(q))
        return false;
    u.id = q.lastInsertId().toLongLong();
    return true;
}

bool ClusterDatabase::updateApplicationUser(const ApplicationUser &u)
{
    QSqlQuery &q = prepared("UPDATE app_user SET userid = ?, password_hash = ? WHERE id = ?");
    q.addBindValue(u.userId);
    q.addBindValue(u.passwordHash);
    q.addBindValue(u.id);
    return exec(q);
}

bool ClusterDatabase::deleteApplicationUser(qint64 id)
{
    QSqlQuery &q = prepared("DELETE FROM app_user WHERE id = ?");
    q.addBindValue(id);
    return exec(q);
}

bool ClusterDatabase::writeGroupMembers(const AccessControlGroup &g)
{
    QSqlQuery &delEu = prepared("DELETE FROM acg_end_user WHERE acg_id = ?");
    delEu.addBindValue(g.id);
    if (!exec(delEu))
        return false;
    QSqlQuery &delAu = prepared("DELETE FROM acg_app_user WHERE acg_id = ?");
    delAu.addBindValue(g.id);
    if (!exec(delAu))
        return false;
    for (qint64 user : g.endUsers) {
        QSqlQuery &q = prepared("INSERT INTO acg_end_user (acg_id, user_id) VALUES (?, ?)");
        q.addBindValue(g.id);
        q.addBindValue(user);
        if (!exec(q))
            return false;
    }
    for (qint64 user : g.applicationUsers) {
        QSqlQuery &q = prepared("INSERT INTO acg_app_user (acg_id, user_id) VALUES (?, ?)");
        q.addBindValue(g.id);
        q.addBindValue(user);
        if (!exec(q))
            return false;
    }
    return true;
}

bool ClusterDatabase::insertAccessControlGroup(AccessControlGroup &g)
{
    QSqlQuery &q = prepared("INSERT INTO acg (name, standard) VALUES (?, ?)");
    q.addBindValue(g.name);
    q.addBindValue(g.standard);
    if (!exec(q))
        return false;
    g.id = q.lastInsertId().toLongLong();
    return writeGroupMembers(g);
}

bool ClusterDatabase::updateAccessControlGroup(const AccessControlGroup &g)
{
    QSqlQuery &q = prepared("UPDATE acg SET name = ? WHERE id = ?");
    q.addBindValue(g.name);
    q.addBindValue(g.id);
    return exec(q) && writeGroupMembers(g);
}

bool ClusterDatabase::deleteAccessControlGroup(qint64 id)
{
    QSqlQuery &q = prepared("DELETE FROM acg WHERE id = ?");
    q.addBindValue(id);
    return exec(q);
}

bool ClusterDatabase::setEnterpriseParameter(const QString &name, const QString &value)
{
    QSqlQuery &q = prepared("INSERT INTO enterprise_parameter (name, value) VALUES (?, ?) "
                            "ON CONFLICT(name) DO UPDATE SET value = excluded.value");
    q.addBindValue(name);
    q.addBindValue(value);
    return exec(q);
}

bool ClusterDatabase::setServiceParameter(const QString &service, const QString &name, const QString &value)
{
    QSqlQuery &q = prepared("INSERT INTO service_parameter (service, name, value) VALUES (?, ?, ?) "
                            "ON CONFLICT(service, name) DO UPDATE SET value = excluded.value");
    q.addBindValue(service);
    q.addBindValue(name);
    q.addBindValue(value);
    return exec(q);
}

bool ClusterDatabase::setServiceState(const ServiceStateRow &row)
{
    QSqlQuery &q = prepared("INSERT INTO node_service (host, service, activated, running) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT(host, service) DO UPDATE SET activated = excluded.activated, "
                            "running = excluded.running");
    q.addBindValue(row.host);
    q.addBindValue(row.service);
    q.addBindValue(row.activated);
    q.addBindValue(row.running);
    return exec(q);
}

bool ClusterDatabase::setNodeUp(const QString &host, bool up)
{
    QSqlQuery &q = prepared("INSERT INTO node_state (host, up) VALUES (?, ?) "
                            "ON CONFLICT(host) DO UPDATE SET up = excluded.up");
    q.addBindValue(host);
    q.addBindValue(up);
    return exec(q);
}

bool ClusterDatabase::upsertEmLogin(const EmLogin &l)
{
    sqlite3_stmt *stmt = raw("INSERT INTO extension_mobility_dynamic (device_id, user_id, profile_id, login_time, "
                             "expires_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE SET "
                             "user_id = excluded.user_id, profile_id = excluded.profile_id, "
                             "login_time = excluded.login_time, expires_at = excluded.expires_at");
    if (!stmt)
        return false;
    sqlite3_bind_int64(stmt, 1, l.deviceId);
    sqlite3_bind_int64(stmt, 2, l.userId);
    sqlite3_bind_int64(stmt, 3, l.profileId);
    sqlite3_bind_int64(stmt, 4, l.loginTime);
    sqlite3_bind_int64(stmt, 5, l.expiresAt);
    return step(stmt);
}

bool ClusterDatabase::deleteEmLogin(qint64 deviceId)
{
    sqlite3_stmt *stmt = raw("DELETE FROM extension_mobility_dynamic WHERE device_id = ?");
    if (!stmt)
        return false;
    sqlite3_bind_int64(stmt, 1, deviceId);
    return step(stmt);
}

// ---- audit log ------------------------------------------------------------------------------

namespace {
// RFC 8259 string escaping: the quote, the backslash and the control characters; everything
// else (Japanese names included) is written as it is.
void appendJsonString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}
} // namespace

// The changes column is a JSON array of {"field","before","after"} objects. Written here by
// hand because every EM login and logout writes one, and building QJsonObjects and toJson()
// cost about a third of a whole EM API login (read back with QJsonDocument, see auditEntries()).
QString ClusterDatabase::auditChangesJson(const QList<AuditChange> &changes)
{
    QString out;
    out.reserve(16 + changes.size() * 64);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const AuditChange &c = changes.at(i);
        if (i)
            out += QLatin1Char(',');
        out += QLatin1String("{\"field\":");
        appendJsonString(out, c.field);
        out += QLatin1String(",\"before\":");
        appendJsonString(out, c.before);
        out += QLatin1String(",\"after\":");
        appendJsonString(out, c.after);
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
}

bool ClusterDatabase::insertAuditEntry(AuditEntry &e)
{
    sqlite3_stmt *stmt = raw("INSERT INTO audit_log (wall_time, lab_time, actor_kind, actor, channel, action, entity, "
                             "record, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return false;
    const QString changes = auditChangesJson(e.changes);
    sqlite3_bind_int64(stmt, 1, e.wallTime);
    sqlite3_bind_int64(stmt, 2, e.labTime);
    bindText(stmt, 3, e.actor.kind);
    bindText(stmt, 4, e.actor.name);
    bindText(stmt, 5, e.actor.channel);
    bindText(stmt, 6, e.action);
    bindText(stmt, 7, e.entity);
    bindText(stmt, 8, e.record);
    bindText(stmt, 9, changes);
    if (!step(stmt))
        return false;
    e.id = sqlite3_last_insert_rowid(sqlite3_db_handle(stmt));
    return true;
}

QList<AuditEntry> ClusterDatabase::auditEntries()
{
    QList<AuditEntry> out;
    QSqlQuery &q = prepared("SELECT id, wall_time, lab_time, actor_kind, actor, channel, action, entity, record, changes "
                            "FROM audit_log ORDER BY id");
    if (!exec(q))
        return out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.wallTime = q.value(1).toLongLong();
        e.labTime = q.value(2).toLongLong();
        e.actor = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        e.action = q.value(6).toString();
        e.entity = q.value(7).toString();
        e.record = q.value(8).toString();
        const QJsonArray changes = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array();
        for (const QJsonValue &c : changes) {
            const QJsonObject o = c.toObject();
            e.changes.append({o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("before")).toString(),
                              o.value(QStringLiteral("after")).toString()});
        }
        out.append(std::move(e));
    }
    return out;
}
