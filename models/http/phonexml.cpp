#include "phonexml.h"

#include <QXmlStreamWriter>

namespace {

// XML 1.0 cannot carry most control characters, and phones show none but CR, LF and tab.
QString clean(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x20 ? (u != 0xFFFE && u != 0xFFFF) : (u == '\t' || u == '\n' || u == '\r'))
            out.append(c);
    }
    return out;
}

class Writer
{
public:
    explicit Writer(const QString &root) : m_xml(&m_out)
    {
        m_xml.writeStartDocument();
        m_xml.writeStartElement(root);
    }
    void element(const QString &name, const QString &value) { m_xml.writeTextElement(name, clean(value)); }
    void optional(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            element(name, value);
    }
    QXmlStreamWriter &xml() { return m_xml; }
    void softKeys(const QList<PhoneXml::SoftKey> &keys)
    {
        int position = 0;
        for (const PhoneXml::SoftKey &k : keys) {
            ++position;
            m_xml.writeStartElement(QStringLiteral("SoftKeyItem"));
            element(QStringLiteral("Name"), k.name);
            element(QStringLiteral("URL"), k.url);
            element(QStringLiteral("Position"), QString::number(k.position > 0 ? k.position : position));
            m_xml.writeEndElement();
        }
    }
    QByteArray finish()
    {
        m_xml.writeEndDocument();
        return m_out;
    }

private:
    QByteArray m_out;
    QXmlStreamWriter m_xml;
};

} // namespace

QByteArray PhoneXml::text(const QString &title, const QString &prompt, const QString &text, const QList<SoftKey> &softKeys)
{
    Writer w(QStringLiteral("CiscoIPPhoneText"));
    w.optional(QStringLiteral("Title"), title);
    w.optional(QStringLiteral("Prompt"), prompt);
    w.element(QStringLiteral("Text"), text);
    w.softKeys(softKeys);
    return w.finish();
}

QByteArray PhoneXml::menu(const QString &title, const QString &prompt, const QList<MenuItem> &items, const QList<SoftKey> &softKeys)
{
    Writer w(QStringLiteral("CiscoIPPhoneMenu"));
    w.optional(QStringLiteral("Title"), title);
    w.optional(QStringLiteral("Prompt"), prompt);
    for (qsizetype i = 0; i < items.size() && i < MaxMenuItems; ++i) {
        w.xml().writeStartElement(QStringLiteral("MenuItem"));
        w.element(QStringLiteral("Name"), items.at(i).name.left(64));
        w.element(QStringLiteral("URL"), items.at(i).url);
        w.xml().writeEndElement();
    }
    w.softKeys(softKeys);
    return w.finish();
}

QByteArray PhoneXml::input(const QString &title, const QString &prompt, const QString &url, const QList<InputItem> &items,
                           const QList<SoftKey> &softKeys)
{
    Writer w(QStringLiteral("CiscoIPPhoneInput"));
    w.optional(QStringLiteral("Title"), title);
    w.optional(QStringLiteral("Prompt"), prompt);
    w.element(QStringLiteral("URL"), url);
    for (qsizetype i = 0; i < items.size() && i < MaxInputItems; ++i) {
        const InputItem &it = items.at(i);
        w.xml().writeStartElement(QStringLiteral("InputItem"));
        w.element(QStringLiteral("DisplayName"), it.displayName);
        w.element(QStringLiteral("QueryStringParam"), it.parameter);
        w.element(QStringLiteral("DefaultValue"), it.defaultValue);
        w.element(QStringLiteral("InputFlags"), it.flags);
        w.xml().writeEndElement();
    }
    w.softKeys(softKeys);
    return w.finish();
}

QByteArray PhoneXml::httpError(int status, const QString &reason)
{
    return text(QStringLiteral("HTTP %1").arg(status), {}, reason);
}
