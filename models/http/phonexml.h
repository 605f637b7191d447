#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// Writes the CiscoIPPhone XML objects a phone displays (CiscoIPPhoneText, CiscoIPPhoneMenu,
/// CiscoIPPhoneInput with SoftKeyItems) with QXmlStreamWriter, in UTF-8. Control characters a
/// phone cannot show are dropped; the limits of the objects (100 menu items, 5 input items)
/// are applied.
class PhoneXml
{
public:
    struct MenuItem {
        QString name;
        QString url;
    };
    struct InputItem {
        QString displayName;
        QString parameter;    ///< QueryStringParam
        QString defaultValue;
        QString flags;        ///< InputFlags: A, T, N, E, U, L, plus P to mask (e.g. "NP")
    };
    struct SoftKey {
        QString name;
        QString url;
        int position = 0;     ///< 1-based
    };

    static constexpr int MaxMenuItems = 100;
    static constexpr int MaxInputItems = 5;

    static QByteArray text(const QString &title, const QString &prompt, const QString &text,
                           const QList<SoftKey> &softKeys = {});
    static QByteArray menu(const QString &title, const QString &prompt, const QList<MenuItem> &items,
                           const QList<SoftKey> &softKeys = {});
    static QByteArray input(const QString &title, const QString &prompt, const QString &url,
                            const QList<InputItem> &items, const QList<SoftKey> &softKeys = {});
    /// The body of an HTTP error answer (a CiscoIPPhoneText titled "HTTP <status>").
    static QByteArray httpError(int status, const QString &reason);
};
