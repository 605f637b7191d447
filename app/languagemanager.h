#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

/// Owns the application's translators (ours and Qt's own) and switches language at run time:
/// remove, load, install, QLocale::setDefault, then languageChanged() for non-widgets. Widgets
/// re-label themselves on QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// Language codes the console ships: "en" and "ja".
    static QStringList available();
    /// The language saved in the settings, else the system's if we ship it, else English.
    static QString preferred();

    QString current() const { return m_current; }
    /// Switches to @p code ("en" or "ja"); @p remember saves the choice for the next start.
    bool setLanguage(const QString &code, bool remember = true);

signals:
    void languageChanged(const QString &code);

private:
    QString m_current;
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};
