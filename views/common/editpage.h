#pragma once

#include "common/clusterpage.h"
#include "core/refusal.h"
#include "provisioning/roamingreadiness.h"

#include <QHash>

#include <functional>

class QAbstractButton;
class QLabel;

/// A ClusterPage with a configuration form, shaped like Unified CM Administration: a status
/// line at the top that says "Add successful", "Update successful" or why the cluster refused
/// (and then focus moves to the field the refusal names), and a question before unsaved edits
/// are dropped by navigating away.
class EditPage : public ClusterPage
{
    Q_OBJECT
public:
    using ClusterPage::ClusterPage;
    bool confirmLeave() override;
    bool isDirty() const { return m_dirty; }
    /// What Roaming Readiness finds now (handed in by the application): a save that adds a
    /// finding still succeeds, and the status line says what it broke, with a link to the report.
    using ReadinessCheck = std::function<QList<ReadinessFinding>()>;
    void setReadinessCheck(ReadinessCheck check) { m_readinessCheck = std::move(check); }

signals:
    /// The status line's link to Lab › Roaming Readiness was clicked.
    void readinessRequested();

protected:
    /// The label that shows the status line.
    void setStatusLabel(QLabel *label);
    /// Ctrl+S (QKeySequence::Save) clicks @p button while it is visible and enabled. A
    /// shortcut of the page rather than of the button: retranslateUi() sets the button's text,
    /// and a text with a mnemonic ("&Save") replaces the button's own shortcut, so Ctrl+S
    /// would stop working after a language switch.
    void setSaveButton(QAbstractButton *button);
    /// Shows a status produced on each call (so it re-translates); nullptr clears it.
    void showStatus(std::function<QString()> text, bool error = false);
    void showAdded();
    void showUpdated();
    /// The keys of what Roaming Readiness finds now (empty without a check).
    QStringList readinessKeys() const;
    /// "Add/Update successful", plus what the change broke compared with @p before.
    void showSaved(bool added, const QStringList &before);
    /// Save with nothing changed: says so instead of claiming an update.
    void showNothingToSave();
    /// Shows why the change was refused and moves the focus to the field it names.
    void showRefusal(const Refusal &refusal);
    void clearStatus() { showStatus(nullptr); }
    /// Names the widget that edits the engine field @p field ("userId", "pin", …).
    void setFieldWidget(const QString &field, QWidget *widget) { m_fields.insert(field, widget); }
    QWidget *fieldWidget(const QString &field) const { return m_fields.value(field); }
    /// Reloads the form from the engine, dropping edits (after "Discard").
    virtual void discardEdits() {}
    /// Set to true on a widget of the form that is not a field of the record (Related Links,
    /// a DN typed for Add a New DN): editing it does not make the form dirty.
    static constexpr const char *NotAFieldProperty = "emroamNotAField";
    /// Marks the form dirty whenever a line edit, check box, combo box or spin box in
    /// @p root is edited by the user.
    void watchEdits(QWidget *root);
    void setDirty(bool dirty);
    /// Called when the dirty flag changes, for updateWidgets().
    virtual void dirtyChanged() {}
    void changeEvent(QEvent *event) override;

private:
    void updateStatusLabel();

    ReadinessCheck m_readinessCheck;
    QLabel *m_statusLabel = nullptr;
    std::function<QString()> m_status;
    bool m_statusError = false;
    bool m_dirty = false;
    QHash<QString, QWidget *> m_fields;
};
