// The server-sent events parser the model providers read streams with: line ends, multi-line data,
// comments, and events split across network reads at every possible byte.
#include "agents/conversation/SseParser.h"

#include <QTest>

using sc::agents::conversation::SseParser;

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

class TestSse : public QObject
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
};

QTEST_GUILESS_MAIN(TestSse)
#include "test_sse.moc"
