#pragma once

#include <QPointer>
#include <QtHttpServer/QHttpServerResponder>

#include <functional>
#include <memory>

class AnswerQueue;
class QTcpSocket;

/// A QHttpServerResponder whose answer goes out in request order on its connection.
///
/// Qt HttpServer 6.4 hands every pipelined request of a connection to the handler as soon as
/// the previous handler returns, and each responder writes at once. A handler that answers
/// later (Extension Mobility takes lab time; PINs are checked on a worker thread) would let a
/// later request's answer overtake it. Every answer of ClusterHttp goes through one of these:
/// an answer given early waits until the answers to every earlier request of the connection
/// have been written. An answer that will never come (dropped unanswered) closes the
/// connection rather than let later answers take its place.
class OrderedResponder
{
public:
    using Writer = std::function<void(QHttpServerResponder &)>;

    explicit OrderedResponder(QHttpServerResponder &&responder);
    ~OrderedResponder();
    OrderedResponder(const OrderedResponder &) = delete;
    OrderedResponder &operator=(const OrderedResponder &) = delete;

    /// Gives the answer (once; later calls are ignored). @p writer runs when its turn comes,
    /// possibly at once, never if the connection closed first.
    void respond(Writer writer);
    bool isAnswered() const;
    /// The connection is still open.
    bool isConnected() const;

    struct Slot;

private:
    std::shared_ptr<Slot> m_slot;
    QPointer<AnswerQueue> m_queue;
};
