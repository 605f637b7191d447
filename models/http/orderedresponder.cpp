#include "orderedresponder.h"

#include <QTcpSocket>

#include <deque>

struct OrderedResponder::Slot
{
    explicit Slot(QHttpServerResponder &&r) : responder(std::move(r)) {}
    QHttpServerResponder responder;
    Writer writer;
    bool ready = false;
    bool abandoned = false;
};

/// The answers of one connection not written yet, in request order (a child of the socket).
class AnswerQueue : public QObject
{
public:
    explicit AnswerQueue(QTcpSocket *socket) : QObject(socket), m_socket(socket) { setObjectName(name()); }

    static QString name() { return QStringLiteral("emroam-answer-queue"); }
    static AnswerQueue *of(QTcpSocket *socket)
    {
        // found by name: a class without Q_OBJECT cannot be found by type
        if (QObject *q = socket->findChild<QObject *>(name(), Qt::FindDirectChildrenOnly))
            return static_cast<AnswerQueue *>(q);
        return new AnswerQueue(socket);
    }
    QTcpSocket *socket() const { return m_socket; }
    void append(std::shared_ptr<OrderedResponder::Slot> slot) { m_slots.push_back(std::move(slot)); }
    void flush()
    {
        while (!m_slots.empty()) {
            const std::shared_ptr<OrderedResponder::Slot> front = m_slots.front();
            if (front->abandoned) {
                m_slots.clear();
                m_socket->abort();
                return;
            }
            if (!front->ready)
                return;
            m_slots.pop_front();
            if (m_socket->state() == QAbstractSocket::ConnectedState)
                front->writer(front->responder);
        }
    }

private:
    QTcpSocket *m_socket;
    std::deque<std::shared_ptr<OrderedResponder::Slot>> m_slots;
};

OrderedResponder::OrderedResponder(QHttpServerResponder &&responder)
    : m_slot(std::make_shared<Slot>(std::move(responder)))
{
    if (QTcpSocket *socket = m_slot->responder.socket()) {
        m_queue = AnswerQueue::of(socket);
        m_queue->append(m_slot);
    }
}

OrderedResponder::~OrderedResponder()
{
    if (m_slot->ready || !m_queue)
        return;
    m_slot->abandoned = true;
    m_queue->flush();
}

void OrderedResponder::respond(Writer writer)
{
    if (m_slot->ready)
        return;
    m_slot->writer = std::move(writer);
    m_slot->ready = true;
    if (m_queue)
        m_queue->flush();
}

bool OrderedResponder::isAnswered() const
{
    return m_slot->ready;
}

bool OrderedResponder::isConnected() const
{
    return m_queue && m_queue->socket()->state() == QAbstractSocket::ConnectedState;
}
