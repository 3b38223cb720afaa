#include "Cli.h"

#include "agents/core/AgentHost.h"
#include "app/Application.h"
#include "app/SecretStore.h"
#include "models/Clock.h"
#include "models/demo/DemoGenerator.h"
#include "models/import/ProspectExporter.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

namespace sc::app {

using models::JobRepository;
using models::JobState;

namespace {

const char* const kUsage = QT_TRANSLATE_NOOP(
    "sc::app::Cli",
    "Usage: sales-copilot-cli [--workspace DIR] [--json] [--verbose] COMMAND\n"
    "\n"
    "Commands:\n"
    "  init [--name NAME]                 create (or upgrade) the workspace\n"
    "  demo [--prospects N] [--seed S]    fill a new workspace with invented demo data\n"
    "  jobs list [--state STATE]          show queued, running and recent jobs\n"
    "  jobs enqueue KIND [--payload JSON] [--priority N] [--max-attempts N]\n"
    "  jobs run                           run every due job headless, then exit\n"
    "  jobs cancel ID | jobs retry ID\n"
    "  import FILE.csv                    import prospects (HubSpot, Salesforce, Apollo, Excel... exports)\n"
    "  prospects list [--query TEXT] [--stage STAGE] [--limit N]\n"
    "  export FILE.csv [--query TEXT]     export prospects (columns that import back)\n"
    "  dnc list | dnc add VALUE [--reason TEXT] | dnc remove VALUE | dnc import FILE | dnc check EMAIL\n"
    "  bench [--prospects N] [--import-rows N]  measure import and the Prospects view\n"
    "  classify FILE.eml...               what each message is: bounce, auto-reply, interested...\n"
    "  accounts add NAME --imap imap[s]://HOST:PORT --smtp smtp[s]://HOST:PORT --user USER [--tls MODE]\n"
    "               [--auth password|oauth2] [--cap N]\n"
    "  accounts test NAME                 log in to its IMAP and SMTP servers, say what fails\n"
    "  accounts list\n"
    "  sync [--account NAME]              fetch new mail (INBOX and Sent), classify, thread\n"
    "  send --account NAME --to ADDRESS --subject TEXT --text FILE [--html FILE] [--to-name NAME]\n"
    "       [--in-reply-to MESSAGE-ID] [--queue-only]   queue an email and send it (outbox rules apply)\n"
    "  outbox list [--account NAME]       what waits, went, failed or needs a decision\n"
    "  outbox flush [--account NAME]      send what is due now\n"
    "  outbox retry ID | outbox confirm ID | outbox cancel ID   decide about a failed or uncertain message\n"
    "  enrich DOMAIN|URL [--save] [--delay-ms MS] [--timeout-ms MS]   what the company's own website says\n"
    "  email find --first NAME [--last NAME] --domain DOMAIN | email verify ADDRESS [--first NAME --last NAME]\n"
    "                                     candidate addresses and how sure (MX, the domain's pattern; no SMTP probe)\n"
    "  score                              score every prospect against the ideal-customer profile now\n"
    "  serve [--port P] [--bind ADDR] [--rate N --burst M]   the local REST API until SIGTERM/SIGINT\n"
    "  api-keys create NAME --scopes read,write,approve | api-keys list | api-keys revoke ID\n"
    "  fill-form URL --sender PROFILE.json [--message TEXT] [--dry-run] [--screenshot FILE.png] [--tick-consent]\n"
    "                                     find the site's contact form, fill it and send it (never past a CAPTCHA);\n"
    "                                     exit 0 sent or dry run, 3 CAPTCHA, 4 no form, 5 robots.txt, 1 failed\n"
    "  secrets status                     can secrets be saved on this computer?\n"
    "  secrets set NAME                   save the value read from standard input\n"
    "  secrets delete NAME\n"
    "  version\n");

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QJsonObject jobToJson(const models::Job& job)
{
    return {{QStringLiteral("id"), job.id},
            {QStringLiteral("kind"), job.kind},
            {QStringLiteral("state"), models::jobStateName(job.state)},
            {QStringLiteral("attempts"), job.attempts},
            {QStringLiteral("maxAttempts"), job.maxAttempts},
            {QStringLiteral("progress"), job.progress},
            {QStringLiteral("runAt"), QDateTime::fromMSecsSinceEpoch(job.runAt, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("lastError"), job.lastError},
            {QStringLiteral("payload"), job.payload},
            {QStringLiteral("result"), job.result}};
}

// Parses a subcommand's options; false (with the parser's message) on an unknown option.
bool parse(QCommandLineParser& parser, const QString& name, const QStringList& args, QString* error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {name} + args)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

} // namespace

Cli::Cli(QObject* parent)
    : QObject(parent)
{
}

Cli::~Cli()
{
    if (m_host) {
        m_host->stop();
    }
    m_host.reset();
    if (m_workspace) {
        m_workspace->releaseConnection();
    }
}

int Cli::usage(const QString& message)
{
    QTextStream err(stderr);
    err << "sales-copilot-cli: " << message << "\n" << tr("Run 'sales-copilot-cli --help' for usage.") << "\n";
    return 2;
}

int Cli::fail(const QString& message)
{
    QTextStream err(stderr);
    err << "sales-copilot-cli: " << tr("error:") << ' ' << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' '))
        << "\n";
    return 1;
}

