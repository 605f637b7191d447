#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The answer of an engine change: empty when the change was made, otherwise why it was
/// refused. The message is kept untranslated (a source text marked with QT_TRANSLATE_NOOP
/// plus its arguments) and translated each time text() is called, so a page that shows it
/// re-labels when the language changes.
class Refusal
{
public:
    Refusal() = default;
    /// @p field names the offending input (a stable key such as "serviceUrl") so a page can
    /// move the focus there; @p context/@p source are a QT_TRANSLATE_NOOP pair.
    Refusal(QString field, const char *context, const char *source, QStringList args = {})
        : m_field(std::move(field)), m_context(context), m_source(source), m_args(std::move(args)) {}

    bool ok() const { return m_source == nullptr; }
    explicit operator bool() const { return !ok(); } ///< true when refused
    QString field() const { return m_field; }
    const char *source() const { return m_source; }
    QStringList args() const { return m_args; }

    /// The message in the current language.
    QString text() const
    {
        if (!m_source)
            return {};
        QString s = QCoreApplication::translate(m_context, m_source);
        for (const QString &a : m_args)
            s = s.arg(a);
        return s;
    }
    /// The message in English (logs, scripts).
    QString englishText() const
    {
        if (!m_source)
            return {};
        QString s = QString::fromUtf8(m_source);
        for (const QString &a : m_args)
            s = s.arg(a);
        return s;
    }

private:
    QString m_field;
    const char *m_context = nullptr;
    const char *m_source = nullptr;
    QStringList m_args;
};
