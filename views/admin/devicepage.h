#pragma once

#include "common/entitypage.h"
#include "entities/device.h"

#include <memory>

namespace Ui { class DevicePage; }
class DeviceTableModel;
class Lab;

/// What Device › Phone and Device › Device Settings › Device Profile share (Unified CM keeps
/// both in one device table): Find and List, the Add New wizard (type → Next → protocol →
/// Next → configuration), Association Information › Add a New DN, Related Links › Subscribe/
/// Unsubscribe Services, and Reset. PhonePage and DeviceProfilePage choose the kind.
class DevicePage : public EntityPage
{
    Q_OBJECT
public:
    DevicePage(Lab *lab, Device::Kind kind, QWidget *parent = nullptr);
    ~DevicePage() override;

    Device::Kind kind() const { return m_kind; }

protected:
    bool beginAddNew() override;
    void loadRecord(qint64 id) override;
    Refusal saveRecord(qint64 &id) override;
    Refusal deleteRecord(qint64 id) override;
    void clusterChanged() override;
    void updateWidgets() override;
    void changeEvent(QEvent *event) override;

    std::unique_ptr<Ui::DevicePage> m_ui;

private:
    Device formValue() const;
    void addDn();
    void removeLine();
    void goRelatedLink();
    void reset();
    void logOut();
    void fillLines(const QStringList &lines);
    void updateLogin();
    void retranslate();

    Lab *m_lab;
    Device::Kind m_kind;
    DeviceTableModel *m_model;
    /// The phone model most of the lab's phones are: the wizard's first choice.
    QString labPhoneModel() const;
    QString m_newModel;    ///< chosen in the wizard
    QString m_newProtocol;
    QStringList m_lines;   ///< Association Information as shown
};
