#include "parameterspage.h"
#include "ui_parameterspage.h"

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "common/messagebox.h"

#include <QComboBox>
#include <QLineEdit>

#include <algorithm>

namespace {
/// "Maximum Concurrent Requests" → "maximumConcurrentRequests"
QString objectBase(const QString &name)
{
    QString out;
    bool upper = false;
    for (QChar c : name) {
        if (!c.isLetterOrNumber()) {
            upper = !out.isEmpty();
            continue;
        }
        out += out.isEmpty() ? c.toLower() : upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}
}

ParametersPage::ParametersPage(Lab *lab, Scope scope, QWidget *parent)
    : EditPage(parent), m_ui(std::make_unique<Ui::ParametersPage>()), m_lab(lab), m_scope(scope)
{
    m_ui->setupUi(this);
    setStatusLabel(m_ui->statusLabel);
    setSaveButton(m_ui->saveButton);
    m_ui->selectGroupBox->setVisible(scope == Scope::Service);
    if (scope == Scope::Service) {
        for (const ServiceCatalog::Service &s : ServiceCatalog::services())
            if (!ParameterCatalog::serviceParameters(s.name).isEmpty())
                m_ui->serviceComboBox->addItem(s.name, s.name);
    }
    connect(m_ui->serviceComboBox, &QComboBox::activated, this, [this] {
        // Unified CM asks nothing here; we do not drop edits silently
        if (isDirty() && !confirmLeave())
            return;
        clearStatus();
        build();
        load();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ParametersPage::save);
    connect(m_ui->setToDefaultButton, &QPushButton::clicked, this, &ParametersPage::setToDefault);
    build();
    retranslate();
}

ParametersPage::~ParametersPage() = default;

void ParametersPage::setCluster(Cluster *cluster)
{
    if (m_cluster)
        disconnect(m_cluster, nullptr, this, nullptr);
    m_cluster = cluster;
    m_ui->serverComboBox->clear();
    if (cluster) {
        for (const Node &n : cluster->nodes())
            m_ui->serverComboBox->addItem(n.hostName, n.hostName);
        connect(cluster, &Cluster::parameterChanged, this, [this](const QString &service, const QString &name) {
            Q_UNUSED(name);
            if (service == this->service() && !isDirty())
                load();
        });
    }
    clearStatus();
    load();
}

QString ParametersPage::service() const
{
    return m_scope == Scope::Service ? m_ui->serviceComboBox->currentData().toString() : QString();
}

void ParametersPage::build()
{
    for (const Row &r : std::as_const(m_rows)) {
        delete r.label;
        delete r.editor;
        delete r.hint;
    }
    m_rows.clear();
    const QList<ParameterCatalog::Parameter> params =
        m_scope == Scope::Service ? ParameterCatalog::serviceParameters(service()) : ParameterCatalog::enterpriseParameters();
    int row = 0;
    for (const ParameterCatalog::Parameter &p : params) {
        Row r;
        r.name = p.name;
        r.label = new QLabel(m_ui->parametersGroupBox); // worded in retranslate()
        const QString base = objectBase(p.name);
        r.label->setObjectName(base + QStringLiteral("Label"));
        if (p.type == ParameterCatalog::Type::Boolean || p.type == ParameterCatalog::Type::Choice) {
            auto *combo = new QComboBox(m_ui->parametersGroupBox);
            combo->setObjectName(base + QStringLiteral("ComboBox"));
            const QStringList values = p.type == ParameterCatalog::Type::Boolean
                                           ? QStringList{QStringLiteral("True"), QStringLiteral("False")}
                                           : p.choices;
            for (const QString &v : values)
                combo->addItem(ParameterCatalog::displayValue(v), v); // shown translated, stored as Cisco's value
            r.editor = combo;
        } else {
            auto *line = new QLineEdit(m_ui->parametersGroupBox);
            line->setObjectName(base + QStringLiteral("LineEdit"));
            r.editor = line;
        }
        r.label->setBuddy(r.editor);
        r.hint = new QLabel(m_ui->parametersGroupBox);
        r.hint->setObjectName(base + QStringLiteral("HintLabel"));
        r.hint->setWordWrap(true);
        r.hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_ui->parametersLayout->addWidget(r.label, row, 0);
        m_ui->parametersLayout->addWidget(r.editor, row, 1);
        m_ui->parametersLayout->addWidget(r.hint, row, 2);
        // shown now, not on the next event loop pass, so focus can move to a refused field
        r.label->show();
        r.editor->show();
        r.hint->show();
        setFieldWidget(p.name, r.editor);
        m_rows << r;
        ++row;
    }
    m_ui->parametersLayout->setColumnStretch(2, 1);
    watchEdits(m_ui->parametersGroupBox);
    retranslate();
}

QString ParametersPage::editorValue(const Row &row) const
{
    if (auto *combo = qobject_cast<QComboBox *>(row.editor))
        return combo->currentData().toString();
    return static_cast<QLineEdit *>(row.editor)->text();
}

void ParametersPage::setEditorValue(const Row &row, const QString &value)
{
    if (auto *combo = qobject_cast<QComboBox *>(row.editor))
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    else
        static_cast<QLineEdit *>(row.editor)->setText(value);
}

void ParametersPage::load()
{
    if (!m_cluster)
        return;
    for (const Row &r : std::as_const(m_rows))
        setEditorValue(r, m_scope == Scope::Service ? m_cluster->serviceParameter(service(), r.name)
                                                    : m_cluster->enterpriseParameter(r.name));
    setDirty(false);
}

void ParametersPage::save()
{
    if (!m_cluster)
        return;
    const bool changed = std::any_of(m_rows.cbegin(), m_rows.cend(), [this](const Row &r) {
        const QString stored = m_scope == Scope::Service ? m_cluster->serviceParameter(service(), r.name) : m_cluster->enterpriseParameter(r.name);
        return editorValue(r).trimmed() != stored;
    });
    if (!changed) { // nothing differs from what the cluster has: nothing written, nothing claimed
        showNothingToSave();
        return;
    }
    // check every value first: a refused value changes nothing
    for (const Row &r : std::as_const(m_rows)) {
        const ParameterCatalog::Parameter *p = ParameterCatalog::find(service(), r.name);
        QString canonical;
        if (const Refusal refusal = p ? ParameterCatalog::validate(*p, editorValue(r), &canonical) : Refusal()) {
            showRefusal(refusal);
            return;
        }
    }
    for (const Row &r : std::as_const(m_rows)) {
        const Refusal refusal = m_scope == Scope::Service ? m_cluster->setServiceParameter(service(), r.name, editorValue(r))
                                                          : m_cluster->setEnterpriseParameter(r.name, editorValue(r));
        if (refusal) {
            showRefusal(refusal);
            return;
        }
    }
    load();
    showUpdated();
}

void ParametersPage::setToDefault()
{
    if (MessageBox::question(this, tr("Set to Default"), tr("Set every parameter on this page to its default value? Save to apply."),
                             QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Ok)
        return;
    for (const Row &r : std::as_const(m_rows))
        if (const ParameterCatalog::Parameter *p = ParameterCatalog::find(service(), r.name))
            setEditorValue(r, p->defaultValue);
    setDirty(true);
}

void ParametersPage::retranslate()
{
    const bool svc = m_scope == Scope::Service;
    m_ui->titleLabel->setText(svc ? tr("Service Parameter Configuration") : tr("Enterprise Parameters Configuration"));
    m_ui->parametersGroupBox->setTitle(svc ? tr("Parameters of %1").arg(service()) : tr("Enterprise Parameters"));
    for (const Row &r : std::as_const(m_rows)) {
        const ParameterCatalog::Parameter *p = ParameterCatalog::find(service(), r.name);
        if (!p)
            continue;
        QString range;
        switch (p->type) {
        case ParameterCatalog::Type::Integer:
            range = tr("Minimum: %1 Maximum: %2").arg(p->minimum).arg(p->maximum);
            break;
        case ParameterCatalog::Type::Duration:
            range = tr("From 0:00 to %1:00").arg(p->maximum / 60);
            break;
        case ParameterCatalog::Type::Text:
            range = tr("At most %n character(s)", nullptr, p->maximum);
            break;
        default:
            break;
        }
        r.label->setText(ParameterCatalog::displayName(p->name));
        if (auto *combo = qobject_cast<QComboBox *>(r.editor))
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, ParameterCatalog::displayValue(combo->itemData(i).toString()));
        const QString def = tr("Default: %1").arg(p->defaultValue.isEmpty() ? tr("(empty)") : ParameterCatalog::displayValue(p->defaultValue));
        r.hint->setText(range.isEmpty() ? def : def + QStringLiteral(" — ") + range);
        r.editor->setToolTip(QCoreApplication::translate("ParameterCatalog", p->help));
        r.hint->setToolTip(r.editor->toolTip());
    }
}

void ParametersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EditPage::changeEvent(event);
}
