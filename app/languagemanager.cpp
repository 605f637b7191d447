#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString LanguageManager::preferred()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (available().contains(saved))
        return saved;
    for (const QString &ui : QLocale::system().uiLanguages())
        if (ui.startsWith(QLatin1String("ja")))
            return QStringLiteral("ja");
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code, bool remember)
{
    if (!available().contains(code))
        return false;
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;

    // English is the source language; its file only carries the plural forms.
    m_appInstalled = m_app.load(QStringLiteral(":/i18n/emroam_%1.qm").arg(code)) && QCoreApplication::installTranslator(&m_app);
    if (code != QLatin1String("en"))
        m_qtInstalled = m_qt.load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                        && QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(code == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                                code == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates));
    m_current = code;
    if (remember)
        QSettings().setValue(QStringLiteral("language"), code);
    emit languageChanged(code);
    return code == QLatin1String("en") || m_appInstalled;
}
