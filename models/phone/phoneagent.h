#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QNetworkReply>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

#include "http/emappxml.h"
#include "mobility/emresult.h"
#include "phone/phoneobject.h"

class Clock;
class ExtensionMobility;
class QNetworkAccessManager;
class Registrar;

/// One lab phone: what it shows and what its keys do, and nothing it does not learn the way a
/// phone does. It is registered (or not), with its user and lines, as its cluster's Registrar
/// says. Its Services key fetches the Services menu over real HTTP from the node it is
/// registered to; from then on it follows only what the CiscoIPPhone XML it receives says:
/// it shows the object (Text, Menu, IconMenu, Input, Directory), its soft keys act as the
/// object names them (SoftKey:Exit, SoftKey:Back, SoftKey:Submit, SoftKey:Select, SoftKey:<<,
/// Init:Services, a URL), forms go by GET or POST as the object asks. When Extension Mobility
/// logs a user in or out on it, it restarts (or resets) as the engine says, on the lab clock,
/// and then shows its new lines.
///
/// Failures are what a phone shows: "Host Not Found" (nothing answers), "HTTP Error (503)",
/// "XML Error" (an answer that is no CiscoIPPhone object it can display). EMApp's results
/// carry their code in the object (EmAppXml); emScreen() reads it.
///
/// The phone emulator draws an agent, lab scripts drive agents (PhoneScript), so a phone of
/// the lab exists once.
class PhoneAgent : public QObject
{
    Q_OBJECT
public:
    struct Wiring {
        QString deviceName;
        Clock *clock = nullptr;
        Registrar *registrar = nullptr;         ///< the phone's cluster's; nullptr for none
        ExtensionMobility *mobility = nullptr;  ///< whose logins and logouts restart the phone
        QNetworkAccessManager *network = nullptr;
        /// The Services URL of the node the phone is registered to (invalid: none answers).
        std::function<QUrl()> servicesUrl;
    };
    enum class Failure { None, HostNotFound, HttpError, XmlError };
    enum class Restart { None, Restart, Reset };
    /// The phone's buttons that open a menu of phone services (of that Service Type).
    enum class Button { Services, Directories, Messages };

    explicit PhoneAgent(Wiring wiring, QObject *parent = nullptr);
    ~PhoneAgent() override;

    QString deviceName() const { return m_w.deviceName; }
    /// Its cluster is gone (the lab was closed or reset): a new agent stands for the phone.
    bool isOrphaned() const;
    bool isRegistered() const;
    /// The user logged in on the phone, as its screen shows it (empty while restarting).
    QString user() const;
    QStringList lines() const;
    /// A request is on its way.
    bool isBusy() const { return m_reply != nullptr; }
    Restart restart() const { return m_restart; }
    /// Requests answered (or failed) since the agent was made.
    quint64 answers() const { return m_answers; }

    /// The object on the screen; empty on the home screen (lines, user).
    const PhoneObject &screen() const { return m_screen; }
    /// The soft keys shown: the object's own, or the ones a phone gives an object without
    /// any (a menu: Select, Exit; a form: Submit, <<, Exit; text and directory: Exit).
    QList<PhoneObject::SoftKey> softKeys() const;
    /// Which EMApp screen is shown (read from the object, not its words).
    EmAppXml::Reading emScreen() const { return EmAppXml::read(m_screen.appId); }
    /// The last object received (also one not shown because the phone was restarting).
    const PhoneObject &lastAnswer() const { return m_lastAnswer; }

    Failure failure() const { return m_failure; }
    int httpStatus() const { return m_httpStatus; }
    /// The failure as the phone words it, in the console's language.
    QString failureText() const;

    /// The form's values, one per InputItem.
    QStringList values() const { return m_values; }
    void setValue(int field, const QString &value);
    int focusedField() const { return m_focus; }
    void setFocusedField(int field);
    /// The highlighted menu item.
    int selected() const { return m_selected; }
    void select(int item);

    /// The engine's last word on a login or logout of this phone (what made it restart).
    std::optional<EmResult> lastEngineResult() const { return m_engine; }
    /// How many times the engine has spoken about this phone (lastEngineResult() changed).
    quint64 engineResults() const { return m_engineResults; }

    // ---- keys ---------------------------------------------------------------------------
    /// The Services key (ignored while restarting).
    void pressServices() { pressButton(Button::Services); }
    /// The Services, Directories or Messages key: the menu of the phone's services of that
    /// Service Type, from the Services URL (type=Directories / type=Messages for the other two).
    void pressButton(Button button);
    /// The soft key at @p index of softKeys().
    void pressSoftKey(int index);
    /// The soft key whose URL (or action) is @p action, e.g. "SoftKey:Submit"; false when the
    /// screen has none.
    bool pressSoftKey(const QString &action);
    /// Follows @p url as a menu item or a soft key with a URL does (a relative one against
    /// the URL of the object shown).
    void open(const QUrl &url);
    /// Back to the home screen (the service closes).
    void exit();
    /// Ends a restart at once (lab scripts do not wait it out).
    void finishRestart();

    /// How long a restart or reset lasts, in lab time.
    static constexpr qint64 RestartMs = 2000;
    /// The largest CiscoIPPhone object the phone reads; a longer answer is an XML Error.
    static constexpr qint64 MaxObjectBytes = 256 * 1024;

signals:
    /// Anything shown changed.
    void changed();

private:
    void act(const QString &action);
    void submit();
    void get(const QUrl &url, const QByteArray &postBody = {}, bool post = false);
    void answered(QNetworkReply *reply);
    void show(const PhoneObject &o, bool remember);
    void engineSaid(const EmResult &result);
    void startRestart(Restart kind);

    Wiring m_w;
    QPointer<Registrar> m_registrar;
    QPointer<ExtensionMobility> m_mobility;
    QPointer<QNetworkReply> m_reply;
    PhoneObject m_screen;
    PhoneObject m_lastAnswer;
    QList<PhoneObject> m_history; ///< screens SoftKey:Back returns to
    QStringList m_values;
    int m_focus = 0;
    int m_selected = 0;
    Failure m_failure = Failure::None;
    int m_httpStatus = 0;
    Restart m_restart = Restart::None;
    quint64 m_restartTask = 0;
    quint64 m_answers = 0;
    std::optional<EmResult> m_engine;
    quint64 m_engineResults = 0;
};
