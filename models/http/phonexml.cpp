#include "phonexml.h"

#include <QXmlStreamWriter>

namespace {

// Length facets of Cisco's CiscoIPPhone schema (3.3.4): what a phone accepts in each element.
constexpr qsizetype TitleMax = 32;      // Title, Prompt, SoftKeyItem/Name, InputItem/DisplayName …
constexpr qsizetype MenuNameMax = 64;   // MenuItem/Name
constexpr qsizetype UrlMax = 256;       // every URL
constexpr qsizetype TextMax = 4000;     // CiscoIPPhoneText/Text
constexpr qsizetype AppIdMax = 64;      // the appId attribute of a displayable object

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
    explicit Writer(const QString &root, const QString &appId = {}) : m_xml(&m_out)
    {
        m_xml.writeStartDocument();
        m_xml.writeStartElement(root);
        if (!appId.isEmpty())
            m_xml.writeAttribute(QStringLiteral("appId"), clean(appId).left(AppIdMax));
    }
    /// Writes @p value cut to @p max characters (never splitting a surrogate pair).
    void element(const QString &name, const QString &value, qsizetype max)
    {
        QString v = clean(value);
        if (v.size() > max) {
            qsizetype cut = max;
            if (v.at(cut - 1).isHighSurrogate())
                --cut;
            v.truncate(cut);
        }
        m_xml.writeTextElement(name, v);
    }
    void optional(const QString &name, const QString &value, qsizetype max)
    {
        if (!value.isEmpty())
            element(name, value, max);
    }
    /// The part every displayable object starts with, in the schema's order: Title, Prompt,
    /// then the SoftKeyItems (the object's own elements — Text, MenuItem, URL and InputItem —
    /// follow them).
    void header(const QString &title, const QString &prompt, const QList<PhoneXml::SoftKey> &keys)
    {
        optional(QStringLiteral("Title"), title, TitleMax);
        optional(QStringLiteral("Prompt"), prompt, TitleMax);
        softKeys(keys);
    }
    QXmlStreamWriter &xml() { return m_xml; }
    void softKeys(const QList<PhoneXml::SoftKey> &keys)
    {
        int position = 0;
        for (const PhoneXml::SoftKey &k : keys) {
            if (++position > PhoneXml::MaxSoftKeys)
                break;
            m_xml.writeStartElement(QStringLiteral("SoftKeyItem"));
            element(QStringLiteral("Name"), k.name, TitleMax);
            const int at = k.position >= 1 && k.position <= PhoneXml::MaxSoftKeys ? k.position : position;
            m_xml.writeTextElement(QStringLiteral("Position"), QString::number(at));
            element(QStringLiteral("URL"), k.url, UrlMax);
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

QByteArray PhoneXml::text(const QString &title, const QString &prompt, const QString &text, const QList<SoftKey> &softKeys,
                          const QString &appId)
{
    Writer w(QStringLiteral("CiscoIPPhoneText"), appId);
    w.header(title, prompt, softKeys);
    w.element(QStringLiteral("Text"), text, TextMax);
    return w.finish();
}

QByteArray PhoneXml::menu(const QString &title, const QString &prompt, const QList<MenuItem> &items, const QList<SoftKey> &softKeys,
                          const QString &appId)
{
    Writer w(QStringLiteral("CiscoIPPhoneMenu"), appId);
    w.header(title, prompt, softKeys);
    for (qsizetype i = 0; i < items.size() && i < MaxMenuItems; ++i) {
        w.xml().writeStartElement(QStringLiteral("MenuItem"));
        w.element(QStringLiteral("Name"), items.at(i).name, MenuNameMax);
        w.element(QStringLiteral("URL"), items.at(i).url, UrlMax);
        w.xml().writeEndElement();
    }
    return w.finish();
}

QByteArray PhoneXml::input(const QString &title, const QString &prompt, const QString &url, const QList<InputItem> &items,
                           const QList<SoftKey> &softKeys, const QString &appId)
{
    Writer w(QStringLiteral("CiscoIPPhoneInput"), appId);
    w.header(title, prompt, softKeys);
    w.element(QStringLiteral("URL"), url, UrlMax);
    for (qsizetype i = 0; i < items.size() && i < MaxInputItems; ++i) {
        const InputItem &it = items.at(i);
        w.xml().writeStartElement(QStringLiteral("InputItem"));
        w.optional(QStringLiteral("DisplayName"), it.displayName, TitleMax);
        w.element(QStringLiteral("QueryStringParam"), it.parameter, TitleMax);
        w.xml().writeTextElement(QStringLiteral("InputFlags"), it.flags);
        w.optional(QStringLiteral("DefaultValue"), it.defaultValue, TitleMax);
        w.xml().writeEndElement();
    }
    return w.finish();
}

QByteArray PhoneXml::httpError(int status, const QString &reason)
{
    return text(QStringLiteral("HTTP %1").arg(status), {}, reason);
}
