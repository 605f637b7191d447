#pragma once

#include "admin/devicepage.h"

/// Device › Phone: Find and List Phones and Phone Configuration (Enable Extension Mobility, Log Out Profile, device locale, lines, the user logged in now with a Log Out button).
class PhonePage : public DevicePage
{
    Q_OBJECT
public:
    explicit PhonePage(Lab *lab, QWidget *parent = nullptr);
};
