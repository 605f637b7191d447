#include "troubleshootingpage.h"

#include "cluster/cluster.h"
#include "core/clock.h"
#include "lab/lab.h"
#include "mobility/emresult.h"
#include "phone/labphones.h"
#include "phone/phoneemulator.h"
#include "phone/phoneagent.h"
#include "troubleshooting/troubleshootinglab.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}
} // namespace

TroubleshootingPage::TroubleshootingPage(Lab *lab, LabPhones *phones, QWidget *parent)
    : ClusterPage(parent), m_lab(lab), m_phones(phones), m_trouble(new TroubleshootingLab(lab, phones, lab->clock(), this))
{
    setObjectName(QStringLiteral("troubleshootingPage"));
    auto *outer = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("troubleshootingSplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);

    // left: the list, the entry as the seed words it, the controls and what just happened
    auto *left = new QWidget(splitter);
    auto *column = new QVBoxLayout(left);
    column->setContentsMargins(0, 0, 0, 0);
    m_titleLabel = new QLabel(left);
    m_titleLabel->setObjectName(QStringLiteral("troubleshootingTitleLabel"));
    QFont f = m_titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_titleLabel->setFont(f);
    column->addWidget(m_titleLabel);
    m_introLabel = new QLabel(left);
    m_introLabel->setObjectName(QStringLiteral("troubleshootingIntroLabel"));
    m_introLabel->setWordWrap(true);
    column->addWidget(m_introLabel);

    auto *texts = new QSplitter(Qt::Vertical, left);
    texts->setObjectName(QStringLiteral("troubleshootingTextSplitter"));
    texts->setChildrenCollapsible(false);
    m_entries = new QTreeWidget(texts);
    m_entries->setObjectName(QStringLiteral("entryTreeWidget"));
    m_entries->setColumnCount(2);
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setAllColumnsShowFocus(true);
    m_entries->header()->setStretchLastSection(true);
    m_entries->setMinimumHeight(m_entries->fontMetrics().lineSpacing() * 5);
    for (const TroubleshootingEntry &e : TroubleshootingEntry::all()) {
        auto *item = new QTreeWidgetItem(m_entries);
        item->setData(0, IdRole, e.id);
        item->setText(0, e.codeText());
    }
    m_detail = new QTextBrowser(texts);
    m_detail->setObjectName(QStringLiteral("entryDetailTextBrowser"));
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 5);
    texts->addWidget(m_entries);
    texts->addWidget(m_detail);
    texts->setStretchFactor(0, 2);
    texts->setStretchFactor(1, 3);
    column->addWidget(texts, 1);

    auto *choose = new QGridLayout;
    m_clusterLabel = new QLabel(left);
    m_clusterCombo = new QComboBox(left);
    m_clusterCombo->setObjectName(QStringLiteral("troubleClusterComboBox"));
    m_clusterLabel->setBuddy(m_clusterCombo);
    m_phoneLabel = new QLabel(left);
    m_phoneCombo = new QComboBox(left);
    m_phoneCombo->setObjectName(QStringLiteral("troublePhoneComboBox"));
    m_phoneLabel->setBuddy(m_phoneCombo);
    choose->addWidget(m_clusterLabel, 0, 0);
    choose->addWidget(m_clusterCombo, 0, 1);
    choose->addWidget(m_phoneLabel, 0, 2);
    choose->addWidget(m_phoneCombo, 0, 3);
    choose->setColumnStretch(1, 1);
    choose->setColumnStretch(3, 2);
    column->addLayout(choose);

    auto *buttons = new QHBoxLayout;
    m_setUpButton = new QPushButton(left);
    m_setUpButton->setObjectName(QStringLiteral("setUpButton"));
    m_fixButton = new QPushButton(left);
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_resetButton = new QPushButton(left);
    m_resetButton->setObjectName(QStringLiteral("resetClusterButton"));
    buttons->addWidget(m_setUpButton);
    buttons->addWidget(m_fixButton);
    buttons->addStretch(1);
    buttons->addWidget(m_resetButton);
    column->addLayout(buttons);

    m_statusLabel = new QLabel(left);
    m_statusLabel->setObjectName(QStringLiteral("troubleStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setFrameShape(QFrame::StyledPanel);
    m_statusLabel->setMargin(6);
    QFont larger = m_statusLabel->font(); // read from the back of the room
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_statusLabel->setFont(larger);
    m_statusLabel->setMinimumHeight(m_statusLabel->fontMetrics().lineSpacing() * 3 + 14);
    m_statusLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    column->addWidget(m_statusLabel);

    // right: the chosen phone, as the class sees it
    auto *right = new QWidget(splitter);
    m_phoneLayout = new QVBoxLayout(right);
    m_phoneLayout->setContentsMargins(0, 0, 0, 0);
    m_phoneCaption = new QLabel(right);
    m_phoneCaption->setObjectName(QStringLiteral("troublePhoneCaptionLabel"));
    m_phoneCaption->setAlignment(Qt::AlignHCenter);
    m_phoneLayout->addWidget(m_phoneCaption);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    for (const Cluster *c : lab->clusters())
        m_clusterCombo->addItem(c->name());
    connect(lab, &Lab::clusterAdded, this, [this](Cluster *c) { m_clusterCombo->addItem(c->name()); });
    connect(lab, &Lab::clusterAboutToBeRemoved, this, [this](Cluster *c) {
        if (m_trouble->clusterName() == c->name())
            m_trouble->cancel();
        if (const int i = m_clusterCombo->findText(c->name()); i >= 0)
            m_clusterCombo->removeItem(i);
    });
    connect(m_clusterCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillPhones();
        showEntry();
    });
    connect(m_phoneCombo, &QComboBox::currentIndexChanged, this, [this] {
        showPhone();
        showEntry();
    });
    connect(m_entries, &QTreeWidget::currentItemChanged, this, [this] {
        showEntry();
        updateButtons();
    });
    connect(m_setUpButton, &QPushButton::clicked, this, [this] {
        m_trouble->setUp(currentEntry(), m_clusterCombo->currentText(), m_phoneCombo->currentText());
    });
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        m_trouble->fix(currentEntry(), m_clusterCombo->currentText(), m_phoneCombo->currentText());
    });
    connect(m_resetButton, &QPushButton::clicked, this, [this] { m_trouble->reset(m_clusterCombo->currentText()); });
    connect(lab->clock(), &Clock::pausedChanged, this, &TroubleshootingPage::updateStatus);
    connect(m_trouble, &TroubleshootingLab::changed, this, [this] {
        updateStatus();
        updateButtons();
    });

    fillPhones();
    retranslate();
    if (m_entries->topLevelItemCount() > 0)
        m_entries->setCurrentItem(m_entries->topLevelItem(0));
    updateButtons();
}

