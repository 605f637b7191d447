#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/// One entry of the seed's troubleshooting list ("Troubleshooting Intercluster Extension
/// Mobility Roaming"): what the phone shows, the seed's problem, possible cause and resolution,
/// and what the troubleshooting lab does to cause it and to fix it. Texts are
/// QT_TRANSLATE_NOOP("TroubleshootingEntry", …) sources in English; the Japanese translation
/// is the seed's own wording.
struct TroubleshootingEntry
{
    Q_DECLARE_TR_FUNCTIONS(TroubleshootingEntry)
public:
    /// How the entry shows itself on the phone.
    enum class Symptom {
        EmCode,          ///< EMApp answers with code() (201, 202, 26, 6, 22, 207, 208, 25, 205)
        HostNotFound,    ///< the Services key reaches no server
        HttpErrorOnServices,  ///< the Services key gets HTTP 503
        HttpErrorOnEm,   ///< choosing Extension Mobility gets HTTP 503
        ResetNotRestart, ///< the login succeeds, and the phone resets instead of restarting
        NoServicesAfterLogin,  ///< after the login the Services menu has no Extension Mobility
        NoServicesAfterLogout  ///< after the logout the Services menu has no Extension Mobility
    };

    QString id;      ///< stable key: "201", "host-not-found", "no-services-after-login"…
    Symptom symptom = Symptom::EmCode;
    int code = -1;   ///< the Extension Mobility code the phone shows, or -1
    const char *title = nullptr;      ///< the seed's heading
    const char *problem = nullptr;    ///< 問題
    const char *cause = nullptr;      ///< 考えられる原因 (only where the seed gives one)
    const char *resolution = nullptr; ///< 解決法
    const char *setUp = nullptr;      ///< what Set up does in the lab
    const char *fix = nullptr;        ///< what Fix does in the lab

    /// "201", "HTTP 503", "—": the short code the list shows.
    QString codeText() const;
    QString titleText() const { return tr(title); }
    QString problemText() const { return tr(problem); }
    QString causeText() const { return cause ? tr(cause) : QString(); }
    QString resolutionText() const { return tr(resolution); }
    QString setUpText() const { return tr(setUp); }
    QString fixText() const { return tr(fix); }

    /// Every entry, in the seed's order.
    static const QList<TroubleshootingEntry> &all();
    /// The entry @p id; nullptr when there is none.
    static const TroubleshootingEntry *find(const QString &id);
};
