// How the model providers decide to retry: retry-after in seconds or as an HTTP date, the backoff
// steps and their cap, and which errors are worth another attempt (never a spent quota).
#include "agents/conversation/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace sc::agents::conversation;
using std::chrono::milliseconds;
using namespace Qt::StringLiterals;

class TestLlmRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestLlmRetry)
#include "test_llm_retry.moc"