TroubleshootingPage::~TroubleshootingPage() = default;

PhoneEmulator *TroubleshootingPage::phone() const
{
    return m_phone;
}

bool TroubleshootingPage::selectEntry(const QString &id)
{
    for (int i = 0; i < m_entries->topLevelItemCount(); ++i)
        if (m_entries->topLevelItem(i)->data(0, IdRole).toString() == id) {
            m_entries->setCurrentItem(m_entries->topLevelItem(i));
            return true;
        }
    return false;
}

QString TroubleshootingPage::currentEntry() const
{
    const QTreeWidgetItem *item = m_entries->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void TroubleshootingPage::setCluster(const QString &cluster)
{
    const int i = m_clusterCombo->findText(cluster);
    if (i >= 0)
        m_clusterCombo->setCurrentIndex(i);
}

void TroubleshootingPage::setCluster(Cluster *cluster)
{
    if (cluster)
        setCluster(cluster->name());
}

void TroubleshootingPage::setPhone(const QString &device)
{
    const int i = m_phoneCombo->findText(device);
    if (i >= 0)
        m_phoneCombo->setCurrentIndex(i);
}

void TroubleshootingPage::fillPhones()
{
    const QSignalBlocker block(m_phoneCombo);
    m_phoneCombo->clear();
    if (const Cluster *c = m_lab->cluster(m_clusterCombo->currentText())) {
        QStringList names;
        for (const Device &d : c->phones())
            names.append(d.name);
        std::sort(names.begin(), names.end());
        m_phoneCombo->addItems(names);
        // the demo lab's second phone is free: the one a class uses first
        m_phoneCombo->setCurrentIndex(names.size() > 1 ? 1 : 0);
    }
    showPhone();
}

void TroubleshootingPage::showPhone()
{
    m_trouble->cancel();
    delete m_phone;
    const QString device = m_phoneCombo->currentText();
    PhoneAgent *agent = device.isEmpty() ? nullptr : m_phones->agent(device);
    if (agent) {
        m_phone = new PhoneEmulator(m_lab, agent, this);
        m_phoneLayout->addWidget(m_phone, 1, Qt::AlignHCenter); // as tall as the column: a phone that scales uses it
    }
    retranslate();
}

void TroubleshootingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ClusterPage::changeEvent(event);
}

