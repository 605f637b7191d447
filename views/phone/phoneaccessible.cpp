#include "phoneaccessible.h"

#include "phone/phoneemulator.h"

#include <QPointer>

namespace {
/// One drawn key: it has no widget of its own, so the phone answers for it.
class PhoneKeyAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PhoneKeyAccessible(PhoneAccessible *parent, PhoneEmulator *phone, int index) : m_parent(parent), m_phone(phone), m_index(index) {}

    bool isValid() const override { return m_phone && m_index < m_phone->keyNames().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_parent->window(); }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return m_parent; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_phone->keyLabel(key());
        if (t == QAccessible::Description)
            return key(); // the key's stable name
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect r = m_phone->keyRect(key());
        return QRect(m_phone->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override { return QAccessible::Button; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.invisible = !isValid() || !m_phone->isVisible();
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType t) override
    {
        return t == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &action) override
    {
        if (isValid() && action == pressAction())
            m_phone->pressKey(key());
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QString key() const { return m_phone->keyNames().value(m_index); }

    PhoneAccessible *m_parent;
    QPointer<PhoneEmulator> m_phone;
    int m_index;
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("PhoneEmulator") && object && object->isWidgetType())
        if (auto *phone = qobject_cast<PhoneEmulator *>(object))
            return new PhoneAccessible(phone);
    return nullptr;
}
} // namespace

PhoneAccessible::PhoneAccessible(PhoneEmulator *phone) : QAccessibleWidget(phone, QAccessible::Grouping) {}

PhoneAccessible::~PhoneAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_keys))
        QAccessible::deleteAccessibleInterface(id);
}

void PhoneAccessible::install()
{
    static bool installed = false;
    if (!installed)
        QAccessible::installFactory(factory);
    installed = true;
}

PhoneEmulator *PhoneAccessible::phone() const
{
    return static_cast<PhoneEmulator *>(widget());
}

int PhoneAccessible::childCount() const
{
    return int(phone()->keyNames().size());
}

QAccessibleInterface *PhoneAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    while (m_keys.size() <= index) {
        auto *key = new PhoneKeyAccessible(const_cast<PhoneAccessible *>(this), phone(), int(m_keys.size()));
        m_keys.append(QAccessible::registerAccessibleInterface(key));
    }
    return QAccessible::accessibleInterface(m_keys.at(index));
}

int PhoneAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (int i = 0; i < m_keys.size(); ++i)
        if (QAccessible::accessibleInterface(m_keys.at(i)) == child)
            return i;
    return -1;
}

QAccessibleInterface *PhoneAccessible::childAt(int x, int y) const
{
    const QString key = phone()->keyAt(phone()->mapFromGlobal(QPoint(x, y)));
    const int i = int(phone()->keyNames().indexOf(key));
    return i < 0 ? nullptr : child(i);
}
