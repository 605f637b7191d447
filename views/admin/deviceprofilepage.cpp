#include "deviceprofilepage.h"

DeviceProfilePage::DeviceProfilePage(Lab *lab, QWidget *parent)
    : DevicePage(lab, Device::Kind::Profile, parent)
{
}