void Cli::print(const QString& text)
{
    out() << text << "\n";
    out().flush();
}

void Cli::printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

void Cli::finish(int code)
{
    if (m_host) {
        m_host->stop();
    }
    Q_EMIT finished(code);
}

bool Cli::openWorkspace()
{
    try {
        m_workspace = std::make_unique<models::Workspace>(
            models::Workspace::open(Application::resolveWorkspaceDirectory(m_workspaceArg)));
        return true;
    } catch (const models::StoreError& error) {
        fail(error.message());
        return false;
    }
}

int Cli::run(const QStringList& arguments)
{
    QStringList rest;
    bool verbose = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--json")) {
            m_json = true;
        } else if (arg == QLatin1String("--workspace")) {
            if (i + 1 >= arguments.size()) {
                return usage(tr("--workspace needs a folder"));
            }
            m_workspaceArg = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--workspace="))) {
            m_workspaceArg = arg.mid(12);
        } else if (arg == QLatin1String("--verbose") || arg == QLatin1String("-v")) {
            verbose = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            out() << tr(kUsage);
            out().flush();
            return 0;
        } else {
            rest.append(arg);
        }
    }
    if (!verbose && !qEnvironmentVariableIsSet("QT_LOGGING_RULES")) {
        // Errors reach the user as one line; the log stays quiet unless asked for (--verbose).
        QLoggingCategory::setFilterRules(QStringLiteral("salescopilot.*.info=false\nsalescopilot.*.warning=false"));
    }
    if (rest.isEmpty()) {
        return usage(tr("no command given"));
    }
    const QString command = rest.takeFirst();
    try {
        if (command == QLatin1String("version") || command == QLatin1String("--version")) {
            return cmdVersion();
        }
        if (command == QLatin1String("init")) {
            return cmdInit(rest);
        }
        if (command == QLatin1String("demo")) {
            return cmdDemo(rest);
        }
        if (command == QLatin1String("jobs")) {
            return cmdJobs(rest);
        }
        if (command == QLatin1String("secrets")) {
            return cmdSecrets(rest);
        }
        if (command == QLatin1String("prospects")) {
            return cmdProspects(rest);
        }
        if (command == QLatin1String("dnc")) {
            return cmdDoNotContact(rest);
        }
        if (command == QLatin1String("export")) {
            return cmdExport(rest);
        }
        if (command == QLatin1String("classify")) {
            return cmdClassify(rest);
        }
        if (command == QLatin1String("accounts")) {
            return cmdAccounts(rest);
        }
        if (command == QLatin1String("sync")) {
            return cmdSync(rest);
        }
        if (command == QLatin1String("score")) {
            return cmdScore(rest);
        }
        if (command == QLatin1String("email")) {
            return cmdEmail(rest);
        }
        if (command == QLatin1String("serve")) {
            return cmdServe(rest);
        }
        if (command == QLatin1String("api-keys")) {
            return cmdApiKeys(rest);
        }
        if (command == QLatin1String("fill-form")) {
            return cmdFillForm(rest);
        }
        if (command == QLatin1String("enrich")) {
            return cmdEnrich(rest);
        }
        if (command == QLatin1String("send")) {
            return cmdSend(rest);
        }
        if (command == QLatin1String("outbox")) {
            return cmdOutbox(rest);
        }
        if (command == QLatin1String("import")) {
            return cmdImport(rest);
        }
        if (command == QLatin1String("bench")) {
            return cmdBench(rest);
        }
    } catch (const models::StoreError& error) {
        return fail(error.message());
    }
    return usage(tr("unknown command '%1'").arg(command));
}

