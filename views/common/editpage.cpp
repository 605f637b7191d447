#include "editpage.h"

#include "common/messagebox.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSpinBox>

bool EditPage::confirmLeave()
{
    if (!m_dirty)
        return true;
    const auto answer = MessageBox::question(this, tr("Unsaved Changes"),
                                             tr("This page has changes that are not saved. Discard them?"),
                                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    setDirty(false);
    discardEdits();
    return true;
}

void EditPage::setSaveButton(QAbstractButton *button)
{
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setObjectName(QStringLiteral("saveShortcut"));
    connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isVisible() && button->isEnabled())
            button->animateClick();
    });
    // the button's tooltip names the shortcut in the platform's words
    button->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
}

void EditPage::showStatus(std::function<QString()> text, bool error)
{
    m_status = std::move(text);
    m_statusError = error;
    updateStatusLabel();
}

void EditPage::setStatusLabel(QLabel *label)
{
    m_statusLabel = label;
    label->setWordWrap(true); // a readiness problem can be long
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(false);
    connect(label, &QLabel::linkActivated, this, [this] { emit readinessRequested(); });
}

QStringList EditPage::readinessKeys() const
{
    QStringList keys;
    if (m_readinessCheck)
        for (const ReadinessFinding &f : m_readinessCheck())
            keys << f.key();
    return keys;
}

void EditPage::showSaved(bool added, const QStringList &before)
{
    QList<Message> broken;
    if (m_readinessCheck)
        for (const ReadinessFinding &f : m_readinessCheck())
            if (!before.contains(f.key()))
                broken << f.problem;
    if (broken.isEmpty()) {
        added ? showAdded() : showUpdated();
        return;
    }
    // Unified CM accepted it, so it is saved; but roaming is now broken somewhere
    showStatus([added, broken]() -> QString {
        const QString done = added ? tr("Add successful") : tr("Update successful");
        QString text = tr("%1, but roaming now has a problem: %2").arg(done.toHtmlEscaped(), broken.first().text().toHtmlEscaped());
        if (broken.size() > 1)
            text += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(broken.size() - 1));
        return text + QStringLiteral(" <a href=\"readiness\">") + tr("Roaming Readiness").toHtmlEscaped() + QStringLiteral("</a>");
    }, true);
}

void EditPage::showAdded()
{
    showStatus([] { return tr("Add successful"); });
}

void EditPage::showUpdated()
{
    showStatus([] { return tr("Update successful"); });
}

void EditPage::showNothingToSave()
{
    showStatus([] { return tr("Nothing to save: no field was changed."); });
}

void EditPage::showRefusal(const Refusal &refusal)
{
    showStatus([refusal] { return refusal.text(); }, true);
    if (QWidget *w = fieldWidget(refusal.field()); w && w->isEnabled()) {
        w->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->selectAll();
    }
}

void EditPage::updateStatusLabel()
{
    if (!m_statusLabel)
        return;
    const QString text = m_status ? m_status() : QString();
    m_statusLabel->setText(text);
    m_statusLabel->setProperty("error", m_statusError);
    m_statusLabel->setStyleSheet(m_statusError ? QStringLiteral("color: #b00020; font-weight: 600;")
                                               : QStringLiteral("color: #1b5e20; font-weight: 600;"));
    m_statusLabel->setVisible(!text.isEmpty());
}

void EditPage::watchEdits(QWidget *root)
{
    const auto dirty = [this] { setDirty(true); };
    const auto isField = [](const QWidget *w) { return !w->property(NotAFieldProperty).toBool(); };
    for (auto *w : root->findChildren<QLineEdit *>())
        if (!qobject_cast<QComboBox *>(w->parent()) && !qobject_cast<QSpinBox *>(w->parent()) && isField(w))
            connect(w, &QLineEdit::textEdited, this, dirty);
    for (auto *w : root->findChildren<QCheckBox *>())
        if (isField(w))
            connect(w, &QAbstractButton::clicked, this, dirty);
    for (auto *w : root->findChildren<QComboBox *>())
        if (isField(w))
            connect(w, &QComboBox::activated, this, dirty);
    for (auto *w : root->findChildren<QSpinBox *>())
        connect(w, &QSpinBox::valueChanged, this, [this, w] {
            if (w->hasFocus())
                setDirty(true);
        });
    for (auto *w : root->findChildren<QPlainTextEdit *>())
        connect(w, &QPlainTextEdit::textChanged, this, [this, w] {
            if (w->hasFocus())
                setDirty(true);
        });
}

void EditPage::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    dirtyChanged();
}

void EditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateStatusLabel();
    ClusterPage::changeEvent(event);
}
