#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

/// The face of a desk phone shaped like a Cisco IP Phone 8865, scaled to any rectangle with
/// its aspect kept: dark bezel, colour screen (header, body, soft key labels), line keys beside
/// the screen, four soft keys, the Services / Directories / Messages keys, a navigation pad
/// with Select, an End Call key, a 12-key keypad and the ringing light. It only draws what it
/// is given (Display) and says where each key is; the PhoneEmulator decides what keys do.
class PhoneFace
{
public:
    enum class LineState { Idle, Ringing, Calling, Connected };
    struct Line {
        QString label;    ///< the DN
        LineState state = LineState::Idle;
    };
    struct Field {
        QString label;
        QString shown;    ///< the value, dots for a masked one
        bool focused = false;
    };
    /// Everything the screen shows, in the words already chosen (translated) by the caller.
    struct Display {
        QString model;          ///< printed on the bezel ("Cisco 8865")
        QString device;         ///< printed on the bezel (the device name)
        // header
        QString time;
        QString primaryDn;
        QString status;
        QColor statusColor;
        // home screen
        bool home = true;
        QString user;
        QString notice;         ///< large in the body: restarting, not registered
        QList<Line> lines;
        QString callHeading;    ///< "Incoming call", "Connected" …
        QString callName;       ///< the other party's user name
        QString callNumber;     ///< the other party's DN
        QString callTimer;      ///< how long the call has been connected (lab time)
        QString callDetail;     ///< the route
        QString dialing;        ///< digits being dialled; shown with a prompt when dialMode
        bool dialMode = false;
        QString dialPrompt;
        // a CiscoIPPhone object (or the phone's own Directories / Messages screen)
        QString title;
        QString prompt;
        QString text;
        QStringList items;      ///< numbered as shown ("1  Extension Mobility")
        int selected = -1;
        QList<Field> fields;
        // both
        QString message;        ///< a failure, in red above the soft keys
        QStringList softKeys;   ///< at most four labels; empty for a blank key
        int lineKeys = 5;       ///< line keys of the model (drawn beside the screen)
        bool lampLit = false;   ///< the ringing light, now (it blinks)
        QString pressed;        ///< the key held down
    };

    /// Names of the keys, for hit tests and accessibility: "Line1".."Line5", "SoftKey1".."SoftKey4",
    /// "Services", "Directories", "Messages", "Up", "Down", "Left", "Right", "Select",
    /// "EndCall", "0".."9", "*", "#".
    static QStringList keyNames(int lineKeys);
    /// Width / height of the phone at its most compact.
    static constexpr double Aspect = 100.0 / 148.0;
    /// A room taller than that gives the screen up to this much more height (and larger
    /// type): a phone between others keeps its width but uses the height it is given.
    static constexpr double MaxStretch = 1.55;

    /// Lays the phone out in @p bounds (centred at the top, aspect kept, up to MaxStretch taller).
    void setBounds(const QRectF &bounds, int lineKeys);
    QRectF phoneRect() const { return m_phone; }
    QRectF keyRect(const QString &name) const;
    QString keyAt(const QPointF &pos) const;

    /// The labels printed on the hard keys, translated by the caller, in keyNames() order of
    /// Services, Directories, Messages and EndCall.
    void paint(QPainter *p, const Display &d, const QStringList &hardKeyLabels) const;

private:
    double u() const { return m_phone.width() / 100.0; }
    /// The unit of the screen's type and rows (grows with a taller screen).
    double t() const { return u() * m_type; }
    QRectF unitRect(double x, double y, double w, double h) const;
    void paintScreen(QPainter *p, const Display &d) const;
    void paintHome(QPainter *p, const Display &d, const QRectF &body) const;
    void paintObject(QPainter *p, const Display &d, const QRectF &body) const;
    void paintKey(QPainter *p, const QString &name, const QString &label, const Display &d) const;

    QRectF m_phone;
    QRectF m_screen;
    int m_lineKeys = 5;
    double m_extra = 0; ///< units of height the screen gained (everything under it moves down)
    double m_type = 1;
    struct Key {
        QString name;
        QRectF rect;
        bool round = false;
    };
    QList<Key> m_keys;
};
