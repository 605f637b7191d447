#pragma once

#include "common/editpage.h"

#include <QList>

#include <memory>

namespace Ui { class ParametersPage; }
class Lab;
class QLabel;

/// System › Service Parameters (server and service selectors; each parameter with its value,
/// default and range from the ParameterCatalog) and System › Enterprise Parameters: the same
/// form over a different scope. Save checks every changed value first and changes nothing
/// when one is refused.
class ParametersPage : public EditPage
{
    Q_OBJECT
public:
    enum class Scope { Service, Enterprise };
    ParametersPage(Lab *lab, Scope scope, QWidget *parent = nullptr);
    ~ParametersPage() override;

    void setCluster(Cluster *cluster) override;

protected:
    void discardEdits() override { load(); }
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QString name;
        QLabel *label;
        QWidget *editor;
        QLabel *hint;
    };
    QString service() const;
    void build();
    void load();
    QString editorValue(const Row &row) const;
    void setEditorValue(const Row &row, const QString &value);
    void save();
    void setToDefault();
    void retranslate();

    std::unique_ptr<Ui::ParametersPage> m_ui;
    Lab *m_lab;
    Scope m_scope;
    Cluster *m_cluster = nullptr;
    QList<Row> m_rows;
};
