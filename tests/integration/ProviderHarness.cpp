#include "ProviderHarness.h"

#include <QTest>
#include <QTimeZone>
#include <chrono>

namespace sc::tests {

using namespace agents::conversation;
using Steady = std::chrono::steady_clock;

const QString ProviderHarness::FullText = QStringLiteral("Hello Marie, thanks for your reply.");

void ProviderHarness::addKinds()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("anthropic") << Kind::Anthropic;
    QTest::newRow("openai") << Kind::OpenAi;
    QTest::newRow("openai-compatible") << Kind::OpenAiCompatible;
}

void ProviderHarness::verifyComplete(const Run& r, Kind kind)
{
    QCOMPARE(errorKindName(r.result.error), errorKindName(ErrorKind::None));
    QCOMPARE(r.result.text, FullText);
    QCOMPARE(r.deltas.join(QString()), FullText);
    QCOMPARE(r.deltas.size(), 3);
    QCOMPARE(r.result.usage.inputTokens, 42);
    QCOMPARE(r.result.usage.outputTokens, 12);
    QCOMPARE(r.result.stopReason, kind == Kind::Anthropic ? QStringLiteral("end_turn") : QStringLiteral("stop"));
    QVERIFY(!r.result.truncated);
    QVERIFY(r.result.message.isEmpty());
}

ProviderHarness::ProviderHarness(LlmServer& server)
    : m_server(server)
    , m_clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc()))
{
}

QString ProviderHarness::model(const char* scenario)
{
    return QStringLiteral("%1#%2").arg(QLatin1String(scenario)).arg(++m_serial);
}

ProviderConfig ProviderHarness::config(Kind kind, QList<qint64>* waits)
{
    ProviderConfig c;
    c.kind = kind;
    c.baseUrl = kind == Kind::Anthropic ? m_server.baseUrl() : m_server.baseUrl() + QStringLiteral("/v1");
    c.apiKey = kind == Kind::OpenAiCompatible ? QString() : QStringLiteral("sk-test-key");
    c.maxAttempts = 3;
    c.initialBackoff = std::chrono::milliseconds(500);
    c.maxBackoff = std::chrono::milliseconds(30000);
    c.idleTimeoutMs = 5000;
    c.clock = &m_clock;
    c.sleep = [waits](std::chrono::milliseconds ms, const std::atomic<bool>*) {
        if (waits != nullptr) {
            waits->append(ms.count());
        }
        return true;
    };
    return c;
}

ProviderHarness::Run ProviderHarness::run(Kind kind, const QString& model, const Tweak& tweak,
                                          std::atomic<bool>* cancel)
{
    Run r;
    ProviderConfig c = config(kind, &r.waitsMs);
    if (tweak) {
        tweak(c);
    }
    const auto provider = makeProvider(c);
    CompletionRequest request;
    request.system = QStringLiteral("You write short, friendly B2B emails.");
    request.messages = {{ChatMessage::Role::User, QStringLiteral("Draft a reply to Marie.")}};
    request.model = model;
    request.maxTokens = 300;
    request.temperature = 0.5;
    const auto start = Steady::now();
    r.result = provider->complete(
        request,
        [&](const QString& delta) {
            if (r.deltas.isEmpty()) {
                r.firstDeltaNs
                    = std::chrono::duration_cast<std::chrono::nanoseconds>(Steady::now().time_since_epoch()).count();
                if (cancel != nullptr) {
                    cancel->store(true);
                }
            }
            r.deltas << delta;
        },
        cancel);
    r.elapsedMs = std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - start).count();
    return r;
}

} // namespace sc::tests
