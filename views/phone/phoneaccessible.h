#pragma once

#include <QAccessibleWidget>

class PhoneEmulator;

/// The drawn phone for assistive technology and tests: the PhoneEmulator is a widget whose
/// children are its keys, each a button with a name ("Services", "Soft key 1: Submit",
/// "Line 1: 1000001", "5"), its place on screen and a Press action that does what a click does.
class PhoneAccessible : public QAccessibleWidget
{
public:
    explicit PhoneAccessible(PhoneEmulator *phone);
    ~PhoneAccessible() override;

    /// Makes QAccessible use this class for every PhoneEmulator (once per process).
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    PhoneEmulator *phone() const;

private:
    mutable QList<QAccessible::Id> m_keys; ///< registered key interfaces, by index
};
