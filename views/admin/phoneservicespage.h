#pragma once

#include "common/entitypage.h"

#include <memory>

namespace Ui { class PhoneServicesPage; }
class Lab;
class PhoneServiceTableModel;

/// Device › Device Settings › Phone Services: Find and List IP Phone Services and IP Phone
/// Services Configuration (Enterprise Subscription only when adding, as in Unified CM).
class PhoneServicesPage : public EntityPage
{
    Q_OBJECT
public:
    explicit PhoneServicesPage(Lab *lab, QWidget *parent = nullptr);
    ~PhoneServicesPage() override;

protected:
    void loadRecord(qint64 id) override;
    Refusal saveRecord(qint64 &id) override;
    Refusal deleteRecord(qint64 id) override;
    void updateWidgets() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::PhoneServicesPage> m_ui;
    Lab *m_lab;
    PhoneServiceTableModel *m_model;
};
