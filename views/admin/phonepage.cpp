#include "phonepage.h"

PhonePage::PhonePage(Lab *lab, QWidget *parent)
    : DevicePage(lab, Device::Kind::Phone, parent)
{
}
