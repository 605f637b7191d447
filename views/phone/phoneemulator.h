#pragma once

#include <QFrame>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

#include "phone/phoneagent.h"
#include "phone/phoneface.h"
#include "routing/callresult.h"

class Lab;
class QTimer;

/// One lab phone as its user sees it, drawn like a Cisco IP Phone 8865 (PhoneFace) from its
/// PhoneAgent and the lab's call router and nothing else: the header (lab time, primary DN,
/// registration), the line keys with their state, the home screen (user, lines, the call with
/// the other party's name, DN and timer) or the CiscoIPPhone object the phone shows — title,
/// prompt, text, menu items with the selected one highlighted, directory entries, input
/// fields with the focused one marked and a PIN as dots — and what went wrong ("Host Not
/// Found", "HTTP Error (503)", an Extension Mobility code as a phone of the console's language
/// shows it).
///
/// Every key is drawn and answers a click, and the keyboard when the phone has focus (digits
/// and letters, arrows, Enter, Backspace, Esc). The Services key and the soft keys of an
/// object go to the agent; the navigation pad moves its selection or focus; the keypad types
/// into the focused field (digits in N fields, letters by multi-tap in others) or dials on the
/// home screen, through the lab's call router like the Answer and End Call keys.
class PhoneEmulator : public QFrame
{
    Q_OBJECT
public:
    enum class Screen { Home, Service };

    PhoneEmulator(Lab *lab, PhoneAgent *agent, QWidget *parent = nullptr);
    ~PhoneEmulator() override;

    QString deviceName() const { return m_device; }
    PhoneAgent *agent() const { return m_agent; }
    /// Service while the agent shows a CiscoIPPhone object.
    Screen screen() const;

    static constexpr int MaxSoftKeys = 4;
    static constexpr int MaxFields = 5;

    // ---- what a user sees and presses (tests and accessibility use these) ----------------
    /// The keys drawn (see PhoneFace::keyNames()).
    QStringList keyNames() const;
    /// Where key @p name is drawn, in this widget; empty for no such key.
    QRect keyRect(const QString &name) const;
    QString keyAt(const QPoint &pos) const;
    /// What key @p name is called for a person (translated): "Services", "Soft key 1: Submit",
    /// "Line 1: 1000001", "5" — the name assistive technology reads out (PhoneAccessible).
    QString keyLabel(const QString &name) const;
    /// Does what pressing key @p name does (a click on it lands here).
    void pressKey(const QString &name);
    /// The four soft key labels shown now ("" for a blank key).
    QStringList softKeyLabels() const;
    /// Every text the screen shows now, top to bottom (header, lines, body, message, soft keys).
    QStringList screenText() const;
    /// The header's registration state ("Registered on Cluster1", "Restarting…", …).
    QString statusText() const;
    /// The phone rings: its light blinks (on the lab clock).
    bool isRingingLightOn() const;
    /// How long (wall time) a multi-tap letter waits for the same key again; 0: until another
    /// key or Right ends it.
    void setMultiTapTimeout(int ms) { m_tapTimeoutMs = ms; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct SoftKey {
        QString label;
        std::function<void()> act;
    };
    struct Party {
        QString name;
        QString dn;
    };

    PhoneFace::Display display() const;
    void fillHome(PhoneFace::Display &d) const;
    void fillObject(PhoneFace::Display &d) const;
    QList<SoftKey> allSoftKeys() const;
    QList<SoftKey> shownSoftKeys() const;
    QStringList hardKeyLabels() const;
    bool isLive() const;
    Party party(const QString &device) const;
    int lineKeys() const;

    void refresh();
    void navigate(int step);
    void select();
    void backspace();
    void typeKey(const QString &key);
    void typeText(const QString &text);
    void endTap();
    void dial(const QString &digits);
    void leaveScreen();
    /// A word the lab's services send (a soft key, a field, a title) in the console's language
    /// when the console knows it; as sent otherwise.
    static QString phoneWord(const QString &text);

    Lab *m_lab;
    QPointer<PhoneAgent> m_agent;
    QString m_device;
    /// The face laid out in the widget's rectangle now (kept up to date lazily).
    const PhoneFace &face() const;
    mutable PhoneFace m_face;
    mutable QSize m_faceSize;
    QTimer *m_blink;

    bool m_dialMode = false;
    QString m_digits;
    QString m_lastDialed;
    std::optional<CallResult> m_lastCall; ///< a failed call, shown until the next key
    int m_softPage = 0;
    QString m_pressed;
    QHash<qint64, qint64> m_connectedAt; ///< call id → lab time it was answered
    // multi-tap
    QString m_tapKey;
    int m_tapIndex = 0;
    bool m_tapPending = false;
    int m_tapTimeoutMs = 1200;
    QTimer *m_tapTimer;
};
