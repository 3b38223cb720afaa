#include "SequencesCommand.h"

#include "SendTimesJson.h"
#include "agents/decision/AbTest.h"
#include "agents/decision/DecisionEngine.h"
#include "agents/decision/LearnedSendTimes.h"
#include "agents/decision/StepResults.h"
#include "app/cli/Cli.h"
#include "app/cli/CliTime.h"
#include "models/Clock.h"
#include "models/repositories/EnrollmentRepository.h"
#include "models/repositories/ProspectQuery.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/SequenceRepository.h"
#include "models/store/StoreError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sc::app::cli {

namespace {

QJsonArray resultsJson(const models::SequenceDefinition& definition,
                       const QList<models::EnrollmentRepository::VariantResult>& results)
{
    QJsonArray steps;
    for (int i = 0; i < definition.steps.size(); ++i) {
        if (definition.steps.at(i).channel != QLatin1String("email")) {
            continue;
        }
        QJsonArray variants;
        for (const models::EnrollmentRepository::VariantResult& r : results) {
            if (r.step != i) {
                continue;
            }
            variants.append(QJsonObject {{QStringLiteral("variant"), r.variant.isEmpty() ? QJsonValue() : r.variant},
                                         {QStringLiteral("sent"), r.sent},
                                         {QStringLiteral("replied"), r.replied},
                                         {QStringLiteral("positive"), r.positive},
                                         {QStringLiteral("meetings"), r.meetings},
                                         {QStringLiteral("bounced"), r.bounced}});
        }
        QJsonObject step {{QStringLiteral("step"), i}, {QStringLiteral("variants"), variants}};
        // The verdict as the Sequences view reads it, and as send-winner checks it.
        if (const agents::decision::StepResults r = agents::decision::StepResults::of(definition, i, results);
            r.abTest) {
            step.insert(QStringLiteral("winner"), r.winner().isEmpty() ? QJsonValue() : QJsonValue(r.winner()));
            step.insert(QStringLiteral("p_value"), r.verdict.pValue);
            step.insert(QStringLiteral("enough_data"), r.verdict.enoughData);
            const QString sole = definition.steps.at(i).soleVariant();
            step.insert(QStringLiteral("sending_only"), sole.isEmpty() ? QJsonValue() : QJsonValue(sole));
        }
        steps.append(step);
    }
    return steps;
}

} // namespace

int SequencesCommand::sendWinner(Cli& cli, const models::SequenceRepository::Stored& stored, int step,
                                 const QString& actor, qint64 now)
{
    const models::SequenceDefinition& d = stored.definition;
    if (step >= d.steps.size()) {
        return cli.fail(tr("\"%1\" has no step %2: its steps are 0 to %3 (waits counted)")
                            .arg(d.name)
                            .arg(step)
                            .arg(d.steps.size() - 1));
    }
    const agents::decision::StepResults r = agents::decision::StepResults::of(
        d, step, models::EnrollmentRepository(cli.workspace().connection()).results(stored.id));
    if (!r.abTest) {
        return cli.fail(
            tr("step %1 of \"%2\" is not an A/B test (an email step with two versions or more)").arg(step).arg(d.name));
    }
    const QString winner = r.winner();
    if (winner.isEmpty()) {
        return cli.fail(r.verdict.enoughData
                            ? tr("step %1 of \"%2\" has no winner: the difference is not significant at 95% "
                                 "confidence (p = %3)")
                                  .arg(step)
                                  .arg(d.name)
                                  .arg(r.verdict.pValue, 0, 'g', 2)
                            : tr("step %1 of \"%2\" has no winner yet: it needs %3 sends per version at 95% "
                                 "confidence")
                                  .arg(step)
                                  .arg(d.name)
                                  .arg(agents::decision::AbTest::MinSendsPerArm));
    }
    const bool changed = models::SequenceRepository(cli.workspace().connection())
                             .sendWinnerToRest(stored.id, step, winner, actor, now);
    if (cli.json()) {
        cli.printJson(QJsonObject {
            {QStringLiteral("sequence"), d.name}, {QStringLiteral("step"), step}, {QStringLiteral("variant"), winner}});
    } else {
        cli.print(
            changed ? tr("Version %1 of step %2 now goes to everyone who has not reached it yet.").arg(winner).arg(step)
                    : tr("Step %1 already sends version %2 to everyone.").arg(step).arg(winner));
    }
    return 0;
}