int Cli::cmdVersion()
{
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("version"), QStringLiteral(SC_VERSION)},
                               {QStringLiteral("qt"), QString::fromLatin1(qVersion())}});
    } else {
        print(Application::versionText());
    }
    return 0;
}

int Cli::cmdInit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("name"), tr("Workspace name"), QStringLiteral("NAME")});
    QString error;
    if (!parse(parser, QStringLiteral("init"), args, &error)) {
        return usage(error);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("init takes no arguments"));
    }
    if (!openWorkspace()) {
        return 1;
    }
    if (parser.isSet(QStringLiteral("name"))) {
        m_workspace->setName(parser.value(QStringLiteral("name")));
    }
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("workspace"), m_workspace->directory()},
                               {QStringLiteral("name"), m_workspace->name()},
                               {QStringLiteral("created"), m_workspace->isNew()}});
    } else {
        print(tr("Workspace \"%1\" ready in %2").arg(m_workspace->name(), m_workspace->directory()));
    }
    return 0;
}

int Cli::cmdDemo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("prospects"), tr("Number of prospects"), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed"), QStringLiteral("S"), QStringLiteral("20261124")});
    QString error;
    if (!parse(parser, QStringLiteral("demo"), args, &error)) {
        return usage(error);
    }
    bool okCount = false;
    bool okSeed = false;
    models::DemoGenerator::Options options;
    options.prospects = parser.value(QStringLiteral("prospects")).toInt(&okCount);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!okCount || options.prospects < 1 || options.prospects > 5'000'000) {
        return usage(tr("--prospects must be a number from 1 to 5000000"));
    }
    if (!okSeed) {
        return usage(tr("--seed must be a non-negative number"));
    }
    if (!openWorkspace()) {
        return 1;
    }
    if (models::ProspectRepository(m_workspace->connection()).count() > 0) {
        return fail(tr("the workspace %1 already has prospects; demo data goes into a new workspace")
                        .arg(m_workspace->directory()));
    }
    const qint64 now = Clock::instance().nowMs();
    const auto summary = models::DemoGenerator::generate(m_workspace->connection(), options, now);
    models::NewJob tidy;
    tidy.kind = QStringLiteral("housekeeping.optimize");
    tidy.dedupeKey = tidy.kind;
    JobRepository(m_workspace->connection()).enqueue(tidy, now);
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("workspace"), m_workspace->directory()},
                               {QStringLiteral("companies"), summary.companies},
                               {QStringLiteral("prospects"), summary.prospects},
                               {QStringLiteral("drafts"), summary.drafts},
                               {QStringLiteral("tasks"), summary.tasks}});
    } else {
        print(tr("Demo workspace ready in %1: %2 companies, %3 prospects, %4 drafts waiting for approval")
                  .arg(m_workspace->directory())
                  .arg(summary.companies)
                  .arg(summary.prospects)
                  .arg(summary.drafts));
    }
    return 0;
}

