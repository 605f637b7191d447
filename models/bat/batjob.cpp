#include "batjob.h"

#include "cluster/cluster.h"

#include <QElapsedTimer>
#include <QSignalBlocker>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

Refusal batRefusal(const char *source, QStringList args = {})
{
    return Refusal(QString(), "BatJob", source, std::move(args));
}

} // namespace

BatJob::BatJob(Cluster *cluster, Bat::Type type, Operation operation, QObject *parent)
    : QObject(parent), m_cluster(cluster), m_type(type), m_operation(operation)
{
}

BatJob::~BatJob()
{
    if (m_inBulk && m_cluster) { // destroyed mid-run: nothing of it stays
        m_inBulk = false;
        m_cluster->endBulk(false);
    }
}

bool BatJob::load(const QByteArray &csv)
{
    m_rows.clear();
    m_columns.clear();
    m_numbered.clear();
    m_issues.clear();
    m_summary = Summary{.dryRun = m_summary.dryRun};
    return useParsed(Csv::parse(csv));
}

void BatJob::loadInBackground(const QByteArray &csv)
{
    auto parsed = std::make_shared<Csv::Result>();
    QThread *worker = QThread::create([csv, parsed] { *parsed = Csv::parse(csv); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, parsed] {
        m_rows.clear();
        m_columns.clear();
        m_numbered.clear();
        m_issues.clear();
        m_summary = Summary{.dryRun = m_summary.dryRun};
        emit loaded(useParsed(std::move(*parsed)));
    });
    worker->start();
}

bool BatJob::useParsed(Csv::Result parsed)
{
    if (!parsed.error.isEmpty()) {
        m_failed = true;
        m_issues.append({parsed.errorLine, QString(), Refusal(QString(), parsed.error.context(), parsed.error.source(), parsed.error.args())});
        return false;
    }
    if (parsed.records.isEmpty()) {
        m_failed = true;
        m_issues.append({1, QString(), batRefusal(QT_TRANSLATE_NOOP("BatJob", "The file is empty: the first row must name the columns."))});
        return false;
    }
    const QStringList header = parsed.records.first().fields;
    const QStringList supported = Bat::supportedColumns(m_type);
    const QStringList numbered = Bat::numberedColumns(m_type);
    QMap<int, int> order; // per numbered column: number → field index
    QHash<QString, QMap<int, int>> numberedOrder;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toUpper();
        if (name.isEmpty())
            continue;
        bool known = false;
        for (const QString &n : numbered) {
            if (name.startsWith(n + QLatin1Char(' '))) {
                bool ok = false;
                const int number = name.mid(n.size() + 1).toInt(&ok);
                if (ok && number > 0) {
                    numberedOrder[n].insert(number, i);
                    known = true;
                }
            }
        }
        if (!known && supported.contains(name) && !numbered.contains(name)) {
            if (m_columns.contains(name)) {
                m_failed = true;
                m_issues.append({1, name, batRefusal(QT_TRANSLATE_NOOP("BatJob", "Column %1 appears twice in the first row."), {name})});
                return false;
            }
            m_columns.insert(name, i);
            known = true;
        }
        if (!known)
            m_summary.ignoredColumns << header.at(i).trimmed();
    }
    for (auto it = numberedOrder.cbegin(); it != numberedOrder.cend(); ++it)
        m_numbered.insert(it.key(), it.value().values());
    const QString key = Bat::keyColumn(m_type);
    if (!m_columns.contains(key)) {
        m_failed = true;
        m_issues.append({1, key, batRefusal(QT_TRANSLATE_NOOP("BatJob", "The first row must name the columns, among them %1."), {key})});
        return false;
    }
    parsed.records.removeFirst();
    m_rows = std::move(parsed.records);
    m_summary.rows = int(m_rows.size());
    m_failed = false;
    return true;
}

bool BatJob::begin()
{
    if (m_state != State::Ready || m_failed || !m_cluster)
        return false;
    if (!m_cluster->beginBulk()) {
        m_failed = true;
        m_issues.append({0, QString(), batRefusal(QT_TRANSLATE_NOOP("BatJob", "The database of %1 cannot start the job."), {m_cluster->name()})});
        m_state = State::Finished;
        return false;
    }
    m_inBulk = true;
    m_state = State::Running;
    m_next = 0;
    return true;
}

void BatJob::start()
{
    if (!begin()) {
        m_state = State::Finished;
        QTimer::singleShot(0, this, &BatJob::finished);
        return;
    }
    QTimer::singleShot(0, this, &BatJob::slice);
}

bool BatJob::run()
{
    if (!begin()) {
        m_state = State::Finished;
        return false;
    }
    {
        const QSignalBlocker quiet(m_cluster.data());
        while (m_next < m_rows.size() && !m_cancelRequested)
            step(m_next++);
    }
    finish();
    return succeeded();
}

