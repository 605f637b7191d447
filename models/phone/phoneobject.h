#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

/// A CiscoIPPhone object as a phone reads it to display it: CiscoIPPhoneText, CiscoIPPhoneMenu,
/// CiscoIPPhoneIconMenu, CiscoIPPhoneInput and CiscoIPPhoneDirectory, with their Title, Prompt
/// and SoftKeyItems. Anything else (or XML that does not parse) reads as an empty kind, which
/// a phone shows as an error.
struct PhoneObject
{
    struct Item {        ///< MenuItem (menus), DirectoryEntry (Name, Telephone as url)
        QString name;
        QString url;
        int iconIndex = -1;
    };
    struct Field {       ///< InputItem
        QString displayName;
        QString parameter;    ///< QueryStringParam
        QString flags;        ///< InputFlags: A, T, N, E, U, L; P masks (NP: a PIN)
        QString defaultValue;
        bool masked() const { return flags.contains(QLatin1Char('P')); }
        /// The field accepts only digits (T, N) — a phone's keypad without letters.
        bool numeric() const { return flags.contains(QLatin1Char('N')) || flags.contains(QLatin1Char('T')); }
    };
    struct SoftKey {
        QString name;
        int position = 0;
        QString url;     ///< SoftKey:Exit, SoftKey:Back, SoftKey:Submit, SoftKey:Select, Init:Services, http://…
    };

    QUrl source;         ///< where it came from: relative URLs in it are resolved against it
    QString kind;        ///< root element: CiscoIPPhoneText, CiscoIPPhoneMenu, …; empty when unreadable
    QString appId;       ///< the root's appId attribute
    QString title;
    QString prompt;
    QString text;        ///< Text
    QString url;         ///< Input: where the form goes
    bool post = false;   ///< Input: the URL asks for method="post"
    QList<Item> items;
    QList<Field> fields;
    QList<SoftKey> softKeys; ///< in Position order

    bool isEmpty() const { return kind.isEmpty(); }
    static PhoneObject parse(const QByteArray &xml);
    /// The kinds parse() understands.
    static bool displayable(const QString &kind);
};
