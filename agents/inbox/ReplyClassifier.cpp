#include "ReplyClassifier.h"

#include "HumanReply.h"
#include "Patterns.h"
#include "ReturnDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <functional>

namespace sc::agents::inbox {

namespace {

using RX = QRegularExpression;
using patterns::capture;
using patterns::has;
using patterns::rx;

// "rfc822; Jane@Example.org" -> "jane@example.org"
QString addressIn(const QString& field)
{
    return capture(field, R"(([A-Z0-9._%+=\-'/]+@[A-Z0-9.\-]+\.[A-Z]{2,}))").toLower();
}

// One block of "Name: value" fields, continuation lines folded in.
QHash<QString, QString> fields(const QString& block)
{
    QHash<QString, QString> out;
    QString last;
    const QStringList lines = block.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line.remove(QLatin1Char('\r'));
        if (!line.isEmpty() && (line.front() == QLatin1Char(' ') || line.front() == QLatin1Char('\t'))) {
            if (!last.isEmpty()) {
                out[last] += QLatin1Char(' ') + line.trimmed();
            }
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            continue;
        }
        last = line.left(colon).trimmed().toLower();
        if (!out.contains(last)) {
            out.insert(last, line.mid(colon + 1).trimmed());
        }
    }
    return out;
}

QString statusIn(const QString& text)
{
    return capture(text, R"((?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]))");
}

bool isNullSender(const ParsedMessage& m)
{
    const QString returnPath = m.header(QStringLiteral("Return-Path")).trimmed();
    return returnPath == QLatin1String("<>")
        || has(m.fromAddress,
               R"(^(mailer-daemon|postmaster|post_master|mail-daemon|mailerdaemon|mdaemon|bounces?|returns?|nobody|noreply-dmarc)@)")
        || has(m.header(QStringLiteral("From")),
               R"(mail(er)?[- ]?(daemon|delivery|system)|postmaster|post_master|mail delivery|delivery (subsystem|status))");
}

const char* const BounceSubject
    = R"(undeliver|undelivered|delivery (status notification|failure|failed|has failed|notification|problem|report)|mail delivery|returned mail|failure notice|could not (be )?deliver|non[- ]?remis|message not delivered|nondeliverable|not delivered|mail system error|delivery error|rejected|warning: could not send|mail could not be delivered|permanent error|unzustellbar|notificaci[oó]n|error sending|returned to sender|returning to sender|mail failed|mail failure|message you sent|delivery status|sending failed|failed delivery|bounce|メールエラー|不達|配信エラー|エラー通知)";

const char* const BounceBody
    = R"(could not be delivered|couldn't be delivered|did not reach the following recipient|malformed (recipient )?address|invalid user address|was not delivered|undeliverable|delivery (has )?failed|delivery to the following recipient|permanent (error|failure|fatal)|the mail system|i'm afraid i (wasn't|was not) able to deliver|mail delivery (software|subsystem|failed)|message could not be delivered|unable to deliver|failed to deliver|delivery status notification|returned mail|recipient address rejected|user unknown|no such (user|mailbox)|mailbox (unavailable|full|not found)|does not exist|following address(es)? failed|message was not sent|rejected your message|was rejected|could not deliver|not be delivered|has been blocked|retry timeout|address not found|delivery attempts|smtp error|550[ -]|554[ -]|553[ -]|552[ -]|451[ -]|452[ -]|421[ -]|5\.\d\.\d)";

} // namespace