void TroubleshootingPage::retranslate()
{
    m_titleLabel->setText(tr("Troubleshooting Lab"));
    m_introLabel->setText(tr("Set Up causes the entry on the cluster and the phone shows the symptom; Fix applies the resolution "
                             "and the phone logs in; Reset Cluster puts the cluster back as the demo lab has it. "
                             "Set Up first resolves the entry set up before it, so entries can be taken in any order."));
    m_entries->setHeaderLabels({tr("Code"), tr("Entry")});
    const QList<TroubleshootingEntry> &all = TroubleshootingEntry::all();
    for (int i = 0; i < m_entries->topLevelItemCount() && i < all.size(); ++i) {
        m_entries->topLevelItem(i)->setText(1, all.at(i).titleText());
        m_entries->topLevelItem(i)->setToolTip(1, all.at(i).titleText()); // whole, when the column cuts it
    }
    m_entries->resizeColumnToContents(0);
    m_clusterLabel->setText(tr("Cl&uster:"));
    m_phoneLabel->setText(tr("P&hone:"));
    m_setUpButton->setText(tr("&Set Up"));
    m_setUpButton->setToolTip(tr("Apply the cause on the cluster and drive the phone to the symptom"));
    m_fixButton->setText(tr("F&ix"));
    m_fixButton->setToolTip(tr("Apply the resolution and log in on the phone"));
    m_resetButton->setText(tr("&Reset Cluster"));
    m_resetButton->setToolTip(tr("Put the cluster back as the demo lab has it"));
    m_phoneCaption->setText(m_phoneCombo->currentText().isEmpty()
                                ? tr("No phone")
                                : tr("%1 of %2").arg(m_phoneCombo->currentText(), m_clusterCombo->currentText()));
    showEntry();
    updateStatus();
}

void TroubleshootingPage::showEntry()
{
    const TroubleshootingEntry *e = TroubleshootingEntry::find(currentEntry());
    if (!e) {
        m_detail->clear();
        return;
    }
    QString text;
    text += QStringLiteral("<h3>%1</h3>").arg(html(e->titleText()));
    text += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(html(tr("Problem")), html(e->problemText()));
    if (e->cause)
        text += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(html(tr("Possible cause")), html(e->causeText()));
    text += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(html(tr("Resolution")), html(e->resolutionText()));
    const QString user = TroubleshootingLab::userFor(m_lab->cluster(m_clusterCombo->currentText()), e->id);
    text += QStringLiteral("<p><b>%1</b><br>%2<br>%3<br>%4</p>")
                .arg(html(tr("In this lab")), html(tr("Set Up: %1").arg(e->setUpText())), html(tr("Fix: %1").arg(e->fixText())),
                     html(tr("The phone logs in %1 (PIN %2).").arg(user, TroubleshootingLab::demoPin())));
    m_detail->setHtml(text);
}

