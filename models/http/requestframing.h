#pragma once

#include <QByteArray>
#include <QtGlobal>

#include "http/httplimits.h"

/// Where one HTTP/1.1 request ends on a connection, decided byte by byte and exactly as Qt
/// HttpServer 6.4 will frame it — or the request is refused, so the two can never disagree
/// about where the next request starts (RFC 9112 §6.3, request smuggling).
///
/// Accepted: blank lines before a request (Qt skips them); `METHOD SP target SP HTTP/1.0|1.1`;
/// CRLF or LF-only line endings; one Content-Length (repeated only with the same value) or
/// `Transfer-Encoding: chunked` alone, with strictly formed chunks and no trailer. Refused with
/// 400: both framing headers, Content-Lengths that disagree or are not digits, any other
/// transfer coding (also `identity`, or `chunked` twice), Transfer-Encoding in HTTP/1.0, a
/// bare CR, obs-fold, a malformed request line or header field, a WebSocket upgrade (the lab
/// serves none). 431 past the header limits, 413 past the body limit.
///
/// Each byte is looked at once: feed() continues where the last call stopped and stops itself
/// right after the end of a request, so the caller can hand that request over before the next
/// one is read.
class RequestFraming
{
public:
    enum class Result { NeedMore, Complete, Rejected };

    static constexpr int MaxHeaderFields = 100;    ///< Qt's header parser gives up past this
    static constexpr int MaxFieldLineBytes = 8000; ///< one header line (Qt's field limit is 8 KiB)
    static constexpr int MaxChunkLineBytes = 256;  ///< chunk size with extensions

    explicit RequestFraming(const HttpLimits &limits = {});

    /// Reads from @p data (@p size bytes) and sets @p used to how many it read: all of them
    /// (NeedMore), up to and including the last byte of a request (Complete), or up to the
    /// offending byte (Rejected; status() says why). After Complete, the next call starts a
    /// new request; after Rejected, every call rejects again.
    Result feed(const char *data, qsizetype size, qsizetype *used);

    /// A request has begun (its first byte other than the blank lines Qt skips) and not ended.
    bool inRequest() const { return m_state != State::Start && m_state != State::Rejected; }
    /// The last complete request asked to close the connection after its answer
    /// (`Connection: close`, or HTTP/1.0).
    bool closeAfterAnswer() const { return m_close; }
    /// The last complete request was HEAD.
    bool isHead() const { return m_head; }
    int status() const { return m_status; }
    QByteArray reason() const;

private:
    enum class State {
        Start, RequestLine, HeaderLine,
        ChunkSize, ChunkExtension, ChunkSizeLf, ChunkData, ChunkDataCr, ChunkDataLf, LastCr, LastLf,
        Body, Rejected
    };
    bool reject(int status);
    bool requestLine();
    bool headerLine();
    bool headersDone();
    void complete();
    void resetRequest();

    HttpLimits m_limits;
    State m_state = State::Start;
    QByteArray m_line;       // the current request or header line, without its line ending
    qint64 m_headerBytes = 0; // blank lines + request line + headers so far
    int m_fields = 0;
    bool m_http10 = false;
    bool m_closeNext = false;
    bool m_headNext = false;
    bool m_close = false;
    bool m_head = false;
    QByteArray m_contentLength; // the value of the first Content-Length; empty when none
    bool m_hasContentLength = false;
    QByteArray m_transferEncoding; // every Transfer-Encoding value, comma-joined as Qt joins them
    bool m_hasTransferEncoding = false;
    QByteArray m_connection;
    QByteArray m_upgrade;
    qint64 m_bodyLeft = 0;
    qint64 m_chunk = 0;      // bytes left in the current chunk, or its size while reading it
    int m_chunkDigits = 0;
    qint64 m_chunkLine = 0;
    qint64 m_bodyBytes = 0;  // decoded body so far
    qint64 m_framing = 0;    // chunk framing bytes so far
    int m_status = 0;
};
