#include "phonespage.h"

#include "phone/phoneemulator.h"

#include "cluster/cluster.h"
#include "lab/lab.h"
#include "mobility/registrar.h"
#include "phone/labphones.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int DeviceRole = Qt::UserRole + 1;
}

PhonesPage::PhonesPage(Lab *lab, LabPhones *phones, QWidget *parent)
    : QWidget(parent), m_lab(lab), m_phones(phones)
{
    auto *layout = new QVBoxLayout(this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("phonesTitleLabel"));
    QFont f = m_titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_titleLabel->setFont(f);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_titleLabel, 1);
    // the list folds away when the phones need the width (a projector's 1024 or 1280 px)
    m_listButton = new QToolButton(this);
    m_listButton->setObjectName(QStringLiteral("phoneListButton"));
    m_listButton->setCheckable(true);
    m_listButton->setChecked(true);
    m_listButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_listButton, &QToolButton::clicked, this, [this](bool checked) {
        m_listChosen = true;
        setPhoneListShown(checked);
    });
    titleRow->addWidget(m_listButton);
    layout->addLayout(titleRow);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("phonesHintLabel"));
    m_hintLabel->setWordWrap(true);
    layout->addWidget(m_hintLabel);

    m_splitter = new QSplitter(this);
    auto *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("phonesSplitter"));
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("phonesTreeWidget"));
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *scroll = new QScrollArea(splitter);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("phonesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // phones shrink to the height instead
    scroll->viewport()->installEventFilter(this);
    m_row = new QWidget(scroll);
    m_rowLayout = new QHBoxLayout(m_row);
    m_rowLayout->addStretch();
    scroll->setWidget(m_row);
    splitter->addWidget(m_tree);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    for (Cluster *c : lab->clusters())
        watchCluster(c);
    connect(lab, &Lab::clusterAdded, this, [this](Cluster *c) {
        watchCluster(c);
        rebuildTree();
    });
    rebuildTree();
    splitter->setSizes({250, 900}); // until shown: see showEvent()
    connect(m_tree, &QTreeWidget::itemChanged, this, &PhonesPage::treeChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString d = item->data(0, DeviceRole).toString();
        if (!d.isEmpty() && !m_shown.contains(d))
            showPhones(QStringList{d} + m_shown);
    });

    // the seed's story: Kally calls, Bob at home, the phone Bob roams to
    QStringList story;
    for (const QString &d : {QStringLiteral("SEPC30000000001"), QStringLiteral("SEPC10000000001"), QStringLiteral("SEPC20000000002")})
        if (lab->clusterOfPhone(d))
            story.append(d);
    if (story.isEmpty())
        for (Cluster *c : lab->clusters())
            if (!c->phones().isEmpty() && story.isEmpty())
                story.append(c->phones().first().name);
    showPhones(story);
    retranslate();
}

PhonesPage::~PhonesPage() = default;

void PhonesPage::watchCluster(Cluster *c)
{
    connect(c, &Cluster::loginChanged, this, &PhonesPage::updateTree);
    connect(c, &Cluster::nodeStateChanged, this, &PhonesPage::updateTree);
    // an administrator adds or deletes phones on the Phone page
    auto deviceChange = [this](Cluster::Entity entity) {
        if (entity == Cluster::Entity::Device)
            rebuildTree();
    };
    connect(c, &Cluster::entityAdded, this, deviceChange);
    connect(c, &Cluster::entityRemoved, this, deviceChange);
    connect(c, &Cluster::bulkImported, this, &PhonesPage::rebuildTree);
}

