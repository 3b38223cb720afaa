#include "MeetingsCommand.h"

#include "app/cli/Cli.h"
#include "app/cli/CliTime.h"
#include "models/Clock.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/MeetingRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace sc::app::cli {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

QJsonObject meetingJson(const models::Meeting& m)
{
    QJsonArray attendees;
    for (const models::MeetingAttendee& a : m.attendees) {
        attendees.append(QJsonObject {{QStringLiteral("email"), a.email},
                                      {QStringLiteral("name"), a.name},
                                      {QStringLiteral("partstat"), a.partstat},
                                      {QStringLiteral("role"), a.role}});
    }
    return QJsonObject {{QStringLiteral("id"), m.id},
                        {QStringLiteral("uid"), m.uid},
                        {QStringLiteral("sequence"), m.sequence},
                        {QStringLiteral("status"), m.status},
                        {QStringLiteral("title"), m.title},
                        {QStringLiteral("start"), isoUtc(m.startsAt)},
                        {QStringLiteral("end"), isoUtc(m.endsAt)},
                        {QStringLiteral("timezone"), m.timezone},
                        {QStringLiteral("location"), m.location},
                        {QStringLiteral("prospect"), m.prospectId > 0 ? QJsonValue(m.prospectId) : QJsonValue()},
                        {QStringLiteral("organizer"), m.organizer},
                        {QStringLiteral("attendees"), attendees}};
}

QString meetingLine(const models::Meeting& m)
{
    const QTimeZone zone(m.timezone.toUtf8());
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m.startsAt, zone.isValid() ? zone : QTimeZone::utc());
    QStringList answers;
    for (const models::MeetingAttendee& a : m.attendees) {
        answers.append(QStringLiteral("%1 %2").arg(a.email, a.partstat.toLower()));
    }
    return QStringLiteral("%1  %2  %3 min  %4  %5  %6")
        .arg(m.id, 5)
        .arg(start.toString(Qt::ISODate))
        .arg((m.endsAt - m.startsAt) / MinuteMs)
        .arg(m.status, -9)
        .arg(m.title, answers.join(QStringLiteral(", ")));
}

} // namespace

MeetingsCommand::MeetingsCommand()
    : Command(QStringLiteral("meetings"), tr("the rep's meetings"))
{
    constexpr auto longDashes = QCommandLineParser::ParseAsLongOptions;
    addUsage(
        {.subcommand = QStringLiteral("list"),
         .description = tr("meetings from --from to --to (default: the next 30 days), with each attendee's answer"),
         .options = {{{QStringLiteral("from"), tr("From this time (ISO 8601)"), QStringLiteral("TIME")}},
                     {{QStringLiteral("to"), tr("Up to this time (ISO 8601)"), QStringLiteral("TIME")}}},
         .dashes = longDashes});
    addUsage(
        {.subcommand = QStringLiteral("create"),
         .description = tr("book a meeting with a prospect; prints it with its uid"),
         .options = {{{QStringLiteral("prospect"), tr("The prospect's id"), QStringLiteral("ID")}, true},
                     {{QStringLiteral("start"), tr("When it starts (ISO 8601)"), QStringLiteral("TIME")}, true},
                     {{QStringLiteral("duration"), tr("How long, in minutes (default 30)"), QStringLiteral("MIN")}},
                     {{QStringLiteral("title"), tr("What it is called"), QStringLiteral("TEXT")}, true},
                     {{QStringLiteral("location"), tr("A place or a video link"), QStringLiteral("TEXT")}},
                     {{QStringLiteral("timezone"),
                       tr("The zone its invitation shows (IANA; default this "
                          "machine's)"),
                       QStringLiteral("ZONE")}},
                     {{QStringLiteral("account"), tr("The mailbox that organizes it (default: the first)"),
                       QStringLiteral("NAME")}}},
         .dashes = longDashes});
    addUsage(
        {.subcommand = QStringLiteral("move"),
         .arguments = QStringLiteral("ID"),
         .description = tr("move a meeting (its length kept unless --duration); raises its sequence"),
         .options = {{{QStringLiteral("start"), tr("When it starts now (ISO 8601)"), QStringLiteral("TIME")}, true},
                     {{QStringLiteral("duration"), tr("How long, in minutes"), QStringLiteral("MIN")}}},
         .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("cancel"),
              .arguments = QStringLiteral("ID"),
              .description = tr("cancel a meeting"),
              .dashes = longDashes});
}

