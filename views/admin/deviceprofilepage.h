#pragma once

#include "admin/devicepage.h"

/// Device › Device Settings › Device Profile: Find and List Device Profiles, the Add New wizard and Device Profile Configuration, with Copy to Clusters.
class DeviceProfilePage : public DevicePage
{
    Q_OBJECT
public:
    explicit DeviceProfilePage(Lab *lab, QWidget *parent = nullptr);
};
