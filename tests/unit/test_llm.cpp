// The model providers' building blocks that need no server: the server-sent events parser (line
// ends, multi-line data, comments, events split across network reads at every possible byte) and the
// retry policy (retry-after in seconds or as an HTTP date, the backoff steps and their cap, and which
// errors are worth another attempt, never a spent quota).
#include "agents/conversation/RetryPolicy.h"
#include "agents/conversation/SseParser.h"

#include <QTest>
#include <QTimeZone>

using namespace sc::agents::conversation;
using std::chrono::milliseconds;
using namespace Qt::StringLiterals;

namespace {

// "type|data|id" per event, so lists compare and print readably.
QStringList parse(const QList<QByteArray>& reads)
{
    QStringList events;
    SseParser parser(
        [&](const SseParser::Event& e) { events << QString::fromUtf8(e.type + '|' + e.data + '|' + e.id); });
    for (const QByteArray& read : reads) {
        parser.feed(read);
    }
    return events;
}

const QByteArray Sample = "\xEF\xBB\xBF: a comment\r\n"
                          "event: message_start\r\n"
                          "data: {\"type\":\"message_start\"}\r\n"
                          "\r\n"
                          "event: content_block_delta\n"
                          "data: {\"text\":\"Bonjour\"}\n"
                          "\n"
                          "data: line one\r"
                          "data:line two\r"
                          "id: 7\r"
                          "\r"
                          ":keep-alive\n\n"
                          "event: ping\n"
                          "data: {}\r\n\r\n"
                          "data: [DONE]\n\n";

} // namespace

class TestLlm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void events_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("lf") << QByteArray("event: a\ndata: 1\n\n") << QStringList {QStringLiteral("a|1|")};
        QTest::newRow("crlf") << QByteArray("event: a\r\ndata: 1\r\n\r\n") << QStringList {QStringLiteral("a|1|")};
        QTest::newRow("cr") << QByteArray("event: a\rdata: 1\r\r") << QStringList {QStringLiteral("a|1|")};
        QTest::newRow("default type") << QByteArray("data: x\n\n") << QStringList {QStringLiteral("message|x|")};
        QTest::newRow("multi-line data") << QByteArray("data: a\ndata:b\ndata:  c\n\n")
                                         << QStringList {QStringLiteral("message|a\nb\n c|")};
        QTest::newRow("comments only") << QByteArray(": hi\n: there\n\n") << QStringList {};
        QTest::newRow("no data, no event") << QByteArray("event: lonely\n\n") << QStringList {};
        QTest::newRow("type does not leak") << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n")
                                            << QStringList {QStringLiteral("a|1|"), QStringLiteral("message|2|")};
        QTest::newRow("field without colon") << QByteArray("data\n\n") << QStringList {QStringLiteral("message||")};
        QTest::newRow("unknown field") << QByteArray("retry: 10\nfoo: bar\ndata: z\n\n")
                                       << QStringList {QStringLiteral("message|z|")};
        QTest::newRow("unfinished event") << QByteArray("data: never dispatched\n") << QStringList {};
    }
    void events()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, expected);
        QCOMPARE(parse({stream}), expected);
    }

    void sampleStream()
    {
        const QStringList expected {QStringLiteral("message_start|{\"type\":\"message_start\"}|"),
                                    QStringLiteral("content_block_delta|{\"text\":\"Bonjour\"}|"),
                                    QStringLiteral("message|line one\nline two|7"), QStringLiteral("ping|{}|7"),
                                    QStringLiteral("message|[DONE]|7")};
        QCOMPARE(parse({Sample}), expected);
    }

    // A read may end anywhere: inside a field name, between CR and LF, inside the byte-order mark, or
    // after it. Every split in two, and one byte at a time, gives the same events.
    void everyChunkBoundary()
    {
        const QStringList whole = parse({Sample});
        for (qsizetype at = 1; at < Sample.size(); ++at) {
            QCOMPARE(parse({Sample.left(at), Sample.mid(at)}), whole);
        }
        QList<QByteArray> bytes;
        for (qsizetype i = 0; i < Sample.size(); ++i) {
            bytes << Sample.mid(i, 1);
        }
        QCOMPARE(parse(bytes), whole);
        for (qsizetype a = 1; a < Sample.size(); a += 7) {
            for (qsizetype b = a + 1; b < Sample.size(); b += 5) {
                QCOMPARE(parse({Sample.left(a), Sample.mid(a, b - a), Sample.mid(b)}), whole);
            }
        }
    }

    void pendingSaysAStreamStoppedMidEvent()
    {
        SseParser parser([](const SseParser::Event&) {});
        parser.feed(QByteArray("data: complete\n\n"));
        QVERIFY(!parser.pending());
        parser.feed(QByteArray("data: half"));
        QVERIFY(parser.pending());
    }

    // The retry policy.
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: none
        QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
        QTest::newRow("padded") << QByteArray(" 30 ") << qint64(30000);
        QTest::newRow("fraction") << QByteArray("0.5") << qint64(500);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("http date") << QByteArray("Mon, 05 Jan 2026 09:00:07 GMT") << qint64(7000);
        QTest::newRow("date in the past") << QByteArray("Mon, 05 Jan 2026 08:59:00 GMT") << qint64(0);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
        const auto wait = retry::parseRetryAfter(value, now);
        QCOMPARE(wait ? wait->count() : qint64(-1), expectedMs);
    }

    void backoffDoublesUpToTheCap()
    {
        QList<qint64> steps;
        for (int next = 2; next <= 7; ++next) {
            steps << retry::backoff(next, milliseconds(1000), milliseconds(10000)).count();
        }
        QCOMPARE(steps, (QList<qint64> {1000, 2000, 4000, 8000, 10000, 10000}));
    }

    void kinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("429") << 429 << u"rate_limit_error"_s << QString() << u"rate_limited"_s << true;
        QTest::newRow("529") << 529 << u"overloaded_error"_s << QString() << u"overloaded"_s << true;
        QTest::newRow("500") << 500 << u"api_error"_s << QString() << u"server"_s << true;
        QTest::newRow("503") << 503 << QString() << QString() << u"server"_s << true;
        QTest::newRow("400") << 400 << u"invalid_request_error"_s << QString() << u"bad_request"_s << false;
        QTest::newRow("401") << 401 << u"authentication_error"_s << QString() << u"auth"_s << false;
        QTest::newRow("403") << 403 << u"permission_error"_s << QString() << u"auth"_s << false;
        QTest::newRow("openai quota") << 429 << u"insufficient_quota"_s << u"You exceeded your current quota"_s
                                      << u"spend_limit"_s << false;
        QTest::newRow("anthropic credit")
            << 400 << u"invalid_request_error"_s << u"Your credit balance is too low to access the Anthropic API."_s
            << u"spend_limit"_s << false;
        QTest::newRow("credit as 429") << 429 << u"invalid_request_error"_s
                                       << u"Your credit balance is too low to access the Anthropic API."_s
                                       << u"spend_limit"_s << false;
    }
    void kinds()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(QString, kind);
        QFETCH(bool, retryable);
        const ErrorKind k = retry::kindOf(status, retry::ApiError {type, type, message});
        QCOMPARE(errorKindName(k), kind);
        QCOMPARE(retry::isRetryable(k), retryable);
        QVERIFY(!retry::repMessage(k, QStringLiteral("Anthropic"), status).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLlm)
#include "test_llm.moc"
