#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

#include "phone/phoneagent.h"

class Lab;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

/// One lab phone as its user sees it, drawn from its PhoneAgent and nothing else: the status
/// line (registration, restart), the home screen (user, lines, the call and its hops) or the
/// CiscoIPPhone object the phone is showing — title, prompt, text, menu items, input fields
/// (a masked one for a PIN) and its soft keys — and what went wrong ("Host Not Found",
/// "HTTP Error (503)", an Extension Mobility code as a phone of the console's language shows
/// it). The Services key and the soft keys go to the agent; the keypad dials, answers and
/// hangs up through the lab's call router.
class PhoneEmulator : public QFrame
{
    Q_OBJECT
public:
    enum class Screen { Home, Service };

    PhoneEmulator(Lab *lab, PhoneAgent *agent, QWidget *parent = nullptr);
    ~PhoneEmulator() override;

    QString deviceName() const { return m_device; }
    PhoneAgent *agent() const { return m_agent; }
    Screen screen() const;

    static constexpr int MaxSoftKeys = 8;
    static constexpr int MaxFields = 5;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void dial();
    QString callText() const;
    /// A word the lab's services send (a soft key, a field, a title) in the console's language
    /// when the console knows it; as sent otherwise.
    static QString phoneWord(const QString &text);

    Lab *m_lab;
    QPointer<PhoneAgent> m_agent;
    QString m_device;
    QString m_callMessage;

    QLabel *m_titleLabel;
    QFrame *m_screenFrame;
    QLabel *m_statusLabel;
    QStackedWidget *m_stack;
    // home
    QLabel *m_userLabel;
    QLabel *m_linesLabel;
    QLabel *m_callLabel;
    // a service's object
    QLabel *m_serviceTitleLabel;
    QLabel *m_promptLabel;
    QLabel *m_textLabel;
    QListWidget *m_itemList;
    QList<QLabel *> m_fieldLabels;
    QList<QLineEdit *> m_fieldEdits;
    QList<QPushButton *> m_softKeys;

    QLabel *m_messageLabel;
    QPushButton *m_servicesButton;
    QLineEdit *m_dialEdit;
    QList<QPushButton *> m_keys;
    QPushButton *m_dialButton;
    QPushButton *m_answerButton;
    QPushButton *m_hangupButton;
    bool m_refreshing = false;
};
