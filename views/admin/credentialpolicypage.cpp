#include "credentialpolicypage.h"

#include "cluster/cluster.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const char *kindTitle(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::EndUserPin: return QT_TRANSLATE_NOOP("CredentialPolicyPage", "End User PIN");
    case CredentialKind::EndUserPassword: return QT_TRANSLATE_NOOP("CredentialPolicyPage", "End User Password");
    case CredentialKind::ApplicationUserPassword: return QT_TRANSLATE_NOOP("CredentialPolicyPage", "Application User Password");
    }
    return "";
}

QString keyOf(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::EndUserPin: return QStringLiteral("endUserPin");
    case CredentialKind::EndUserPassword: return QStringLiteral("endUserPassword");
    case CredentialKind::ApplicationUserPassword: return QStringLiteral("applicationUserPassword");
    }
    return {};
}
} // namespace

CredentialPolicyPage::CredentialPolicyPage(Lab *lab, QWidget *parent)
    : EditPage(parent), m_titleLabel(new QLabel(this)), m_statusLabel(new QLabel(this)), m_saveButton(new QPushButton(this))
{
    Q_UNUSED(lab);
    setObjectName(QStringLiteral("credentialPolicyPage"));
    auto *layout = new QVBoxLayout(this);
    QFont title = m_titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_titleLabel->setFont(title);
    m_titleLabel->setWordWrap(true);
    layout->addWidget(m_titleLabel);
    auto *toolbar = new QHBoxLayout;
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    toolbar->addWidget(m_saveButton);
    toolbar->addStretch();
    layout->addLayout(toolbar);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);
    setStatusLabel(m_statusLabel);
    // the sections scroll, as the other configuration forms do, so long labels never widen the window
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("scrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QWidget(scroll);
    auto *sections = new QVBoxLayout(form);
    sections->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(form);
    layout->addWidget(scroll);

    for (CredentialKind kind : {CredentialKind::EndUserPin, CredentialKind::EndUserPassword, CredentialKind::ApplicationUserPassword}) {
        Section s;
        s.kind = kind;
        const QString key = keyOf(kind);
        s.box = new QGroupBox(form);
        s.box->setObjectName(key + QStringLiteral("GroupBox"));
        auto *rows = new QFormLayout(s.box);
        rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
        s.policyLabel = new QLabel(s.box);
        s.policyValue = new QLabel(s.box);
        rows->addRow(s.policyLabel, s.policyValue);
        s.failedLogonLabel = new QLabel(s.box);
        s.failedLogon = new QSpinBox(s.box);
        s.failedLogon->setObjectName(key + QStringLiteral("FailedLogon"));
        s.failedLogon->setRange(1, 100);
        s.noLimit = new QCheckBox(s.box);
        s.noLimit->setObjectName(key + QStringLiteral("NoLimit"));
        auto *failedRow = new QHBoxLayout;
        failedRow->addWidget(s.failedLogon);
        failedRow->addWidget(s.noLimit);
        failedRow->addStretch();
        rows->addRow(s.failedLogonLabel, failedRow);
        s.resetLabel = new QLabel(s.box);
        s.reset = new QSpinBox(s.box);
        s.reset->setObjectName(key + QStringLiteral("ResetMinutes"));
        s.reset->setRange(1, 120);
        auto *resetRow = new QHBoxLayout;
        resetRow->addWidget(s.reset);
        resetRow->addStretch();
        rows->addRow(s.resetLabel, resetRow);
        s.lockoutLabel = new QLabel(s.box);
        s.lockout = new QSpinBox(s.box);
        s.lockout->setObjectName(key + QStringLiteral("LockoutMinutes"));
        s.lockout->setRange(1, 1440);
        s.adminMustUnlock = new QCheckBox(s.box);
        s.adminMustUnlock->setObjectName(key + QStringLiteral("AdminMustUnlock"));
        auto *lockoutRow = new QHBoxLayout;
        lockoutRow->addWidget(s.lockout);
        lockoutRow->addWidget(s.adminMustUnlock);
        lockoutRow->addStretch();
        rows->addRow(s.lockoutLabel, lockoutRow);
        sections->addWidget(s.box);
        connect(s.noLimit, &QCheckBox::toggled, this, &CredentialPolicyPage::updateWidgets);
        connect(s.adminMustUnlock, &QCheckBox::toggled, this, &CredentialPolicyPage::updateWidgets);
        watchEdits(s.box);
        m_sections.append(s);
    }
    sections->addStretch();
    connect(m_saveButton, &QPushButton::clicked, this, &CredentialPolicyPage::save);
    retranslate();
    updateWidgets();
}