QJsonObject Classification::toJson() const
{
    QJsonObject json {{QStringLiteral("category"), category},
                      {QStringLiteral("confidence"), qRound(confidence * 100) / 100.0},
                      {QStringLiteral("language"), language}};
    if (category == QLatin1String("bounce")) {
        json.insert(QStringLiteral("bounce"),
                    QJsonObject {{QStringLiteral("status"), bounce.status},
                                 {QStringLiteral("hard"), bounce.hard},
                                 {QStringLiteral("recipient"), bounce.recipient},
                                 {QStringLiteral("reason"), bounce.reason}});
    }
    if (category == QLatin1String("auto_reply")) {
        QJsonObject autoReply {
            {QStringLiteral("return_date"),
             returnDate.isValid() ? QJsonValue(returnDate.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}};
        if (returnDate.isValid()) {
            autoReply.insert(QStringLiteral("return_date_precision"),
                             returnDateApproximate ? QStringLiteral("approximate") : QStringLiteral("day"));
        }
        json.insert(QStringLiteral("auto_reply"), autoReply);
    }
    if (category == QLatin1String("referral")) {
        json.insert(QStringLiteral("referral"),
                    QJsonObject {{QStringLiteral("email"), referralEmail},
                                 {QStringLiteral("name"), referralName},
                                 {QStringLiteral("left_company"), leftCompany}});
    }
    if (category == QLatin1String("not_interested") && followUpDate.isValid()) {
        json.insert(QStringLiteral("follow_up"),
                    QJsonObject {{QStringLiteral("date"), followUpDate.toString(Qt::ISODate)},
                                 {QStringLiteral("precision"),
                                  followUpApproximate ? QStringLiteral("approximate") : QStringLiteral("day")}});
    }
    return json;
}

namespace {

// "No such user" in the words servers use (any whitespace between them: reports fold long lines);
// "Recipient address rejected: <another reason>" is not one.
const char* const kUserUnknown
    = R"(user\s+(unknown|not\s+found|doesn't\s+exist|does\s+not\s+exist)|unknown\s+(user|recipient|local[-\s+]part|address|mailbox)|no\s+such\s+(user|recipient|mailbox|account|address|person)|recipient\s+(unknown|not\s+found|does\s+not\s+exist|rejected)|(mailbox|account|address|user|recipient|addressee)\s+(does\s+not|doesn't|did\s+not)\s+exist|invalid\s+(recipient|mailbox|address|user)|not\s+a\s+(valid|known)\s+(user|mailbox|recipient)|mailbox\s+(not\s+found|unavailable|does\s+not\s+exist|not\s+available|name\s+not\s+allowed)|no\s+mailbox|address\s+rejected(?!:)|address\s+(unknown|not\s+found|doesn't\s+exist|does\s+not\s+exist)|unknown\s+or\s+illegal\s+alias|is\s+not\s+a\s+valid\s+mailbox|user\s+doesn't\s+have\s+a|undeliverable\s+address|no\s+longer\s+exists|not\s+listed\s+in|nosuchuser|unrouteable\s+address|bad\s+destination|address\s+lookup\s+failed|recipient\s+address\s+rejected:\s+(access\s+denied|user)|recipient\s+no\s+longer|unknown\s+account|this\s+account\s+does\s+not\s+exist|account\s+(that\s+you\s+tried\s+to\s+reach\s+)?does\s+not\s+exist|no\s+user|invalid\s+address|cannot\s+find|couldn't\s+find\s+the\s+recipient|user\s+not\s+exist|destination\s+addresses\s+were\s+unknown|doesn't\s+have\s+an\s+account|invalid\s+final\s+delivery\s+userid|no\s+valid\s+recipients|ディレクトリ(のリスト)?に(は)?(ありません|見つかりません))";
const char* const kMailboxFull
    = R"(mailbox (is )?full|over ?quota|quota (exceeded|full)|exceed(ed|s)? (the )?(storage|quota)|insufficient (storage|disk)|mailbox size limit|disk quota|user is over|storage allocation|mail ?box .{0,20}(full|quota)|too much mail)";
// The SMTP stage that failed, as mailers report it: at the recipient (the address is refused) or
// after the content (a filter speaking, whatever words it uses).
const char* const kAtRecipient
    = R"(in reply to\s+rcpt\s+to|after\s+rcpt(\s+to)?(\s+command|:)|smtp:rcpt\b|rcpt to response|\[rcpt_to\]|did not like our rcpt|>>> rcpt to:[^\n]*\n\s*<<<\s*[45]\d\d)";
const char* const kAfterData
    = R"(in reply to\s+(end\s+of\s+)?data|after\s+(end\s+of\s+)?data\b|>>> data\s*<<< 5\d\d[^\n]*(unknown|not exist|invalid|no such)|\b5\d\d:? : user unknown)";
// Pipelined: every recipient already failed at RCPT, DATA only gets the leftover "no valid recipients".
const char* const kPipelined = R"(no valid recipients)";

} // namespace

Classification::Bounce ReplyClassifier::judgeBounce(const QString& status, const QString& diagnostic,
                                                    const QString& report)
{
    Classification::Bounce b;
    b.status = status;
    const QString& d = diagnostic;
    // The words say more than the code (servers reuse 5.1.1 and 5.0.0 for everything), so the
    // specific causes are looked for first; the status code decides when the words say nothing.
    struct Rule
    {
        const char* reason;
        bool hard;
        const char* pattern;
    };
    static const Rule rules[] = {
        {"mailbox_full", false, kMailboxFull},
        {"message_too_big", false,
         R"(message (size|length) exceeds|too (big|large)|size limit|exceeds? (the )?(maximum|max) (message )?size)"},
        {"suspended", false,
         R"(suspended|account (has been |is )?(disabled|deactivated|inactive|locked|expired|closed)|mailbox (is )?(disabled|inactive|frozen)|not active|is inactive|temporarily (disabled|deactivated)|blocked account|account (that you tried to reach )?is (disabled|inactive))"},
        {"has_moved", true,
         R"(has moved|no longer (with|at|works|available|valid|in use)|changed (his|her|their) (e-?mail|address))"},
        {"host_unknown", true,
         R"(host (or domain name )?not found|unknown host|domain (name )?not found|no such domain|domain does not exist|unrouteable (mail )?domain|nxdomain|name or service not known|couldn't find any host|host unknown|no (mx|mail exchanger)|dns (error|lookup)|unresolvable|domain .{0,30}(does not|doesn't) (exist|accept)|domain is not reachable|\b5\d\d[ -]+[a-z0-9-]+(\.[a-z0-9-]+)+\.? does not exist)"},
        {"not_accept", true,
         R"(does not accept (any )?(e-?)?mail|null mx|no (e-?)?mail (is )?accepted|not accepting mail|no smtp service)"},
        {"user_unknown", true, kUserUnknown},
        {"expired", false,
         R"(retry time(out)? (exceeded|reached)|timed? ?out|expired|too long|giving up|delivery (time|period) expired|could not be delivered for|maximum time|not (been )?delivered for [0-9]+|time limit|delayed|deferred)"},
        {"blocked", false,
         R"(spam|blocked|block ?list|blacklist|rbl|dnsbl|reputation|policy|not allowed|denied|refused|rejected for|relay|spf|dkim|dmarc|authenticat|ptr|reverse dns|rate limit|too many|virus|content|filter|prohibited|unauthori[sz]ed|syntax|security|tls)"},
    };
    // The diagnostic line first; when it says nothing telling, the rest of the report.
    auto fromWords = [&](bool allowHard) {
        for (const QString* text : {&d, &report}) {
            for (const Rule& rule : rules) {
                if ((allowHard || !rule.hard) && has(*text, rule.pattern)) {
                    b.reason = QString::fromLatin1(rule.reason);
                    b.hard = rule.hard;
                    return true;
                }
            }
        }
        return false;
    };
    // Addressing failures: the mailbox (5.1.1), the domain (5.1.2, and 5.4.4 "unable to route"), moved
    // (5.1.6), no mail accepted (5.1.10); Exchange Online's directory rejections (5.1.351, 5.4.1).
    static const QHash<QString, QString> hardCodes {{QStringLiteral("5.1.1"), QStringLiteral("user_unknown")},
                                                    {QStringLiteral("5.1.2"), QStringLiteral("host_unknown")},
                                                    {QStringLiteral("5.4.4"), QStringLiteral("host_unknown")},
                                                    {QStringLiteral("5.1.6"), QStringLiteral("has_moved")},
                                                    {QStringLiteral("5.1.10"), QStringLiteral("not_accept")},
                                                    {QStringLiteral("5.1.351"), QStringLiteral("user_unknown")},
                                                    {QStringLiteral("5.4.1"), QStringLiteral("user_unknown")}};
    // A specific status code is the server's own verdict (RFC 3463): temporary failures (4.x.x),
    // mailbox status (5.2.2 full, 5.2.3 too big), routing and network (5.4.x), protocol (5.3.x, 5.5.x
    // except 5.5.0), content (5.6.x) and policy (5.7.x) never mean the address is gone.
    static const QRegularExpression softCodes(
        QStringLiteral(R"(^(4\.|5\.7\.|5\.6\.|5\.3\.|5\.4\.|5\.2\.[023]|5\.1\.[78]|5\.5\.[1-9]))"));
    auto ruleMatches = [&](const char* reason) {
        for (const Rule& rule : rules) {
            if (qstrcmp(rule.reason, reason) == 0) {
                return has(d, rule.pattern);
            }
        }
        return false;
    };
    auto verdict = [&](const char* reason, bool hard) {
        b.reason = QString::fromLatin1(reason);
        b.hard = hard;
        return b;
    };
    const QString text = d + QLatin1Char('\n') + report;
    // Before the codes: what the words and the SMTP stage establish beyond doubt.
    // A permanent refusal of the recipient at RCPT TO with "no such user" words is a missing mailbox,
    // whatever generic code the server gave (5.7.x, 5.5.x, 5.3.x).
    if (has(status, R"(^5\.[357]\.)") && has(d, kUserUnknown) && has(text, kAtRecipient) && !ruleMatches("mailbox_full")
        && !ruleMatches("message_too_big") && !ruleMatches("suspended")) {
        return verdict("user_unknown", true);
    }
    if (!status.startsWith(QLatin1Char('4'))
        && has(
            d,
            R"((host|system|domain) (does not|doesn't) accept (any )?(e-?)?mail|not accepting (network )?(mail|messages)|null mx)")) {
        return verdict("not_accept", true);
    }
    // A local delivery program or a resolver failing is the recipient's system, not the address.
    if (has(d, R"(^\s*x-unix;|^\s*x-postfix;\s*name service error)")) {
        return verdict("mailer_error", false);
    }
    // Each line of the diagnostic that carries the status code, and what follows the code on it
    // (cached patterns only: this runs for every bounce, thousands a second).
    auto onStatusLine = [&](const std::function<bool(const QString& line, qsizetype after)>& test) {
        if (status.isEmpty()) {
            return false;
        }
        const QStringList lines = d.split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (const qsizetype at = line.indexOf(status); at >= 0 && test(line, at + status.size())) {
                return true;
            }
        }
        return false;
    };
    // The code and "no such user" on the same line of a refusal at RCPT TO.
    if (!hardCodes.contains(status) && !status.startsWith(QLatin1String("5.1."))
        && onStatusLine([](const QString& line, qsizetype after) {
               const QRegularExpressionMatch words = rx(kUserUnknown).match(line.mid(after));
               return words.hasMatch() && words.capturedStart() <= 80;
           })
        && has(text, kAtRecipient) && !ruleMatches("message_too_big") && !ruleMatches("suspended")) {
        return verdict("user_unknown", true);
    }
    if (const auto it = hardCodes.constFind(status); it != hardCodes.constEnd()) {
        // A hard code on a line that speaks of a full mailbox or of too many messages: the words win.
        if (onStatusLine([](const QString& line, qsizetype after) {
                return has(line, kMailboxFull) || has(line.mid(after), R"(too many (recipients|messages|connections))");
            })) {
            return verdict("mailbox_full", false);
        }
        // "No such user" answered after the content: a filter (5.1.351 and 5.4.1 included).
        if (status != QLatin1String("5.1.1") && it.value() == QLatin1String("user_unknown") && has(d, kUserUnknown)
            && has(text, kAfterData) && !has(text, kPipelined)) {
            return verdict("filtered", false);
        }
        b.hard = true;
        b.reason = it.value();
    } else if (softCodes.match(status).hasMatch()) {
        if (!fromWords(false)) {
            b.reason = status.startsWith(QLatin1Char('4')) ? QStringLiteral("temporary") : QStringLiteral("blocked");
        }
        b.hard = false;
        return b;
    } else if (!fromWords(true)) {
        // A vague code (5.0.0, 5.2.1, 5.5.0, none) and no telling words.
        b.reason = QStringLiteral("undefined");
    }
    // "User unknown" answered to the message's content (after DATA) rather than to its recipient
    // (RCPT TO) is a content filter speaking, not a missing mailbox.
    if (b.reason == QLatin1String("user_unknown") && !hardCodes.contains(status) && !has(text, kPipelined)
        && (has(text, R"(in reply to end of data|>>> data\s*<<< 5\d\d[^\n]*(unknown|not exist|invalid|no such))")
            || (has(d, kUserUnknown) && has(text, kAfterData)))) {
        return verdict("filtered", false);
    }
    return b;
}