int Cli::cmdJobs(const QStringList& args)
{
    if (args.isEmpty()) {
        return usage(tr("jobs needs a subcommand: list, enqueue, run, cancel, retry"));
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list")) {
        return cmdJobsList(rest);
    }
    if (sub == QLatin1String("enqueue")) {
        return cmdJobsEnqueue(rest);
    }
    if (sub == QLatin1String("run")) {
        if (!rest.isEmpty()) {
            return usage(tr("jobs run takes no arguments"));
        }
        return cmdJobsRun();
    }
    if (sub == QLatin1String("cancel") || sub == QLatin1String("retry")) {
        bool ok = false;
        const qint64 id = rest.size() == 1 ? rest.first().toLongLong(&ok) : 0;
        if (!ok || id <= 0) {
            return usage(tr("jobs %1 needs one job id").arg(sub));
        }
        if (!openWorkspace()) {
            return 1;
        }
        JobRepository jobs(m_workspace->connection());
        const qint64 now = Clock::instance().nowMs();
        if (!jobs.find(id)) {
            return fail(tr("there is no job %1").arg(id));
        }
        if (sub == QLatin1String("retry")) {
            if (!jobs.retry(id, now)) {
                return fail(tr("job %1 has not failed or been canceled, so it cannot be retried").arg(id));
            }
            print(tr("Job %1 queued again").arg(id));
            return 0;
        }
        switch (jobs.cancel(id, now)) {
        case JobRepository::CancelResult::Canceled:
            print(tr("Job %1 canceled").arg(id));
            return 0;
        case JobRepository::CancelResult::Requested:
            print(tr("Job %1 is running; it will stop at its next checkpoint").arg(id));
            return 0;
        case JobRepository::CancelResult::NotCancelable:
            return fail(tr("job %1 has already finished").arg(id));
        }
    }
    return usage(tr("unknown jobs subcommand '%1'").arg(sub));
}

int Cli::cmdJobsList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("state"), tr("Only jobs in this state"), QStringLiteral("STATE")});
    parser.addOption({QStringLiteral("limit"), tr("At most N jobs"), QStringLiteral("N"), QStringLiteral("200")});
    QString error;
    if (!parse(parser, QStringLiteral("list"), args, &error)) {
        return usage(error);
    }
    JobRepository::Filter filter;
    if (parser.isSet(QStringLiteral("state"))) {
        const QString state = parser.value(QStringLiteral("state"));
        static const QStringList states {QStringLiteral("queued"), QStringLiteral("running"),
                                         QStringLiteral("succeeded"), QStringLiteral("failed"),
                                         QStringLiteral("canceled")};
        if (!states.contains(state)) {
            return usage(tr("--state must be one of: %1").arg(states.join(QStringLiteral(", "))));
        }
        filter.state = models::jobStateFromString(state);
    }
    filter.limit = std::max(1, parser.value(QStringLiteral("limit")).toInt());
    if (!openWorkspace()) {
        return 1;
    }
    const QList<models::Job> jobs = JobRepository(m_workspace->connection()).list(filter);
    if (m_json) {
        QJsonArray array;
        for (const models::Job& job : jobs) {
            array.append(jobToJson(job));
        }
        printJson(array);
        return 0;
    }
    if (jobs.isEmpty()) {
        print(tr("No jobs."));
        return 0;
    }
    print(QStringLiteral("%1  %2  %3  %4  %5")
              .arg(tr("ID"), 6)
              .arg(tr("STATE"), -9)
              .arg(tr("TRIES"), -5)
              .arg(tr("KIND"), -28)
              .arg(tr("LAST ERROR")));
    for (const models::Job& job : jobs) {
        print(QStringLiteral("%1  %2  %3  %4  %5")
                  .arg(job.id, 6)
                  .arg(models::jobStateName(job.state), -9)
                  .arg(QStringLiteral("%1/%2").arg(job.attempts).arg(job.maxAttempts), -5)
                  .arg(job.kind, -28)
                  .arg(job.lastError));
    }
    return 0;
}

int Cli::cmdJobsEnqueue(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("payload"), tr("JSON object for the job"), QStringLiteral("JSON"), QStringLiteral("{}")});
    parser.addOption({QStringLiteral("priority"), tr("Higher runs first"), QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("max-attempts"), tr("Give up after N attempts"), QStringLiteral("N"), QStringLiteral("5")});
    QString error;
    if (!parse(parser, QStringLiteral("enqueue"), args, &error)) {
        return usage(error);
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("jobs enqueue needs one job kind"));
    }
    QJsonParseError jsonError;
    const QJsonDocument payload = QJsonDocument::fromJson(parser.value(QStringLiteral("payload")).toUtf8(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !payload.isObject()) {
        return usage(tr("--payload must be a JSON object"));
    }
    models::NewJob job;
    job.kind = parser.positionalArguments().first();
    job.payload = payload.object();
    job.priority = parser.value(QStringLiteral("priority")).toInt();
    job.maxAttempts = std::max(1, parser.value(QStringLiteral("max-attempts")).toInt());
    if (!openWorkspace()) {
        return 1;
    }
    const auto host = Application::createAgentHost(*m_workspace);
    if (!host->agentForKind(job.kind)) {
        return usage(tr("no agent runs jobs of kind '%1' (known: %2)")
                         .arg(job.kind, host->knownKinds().join(QStringLiteral(", "))));
    }
    const qint64 id = JobRepository(m_workspace->connection()).enqueue(job, Clock::instance().nowMs());
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("id"), id}});
    } else {
        print(tr("Job %1 queued").arg(id));
    }
    return 0;
}

