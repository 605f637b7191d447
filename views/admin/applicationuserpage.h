#pragma once

#include "common/entitypage.h"

#include <memory>

namespace Ui { class ApplicationUserPage; }
class ApplicationUserTableModel;
class CredentialStatusBox;
class Lab;

/// User Management › Application User: the callers of the Extension Mobility API (they need
/// Standard EM Authentication Proxy Rights).
class ApplicationUserPage : public EntityPage
{
    Q_OBJECT
public:
    explicit ApplicationUserPage(Lab *lab, QWidget *parent = nullptr);
    ~ApplicationUserPage() override;

protected:
    void loadRecord(qint64 id) override;
    Refusal saveRecord(qint64 &id) override;
    Refusal deleteRecord(qint64 id) override;
    void updateWidgets() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ApplicationUserPage> m_ui;
    ApplicationUserTableModel *m_model;
    CredentialStatusBox *m_credentials;
    QStringList m_groups; ///< Permission Information as edited (groups are added on Save)
};
