#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstddef>

/// An engine message kept untranslated: a QT_TRANSLATE_NOOP context/source pair plus its
/// arguments. text() translates it each time it is called (so a view re-labels when the
/// language changes); englishText() gives the stable English form for logs and scripts.
class Message
{
public:
    Message() = default;
    Message(const char *context, const char *source, QStringList args = {})
        : m_context(context), m_source(source), m_args(std::move(args)) {}

    bool isEmpty() const { return m_source == nullptr; }
    const char *context() const { return m_context; }
    const char *source() const { return m_source; }
    QStringList args() const { return m_args; }

    QString text() const
    {
        if (!m_source)
            return {};
        return substitute(QCoreApplication::translate(m_context, m_source));
    }
    QString englishText() const
    {
        if (!m_source)
            return {};
        return substitute(QString::fromUtf8(m_source));
    }

private:
    QString substitute(QString s) const
    {
        for (const QString &a : m_args)
            s = s.arg(a);
        return s;
    }

    const char *m_context = nullptr;
    const char *m_source = nullptr;
    QStringList m_args;
};

/// @p text translated in @p context when it is one of @p sources (a list of
/// QT_TRANSLATE_NOOP entries: names the console shows translated but stores in English),
/// otherwise @p text as it is.
template<std::size_t N>
QString translatedIfListed(const char *context, const char *const (&sources)[N], const QString &text)
{
    for (const char *source : sources)
        if (text == QLatin1String(source))
            return QCoreApplication::translate(context, source);
    return text;
}
