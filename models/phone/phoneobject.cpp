#include "phoneobject.h"

#include <QXmlStreamReader>

#include <algorithm>

bool PhoneObject::displayable(const QString &kind)
{
    return kind == QLatin1String("CiscoIPPhoneText") || kind == QLatin1String("CiscoIPPhoneMenu")
           || kind == QLatin1String("CiscoIPPhoneIconMenu") || kind == QLatin1String("CiscoIPPhoneInput")
           || kind == QLatin1String("CiscoIPPhoneDirectory");
}

PhoneObject PhoneObject::parse(const QByteArray &xml)
{
    PhoneObject o;
    QXmlStreamReader r(xml);
    if (!r.readNextStartElement() || !displayable(r.name().toString()))
        return {};
    o.kind = r.name().toString();
    o.appId = r.attributes().value(QLatin1String("appId")).toString();
    while (r.readNextStartElement()) {
        const QStringView tag = r.name();
        if (tag == QLatin1String("Title")) {
            o.title = r.readElementText();
        } else if (tag == QLatin1String("Prompt")) {
            o.prompt = r.readElementText();
        } else if (tag == QLatin1String("Text")) {
            o.text = r.readElementText();
        } else if (tag == QLatin1String("URL")) { // the Input's own URL
            o.post = r.attributes().value(QLatin1String("method")).compare(QLatin1String("post"), Qt::CaseInsensitive) == 0;
            o.url = r.readElementText().trimmed();
        } else if (tag == QLatin1String("SoftKeyItem")) {
            SoftKey k;
            while (r.readNextStartElement()) {
                if (r.name() == QLatin1String("Name"))
                    k.name = r.readElementText();
                else if (r.name() == QLatin1String("Position"))
                    k.position = r.readElementText().toInt();
                else if (r.name() == QLatin1String("URL"))
                    k.url = r.readElementText().trimmed();
                else
                    r.skipCurrentElement();
            }
            o.softKeys.append(k);
        } else if (tag == QLatin1String("MenuItem") || tag == QLatin1String("DirectoryEntry")) {
            const bool entry = tag == QLatin1String("DirectoryEntry");
            Item it;
            while (r.readNextStartElement()) {
                if (r.name() == QLatin1String("Name"))
                    it.name = r.readElementText();
                else if (r.name() == (entry ? QLatin1String("Telephone") : QLatin1String("URL")))
                    it.url = r.readElementText().trimmed();
                else if (r.name() == QLatin1String("IconIndex"))
                    it.iconIndex = r.readElementText().toInt();
                else
                    r.skipCurrentElement();
            }
            o.items.append(it);
        } else if (tag == QLatin1String("InputItem")) {
            Field f;
            while (r.readNextStartElement()) {
                if (r.name() == QLatin1String("DisplayName"))
                    f.displayName = r.readElementText();
                else if (r.name() == QLatin1String("QueryStringParam"))
                    f.parameter = r.readElementText();
                else if (r.name() == QLatin1String("InputFlags"))
                    f.flags = r.readElementText().trimmed();
                else if (r.name() == QLatin1String("DefaultValue"))
                    f.defaultValue = r.readElementText();
                else
                    r.skipCurrentElement();
            }
            o.fields.append(f);
        } else {
            r.skipCurrentElement(); // IconItem, KeyItem …: nothing this phone draws
        }
    }
    if (r.hasError())
        return {};
    std::stable_sort(o.softKeys.begin(), o.softKeys.end(), [](const SoftKey &a, const SoftKey &b) { return a.position < b.position; });
    return o;
}
