#pragma once

#include <QFrame>
#include <QPointer>
#include <QStringList>

#include <functional>

#include "mobility/emresult.h"
#include "mobility/phoneservicesclient.h"

class Lab;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

/// One lab phone as its user sees it: the screen (registration, user, lines, the call and its
/// hops), the Services button leading to the Extension Mobility login (User ID and PIN, the
/// device profile choice, the logout confirmation), the texts and codes exactly as the engine
/// returns them, the restart or reset that follows a login or logout, and a keypad to dial,
/// answer and hang up.
///
/// Extension Mobility is reached through a PhoneServicesClient, never directly.
class PhoneEmulator : public QFrame
{
    Q_OBJECT
public:
    enum class Screen { Home, Login, ChooseProfile, ConfirmLogout };

    PhoneEmulator(Lab *lab, PhoneServicesClient *client, const QString &deviceName, QWidget *parent = nullptr);
    ~PhoneEmulator() override;

    QString deviceName() const { return m_device; }
    /// How the phone reaches its cluster's services from now on.
    void setClient(PhoneServicesClient *client) { m_client = client; }
    Screen screen() const { return m_screen; }
    /// A request to the phone's cluster is on its way (Services, login or logout).
    bool isBusy() const { return m_busy; }
    /// The restart or reset after a login or logout lasts this long in lab time.
    static constexpr qint64 RestartMs = 2000;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void setScreen(Screen screen);
    /// Shows a message on the phone screen; @p text is called each time it is shown, so it
    /// follows the language.
    void setMessage(std::function<QString()> text);
    /// What the phone shows for a text EMApp sent, in the console's language (see .cpp).
    static QString phoneLocaleText(const QString &emApp);
    void pressServices();
    void submitLogin(const QString &profile);
    void confirmLogout();
    void handleReply(const PhoneServicesClient::Reply &reply, bool isLogin);
    void startRestart(EmResult::PhoneAction action);
    void dial();
    void updateLogoutQuestion();
    QString callText() const;

    Lab *m_lab;
    QPointer<PhoneServicesClient> m_client;
    QString m_device;
    Screen m_screen = Screen::Home;
    bool m_busy = false;
    EmResult::PhoneAction m_restart = EmResult::PhoneAction::None;
    quint64 m_restartTask = 0;
    std::function<QString()> m_message;
    QString m_pendingId;  // the User ID and PIN while the user picks a profile
    QString m_pendingPin;
    QString m_logoutUser;
    QString m_logoutText; // the confirmation as the cluster worded it, if it did

    QLabel *m_titleLabel;
    QFrame *m_screenFrame;
    QLabel *m_statusLabel;
    QStackedWidget *m_stack;
    // home
    QLabel *m_userLabel;
    QLabel *m_linesLabel;
    QLabel *m_callLabel;
    // login
    QLabel *m_loginTitleLabel;
    QLabel *m_userIdLabel;
    QLineEdit *m_userIdEdit;
    QLabel *m_pinLabel;
    QLineEdit *m_pinEdit;
    QPushButton *m_submitButton;
    QPushButton *m_loginCancelButton;
    // profile choice
    QLabel *m_profileTitleLabel;
    QListWidget *m_profileList;
    QPushButton *m_profileSelectButton;
    QPushButton *m_profileCancelButton;
    // logout confirmation
    QLabel *m_logoutQuestionLabel;
    QPushButton *m_logoutConfirmButton;
    QPushButton *m_logoutCancelButton;

    QLabel *m_messageLabel;
    QPushButton *m_servicesButton;
    QLineEdit *m_dialEdit;
    QList<QPushButton *> m_keys;
    QPushButton *m_dialButton;
    QPushButton *m_answerButton;
    QPushButton *m_hangupButton;
};