namespace {
// The mailer's report, without the copy of the returned message that usually follows it.
QString bodyText(const ParsedMessage& m)
{
    return m.textBody.isEmpty() ? m.htmlBody.left(ParsedMessage::JudgedChars).remove(rx("<[^>]*>"))
                                : m.textBody.left(ParsedMessage::JudgedChars);
}

QString reportText(QString body)
{
    body = body.left(20000);
    static const QRegularExpression returned(
        QStringLiteral(
            R"(^.*(original message (follows|headers)|below this line is a copy|copy of (the|your) (original )?message|this is a copy of the message|-{2,}\s*returned message|message d'origine|unsent message below|content-type: message/rfc822|^received: from ).*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch cut = returned.match(body);
    return cut.hasMatch() && cut.capturedStart() > 40 ? body.left(cut.capturedStart()) : body;
}

QString reportPart(const ParsedMessage& m)
{
    return reportText(bodyText(m));
}
} // namespace

bool ReplyClassifier::classifyDeliveryReport(const ParsedMessage& m, Classification& out) const
{
    QString text = m.deliveryStatus;
    QString report;
    if (text.isEmpty()) {
        // A delivery report whose MIME structure broke (a lost boundary): the fields are in the body.
        const QString body = bodyText(m);
        const QRegularExpressionMatch start
            = rx(R"(^(content-type: message/(global-)?delivery-status|reporting-mta:|original-recipient:|final-recipient:))")
                  .match(body);
        if (!start.hasMatch() || !has(body, R"(^final-recipient:)") || !has(body, R"(^status:)")) {
            return false;
        }
        text = body.mid(start.capturedStart());
        report = reportText(body.left(start.capturedStart()));
    } else {
        report = reportPart(m);
    }
    // Per-message fields first, then one block per recipient, separated by blank lines.
    text.remove(QLatin1Char('\r'));
    static const RX blankLine(QStringLiteral("\n\\s*\n"));
    const QStringList blocks = text.split(blankLine, Qt::SkipEmptyParts);
    bool delivered = false;
    for (const QString& block : blocks) {
        const QHash<QString, QString> f = fields(block);
        if (!f.contains(QStringLiteral("final-recipient")) && !f.contains(QStringLiteral("original-recipient"))
            && !f.contains(QStringLiteral("status"))) {
            continue;
        }
        const QString action = f.value(QStringLiteral("action")).toLower();
        QString status = statusIn(f.value(QStringLiteral("status")));
        if (action.startsWith(QLatin1String("delivered")) || action.startsWith(QLatin1String("relayed"))
            || action.startsWith(QLatin1String("expanded")) || status.startsWith(QLatin1Char('2'))) {
            delivered = true;
            continue;
        }
        const QString diagnostic = f.value(QStringLiteral("diagnostic-code"));
        // The remote server's own code, in the diagnostic, is more precise than the one the reporting
        // mailer put in Status (often a generic translation of it).
        if (const QString remote = statusIn(diagnostic);
            !status.isEmpty() && !remote.isEmpty() && !remote.endsWith(QLatin1String(".0.0")) && remote != status) {
            status = remote;
        }
        if (status.isEmpty() || status.endsWith(QLatin1String(".0.0"))) {
            // "5.0.0" says nothing; the diagnostic or the human part often states the real code.
            const QString better = statusIn(diagnostic + QLatin1Char(' ') + report);
            if (!better.isEmpty()) {
                status = better;
            }
        }
        out.bounce = judgeBounce(status, diagnostic.isEmpty() ? report : diagnostic, report);
        if (action.startsWith(QLatin1String("delayed"))) {
            out.bounce.hard = false;
        }
        out.bounce.recipient = addressIn(f.value(QStringLiteral("final-recipient")));
        if (out.bounce.recipient.isEmpty()) {
            out.bounce.recipient = addressIn(f.value(QStringLiteral("original-recipient")));
        }
        out.category = QStringLiteral("bounce");
        out.confidence = 0.99;
        out.machineGenerated = true;
        return true;
    }
    if (delivered) {
        out.category = QStringLiteral("other"); // a delivery notice: nothing failed
        out.confidence = 0.95;
        out.machineGenerated = true;
        return true;
    }
    return false;
}

bool ReplyClassifier::classifyNotificationJson(const ParsedMessage& m, Classification& out) const
{
    // Amazon SES notifications forwarded by SNS: the report is JSON in the body.
    if (!m.textBody.contains(QLatin1String("notificationType"))) {
        return false;
    }
    QString text = m.textBody.left(ParsedMessage::JudgedChars);
    // Through SNS, the notification is a JSON string inside SNS's own JSON envelope.
    if (const QJsonObject envelope = QJsonDocument::fromJson(text.trimmed().toUtf8()).object();
        envelope.value(QStringLiteral("Type")).toString() == QLatin1String("Notification")) {
        text = envelope.value(QStringLiteral("Message")).toString();
    }
    const qsizetype start = text.indexOf(QLatin1String("{\"notificationType\""));
    if (start < 0) {
        return false;
    }
    const qsizetype end = text.lastIndexOf(QLatin1Char('}'));
    const QJsonObject json = QJsonDocument::fromJson(text.mid(start, end - start + 1).toUtf8()).object();
    const QString type = json.value(QStringLiteral("notificationType")).toString();
    out.machineGenerated = true;
    out.confidence = 0.99;
    if (type == QLatin1String("Complaint")) {
        out.category = QStringLiteral("complaint");
        return true;
    }
    if (type != QLatin1String("Bounce")) {
        out.category = QStringLiteral("other");
        return true;
    }
    const QJsonObject bounce = json.value(QStringLiteral("bounce")).toObject();
    const QJsonObject recipient = bounce.value(QStringLiteral("bouncedRecipients")).toArray().at(0).toObject();
    out.category = QStringLiteral("bounce");
    out.bounce = judgeBounce(recipient.value(QStringLiteral("status")).toString(),
                             recipient.value(QStringLiteral("diagnosticCode")).toString(), {});
    if (bounce.value(QStringLiteral("bounceType")).toString() == QLatin1String("Transient")) {
        out.bounce.hard = false;
    }
    out.bounce.recipient = recipient.value(QStringLiteral("emailAddress")).toString().toLower();
    return true;
}

bool ReplyClassifier::classifyUnstructuredBounce(const ParsedMessage& m, Classification& out) const
{
    const QString failed = m.header(QStringLiteral("X-Failed-Recipients"));
    const bool nullSender = isNullSender(m);
    const bool subject = has(m.subject, BounceSubject);
    const bool report = m.mimeType == QLatin1String("multipart/report");
    if (failed.isEmpty() && !nullSender && !subject && !report) {
        return false; // the body's words alone never make a bounce: no need to read them
    }
    const QString body = reportPart(m);
    const bool words = has(body, BounceBody);

    if (!(failed.size() > 0 || (nullSender && (subject || words)) || (subject && words) || (report && words))) {
        return false;
    }
    QString status = statusIn(body);
    if (status.isEmpty()) {
        // A bare SMTP reply code: 5xx is permanent, 4xx temporary.
        const QString code = capture(body, R"((?<!\d)([45])\d\d(?=[ \-]))");
        status = code.isEmpty() ? QString() : code + QStringLiteral(".0.0");
    }
    out.bounce = judgeBounce(status, body, body);
    out.bounce.recipient = addressIn(failed);
    if (out.bounce.recipient.isEmpty()) {
        // The first address in the report that is not the mailer's own.
        auto it = rx(R"(<?([A-Z0-9._%+=\-'/]+@[A-Z0-9.\-]+\.[A-Z]{2,})>?)").globalMatch(body);
        while (it.hasNext()) {
            const QString address = it.next().captured(1).toLower();
            if (address != m.fromAddress && !has(address, R"(^(mailer-daemon|postmaster|root|abuse)@)")) {
                out.bounce.recipient = address;
                break;
            }
        }
    }
    if (out.bounce.recipient.isEmpty() && !m.returnedHeaders.isEmpty()) {
        out.bounce.recipient = addressIn(fields(m.returnedHeaders).value(QStringLiteral("to")));
    }
    out.category = QStringLiteral("bounce");
    out.confidence = nullSender && subject ? 0.95 : 0.85;
    out.machineGenerated = true;
    return true;
}

bool ReplyClassifier::classifyAutoReply(const ParsedMessage& m, Classification& out) const
{
    const QString autoSubmitted = m.header(QStringLiteral("Auto-Submitted")).toLower();
    const bool header
        = autoSubmitted.startsWith(QLatin1String("auto-replied"))
        || m.header(QStringLiteral("X-Apple-Action")).compare(QLatin1String("VACATION"), Qt::CaseInsensitive) == 0
        || has(
              m.subject,
              R"(^\s*(auto(matic)?[ -]?reply|r[ée]ponse automatique|out of (the )?office( reply)?|automatische antwort)\s*:)")
        || !m.header(QStringLiteral("X-Autoreply")).isEmpty() || !m.header(QStringLiteral("X-Autorespond")).isEmpty()
        || m.header(QStringLiteral("Precedence")).toLower() == QLatin1String("auto_reply")
        || (m.header(QStringLiteral("X-Auto-Response-Suppress")).contains(QLatin1String("All"), Qt::CaseInsensitive)
            && has(m.subject, R"(^(auto|automatic))"));
    const QString words
        = ownWords((m.textBody.isEmpty() ? m.htmlBody : m.textBody).left(ParsedMessage::JudgedChars)).left(3000);
    const bool subject = has(
        m.subject,
        R"(^\s*(auto(matic)?[ -]?(reply|response|antwort)|out of (the )?office|absence|absent|r[ée]ponse automatique|vacation|away|on leave|abwesen|autosvar|fuori sede|en cong[ée])|out of (the )?office|r[ée]ponse automatique|absent du bureau|automatic reply)");
    const bool text = has(
        words,
        R"(out of (the )?office|on (annual |parental |maternity |sick )?leave|on vacation|on holiday|away from (the office|my desk)|limited access to (my )?e-?mail|i am (currently )?away|i'm (currently )?away|back (in the office )?on|will be back|return(ing)? on|je suis (actuellement )?absent|absente? du bureau|en cong[ée]s?|de retour le|je serai de retour|en vacances|acc[eè]s limit[ée] (à|a) mes (e-?mails|courriels|messages))");
    if (!(header || (subject && text) || (subject && autoSubmitted.startsWith(QLatin1String("auto-"))))) {
        return false;
    }
    out.category = QStringLiteral("auto_reply");
    out.confidence = header ? 0.97 : 0.85;
    out.machineGenerated = true;
    // The day in the sender's own time zone: "back Monday" written on Sunday evening in New York is
    // already Monday in UTC.
    const QDateTime local = QDateTime::fromString(m.header(QStringLiteral("Date")).trimmed(), Qt::RFC2822Date);
    const QDate sent = local.isValid() ? local.date() : m.date.isValid() ? m.date.date() : QDate();
    const ReturnDate::Result back = ReturnDate::read(words, sent, ReturnDate::dayFirstFor(m.fromAddress, words));
    out.returnDate = back.date;
    out.returnDateApproximate = back.approximate;
    return true;
}

QString ReplyClassifier::ownWords(const QString& text)
{
    QString kept;
    bool keptAny = false;
    // Line by line, from the top, stopping where the quoted history starts: the rest of a long
    // thread is never even split into lines.
    const QStringView all(text);
    for (qsizetype from = 0; from <= all.size();) {
        qsizetype end = all.indexOf(QLatin1Char('\n'), from);
        if (end < 0) {
            end = all.size();
        }
        QStringView line = all.mid(from, end - from);
        from = end + 1;
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        const QStringView t = line.trimmed();
        // Where the quoted history starts, the sender's words end (the first letter tells which
        // lines can be such a marker before the expression is tried).
        const QChar first = t.isEmpty() ? QChar() : t.front().toLower();
        if ((!t.isEmpty() && QStringView(u"old-_fdves").contains(first)
             && has(
                 t.toString(),
                 R"(^(on .{4,120} wrote:?|le .{4,120} a [ée]crit\s*:?|-{2,}\s*(original message|message d'origine|forwarded message|message transf[ée]r[ée])\s*-{2,}|_{10,}|(from|de|von)\s*:\s*.+@.+|envoy[ée] de mon|sent from my)$)"))
            || (t.startsWith(QLatin1String("From:")) && keptAny)) {
            break;
        }
        if (line == QLatin1String("-- ") || line == QLatin1String("--")) {
            break; // the signature
        }
        if (t.startsWith(QLatin1Char('>'))) {
            continue;
        }
        if (keptAny) {
            kept += QLatin1Char('\n');
        }
        kept += line;
        keptAny = true;
    }
    return kept.trimmed();
}

QString ReplyClassifier::detectLanguage(const QString& text)
{
    // Short, frequent words of each language; a reply of a few words still has two or three. Words
    // are compared by a hash of their lower-case letters, read without a regular expression: this
    // runs on every message the sync fetches.
    auto hashOf = [](QStringView word) {
        quint64 h = 14695981039346656037ull;
        for (const QChar c : word) {
            h = (h ^ c.unicode()) * 1099511628211ull;
        }
        return h;
    };
    auto set = [&hashOf](const char* spaced) {
        QSet<quint64> out;
        for (const QString& w : QString::fromUtf8(spaced).split(QLatin1Char(' '))) {
            out.insert(hashOf(w));
        }
        return out;
    };
    static const QSet<quint64> fr = set(
        "je vous nous le la les des est pas pour merci bonjour avec une un et de du ne suis sur mon votre cordialement "
        "retour plus mais serai être très jusqu'au c'est qui oui ça va lundi mardi mercredi jeudi vendredi au moi non "
        "ce cette ces mes ma nos notre vos en dans que quoi bonsoir salut tard prochain prochaine semaine mois année "
        "rappeler appeler envoyer envoyez intéressé intéressée désolé désolée svp stp aussi sommes avons êtes pouvez "
        "peut faire tout tous rien encore déjà ici où quand comment pourquoi combien d'accord volontiers demain");
    static const QSet<quint64> en = set("i you we the is not for thanks hi with and to of am on my your regards back "
                                        "please but will be it this that works thank are have would our in "
                                        "yes no send sorry later next week month year call me remove stop hello "
                                        "hey who what when where how can could should do does don't i'm we're "
                                        "it's let's us they them at from as an about interested tomorrow sure");
    int frScore = 0;
    int enScore = 0;
    QString word;
    bool accented = false; // a letter French uses and English does not
    auto endWord = [&] {
        if (!word.isEmpty()) {
            const quint64 h = hashOf(word);
            frScore += (fr.contains(h) ? 1 : 0) + (accented ? 1 : 0);
            enScore += en.contains(h) ? 1 : 0;
        }
        word.clear();
        accented = false;
    };
    const QStringView sample = QStringView(text).left(4000);
    for (const QChar c : sample) {
        if (c.isLetter() || c == QLatin1Char('\'')) {
            const QChar lower = c.toLower();
            word.append(lower);
            accented = accented || QStringView(u"éèêàçùœ").contains(lower);
        } else {
            endWord();
        }
    }
    endWord();
    if (frScore == enScore || std::max(frScore, enScore) < 2) {
        return {};
    }
    return frScore > enScore ? QStringLiteral("fr") : QStringLiteral("en");
}

void ReplyClassifier::classifyHuman(const ParsedMessage& m, Classification& out) const
{
    HumanReply::judge(m, m_model, out);
}

bool ReplyClassifier::classifyMachine(const ParsedMessage& m, Classification& out) const
{
    // Structure first: a feedback report is a complaint, a delivery report says what failed.
    if (!m.feedbackReport.isEmpty() || m.reportType == QLatin1String("feedback-report")) {
        out.category = QStringLiteral("complaint");
        out.confidence = 0.99;
        out.machineGenerated = true;
        return true;
    }
    if (!m.returnedHeaders.isEmpty()
        && has(m.subject, R"(complaint|abuse report|spam report|feedback loop|\bfbl\b|reported as spam)")) {
        out.category = QStringLiteral("complaint"); // an abuse desk returning the message, without ARF
        out.confidence = 0.9;
        out.machineGenerated = true;
        return true;
    }
    if (classifyDeliveryReport(m, out) || classifyNotificationJson(m, out)) {
        return true;
    }
    // An automatic reply says so in its headers (RFC 3834); a bounce comes from a null sender, so for
    // a null sender the bounce is looked for first.
    if (isNullSender(m)) {
        return classifyUnstructuredBounce(m, out) || classifyAutoReply(m, out);
    }
    return classifyAutoReply(m, out) || classifyUnstructuredBounce(m, out);
}

Classification ReplyClassifier::classify(const ParsedMessage& m) const
{
    Classification out;
    if (classifyMachine(m, out)) {
        // The language of the machine message's own words (the report, the automatic reply's text);
        // a human reply's is read with the rest of its judgement.
        const QString sample = m.textBody.isEmpty() ? m.htmlBody.left(4000) : m.textBody.left(4000);
        out.language = detectLanguage(ownWords(sample));
        return out;
    }
    classifyHuman(m, out);
    return out;
}

} // namespace sc::agents::inbox