void CredentialPolicyPage::setCluster(Cluster *cluster)
{
    if (m_cluster)
        disconnect(m_cluster, nullptr, this, nullptr);
    m_cluster = cluster;
    if (m_cluster)
        connect(m_cluster, &Cluster::credentialPolicyChanged, this, [this] {
            if (!isDirty())
                load();
        });
    setDirty(false);
    clearStatus();
    load();
}

void CredentialPolicyPage::discardEdits()
{
    load();
}

void CredentialPolicyPage::load()
{
    for (Section &s : m_sections) {
        const CredentialPolicy p = m_cluster ? m_cluster->credentialPolicy(s.kind) : CredentialPolicy{s.kind};
        const QSignalBlocker b1(s.failedLogon), b2(s.noLimit), b3(s.reset), b4(s.lockout), b5(s.adminMustUnlock);
        s.noLimit->setChecked(p.failedLogon == 0);
        s.failedLogon->setValue(p.failedLogon == 0 ? CredentialPolicy::DefaultFailedLogon : p.failedLogon);
        s.reset->setValue(p.resetMinutes);
        s.lockout->setValue(p.lockoutMinutes);
        s.adminMustUnlock->setChecked(p.adminMustUnlock);
    }
    setDirty(false);
    updateWidgets();
}

void CredentialPolicyPage::save()
{
    if (!m_cluster)
        return;
    for (const Section &s : std::as_const(m_sections)) {
        CredentialPolicy p = m_cluster->credentialPolicy(s.kind);
        p.failedLogon = s.noLimit->isChecked() ? 0 : s.failedLogon->value();
        p.resetMinutes = s.reset->value();
        p.lockoutMinutes = s.lockout->value();
        p.adminMustUnlock = s.adminMustUnlock->isChecked();
        // the fields Cluster::saveCredentialPolicy names in a refusal, in this section
        setFieldWidget(QStringLiteral("failedLogon"), s.failedLogon);
        setFieldWidget(QStringLiteral("resetMinutes"), s.reset);
        setFieldWidget(QStringLiteral("lockoutMinutes"), s.lockout);
        if (const Refusal r = m_cluster->saveCredentialPolicy(p)) {
            showRefusal(r);
            return;
        }
    }
    setDirty(false);
    showUpdated();
}

void CredentialPolicyPage::updateWidgets()
{
    for (const Section &s : std::as_const(m_sections)) {
        s.failedLogon->setEnabled(!s.noLimit->isChecked());
        s.lockout->setEnabled(!s.adminMustUnlock->isChecked());
    }
}

void CredentialPolicyPage::retranslate()
{
    m_titleLabel->setText(tr("Credential Policy Default Configuration"));
    m_saveButton->setText(tr("Save"));
    for (const Section &s : std::as_const(m_sections)) {
        s.box->setTitle(tr(kindTitle(s.kind)));
        s.policyLabel->setText(tr("Credential Policy"));
        s.policyValue->setText(tr("Default Credential Policy"));
        s.failedLogonLabel->setText(tr("Failed Logon"));
        s.noLimit->setText(tr("No Limit for Failed Logons"));
        s.resetLabel->setText(tr("Reset Failed Logon Attempts Every (minutes)"));
        s.lockoutLabel->setText(tr("Lockout Duration (minutes)"));
        s.adminMustUnlock->setText(tr("Administrator Must Unlock"));
    }
}

void CredentialPolicyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    EditPage::changeEvent(event);
}
