#include "ClassifyCommand.h"

#include "agents/inbox/MessageParser.h"
#include "agents/inbox/ProposedTimes.h"
#include "agents/inbox/ReplyClassifier.h"
#include "app/cli/Cli.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace sc::app::cli {

ClassifyCommand::ClassifyCommand()
    : Command(QStringLiteral("classify"), tr("what each message is: bounce, auto-reply, interested..."))
{
    addUsage({.arguments = QStringLiteral("FILE.eml..."), .description = description()});
}

namespace {

// Read for meeting_time replies only (elsewhere an hour is a signature's office hours or an
// auto-reply's return, not a proposal). No prospect is known here: times are read in a zone the text
// names, else in the Date header's own offset (MessageParser keeps the date in UTC, so the header is
// read again for it).
QList<agents::inbox::ProposedTime> proposedTimes(const agents::inbox::ParsedMessage& message,
                                                 const agents::inbox::Classification& c)
{
    if (c.category != QLatin1String("meeting_time")) {
        return {};
    }
    QDateTime sent = QDateTime::fromString(message.header(QStringLiteral("date")).trimmed(), Qt::RFC2822Date);
    if (!sent.isValid()) {
        sent = message.date;
    }
    return sent.isValid() ? agents::inbox::ProposedTimes::find(message.textBody, sent, QTimeZone())
                          : QList<agents::inbox::ProposedTime> {};
}

} // namespace

int ClassifyCommand::run(Cli& cli, const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return cli.usage(tr("classify needs one or more .eml files"));
    }
    const agents::inbox::ReplyClassifier classifier;
    int unreadable = 0;
    for (const QString& path : arguments) {
        const agents::inbox::ParsedMessage message = agents::inbox::MessageParser::parseFile(path);
        if (!message.ok) {
            ++unreadable;
            cli.fail(tr("%1: cannot be read: %2").arg(path, message.error)); // said, and carry on with the rest
            continue;
        }
        const agents::inbox::Classification c = classifier.classify(message);
        if (cli.json()) {
            QJsonObject json = c.toJson();
            json.insert(QStringLiteral("file"), path);
            json.insert(QStringLiteral("proposed_times"),
                        agents::inbox::ProposedTimes::toJson(proposedTimes(message, c)));
            cli.print(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
            continue;
        }
        QString line
            = QStringLiteral("%1: %2 (%3)").arg(QFileInfo(path).fileName(), c.category).arg(c.confidence, 0, 'f', 2);
        if (c.category == QLatin1String("bounce")) {
            line += QStringLiteral(" %1 %2 %3 %4")
                        .arg(c.bounce.hard ? QStringLiteral("hard") : QStringLiteral("soft"), c.bounce.status,
                             c.bounce.reason, c.bounce.recipient);
        } else if (c.category == QLatin1String("auto_reply") && c.returnDate.isValid()) {
            line += QLatin1Char(' ') + tr("back on %1").arg(c.returnDate.toString(Qt::ISODate));
        } else if (c.category == QLatin1String("referral")) {
            line += QLatin1Char(' ') + c.referralEmail;
        }
        cli.print(line.trimmed());
    }
    return unreadable == 0 ? 0 : 1;
}

} // namespace sc::app::cli