SequencesCommand::SequencesCommand()
    : Command(QStringLiteral("sequences"), tr("multi-step outreach the Decision engine runs"))
{
    const CommandOption prospect {{QStringLiteral("prospect"), tr("Only this prospect"), QStringLiteral("ID")}};
    addUsage({.subcommand = QStringLiteral("list"), .description = tr("every sequence with its live counts")});
    addUsage({.subcommand = QStringLiteral("create"),
              .description = tr("add a sequence from its file (README, \"Sequence files\")"),
              .options = {{{QStringLiteral("file"), tr("The sequence file"), QStringLiteral("SEQUENCE.json")}, true}},
              .dashes = QCommandLineParser::ParseAsLongOptions});
    addUsage({.subcommand = QStringLiteral("show"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("a sequence's file, counts and results per step and variant")});
    addUsage({.subcommand = QStringLiteral("enroll"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("enroll prospects: those a search finds, or by id"),
              .options
              = {{{QStringLiteral("query"), tr("Full-text search, as in the Prospects view"), QStringLiteral("TEXT")}},
                 {{QStringLiteral("ids"), tr("Prospect ids"), QStringLiteral("1,2,3")}}},
              .dashes = QCommandLineParser::ParseAsLongOptions});
    addUsage({.subcommand = QStringLiteral("pause"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("pause a sequence, or one prospect in it"),
              .options = {prospect},
              .dashes = QCommandLineParser::ParseAsLongOptions});
    addUsage({.subcommand = QStringLiteral("resume"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("resume a sequence, or one prospect in it"),
              .options = {prospect},
              .dashes = QCommandLineParser::ParseAsLongOptions});
    addUsage({.subcommand = QStringLiteral("run"),
              .description = tr("run every step due up to --until (ISO 8601; without an offset: UTC)"),
              .options = {{{QStringLiteral("now"), tr("Start as if the clock read TIME"), QStringLiteral("TIME")}},
                          {{QStringLiteral("until"), tr("Plan up to TIME"), QStringLiteral("TIME")}, true},
                          {{QStringLiteral("dry-run"), tr("Only plan: change nothing")}}},
              .dashes = QCommandLineParser::ParseAsLongOptions});
    addUsage({.subcommand = QStringLiteral("send-winner"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("send an A/B step's declared winner to everyone who has not reached the step yet"),
              .options = {{{QStringLiteral("step"), tr("The step's index in the file's steps (waits counted)"),
                            QStringLiteral("I")},
                           true}},
              .dashes = QCommandLineParser::ParseAsLongOptions});
    addUsage({.subcommand = QStringLiteral("send-times"),
              .description = tr("the weekday and hour replies arrive at, learned per country and company"),
              .options = {{{QStringLiteral("country"), tr("The pattern of this country"), QStringLiteral("CC")}},
                          {{QStringLiteral("company"), tr("The pattern of this company"), QStringLiteral("ID")}}},
              .dashes = QCommandLineParser::ParseAsLongOptions});
}

int SequencesCommand::run(Cli& cli, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    static const QStringList subs {
        QStringLiteral("list"),   QStringLiteral("create"),     QStringLiteral("show"),
        QStringLiteral("enroll"), QStringLiteral("pause"),      QStringLiteral("resume"),
        QStringLiteral("run"),    QStringLiteral("send-times"), QStringLiteral("send-winner")};
    if (!subs.contains(sub)) {
        return cli.usage(tr("sequences needs a subcommand: %1").arg(subs.join(QStringLiteral(", "))));
    }
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments.mid(1), &error, sub)) {
        return cli.usage(error);
    }
    const QString name = parser.positionalArguments().value(0);
    if ((sub == QLatin1String("show") || sub == QLatin1String("enroll") || sub == QLatin1String("pause")
         || sub == QLatin1String("resume") || sub == QLatin1String("send-winner"))
        && name.isEmpty()) {
        return cli.usage(tr("sequences %1 needs a sequence name").arg(sub));
    }
    int stepIndex = -1;
    if (sub == QLatin1String("send-winner")) {
        bool ok = false;
        stepIndex = parser.value(QStringLiteral("step")).toInt(&ok);
        if (!ok || stepIndex < 0) {
            return cli.usage(tr("sequences send-winner needs --step I, the step's index in `steps` (waits counted, "
                                "as in `sequences show --json`)"));
        }
    }
    qint64 now = Clock::instance().nowMs();
    qint64 until = 0;
    if (sub == QLatin1String("run")) {
        if (parser.isSet(QStringLiteral("now")) && (now = parseTime(parser.value(QStringLiteral("now")))) < 0) {
            return cli.usage(tr("--now must be an ISO 8601 time, e.g. 2027-01-04T08:00:00Z"));
        }
        if ((until = parseTime(parser.value(QStringLiteral("until")))) < 0) {
            return cli.usage(tr("sequences run needs --until TIME (ISO 8601, e.g. 2027-01-11T00:00:00Z)"));
        }
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    const QSqlDatabase db = cli.workspace().connection();
    models::SequenceRepository sequences(db);
    const QString actor = QStringLiteral("cli");
    try {
        if (sub == QLatin1String("list")) {
            QJsonArray list;
            for (const models::SequenceRepository::Summary& s : sequences.list()) {
                list.append(QJsonObject {{QStringLiteral("id"), s.id},
                                         {QStringLiteral("name"), s.name},
                                         {QStringLiteral("active"), s.active},
                                         {QStringLiteral("steps"), s.steps},
                                         {QStringLiteral("enrolled"), s.enrolled},
                                         {QStringLiteral("running"), s.running},
                                         {QStringLiteral("paused"), s.paused},
                                         {QStringLiteral("finished"), s.finished},
                                         {QStringLiteral("replied"), s.replied},
                                         {QStringLiteral("bounced"), s.bounced},
                                         {QStringLiteral("stopped"), s.stopped}});
                if (!cli.json()) {
                    cli.print(tr("%1  %2%3: %4 steps, %5 enrolled, %6 running, %7 paused, %8 finished, %9 replied, "
                                 "%10 bounced")
                                  .arg(s.id)
                                  .arg(s.name, s.active ? QString() : tr(" (paused)"))
                                  .arg(s.steps)
                                  .arg(s.enrolled)
                                  .arg(s.running)
                                  .arg(s.paused)
                                  .arg(s.finished)
                                  .arg(s.replied)
                                  .arg(s.bounced));
                }
            }
            if (cli.json()) {
                cli.printJson(list);
            } else if (list.isEmpty()) {
                cli.print(tr("No sequence yet: `sequences create --file SEQUENCE.json`."));
            }
            return 0;
        }
        if (sub == QLatin1String("create")) {
            QFile file(parser.value(QStringLiteral("file")));
            if (!file.open(QIODevice::ReadOnly)) {
                return cli.fail(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            }
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
            if (!doc.isObject()) {
                return cli.fail(tr("%1 is not a JSON object: %2 (at byte %3)")
                                    .arg(file.fileName(), parseError.errorString())
                                    .arg(parseError.offset));
            }
            QString problem;
            const std::optional<models::SequenceDefinition> definition
                = models::SequenceDefinition::fromJson(doc.object(), &problem);
            if (!definition) {
                return cli.fail(tr("%1: %2").arg(file.fileName(), problem));
            }
            const qint64 id = sequences.create(*definition, actor, now);
            if (cli.json()) {
                cli.printJson(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), definition->name}});
            } else {
                cli.print(
                    tr("Created the sequence %1 (%2 steps).").arg(definition->name).arg(definition->steps.size()));
            }
            return 0;
        }
        const std::optional<models::SequenceRepository::Stored> stored
            = name.isEmpty() ? std::nullopt : sequences.find(name);
        if (!name.isEmpty() && !stored) {
            return cli.fail(tr("there is no sequence \"%1\" (see `sequences list`)").arg(name));
        }
        if (sub == QLatin1String("show")) {
            QJsonObject json = stored->definition.toJson();
            json.insert(QStringLiteral("id"), stored->id);
            json.insert(QStringLiteral("active"), stored->active);
            for (const models::SequenceRepository::Summary& s : sequences.list()) {
                if (s.id == stored->id) {
                    json.insert(QStringLiteral("counts"),
                                QJsonObject {{QStringLiteral("enrolled"), s.enrolled},
                                             {QStringLiteral("running"), s.running},
                                             {QStringLiteral("paused"), s.paused},
                                             {QStringLiteral("finished"), s.finished},
                                             {QStringLiteral("replied"), s.replied},
                                             {QStringLiteral("bounced"), s.bounced},
                                             {QStringLiteral("stopped"), s.stopped}});
                }
            }
            json.insert(QStringLiteral("results"),
                        resultsJson(stored->definition, models::EnrollmentRepository(db).results(stored->id)));
            if (cli.json()) {
                cli.printJson(json);
            } else {
                cli.print(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
            }
            return 0;
        }
        if (sub == QLatin1String("enroll")) {
            QList<qint64> ids;
            if (parser.isSet(QStringLiteral("ids"))) {
                for (const QString& part :
                     parser.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    bool ok = false;
                    ids.append(part.trimmed().toLongLong(&ok));
                    if (!ok) {
                        return cli.usage(tr("--ids must be prospect ids separated by commas, e.g. 1,2,3"));
                    }
                }
            } else if (parser.isSet(QStringLiteral("query"))) {
                models::ProspectQuery query;
                query.search = parser.value(QStringLiteral("query"));
                for (const models::Prospect& p : models::ProspectRepository(db).page(query, 0, 10'000'000, true)) {
                    ids.append(p.id);
                }
            } else {
                return cli.usage(tr("sequences enroll NAME needs --query TEXT or --ids 1,2,3"));
            }
            const models::SequenceRepository::EnrollResult r = sequences.enroll(ids, stored->id, actor, now);
            if (cli.json()) {
                cli.printJson(QJsonObject {{QStringLiteral("enrolled"), r.enrolled},
                                           {QStringLiteral("already_enrolled"), r.alreadyEnrolled},
                                           {QStringLiteral("do_not_contact"), r.suppressed},
                                           {QStringLiteral("without_email"), r.withoutEmail},
                                           {QStringLiteral("settled"), r.settled}});
            } else {
                cli.print(tr("%1 enrolled, %2 already, %3 on the do-not-contact list, %4 without an address, %5 who "
                             "replied or whose deal is decided (skipped)")
                              .arg(r.enrolled)
                              .arg(r.alreadyEnrolled)
                              .arg(r.suppressed)
                              .arg(r.withoutEmail)
                              .arg(r.settled));
            }
            return 0;
        }
        if (sub == QLatin1String("pause") || sub == QLatin1String("resume")) {
            const bool pause = sub == QLatin1String("pause");
            bool changed = false;
            if (parser.isSet(QStringLiteral("prospect"))) {
                const qint64 prospect = parser.value(QStringLiteral("prospect")).toLongLong();
                changed = sequences.setProspectPaused(stored->id, prospect, pause, actor, now);
                if (!changed) {
                    return cli.fail(
                        pause ? tr("prospect %1 is not running in %2").arg(prospect).arg(stored->definition.name)
                              : tr("prospect %1 is not paused in %2").arg(prospect).arg(stored->definition.name));
                }
            } else {
                changed = sequences.setActive(stored->id, !pause, actor, now);
            }
            cli.print(changed ? (pause ? tr("Paused.") : tr("Resumed."))
                              : (pause ? tr("It was already paused.") : tr("It was already running.")));
            return 0;
        }
        if (sub == QLatin1String("send-winner")) {
            return sendWinner(cli, *stored, stepIndex, actor, now);
        }
        if (sub == QLatin1String("send-times")) {
            bool ok = true;
            const qint64 company
                = parser.isSet(QStringLiteral("company")) ? parser.value(QStringLiteral("company")).toLongLong(&ok) : 0;
            if (!ok || company < 0) {
                return cli.usage(tr("--company must be a company id"));
            }
            const QJsonObject report = SendTimesJson::report(agents::decision::LearnedSendTimes::load(db),
                                                             parser.value(QStringLiteral("country")), company);
            if (cli.json()) {
                cli.printJson(report);
            } else {
                cli.print(SendTimesJson::text(report));
            }
            return 0;
        }
        // run
        agents::decision::DecisionEngine engine(db);
        const agents::decision::DecisionEngine::Result r = engine.run(
            {.now = now, .until = until, .dryRun = parser.isSet(QStringLiteral("dry-run")), .canceled = {}});
        QJsonArray planned;
        for (const agents::decision::DecisionEngine::Planned& p : r.planned) {
            planned.append(QJsonObject {{QStringLiteral("prospect"), p.prospectId},
                                        {QStringLiteral("step"), p.step},
                                        {QStringLiteral("channel"), p.channel},
                                        {QStringLiteral("variant"), p.variant.isEmpty() ? QJsonValue() : p.variant},
                                        {QStringLiteral("at"), isoUtc(p.at)},
                                        {QStringLiteral("sequence"), p.sequenceId},
                                        {QStringLiteral("outcome"), p.outcome}});
            if (!cli.json()) {
                cli.print(QStringLiteral("%1  prospect %2  step %3  %4%5  %6")
                              .arg(isoUtc(p.at))
                              .arg(p.prospectId)
                              .arg(p.step)
                              .arg(p.channel, p.variant.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.variant),
                                   p.outcome));
            }
        }
        for (const QString& problem : r.problems) {
            QTextStream(stderr) << problem << '\n'; // stdout stays the plan (valid JSON with --json)
        }
        if (cli.json()) {
            cli.printJson(planned);
        } else {
            cli.print(tr("%1 planned, %2 waiting for a slot after %3, %4 stopped (do-not-contact)")
                          .arg(r.planned.size())
                          .arg(r.waiting)
                          .arg(isoUtc(until))
                          .arg(r.stopped));
        }
        return 0;
    } catch (const models::StoreError& e) {
        return cli.fail(e.message());
    }
}

} // namespace sc::app::cli