QString TroubleshootingPage::observedText() const
{
    const TroubleshootingLab::Observed o = m_trouble->observed();
    if (o.failure == PhoneAgent::Failure::HostNotFound)
        return tr("Host Not Found");
    if (o.failure == PhoneAgent::Failure::HttpError)
        return tr("HTTP Error (%1)").arg(o.httpStatus);
    if (o.failure == PhoneAgent::Failure::XmlError)
        return tr("XML Error");
    if (o.servicesChecked && !o.servicesHaveEm)
        return tr("a Services menu without Extension Mobility");
    if (o.loggedIn && o.restart == PhoneAgent::Restart::Reset)
        return tr("a reset instead of a restart after the login");
    if (o.emCode > 0)
        return tr("error %1 %2").arg(o.emCode).arg(EmResult::failure(o.emCode).title());
    if (o.emCode == 0)
        return tr("a login or logout that worked");
    return tr("no answer from Extension Mobility");
}

void TroubleshootingPage::updateStatus()
{
    const TroubleshootingEntry *e = TroubleshootingEntry::find(m_trouble->entryId());
    const QString title = e ? e->titleText() : QString();
    const QString device = m_trouble->deviceName();
    const QString cluster = m_trouble->clusterName();
    QString text;
    QString colour = QStringLiteral("palette(window)");
    switch (m_trouble->state()) {
    case TroubleshootingLab::State::Idle:
        text = tr("Choose an entry, a cluster and one of its phones, then press Set Up.");
        break;
    case TroubleshootingLab::State::Running:
        text = m_trouble->action() == TroubleshootingLab::Action::SetUp
                   ? tr("Setting up “%1” on %2 — watch %3. %4").arg(title, cluster, device, e ? e->setUpText() : QString())
                   : tr("Fixing “%1” on %2 — watch %3. %4").arg(title, cluster, device, e ? e->fixText() : QString());
        if (m_lab->clock()->isPaused())
            text += QLatin1Char(' ') + tr("The lab clock is paused: the phone waits until it runs again.");
        colour = QStringLiteral("#e3f2fd");
        break;
    case TroubleshootingLab::State::Symptom:
        text = tr("%1 shows the symptom: %2. The resolution is above; press Fix to apply it.").arg(device, observedText());
        colour = QStringLiteral("#fff3e0");
        break;
    case TroubleshootingLab::State::Working:
        text = m_trouble->observed().restart == PhoneAgent::Restart::Reset
                   ? tr("Fixed: %1 is logged in on %2 and the phone works (it reset).").arg(m_trouble->userId(), device)
                   : tr("Fixed: %1 is logged in on %2 and the phone works (it restarted).").arg(m_trouble->userId(), device);
        colour = QStringLiteral("#e8f5e9");
        break;
    case TroubleshootingLab::State::Unexpected:
        text = m_trouble->action() == TroubleshootingLab::Action::SetUp
                   ? tr("%1 did not show the symptom; it showed %2. Press Reset Cluster and try again.").arg(device, observedText())
                   : tr("The login on %1 still fails after the fix: %2. Press Reset Cluster and try again.").arg(device, observedText());
        colour = QStringLiteral("#ffebee");
        break;
    case TroubleshootingLab::State::ResetDone:
        text = tr("%1 is back to the demo state: its services run, its parameters are at their defaults and the demo users are logged in as at the start.")
                   .arg(cluster);
        colour = QStringLiteral("#e8f5e9");
        break;
    case TroubleshootingLab::State::Refused:
        text = m_trouble->refusal().text();
        colour = QStringLiteral("#ffebee");
        break;
    }
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(QStringLiteral("QLabel#troubleStatusLabel { background: %1; color: black; }").arg(colour));
}

void TroubleshootingPage::updateButtons()
{
    const bool entry = !currentEntry().isEmpty();
    const bool phone = !m_phoneCombo->currentText().isEmpty();
    m_setUpButton->setEnabled(entry && phone);
    m_fixButton->setEnabled(entry && phone);
    m_resetButton->setEnabled(!m_clusterCombo->currentText().isEmpty());
}