int MeetingsCommand::run(Cli& cli, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments.mid(1), &error)) {
        return cli.usage(error);
    }
    static const QStringList subs {QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("move"),
                                   QStringLiteral("cancel")};
    const QStringList positional = parser.positionalArguments();
    const bool needsId = sub == QLatin1String("move") || sub == QLatin1String("cancel");
    if (!subs.contains(sub) || positional.size() != (needsId ? 1 : 0)) {
        return cli.usage(tr("meetings needs: list, create, move ID or cancel ID"));
    }
    bool ok = true;
    const qint64 id = needsId ? positional.first().toLongLong(&ok) : 0;
    if (!ok || (needsId && id <= 0)) {
        return cli.usage(tr("%1 is not a meeting id").arg(positional.first()));
    }
    const auto timeOption = [&parser](const QString& name, qint64 fallback) {
        return parser.isSet(name) ? parseTime(parser.value(name)) : fallback;
    };
    int minutes = 0;
    if (parser.isSet(QStringLiteral("duration"))
        && ((minutes = parser.value(QStringLiteral("duration")).toInt(&ok)) <= 0 || !ok || minutes > 24 * 60)) {
        return cli.usage(tr("--duration is a number of minutes from 1 to 1440"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    const QSqlDatabase db = cli.workspace().connection();
    models::MeetingRepository meetings(db);
    const qint64 now = Clock::instance().nowMs();
    try {
        if (sub == QLatin1String("list")) {
            const qint64 from = timeOption(QStringLiteral("from"), now);
            const qint64 to = timeOption(QStringLiteral("to"), from + 30 * 24 * 60 * MinuteMs);
            if (from < 0 || to < 0) {
                return cli.usage(tr("--from and --to are ISO 8601 times, e.g. 2027-01-12T14:00:00+01:00"));
            }
            const QList<models::Meeting> list = meetings.list(from, to);
            if (cli.json()) {
                QJsonArray array;
                for (const models::Meeting& m : list) {
                    array.append(meetingJson(m));
                }
                cli.printJson(array);
            } else if (list.isEmpty()) {
                cli.print(tr("No meetings from %1 to %2").arg(isoUtc(from), isoUtc(to)));
            } else {
                for (const models::Meeting& m : list) {
                    cli.print(meetingLine(m));
                }
            }
            return 0;
        }
        if (sub == QLatin1String("create")) {
            const qint64 prospectId = parser.value(QStringLiteral("prospect")).toLongLong();
            const qint64 start = timeOption(QStringLiteral("start"), -1);
            const QString title = parser.value(QStringLiteral("title")).trimmed();
            if (prospectId <= 0 || start < 0 || title.isEmpty()) {
                return cli.usage(tr("meetings create needs --prospect ID, --start TIME (ISO 8601) and --title TEXT"));
            }
            const std::optional<models::Prospect> prospect = models::ProspectRepository(db).find(prospectId);
            if (!prospect) {
                return cli.fail(tr("there is no prospect %1").arg(prospectId));
            }
            const QString zoneName = parser.isSet(QStringLiteral("timezone"))
                ? parser.value(QStringLiteral("timezone"))
                : QString::fromUtf8(QTimeZone::systemTimeZoneId());
            if (!QTimeZone(zoneName.toUtf8()).isValid()) {
                return cli.usage(tr("%1 is not a time zone (an IANA name such as Europe/Paris)").arg(zoneName));
            }
            const QString accountName = parser.value(QStringLiteral("account"));
            const QList<models::MailAccount> accounts = models::MailAccountRepository(db).list();
            std::optional<models::MailAccount> account;
            for (const models::MailAccount& a : accounts) {
                if (accountName.isEmpty() || a.displayName.compare(accountName, Qt::CaseInsensitive) == 0
                    || a.email.compare(accountName, Qt::CaseInsensitive) == 0) {
                    account = a;
                    break;
                }
            }
            if (!accountName.isEmpty() && !account) {
                return cli.fail(tr("there is no mailbox \"%1\"").arg(accountName));
            }
            models::Meeting m;
            m.prospectId = prospectId;
            m.title = title;
            m.startsAt = start;
            m.endsAt = start + (minutes > 0 ? minutes : 30) * MinuteMs;
            m.timezone = zoneName;
            m.location = parser.value(QStringLiteral("location"));
            m.organizer = account ? account->email : QString();
            m.accountId = account ? account->id : 0;
            if (!prospect->email.isEmpty()) {
                m.attendees.append({prospect->email, prospect->fullName()});
            }
            const qint64 created = meetings.create(m, QStringLiteral("cli"), now);
            const models::Meeting stored = *meetings.find(created);
            if (cli.json()) {
                cli.printJson(meetingJson(stored));
            } else {
                cli.print(tr("Meeting %1 booked (uid %2)").arg(created).arg(stored.uid));
            }
            return 0;
        }
        const std::optional<models::Meeting> existing = meetings.find(id);
        if (!existing) {
            return cli.fail(tr("there is no meeting %1").arg(id));
        }
        if (sub == QLatin1String("move")) {
            const qint64 start = timeOption(QStringLiteral("start"), -1);
            if (start < 0) {
                return cli.usage(tr("meetings move needs --start TIME (ISO 8601)"));
            }
            const qint64 length = minutes > 0 ? minutes * MinuteMs : existing->endsAt - existing->startsAt;
            meetings.move(id, start, start + length, QStringLiteral("cli"), now);
        } else {
            meetings.cancel(id, QStringLiteral("cli"), now);
        }
        const models::Meeting changed = *meetings.find(id);
        if (cli.json()) {
            cli.printJson(meetingJson(changed));
        } else {
            cli.print(sub == QLatin1String("move") ? tr("Meeting %1 moved (sequence %2)").arg(id).arg(changed.sequence)
                                                   : tr("Meeting %1 cancelled").arg(id));
        }
        return 0;
    } catch (const models::StoreError& e) {
        return cli.fail(e.message());
    }
}

} // namespace sc::app::cli
