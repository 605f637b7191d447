#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// Writes the CiscoIPPhone XML objects a phone displays (CiscoIPPhoneText, CiscoIPPhoneMenu,
/// CiscoIPPhoneInput with SoftKeyItems) with QXmlStreamWriter, in UTF-8, as Cisco's
/// CiscoIPPhone.xsd (3.3.4) orders and bounds them: Title, Prompt and SoftKeyItems first, then
/// the object's own elements; SoftKeyItem as Name, Position, URL; InputItem as DisplayName,
/// QueryStringParam, InputFlags, DefaultValue. Control characters a phone cannot show are
/// dropped; texts longer than the schema allows are cut (Title, Prompt, soft key and input
/// names 32 characters, menu item names 64, URLs 256, Text 4,000), and so are the counts
/// (100 menu items, 5 input items, 8 soft keys).
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
        QString flags;        ///< InputFlags: A, T, N, E, U, L, plus P to mask (e.g. "NP"); required
    };
    struct SoftKey {
        QString name;
        QString url;
        int position = 0;     ///< 1-based
    };

    static constexpr int MaxMenuItems = 100;
    static constexpr int MaxInputItems = 5;
    static constexpr int MaxSoftKeys = 8;
    /// The longest Title or Prompt a phone accepts.
    static constexpr int MaxPromptLength = 32;

    /// @p appId, when given, is the root's `appId` attribute (at most 64 characters).
    static QByteArray text(const QString &title, const QString &prompt, const QString &text,
                           const QList<SoftKey> &softKeys = {}, const QString &appId = {});
    static QByteArray menu(const QString &title, const QString &prompt, const QList<MenuItem> &items,
                           const QList<SoftKey> &softKeys = {}, const QString &appId = {});
    static QByteArray input(const QString &title, const QString &prompt, const QString &url,
                            const QList<InputItem> &items, const QList<SoftKey> &softKeys = {},
                            const QString &appId = {});
    /// The body of an HTTP error answer (a CiscoIPPhoneText titled "HTTP <status>").
    static QByteArray httpError(int status, const QString &reason);
};
