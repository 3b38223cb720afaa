#pragma once

#include "LlmServer.h"
#include "agents/conversation/LlmProvider.h"
#include "models/Clock.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace sc::tests {

// Runs one completion against the test LlmServer the way the composer will: a provider made from a
// config, deltas collected as they arrive, every wait the retries asked for recorded by the injected
// sleep (which returns at once), the clock fixed at Mon 5 Jan 2026 09:00 UTC for HTTP-date retry-afters.
class ProviderHarness
{
public:
    using Kind = agents::conversation::ProviderConfig::Kind;

    struct Run
    {
        agents::conversation::CompletionResult result;
        QStringList deltas;
        QList<qint64> waitsMs; // what the provider asked the injected sleep to wait
        qint64 firstDeltaNs = 0; // steady clock (CLOCK_MONOTONIC, like the server's) at the first delta
        qint64 elapsedMs = 0;
    };
    using Tweak = std::function<void(agents::conversation::ProviderConfig&)>;

    // What the server's normal answer says.
    static const QString FullText;

    explicit ProviderHarness(LlmServer& server);

    // The "kind" column of a data-driven test: anthropic, openai, openai-compatible.
    static void addKinds();
    // The normal answer arrived whole: text in three deltas, usage 42 in / 12 out, the stop reason.
    static void verifyComplete(const Run& r, Kind kind);

    // A model name of its own per call ("retry429#7"), so the server counts this call's attempts only.
    QString model(const char* scenario);
    agents::conversation::ProviderConfig config(Kind kind, QList<qint64>* waits);
    // cancel, when given, is set as the first delta arrives.
    Run run(Kind kind, const QString& model, const Tweak& tweak = {}, std::atomic<bool>* cancel = nullptr);

private:
    LlmServer& m_server;
    ManualClock m_clock;
    int m_serial = 0;
};

} // namespace sc::tests

Q_DECLARE_METATYPE(sc::agents::conversation::ProviderConfig::Kind)
