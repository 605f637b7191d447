// libFuzzer target: the phone agent's CiscoIPPhone XML reader (PhoneObject), as a lab phone
// reads what a service URL answers — any server an administrator names.
#include "phone/phoneobject.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const PhoneObject o = PhoneObject::parse(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (o.isEmpty()) {
        if (!o.items.isEmpty() || !o.fields.isEmpty() || !o.softKeys.isEmpty())
            abort(); // an unreadable object shows nothing
        return 0;
    }
    if (!PhoneObject::displayable(o.kind))
        abort();
    for (qsizetype i = 1; i < o.softKeys.size(); ++i)
        if (o.softKeys.at(i - 1).position > o.softKeys.at(i).position)
            abort(); // soft keys in Position order
    return 0;
}