void PhonesPage::rebuildTree()
{
    m_updating = true;
    m_tree->clear();
    for (Cluster *c : m_lab->clusters()) {
        auto *top = new QTreeWidgetItem(m_tree, {c->name()});
        top->setFlags(top->flags() & ~Qt::ItemIsUserCheckable);
        for (const Device &d : c->phones()) {
            auto *item = new QTreeWidgetItem(top, {d.name});
            item->setData(0, DeviceRole, d.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    m_tree->expandAll();
    m_updating = false;
    // a deleted phone leaves the row of emulators
    QStringList still;
    for (const QString &d : std::as_const(m_shown))
        if (m_lab->clusterOfPhone(d))
            still.append(d);
    showPhones(still);
}

QStringList PhonesPage::shownPhones() const
{
    return m_shown;
}

void PhonesPage::showPhones(const QStringList &deviceNames)
{
    QStringList wanted;
    for (const QString &d : deviceNames)
        if (!wanted.contains(d) && m_lab->clusterOfPhone(d) && m_phones->agent(d) && wanted.size() < MaxShown)
            wanted.append(d);
    for (auto it = m_emulators.begin(); it != m_emulators.end();) {
        // a phone whose agent was replaced (the lab was reset) gets a new emulator
        if (!wanted.contains(it.key()) || it.value()->agent() != m_phones->agent(it.key())) {
            delete it.value();
            it = m_emulators.erase(it);
        } else {
            ++it;
        }
    }
    for (int i = 0; i < wanted.size(); ++i) {
        PhoneEmulator *e = m_emulators.value(wanted[i]);
        if (!e) {
            e = new PhoneEmulator(m_lab, m_phones->agent(wanted[i]), m_row);
            m_emulators.insert(wanted[i], e);
        }
        m_rowLayout->removeWidget(e);
        m_rowLayout->insertWidget(i, e);
    }
    m_shown = wanted;
    updateTree();
    // a fourth phone may need the list's width (unless the trainer chose to keep it)
    chooseListVisibility();
    layoutPhones();
}

int PhonesPage::phonesInView() const
{
    const int spacing = m_rowLayout->spacing();
    const QMargins m = m_rowLayout->contentsMargins();
    const int room = m_scroll->viewport()->width() - m.left() - m.right();
    const int fit = qMax(1, (room + spacing) / (MinPhoneWidth + spacing));
    return qMax(1, qMin(fit, int(m_shown.size())));
}

void PhonesPage::layoutPhones()
{
    // as many phones as fit at a readable width share the view; the others wait to the right
    const int n = phonesInView();
    const int spacing = m_rowLayout->spacing();
    const QMargins m = m_rowLayout->contentsMargins();
    const int room = m_scroll->viewport()->width() - m.left() - m.right();
    const int width = qMax(MinPhoneWidth, (room - (n - 1) * spacing) / n);
    for (PhoneEmulator *e : std::as_const(m_emulators))
        e->setFixedWidth(width);
}

bool PhonesPage::isPhoneListShown() const
{
    return !m_tree->isHidden();
}

void PhonesPage::setPhoneListShown(bool shown)
{
    m_tree->setVisible(shown);
    m_listButton->setChecked(shown);
    if (shown && m_sized)
        QMetaObject::invokeMethod(this, [this] { fitPhoneList(); }, Qt::QueuedConnection);
}

void PhonesPage::chooseListVisibility()
{
    if (m_listChosen || !isVisible())
        return;
    // the list stays beside the phones only while every phone shown still fits beside it at a
    // readable width
    const int n = qMax(1, int(m_shown.size()));
    const QMargins page = layout()->contentsMargins();
    const QMargins row = m_rowLayout->contentsMargins();
    const int room = width() - page.left() - page.right() - listWidth() - m_splitter->handleWidth() - 2 * m_scroll->frameWidth()
                     - row.left() - row.right();
    const bool fits = room >= n * MinPhoneWidth + (n - 1) * m_rowLayout->spacing();
    if (fits != isPhoneListShown())
        setPhoneListShown(fits);
}

int PhonesPage::listWidth() const
{
    // just as wide as its phones and users
    m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
    int width = m_tree->header()->length() + 2 * m_tree->frameWidth();
    if (m_tree->verticalScrollBar()->isVisible())
        width += m_tree->verticalScrollBar()->width();
    return width;
}

void PhonesPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    chooseListVisibility();
}

bool PhonesPage::eventFilter(QObject *watched, QEvent *event)
{
    // after the scroll area has settled on its new size (widths set inside its resize would
    // leave the row sized for the old viewport)
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &PhonesPage::layoutPhones, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void PhonesPage::treeChanged()
{
    if (m_updating)
        return;
    QStringList ticked;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString d = (*it)->data(0, DeviceRole).toString();
        if (!d.isEmpty() && (*it)->checkState(0) == Qt::Checked)
            ticked.append(d);
    }
    // keep the order on screen; newly ticked phones go to the right
    QStringList order;
    for (const QString &d : std::as_const(m_shown))
        if (ticked.contains(d))
            order.append(d);
    for (const QString &d : std::as_const(ticked))
        if (!order.contains(d))
            order.append(d);
    showPhones(order);
}

void PhonesPage::updateTree()
{
    m_updating = true;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        const QString d = item->data(0, DeviceRole).toString();
        if (d.isEmpty()) {
            const Cluster *c = m_lab->cluster(item->text(0));
            item->setText(1, c && c->isUp() ? tr("Up") : tr("Down"));
            continue;
        }
        item->setCheckState(0, m_shown.contains(d) ? Qt::Checked : Qt::Unchecked);
        Cluster *c = m_lab->clusterOfPhone(d);
        const QString user = c ? m_lab->registrar(c)->loggedInUser(d) : QString();
        item->setText(1, user);
    }
    m_updating = false;
}

void PhonesPage::retranslate()
{
    m_titleLabel->setText(tr("Phones"));
    m_hintLabel->setText(tr("Tick up to %1 phones in the phone list to use them side by side. Press Services to log in or "
                            "out with Extension Mobility; dial a directory number on the keypad to place a call.").arg(MaxShown));
    m_listButton->setText(tr("Phone List"));
    m_listButton->setToolTip(tr("Show or hide the list of the lab's phones"));
    m_tree->setHeaderLabels({tr("Phone"), tr("User")});
    updateTree();
    if (m_sized) // "Up" and "稼働中" differ in width
        QMetaObject::invokeMethod(this, [this] { fitPhoneList(); }, Qt::QueuedConnection);
}

void PhonesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    chooseListVisibility();
    // Once the list has laid its rows out with the fonts and style in use: just as wide as its
    // phones and users, so three phones fit beside it at 1280 px.
    QMetaObject::invokeMethod(this, [this] { fitPhoneList(); }, Qt::QueuedConnection);
}

void PhonesPage::fitPhoneList()
{
    const int treeWidth = listWidth();
    m_tree->setMinimumWidth(treeWidth);
    const int total = m_splitter->width();
    m_splitter->setSizes({treeWidth, qMax(1, total - treeWidth - m_splitter->handleWidth())});
}

void PhonesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