int Cli::cmdJobsRun()
{
    if (!openWorkspace()) {
        return 1;
    }
    m_host = Application::createAgentHost(*m_workspace);
    auto counts = std::make_shared<QHash<JobState, int>>();
    connect(m_host.get(), &agents::AgentHost::jobFinished, this,
            [this, counts](qint64 id, JobState state, const QString& error) {
                (*counts)[state] += 1;
                if (!m_json) {
                    print(error.isEmpty() ? tr("job %1: %2").arg(id).arg(models::jobStateName(state))
                                          : tr("job %1: %2 (%3)").arg(id).arg(models::jobStateName(state), error));
                }
            });
    connect(m_host.get(), &agents::AgentHost::idle, this, [this, counts] {
        const int failed = counts->value(JobState::Failed);
        const int waiting
            = JobRepository(m_workspace->connection()).countByState(m_host->knownKinds()).value(JobState::Queued);
        if (m_json) {
            printJson(QJsonObject {{QStringLiteral("succeeded"), counts->value(JobState::Succeeded)},
                                   {QStringLiteral("failed"), failed},
                                   {QStringLiteral("canceled"), counts->value(JobState::Canceled)},
                                   {QStringLiteral("waitingForRetry"), waiting}});
        } else {
            print(tr("%1 succeeded, %2 failed, %3 waiting to retry later")
                      .arg(counts->value(JobState::Succeeded))
                      .arg(failed)
                      .arg(waiting));
        }
        finish(failed > 0 ? 1 : 0);
    });
    const auto started = m_host->start();
    if (!started.ok) {
        return fail(started.error);
    }
    if (started.recovery.requeued + started.recovery.failed > 0 && !m_json) {
        print(tr("Recovered %1 interrupted job(s)").arg(started.recovery.requeued + started.recovery.failed));
    }
    return Pending;
}

int Cli::cmdProspects(const QStringList& args)
{
    if (args.value(0) != QLatin1String("list")) {
        return usage(tr("prospects needs a subcommand: list"));
    }
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("query"), tr("Full-text search"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("stage"), tr("Only this stage"), QStringLiteral("STAGE")});
    parser.addOption({QStringLiteral("limit"), tr("At most N prospects"), QStringLiteral("N"), QStringLiteral("50")});
    QString error;
    if (!parse(parser, QStringLiteral("list"), args.mid(1), &error)) {
        return usage(error);
    }
    bool okLimit = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&okLimit);
    if (!okLimit || limit < 1) {
        return usage(tr("--limit must be a positive number"));
    }
    if (!openWorkspace()) {
        return 1;
    }
    models::ProspectQuery query;
    query.search = parser.value(QStringLiteral("query"));
    if (parser.isSet(QStringLiteral("stage"))) {
        query.stages = {parser.value(QStringLiteral("stage"))};
    }
    const QList<models::Prospect> rows
        = models::ProspectRepository(m_workspace->connection()).page(query, 0, limit, true);
    if (m_json) {
        QJsonArray array;
        for (const models::Prospect& p : rows) {
            array.append(QJsonObject {{QStringLiteral("id"), p.id},
                                      {QStringLiteral("first_name"), p.firstName},
                                      {QStringLiteral("last_name"), p.lastName},
                                      {QStringLiteral("email"), p.email},
                                      {QStringLiteral("company"), p.companyName},
                                      {QStringLiteral("domain"), p.companyDomain},
                                      {QStringLiteral("title"), p.title},
                                      {QStringLiteral("phone"), p.phone},
                                      {QStringLiteral("stage"), p.status},
                                      {QStringLiteral("score"), p.score},
                                      {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)}});
        }
        printJson(array);
        return 0;
    }
    if (rows.isEmpty()) {
        print(tr("No prospects."));
        return 0;
    }
    for (const models::Prospect& p : rows) {
        print(QStringLiteral("%1  %2  %3  %4  %5")
                  .arg(p.id, 7)
                  .arg(p.fullName(), -28)
                  .arg(p.email, -44)
                  .arg(p.companyName, -26)
                  .arg(p.status));
    }
    return 0;
}