void BatJob::cancel()
{
    m_cancelRequested = true;
}

void BatJob::slice()
{
    if (m_state != State::Running)
        return;
    if (!m_cluster) {
        m_inBulk = false;
        m_failed = true;
        m_state = State::Finished;
        emit finished();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    {
        // Per-record signals would make every view rebuild for each row; views reload once
        // when the job ends (Cluster::bulkImported).
        const QSignalBlocker quiet(m_cluster.data());
        while (m_next < m_rows.size() && !m_cancelRequested) {
            step(m_next++);
            if ((m_next & 63) == 0 && timer.elapsed() >= SliceMilliseconds)
                break;
        }
    }
    emit progress(m_next, int(m_rows.size()));
    if (m_next < m_rows.size() && !m_cancelRequested) {
        QTimer::singleShot(0, this, &BatJob::slice);
        return;
    }
    // The one COMMIT of a large job takes longer than a slice: it runs on a worker thread.
    const bool keep = shouldKeep();
    m_inBulk = false;
    if (!m_cluster) {
        committed(keep, false);
        emit finished();
        return;
    }
    m_cluster->endBulkInBackground(keep, this, [this, keep](bool saved) {
        committed(keep, saved);
        emit finished();
    });
}

bool BatJob::shouldKeep()
{
    m_summary.processed = m_next;
    m_summary.cancelled = m_cancelRequested && m_next <= m_rows.size();
    return !m_summary.dryRun && !m_summary.cancelled && (m_mode == Mode::ValidRowsOnly || m_summary.refused == 0);
}

void BatJob::committed(bool keep, bool saved)
{
    m_summary.committed = keep && saved;
    if (keep && !saved) {
        m_failed = true;
        m_issues.append({0, QString(), batRefusal(QT_TRANSLATE_NOOP("BatJob", "The database of %1 refused the changes; nothing was written."),
                                                  {m_cluster ? m_cluster->name() : QString()})});
    }
    m_state = State::Finished;
}

void BatJob::finish()
{
    const bool keep = shouldKeep();
    m_inBulk = false;
    committed(keep, m_cluster && m_cluster->endBulk(keep));
}

QString BatJob::value(const Csv::Record &r, const QString &column) const
{
    const int i = m_columns.value(column, -1);
    return i >= 0 && i < r.fields.size() ? r.fields.at(i) : QString();
}

QStringList BatJob::numberedValues(const Csv::Record &r, const QString &column) const
{
    QStringList out;
    for (int i : m_numbered.value(column)) {
        const QString v = i < r.fields.size() ? r.fields.at(i).trimmed() : QString();
        if (!v.isEmpty())
            out << v;
    }
    return out;
}

QString BatJob::numberedColumn(const QString &column, int position) const
{
    return column + QLatin1Char(' ') + QString::number(position + 1);
}

void BatJob::refuse(int index, const QString &column, const Refusal &reason)
{
    ++m_summary.refused;
    m_issues.append({index + 2, column, reason});
}

void BatJob::step(int index)
{
    const Cluster::Acting acting(m_cluster.data(), AuditActor{QStringLiteral("administrator"), QStringLiteral("administrator"), QStringLiteral("bat")});
    const Csv::Record &r = m_rows.at(index);
    const QString key = value(r, Bat::keyColumn(m_type)).trimmed();
    if (key.isEmpty()) {
        refuse(index, Bat::keyColumn(m_type), batRefusal(QT_TRANSLATE_NOOP("BatJob", "%1 is required."), {Bat::keyColumn(m_type)}));
        return;
    }
    const auto first = m_keyRow.constFind(key.toLower());
    if (first != m_keyRow.cend()) {
        refuse(index, Bat::keyColumn(m_type), batRefusal(QT_TRANSLATE_NOOP("BatJob", "%1 is also in row %2 of this file."), {key, QString::number(*first + 2)}));
        return;
    }
    m_keyRow.insert(key.toLower(), index);
    if (m_operation == Operation::Delete)
        remove(index, r);
    else if (m_type == Bat::Type::EndUsers)
        importEndUser(index, r);
    else
        importDevice(index, r);
}

QString BatJob::columnOfUserRefusal(const Refusal &r) const
{
    using namespace Bat::Column;
    static const QHash<QString, QString> columns{
        {QStringLiteral("userId"), UserId},
        {QStringLiteral("lastName"), LastName},
        {QStringLiteral("pin"), Pin},
        {QStringLiteral("password"), Password},
        {QStringLiteral("selfServiceUserId"), SelfServiceUserId},
        {QStringLiteral("primaryExtension"), PrimaryExtension},
        {QStringLiteral("controlledProfiles"), ControlledProfile + QStringLiteral(" 1")},
        {QStringLiteral("defaultProfile"), DefaultProfile},
        {QStringLiteral("userLocale"), UserLocale},
    };
    return columns.value(r.field());
}

QString BatJob::columnOfDeviceRefusal(const Refusal &r, const QStringList &lines) const
{
    using namespace Bat::Column;
    const bool phones = m_type == Bat::Type::Phones;
    const QString f = r.field();
    if (f == QLatin1String("deviceName"))
        return Bat::keyColumn(m_type);
    if (f == QLatin1String("model"))
        return phones ? DeviceType : DeviceProfileType;
    if (f == QLatin1String("protocol"))
        return DeviceProtocol;
    if (f == QLatin1String("locale"))
        return UserLocale;
    if (f == QLatin1String("loginUserId"))
        return LoginUserId;
    if (f == QLatin1String("enableExtensionMobility"))
        return EnableExtensionMobility;
    if (f == QLatin1String("logoutProfile"))
        return LogOutProfile;
    if (f == QLatin1String("services"))
        return numberedColumn(IpPhoneService, 0);
    if (f == QLatin1String("directoryNumber")) {
        const QString dn = r.args().value(0).trimmed();
        const int at = int(lines.indexOf(dn));
        return numberedColumn(DirectoryNumber, at < 0 ? 0 : at);
    }
    return {};
}

void BatJob::importEndUser(int index, const Csv::Record &r)
{
    using namespace Bat::Column;
    const QString userId = value(r, UserId).trimmed();
    const EndUser *existing = m_cluster->endUserByUserId(userId);
    EndUser u = existing ? *existing : EndUser{};
    if (!existing)
        u.userId = userId;
    if (has(FirstName))
        u.firstName = value(r, FirstName).trimmed();
    if (has(LastName))
        u.lastName = value(r, LastName).trimmed();
    if (has(SelfServiceUserId))
        u.selfServiceId = value(r, SelfServiceUserId).trimmed();
    if (has(PrimaryExtension))
        u.primaryExtension = value(r, PrimaryExtension).trimmed();
    if (const QString locale = value(r, UserLocale).trimmed(); !locale.isEmpty())
        u.locale = locale;
    if (const QString home = value(r, HomeCluster); !home.trimmed().isEmpty() && !Bat::parseBool(home, &u.homeCluster)) {
        refuse(index, HomeCluster, batRefusal(QT_TRANSLATE_NOOP("BatJob", "%1 must be t or f, not %2."), {HomeCluster, home}));
        return;
    }
    if (m_numbered.contains(ControlledProfile)) {
        const QStringList names = numberedValues(r, ControlledProfile);
        u.controlledProfiles.clear();
        for (int i = 0; i < names.size(); ++i) {
            const Device *p = m_cluster->deviceByName(names.at(i));
            if (!p || p->isPhone()) {
                refuse(index, numberedColumn(ControlledProfile, i),
                       batRefusal(QT_TRANSLATE_NOOP("BatJob", "There is no device profile %1."), {names.at(i)}));
                return;
            }
            u.controlledProfiles << p->id;
        }
    }
    if (has(DefaultProfile)) {
        const QString name = value(r, DefaultProfile).trimmed();
        u.defaultProfileId = 0;
        if (!name.isEmpty()) {
            const Device *p = m_cluster->deviceByName(name);
            if (!p || p->isPhone()) {
                refuse(index, DefaultProfile, batRefusal(QT_TRANSLATE_NOOP("BatJob", "There is no device profile %1."), {name}));
                return;
            }
            u.defaultProfileId = p->id;
        }
    }
    QString pin = value(r, Pin).trimmed();
    QString password = value(r, Password);
    if (existing && pin.isEmpty() && password.isEmpty() && u == *existing) {
        ++m_summary.unchanged;
        return;
    }
    if (!existing && pin.isEmpty())
        pin = m_defaultPin;
    // One PBKDF2 derivation per distinct credential of the file, not per row (BAT provisions
    // thousands of users with the same initial PIN).
    const QString pinKey = QStringLiteral("pin\n") + pin, passwordKey = QStringLiteral("pw\n") + password;
    const QString pinDigest = pin.isEmpty() ? QString() : m_credentialDigests.value(pinKey);
    const QString passwordDigest = password.isEmpty() ? QString() : m_credentialDigests.value(passwordKey);
    if (!pinDigest.isEmpty())
        u.pinHash = pinDigest;
    if (!passwordDigest.isEmpty())
        u.passwordHash = passwordDigest;
    const Refusal refusal = m_cluster->saveEndUser(u, pinDigest.isEmpty() ? pin : QString(), passwordDigest.isEmpty() ? password : QString());
    if (refusal) {
        refuse(index, columnOfUserRefusal(refusal), refusal);
        return;
    }
    if (!pin.isEmpty() && pinDigest.isEmpty())
        m_credentialDigests.insert(pinKey, u.pinHash);
    if (!password.isEmpty() && passwordDigest.isEmpty())
        m_credentialDigests.insert(passwordKey, u.passwordHash);
    ++(existing ? m_summary.updated : m_summary.added);
}

void BatJob::importDevice(int index, const Csv::Record &r)
{
    using namespace Bat::Column;
    const bool phones = m_type == Bat::Type::Phones;
    const QString name = value(r, Bat::keyColumn(m_type)).trimmed();
    const Device *found = m_cluster->deviceByName(name);
    const Device *existing = found && found->isPhone() == phones ? found : nullptr;
    Device d = existing ? *existing : Device{};
    if (!existing) {
        d.kind = phones ? Device::Kind::Phone : Device::Kind::Profile;
        d.name = name;
    }
    const QString &typeColumn = phones ? DeviceType : DeviceProfileType;
    if (const QString model = value(r, typeColumn).trimmed(); !model.isEmpty())
        d.model = model;
    if (const QString protocol = value(r, DeviceProtocol).trimmed(); !protocol.isEmpty())
        d.protocol = protocol;
    if (const QString locale = value(r, UserLocale).trimmed(); !locale.isEmpty())
        d.locale = locale;
    if (has(Description))
        d.description = value(r, Description);
    if (has(PhoneButtonTemplate))
        d.buttonTemplate = value(r, PhoneButtonTemplate).trimmed();
    if (const QString softkeys = value(r, SoftkeyTemplate).trimmed(); !softkeys.isEmpty())
        d.softkeyTemplate = softkeys;
    if (!phones && has(LoginUserId))
        d.loginUserId = value(r, LoginUserId).trimmed();
    if (phones) {
        if (const QString em = value(r, EnableExtensionMobility); !em.trimmed().isEmpty() && !Bat::parseBool(em, &d.emEnabled)) {
            refuse(index, EnableExtensionMobility, batRefusal(QT_TRANSLATE_NOOP("BatJob", "%1 must be t or f, not %2."), {EnableExtensionMobility, em}));
            return;
        }
        if (has(LogOutProfile)) {
            const QString profile = value(r, LogOutProfile).trimmed();
            d.logoutProfileId = 0;
            if (!profile.isEmpty() && profile.compare(Bat::UseCurrentDeviceSettings, Qt::CaseInsensitive) != 0) {
                const Device *p = m_cluster->deviceByName(profile);
                if (!p || p->isPhone()) {
                    refuse(index, LogOutProfile, batRefusal(QT_TRANSLATE_NOOP("BatJob", "There is no device profile %1."), {profile}));
                    return;
                }
                d.logoutProfileId = p->id;
            }
        }
    }
    if (m_numbered.contains(DirectoryNumber))
        d.lines = numberedValues(r, DirectoryNumber);
    if (m_numbered.contains(IpPhoneService)) {
        const QStringList names = numberedValues(r, IpPhoneService);
        d.services.clear();
        for (int i = 0; i < names.size(); ++i) {
            const PhoneService *s = m_cluster->phoneServiceByName(names.at(i));
            if (!s) {
                refuse(index, numberedColumn(IpPhoneService, i),
                       batRefusal(QT_TRANSLATE_NOOP("BatJob", "There is no phone service %1."), {names.at(i)}));
                return;
            }
            d.services << s->id;
        }
    }
    if (existing && d == *existing) {
        ++m_summary.unchanged;
        return;
    }
    const QStringList lines = d.lines;
    const Refusal refusal = m_cluster->saveDevice(d);
    if (refusal) {
        refuse(index, columnOfDeviceRefusal(refusal, lines), refusal);
        return;
    }
    ++(existing ? m_summary.updated : m_summary.added);
}

void BatJob::remove(int index, const Csv::Record &r)
{
    const QString key = value(r, Bat::keyColumn(m_type)).trimmed();
    Refusal refusal;
    if (m_type == Bat::Type::EndUsers) {
        const EndUser *u = m_cluster->endUserByUserId(key);
        refusal = u ? m_cluster->deleteEndUser(u->id)
                    : batRefusal(QT_TRANSLATE_NOOP("BatJob", "There is no end user %1."), {key});
    } else {
        const bool phones = m_type == Bat::Type::Phones;
        const Device *d = m_cluster->deviceByName(key);
        if (!d || d->isPhone() != phones)
            refusal = phones ? batRefusal(QT_TRANSLATE_NOOP("BatJob", "There is no phone %1."), {key})
                             : batRefusal(QT_TRANSLATE_NOOP("BatJob", "There is no device profile %1."), {key});
        else
            refusal = m_cluster->deleteDevice(d->id);
    }
    if (refusal) {
        refuse(index, Bat::keyColumn(m_type), refusal);
        return;
    }
    ++m_summary.deleted;
}
