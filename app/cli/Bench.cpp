// `sales-copilot-cli bench`: the Prospects view's figures on a generated workspace, measured with the
// same model the GUI uses. Numbers only; `make test` runs it on a small size, the README quotes big ones.
#include "Cli.h"
#include "models/demo/DemoGenerator.h"
#include "models/itemmodels/ProspectTableModel.h"
#include "models/store/Sql.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace sc::app {

namespace {

// Peak resident memory of this process in MB (Linux), or -1 where unknown.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

template<class F> double timeMs(F&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int Cli::cmdBench(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("prospects"), tr("Number of prospects"), QStringLiteral("N"), QStringLiteral("100000")});
    if (!parser.parse(QStringList {QStringLiteral("bench")} + args)) {
        return usage(parser.errorText());
    }
    bool ok = false;
    const int count = parser.value(QStringLiteral("prospects")).toInt(&ok);
    if (!ok || count < 10) {
        return usage(tr("--prospects must be a number of at least 10"));
    }
    QTemporaryDir dir;
    m_workspaceArg = dir.path();
    if (!openWorkspace()) {
        return 1;
    }
    QJsonArray results;
    auto record = [&](const QString& what, double ms) {
        results.append(QJsonObject {{QStringLiteral("what"), what}, {QStringLiteral("ms"), ms}});
        if (!m_json) {
            print(QStringLiteral("%1  %2 ms").arg(what, -42).arg(ms, 9, 'f', 1));
        }
    };
    models::DemoGenerator::Options options;
    options.prospects = count;
    record(QStringLiteral("generate %1 prospects").arg(count),
           timeMs([&] { models::DemoGenerator::generate(m_workspace->connection(), options, 1'790'000'000'000); }));
    models::Sql::run(m_workspace->connection(), QStringLiteral("PRAGMA optimize"));
    // A fresh connection, as when the app opens: caches start cold on the SQLite side.
    m_workspace->releaseConnection();

    std::unique_ptr<models::ProspectTableModel> model;
    record(QStringLiteral("open the view (count + first page)"),
           timeMs([&] { model = std::make_unique<models::ProspectTableModel>(*m_workspace); }));
    const QString someone = model->index(model->rowCount() / 2, models::ProspectTableModel::Name).data().toString();
    record(QStringLiteral("full-text search \"%1\"").arg(someone), timeMs([&] { model->setSearch(someone); }));
    record(QStringLiteral("full-text search, prefix \"%1\"").arg(someone.left(3)),
           timeMs([&] { model->setSearch(someone.left(3)); }));
    model->setSearch({});
    for (int column = 0; column < models::ProspectTableModel::ColumnCount; ++column) {
        const QString name = model->headerData(column, Qt::Horizontal).toString();
        record(QStringLiteral("sort by %1, descending").arg(name),
               timeMs([&] { model->sort(column, Qt::DescendingOrder); }));
    }
    record(QStringLiteral("scroll: fetch the next page"), timeMs([&] { model->fetchMore({}); }));
    const double rss = peakRssMb();
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("prospects"), count},
                               {QStringLiteral("results"), results},
                               {QStringLiteral("peakRssMb"), rss}});
    } else {
        print(QStringLiteral("%1  %2 MB").arg(QStringLiteral("peak memory"), -42).arg(rss, 9, 'f', 1));
    }
    model.reset();
    m_workspace->releaseConnection();
    m_workspace.reset();
    return 0;
}

} // namespace sc::app