int Cli::cmdDoNotContact(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("reason"), tr("Why (kept with the entry)"), QStringLiteral("TEXT")});
    QString error;
    if (!parse(parser, QStringLiteral("dnc"), args.mid(1), &error)) {
        return usage(error);
    }
    const QStringList values = parser.positionalArguments();
    const bool needsValue = sub != QLatin1String("list");
    static const QStringList subs {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove"),
                                   QStringLiteral("import"), QStringLiteral("check")};
    if (!subs.contains(sub) || values.size() != (needsValue ? 1 : 0)) {
        return usage(tr("dnc needs: list, add VALUE, remove VALUE, import FILE or check EMAIL"));
    }
    if (!openWorkspace()) {
        return 1;
    }
    models::DoNotContactRepository dnc(m_workspace->connection());
    const qint64 now = Clock::instance().nowMs();
    if (sub == QLatin1String("list")) {
        const auto entries = dnc.list();
        if (m_json) {
            QJsonArray array;
            for (const auto& e : entries) {
                array.append(QJsonObject {{QStringLiteral("value"), e.value},
                                          {QStringLiteral("kind"), e.kind},
                                          {QStringLiteral("reason"), e.reason}});
            }
            printJson(array);
        } else {
            for (const auto& e : entries) {
                print(QStringLiteral("%1  %2  %3").arg(e.kind, -6).arg(e.value, -40).arg(e.reason));
            }
        }
        return 0;
    }
    const QString value = values.first();
    if (sub == QLatin1String("add")) {
        QString problem;
        const QString stored = dnc.add(value, parser.value(QStringLiteral("reason")), now, &problem);
        if (stored.isEmpty()) {
            return fail(problem);
        }
        print(tr("%1 is on the do-not-contact list").arg(stored));
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        if (!dnc.remove(value)) {
            return fail(tr("%1 is not on the do-not-contact list").arg(value));
        }
        print(tr("%1 removed from the do-not-contact list").arg(value));
        return 0;
    }
    if (sub == QLatin1String("check")) {
        const bool suppressed = dnc.isSuppressed(value);
        if (m_json) {
            printJson(QJsonObject {{QStringLiteral("email"), value}, {QStringLiteral("suppressed"), suppressed}});
        } else {
            print(suppressed ? tr("%1 must not be contacted").arg(value) : tr("%1 may be contacted").arg(value));
        }
        return 0;
    }
    QStringList problems;
    const int added = dnc.importFile(value, now, &problems);
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("added"), added},
                               {QStringLiteral("errors"), QJsonArray::fromStringList(problems)}});
    } else {
        print(tr("%1 entries added").arg(added));
        for (const QString& problem : std::as_const(problems)) {
            print(problem);
        }
    }
    return added == 0 && !problems.isEmpty() ? 1 : 0;
}

int Cli::cmdExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("query"), tr("Full-text search"), QStringLiteral("TEXT")});
    QString error;
    if (!parse(parser, QStringLiteral("export"), args, &error)) {
        return usage(error);
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("export needs one file"));
    }
    if (!openWorkspace()) {
        return 1;
    }
    // Written beside the target and renamed at the end: a full disk never leaves half a file behind.
    QSaveFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    models::ProspectQuery query;
    query.search = parser.value(QStringLiteral("query"));
    const int written = models::ProspectExporter::write(m_workspace->connection(), query, &file);
    if (written < 0 || !file.commit()) {
        file.cancelWriting();
        return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("exported"), written}, {QStringLiteral("file"), file.fileName()}});
    } else {
        print(tr("%n prospect(s) exported to %1", nullptr, written).arg(file.fileName()));
    }
    return 0;
}

