// Composer benchmark: how long from the model server's first byte to the first token painted in the
// composer's body. ComposeDialog runs offscreen with the app's DraftService against the local model
// server (tests/support/llm_server.py, scenario "draft"); each run opens a new composer, clicks Write
// with AI and records the first QEvent::Paint of the body's viewport once it holds text. The server
// stamps first_byte_ns with time.monotonic_ns() (CLOCK_MONOTONIC), the same clock as
// std::chrono::steady_clock on Linux.
// Usage: bench_composer [runs] (default 30). Prints the median and p95 (goal: under 50 ms); asserts
// nothing about time, exits non-zero only when it cannot measure.
#include "LlmServer.h"
#include "TemplateFixture.h"
#include "TestWorkspace.h"
#include "models/repositories/LlmRepository.h"
#include "ui/dialogs/AiComposer.h"
#include "ui/dialogs/ComposeDialog.h"
#include "ui/services/DraftService.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace sc;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

int fail(const QString& why)
{
    std::fprintf(stderr, "bench_composer: %s\n", qPrintable(why));
    return 1;
}

// Stamps the first paint of the body's viewport that shows text, and the first delta's arrival.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QPlainTextEdit* body)
        : m_body(body)
    {
    }
    qint64 painted = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (painted == 0 && event->type() == QEvent::Paint && !m_body->document()->isEmpty()) {
            painted = nowNs();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPlainTextEdit* m_body;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::min<double>(double(values.size() - 1), std::ceil(p * double(values.size())) - 1));
    return values.at(std::max<qsizetype>(0, index));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 30;

    tests::LlmServer server;
    if (!server.start()) {
        return fail(QStringLiteral("the local model server did not start"));
    }
    tests::TestWorkspace workspace;
    const QSqlDatabase db = workspace->connection();
    tests::addMailbox(db, QStringLiteral("Robin Vale"));
    tests::addHarborProspect(db);
    models::LlmRepository::Provider p;
    p.name = QStringLiteral("local");
    p.kind = QStringLiteral("openai-compatible");
    p.baseUrl = server.baseUrl() + QStringLiteral("/v1");
    p.model = QStringLiteral("draft#bench");
    QString problem;
    if (models::LlmRepository(db).saveProvider(p, 1, &problem) == 0) {
        return fail(problem);
    }
    models::LlmRepository(db).setActiveProvider(p.name);
    ui::DraftService service(*workspace, {});

    QList<double> painted; // first byte → first token painted, ms
    QList<double> arrived; // first byte → first delta on the GUI thread, ms
    for (int run = -1; run < runs; ++run) { // run -1 warms up (first connection, first layout)
        server.reset();
        models::OutboxMessage m;
        m.toAddress = QStringLiteral("avery@harbor-foods.example");
        ui::ComposeDialog dialog(*workspace, m);
        dialog.setDraftService(&service);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog)) {
            return fail(QStringLiteral("the composer was not exposed"));
        }
        PaintWatch watch(dialog.bodyField());
        dialog.bodyField()->viewport()->installEventFilter(&watch);
        qint64 firstDelta = 0;
        const QMetaObject::Connection c = QObject::connect(&service, &ui::DraftService::delta, &dialog, [&firstDelta] {
            if (firstDelta == 0) {
                firstDelta = nowNs();
            }
        });
        ui::AiComposer* ai = dialog.aiComposer();
        if (!ai->writeButton()->isEnabled()) {
            return fail(QStringLiteral("Write with AI is disabled"));
        }
        ai->writeButton()->click();
        if (!QTest::qWaitFor([ai] { return !ai->isStreaming(); }, 15000)) {
            return fail(QStringLiteral("the draft did not finish"));
        }
        (void)QTest::qWaitFor([&watch] { return watch.painted != 0; }, 2000); // checked below
        QObject::disconnect(c);
        const QJsonArray requests = server.requests(p.model);
        const qint64 firstByte
            = requests.isEmpty() ? 0 : requests.last().toObject().value(QStringLiteral("first_byte_ns")).toInteger();
        if (firstByte == 0 || watch.painted == 0 || firstDelta == 0) {
            return fail(QStringLiteral("run %1: nothing to measure (first byte %2, first delta %3, painted %4)")
                            .arg(run)
                            .arg(firstByte)
                            .arg(firstDelta)
                            .arg(watch.painted));
        }
        if (run >= 0) {
            painted << double(watch.painted - firstByte) / 1e6;
            arrived << double(firstDelta - firstByte) / 1e6;
        }
    }
    std::printf("composer, %d runs (offscreen, local model server, scenario \"draft\")\n", runs);
    std::printf("%-52s median %7.2f ms   p95 %7.2f ms\n", "first byte -> first delta on the GUI thread",
                percentile(arrived, 0.5), percentile(arrived, 0.95));
    std::printf("%-52s median %7.2f ms   p95 %7.2f ms   (goal < 50 ms)\n", "first byte -> first token painted",
                percentile(painted, 0.5), percentile(painted, 0.95));
    return 0;
}
