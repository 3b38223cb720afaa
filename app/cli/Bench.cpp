// `sales-copilot-cli bench`: the Prospects view's figures on a generated workspace, measured with the
// same model the GUI uses. Numbers only; `make test` runs it on a small size, the README quotes big ones.
#include "Cli.h"
#include "models/demo/DemoGenerator.h"
#include "models/import/ProspectImporter.h"
#include "models/itemmodels/ProspectTableModel.h"
#include "models/repositories/ProspectQuery.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
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
    parser.addOption({QStringLiteral("import-rows"), tr("Rows of the generated CSV for the import benchmark"),
                      QStringLiteral("N"), QStringLiteral("100000")});
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
    const int importRows = parser.value(QStringLiteral("import-rows")).toInt(&ok);
    if (!ok || importRows < 10) {
        return usage(tr("--import-rows must be a number of at least 10"));
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
            print(QStringLiteral("%1  %2 ms").arg(what, -52).arg(ms, 9, 'f', 1));
        }
    };
    models::DemoGenerator::Options options;
    options.prospects = count;
    record(QStringLiteral("generate %1 prospects").arg(count),
           timeMs([&] { models::DemoGenerator::generate(m_workspace->connection(), options, 1'790'000'000'000); }));
    models::Database::optimize(m_workspace->connection());
    // A fresh connection, as when the app opens: caches start cold on the SQLite side.
    m_workspace->releaseConnection();

    // Import: ours (dedupe + companies + search index) against the sqlite3 shell's bare .import.
    const QString csv = dir.filePath(QStringLiteral("import.csv"));
    {
        QFile out(csv);
        if (!out.open(QIODevice::WriteOnly)) {
            return fail(tr("cannot write %1").arg(csv));
        }
        out.write("First Name,Last Name,Email,Company,Job Title,Website\n");
        for (int i = 0; i < importRows; ++i) {
            out.write(
                QStringLiteral(
                    "Avery%1,Lindqvist%1,avery.lindqvist%1@firm-%2.example,Firm %2,Buyer,https://www.firm-%2.example\n")
                    .arg(i)
                    .arg(i % 5000)
                    .toUtf8());
        }
    }
    double shellMs = -1;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        QProcess shell;
        shell.start(sqlite3,
                    {dir.filePath(QStringLiteral("bare.sqlite")), QStringLiteral(".import --csv \"%1\" t").arg(csv)});
        QElapsedTimer timer;
        timer.start();
        shell.waitForFinished(600000);
        shellMs = double(timer.nsecsElapsed()) / 1e6;
        if (shell.exitCode() != 0 || !shell.readAllStandardError().isEmpty()) {
            return fail(tr("the sqlite3 shell could not import %1").arg(csv));
        }
        record(QStringLiteral("sqlite3 shell .import --csv, %1 rows").arg(importRows), shellMs);
    }
    {
        QTemporaryDir importDir;
        const models::Workspace target = models::Workspace::open(importDir.path());
        models::ProspectImporter::Report report;
        QString failure;
        const double ms = timeMs(
            [&] { models::ProspectImporter(target.connection(), 1'790'000'000'000).run(csv, {}, &report, &failure); });
        // The search index must be up to date: the last imported person is found by name.
        models::ProspectQuery query;
        query.search = QStringLiteral("Avery%1 Lindqvist%1").arg(importRows - 1);
        const int found = models::ProspectRepository(target.connection()).count(query);
        target.releaseConnection();
        if (found != 1) {
            return fail(
                tr("after the import benchmark, the search index finds %1 rows for %2").arg(found).arg(query.search));
        }
        if (report.imported != importRows) {
            return fail(tr("the import benchmark imported %1 of %2 rows: %3")
                            .arg(report.imported)
                            .arg(importRows)
                            .arg(failure));
        }
        record(QStringLiteral("import %1 rows (dedupe, companies, search index)").arg(importRows), ms);
        if (shellMs > 0 && !m_json) {
            print(QStringLiteral("%1  %2x")
                      .arg(QStringLiteral("import / sqlite3 shell"), -52)
                      .arg(ms / shellMs, 9, 'f', 2));
        }
    }

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
        print(QStringLiteral("%1  %2 MB").arg(QStringLiteral("peak memory"), -52).arg(rss, 9, 'f', 1));
    }
    model.reset();
    m_workspace->releaseConnection();
    m_workspace.reset();
    return 0;
}

} // namespace sc::app