int Cli::cmdImport(const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        return usage(tr("import needs one file"));
    }
    const QFileInfo file(args.first());
    if (!file.isFile() || !file.isReadable()) {
        return fail(tr("cannot read %1").arg(args.first()));
    }
    if (!openWorkspace()) {
        return 1;
    }
    m_host = Application::createAgentHost(*m_workspace);
    models::NewJob job;
    job.kind = QStringLiteral("prospects.import");
    job.payload = {{QStringLiteral("path"), file.absoluteFilePath()}};
    job.maxAttempts = 3;
    job.priority = 10;
    const qint64 id = JobRepository(m_workspace->connection()).enqueue(job, Clock::instance().nowMs());
    connect(m_host.get(), &agents::AgentHost::jobFinished, this, [this, id](qint64 finishedId, JobState state) {
        if (finishedId != id || state == JobState::Queued || state == JobState::Running) {
            return;
        }
        const auto done = JobRepository(m_workspace->connection()).find(id);
        if (state != JobState::Succeeded || !done) {
            finish(fail(done ? done->lastError : tr("the import did not finish")));
            return;
        }
        const QJsonObject report = done->result;
        if (m_json) {
            printJson(QJsonObject {{QStringLiteral("imported"), report.value(QStringLiteral("imported"))},
                                   {QStringLiteral("updated"), report.value(QStringLiteral("updated"))},
                                   {QStringLiteral("unchanged"), report.value(QStringLiteral("unchanged"))},
                                   {QStringLiteral("skipped"), report.value(QStringLiteral("skipped"))},
                                   {QStringLiteral("errors"), report.value(QStringLiteral("errors"))}});
        } else {
            print(tr("%1 imported, %2 updated, %3 unchanged, %4 skipped")
                      .arg(report.value(QStringLiteral("imported")).toInt())
                      .arg(report.value(QStringLiteral("updated")).toInt())
                      .arg(report.value(QStringLiteral("unchanged")).toInt())
                      .arg(report.value(QStringLiteral("skipped")).toInt()));
            const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
            for (const QJsonValue& e : errors) {
                print(tr("line %1: %2")
                          .arg(e.toObject().value(QStringLiteral("line")).toInteger())
                          .arg(e.toObject().value(QStringLiteral("reason")).toString()));
            }
        }
        finish(0);
    });
    const auto started = m_host->start();
    if (!started.ok) {
        JobRepository(m_workspace->connection()).cancel(id, Clock::instance().nowMs());
        return fail(started.error);
    }
    return Pending;
}

int Cli::cmdSecrets(const QStringList& args)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._@/-]{1,200}$"));
    const QString sub = args.value(0);
    const QString name = args.value(1);
    const bool needsName = sub == QLatin1String("set") || sub == QLatin1String("delete");
    if (sub != QLatin1String("status") && !needsName) {
        return usage(tr("secrets needs a subcommand: status, set NAME, delete NAME"));
    }
    if ((needsName && (args.size() != 2 || !validName.match(name).hasMatch())) || (!needsName && args.size() != 1)) {
        return usage(tr("secrets %1 needs one name made of letters, digits and . _ @ / -").arg(sub));
    }
    if (!openWorkspace()) {
        return 1;
    }
    m_secrets = new SecretStore(Application::secretScope(*m_workspace), this);
    auto report = [this](const QString& success) {
        return [this, success](const SecretStore::Result& result) {
            if (result.ok()) {
                print(success);
                finish(0);
            } else {
                finish(fail(result.message));
            }
        };
    };
    if (sub == QLatin1String("status")) {
        m_secrets->probe(this, report(tr("The keychain is available: secrets can be saved.")));
    } else if (sub == QLatin1String("set")) {
        QTextStream in(stdin);
        const QString value = in.readLine();
        if (value.isEmpty()) {
            return usage(tr("secrets set reads the value from standard input, and it was empty"));
        }
        m_secrets->write(name, value, this, report(tr("Saved %1 in the keychain.").arg(name)));
    } else {
        m_secrets->remove(name, this, report(tr("Removed %1 from the keychain.").arg(name)));
    }
    return Pending;
}

} // namespace sc::app
