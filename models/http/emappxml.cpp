#include "emappxml.h"

#include <QCoreApplication>

#include "mobility/emresult.h"

const QString EmAppXml::Title = QStringLiteral("Extension Mobility");

namespace {

const QString AppPrefix = QStringLiteral("EMApp:");

QString resultId(bool logout, int code)
{
    return AppPrefix + (logout ? QStringLiteral("logout:") : QStringLiteral("login:")) + QString::number(code);
}

} // namespace

QByteArray EmAppXml::loginForm(const QString &submitUrl, const QString &loginType)
{
    // Prompts fit the 32 characters a phone's Prompt line takes.
    QString idLabel = QStringLiteral("User ID");
    QString idFlags = QStringLiteral("A");
    QString prompt = QStringLiteral("Enter User ID and PIN");
    if (loginType == QLatin1String("DN")) {
        idLabel = QStringLiteral("Primary Extension");
        idFlags = QStringLiteral("T");
        prompt = QStringLiteral("Enter Primary Extension and PIN");
    } else if (loginType == QLatin1String("SP")) {
        idLabel = QStringLiteral("Self-Service User ID");
        idFlags = QStringLiteral("T");
        prompt = QStringLiteral("Enter Self-Service ID and PIN");
    }
    return PhoneXml::input(Title, prompt, submitUrl,
                           {{idLabel, QStringLiteral("userid"), {}, idFlags}, {QStringLiteral("PIN"), QStringLiteral("seq"), {}, QStringLiteral("NP")}},
                           {{QStringLiteral("Submit"), QStringLiteral("SoftKey:Submit"), 1},
                            {QStringLiteral("<<"), QStringLiteral("SoftKey:<<"), 2},
                            {QStringLiteral("Exit"), QStringLiteral("SoftKey:Exit"), 3}},
                           AppPrefix + QStringLiteral("login"));
}

QByteArray EmAppXml::logoutConfirm(const QString &who, const QString &yesUrl)
{
    return PhoneXml::text(Title, QStringLiteral("Logout?"), QStringLiteral("%1 is logged in on this phone. Log out?").arg(who),
                          {{QStringLiteral("Yes"), yesUrl, 1}, {QStringLiteral("No"), QStringLiteral("SoftKey:Exit"), 2}},
                          AppPrefix + QStringLiteral("logout"));
}

QByteArray EmAppXml::profileChoice(const QList<PhoneXml::MenuItem> &profiles)
{
    return PhoneXml::menu(Title, QStringLiteral("Select a device profile"), profiles,
                          {{QStringLiteral("Select"), QStringLiteral("SoftKey:Select"), 1},
                           {QStringLiteral("Exit"), QStringLiteral("SoftKey:Exit"), 2}},
                          AppPrefix + QStringLiteral("profile"));
}

QByteArray EmAppXml::failure(int code, bool logout)
{
    return PhoneXml::text(Title, {}, phoneText(code, logout), {{QStringLiteral("Exit"), QStringLiteral("SoftKey:Exit"), 1}},
                          resultId(logout, code));
}

QByteArray EmAppXml::success(bool logout, const QString &userId, const QString &profile)
{
    const QString text = logout ? QStringLiteral("Logout successful")
                                : QStringLiteral("Login successful: %1 (%2)").arg(userId, profile);
    return PhoneXml::text(Title, {}, text, {}, resultId(logout, EmCode::Success));
}

EmAppXml::Reading EmAppXml::read(const QString &appId)
{
    Reading r;
    if (!appId.startsWith(AppPrefix))
        return r;
    const QStringList parts = appId.mid(AppPrefix.size()).split(QLatin1Char(':'));
    const QString &what = parts.constFirst();
    if (parts.size() == 1) {
        if (what == QLatin1String("login"))
            r.screen = Screen::LoginForm;
        else if (what == QLatin1String("logout"))
            r.screen = Screen::LogoutConfirm;
        else if (what == QLatin1String("profile"))
            r.screen = Screen::ProfileChoice;
        return r;
    }
    bool ok = false;
    const int code = parts.value(1).toInt(&ok);
    if (parts.size() != 2 || !ok || code < 0 || (what != QLatin1String("login") && what != QLatin1String("logout")))
        return r;
    r.screen = Screen::Result;
    r.logout = what == QLatin1String("logout");
    r.code = code;
    return r;
}

QString EmAppXml::phoneText(int code, bool logout)
{
    switch (code) {
    case EmCode::Success:
        return logout ? QStringLiteral("Logout successful") : QStringLiteral("Login successful");
    case EmCode::AuthenticationError:
    case EmCode::BlankUserIdOrPin:
        return QStringLiteral("Please try to login again (%1)").arg(code);
    case EmCode::MultiLoginNotAllowed: return QStringLiteral("Multi-Login Not Allowed (25)");
    case EmCode::LoginTypeInvalid: return QStringLiteral("LoginType invalid(215)");
    case EmCode::DnHasMultipleUsers: return QStringLiteral("DN has multiple users(216)");
    default: break;
    }
    return (logout ? QStringLiteral("Logout is unavailable(%1)") : QStringLiteral("Login is unavailable(%1)")).arg(code);
}

QString EmAppXml::localPhoneText(int code, bool logout)
{
    //: a phone's error line: %1 the Extension Mobility code, %2 its name (as "Error 201 Authentication Error")
    const QString error = QCoreApplication::translate("EmAppXml", "Error %1 %2");
    // A console left in English shows what an English phone shows: EMApp's own words.
    if (code == EmCode::Success || error == QLatin1String("Error %1 %2"))
        return phoneText(code, logout);
    return error.arg(code).arg(QCoreApplication::translate("EmResult", EmResult::titleSource(code)));
}

QString EmAppXml::localLogoutQuestion(const QString &who)
{
    return QCoreApplication::translate("EmAppXml", "%1 is logged in on this phone. Log out?").arg(who);
}
