// The Inbox agent's reading of mail: GMime parsing of real-world messages, the sender's own words,
// language, and classification, measured on the 629 real bounce, complaint and auto-reply messages of
// ../shared/data/sisimai-set-of-emails against their ground truth (skipped, with one line saying so,
// where that corpus is not beside the clone).
#include "ProcessMemory.h"
#include "ReplyCorpus.h"
#include "SisimaiCorpus.h"
#include "agents/inbox/MessageBuilder.h"
#include "agents/inbox/MessageParser.h"
#include "agents/inbox/ReplyClassifier.h"
#include "agents/inbox/ReturnDate.h"
#include "agents/inbox/TextClassifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace sc::agents::inbox;

using namespace sc::tests;

namespace {

QString mailPath(const char* name)
{
    return QStringLiteral(SC_SOURCE_DIR "/tests/data/mail/") + QLatin1String(name);
}

Classification classifyText(const QByteArray& raw)
{
    return ReplyClassifier().classify(MessageParser::parse(raw));
}

QByteArray reply(const QByteArray& subject, const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "From: Dana Whitfield <dana.whitfield@kestrel-labs.example>\n"
           "To: rep@quartz-sales.example\n"
           "Subject: "
        + subject + "\nDate: Wed, 25 Nov 2026 10:00:00 +0000\n" + extraHeaders
        + "Content-Type: text/plain; charset=UTF-8\n\n" + body + "\n";
}

} // namespace

class TestInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the outbox sends reads back the same through the parser; hostile line breaks in a subject
    // or a name never become headers (no injected Bcc).
    void builtMessagesRoundTripAndResistHeaderInjection()
    {
        OutgoingMail mail;
        mail.fromAddress = QStringLiteral("dana@kestrel-labs.example");
        mail.fromName = QStringLiteral("Dana Whitfield");
        mail.toAddress = QStringLiteral("ines.moreau@heron-works.example");
        mail.toName = QStringLiteral("Inès Moreau\r\nBcc: victim@elsewhere.example");
        mail.subject = QStringLiteral("Réunion jeudi ?\r\nBcc: victim@elsewhere.example");
        mail.text = QStringLiteral("Bonjour Inès,\n\nJeudi 10 h ? <script>alert(1)</script>\n.\nDana");
        mail.messageId = QStringLiteral("abc-123@kestrel-labs.example");
        mail.inReplyTo = QStringLiteral("q1@heron-works.example");
        mail.references = {QStringLiteral("q0@heron-works.example")};
        mail.date = 1795000000;
        mail.unsubscribeMailto = mail.fromAddress;
        mail.unsubscribeUrl = QStringLiteral("http://kestrel-labs.example/u"); // not HTTPS: no one-click
        mail.unsubscribeToken = QStringLiteral("tok");
        const QByteArray raw = MessageBuilder::build(mail);
        QVERIFY(!raw.contains("\nBcc:"));
        const ParsedMessage m = MessageParser::parse(raw);
        QVERIFY(m.ok);
        QCOMPARE(m.subject, QStringLiteral("Réunion jeudi ? Bcc: victim@elsewhere.example"));
        QCOMPARE(m.to, QStringList {QStringLiteral("ines.moreau@heron-works.example")});
        QCOMPARE(m.header(QStringLiteral("Bcc")), QString());
        QCOMPARE(m.messageId, QStringLiteral("abc-123@kestrel-labs.example"));
        QCOMPARE(m.inReplyTo, QStringLiteral("q1@heron-works.example"));
        QCOMPARE(m.references,
                 (QStringList {QStringLiteral("q0@heron-works.example"), QStringLiteral("q1@heron-works.example")}));
        QCOMPARE(m.date.toSecsSinceEpoch(), 1795000000);
        QVERIFY(m.textBody.contains(QStringLiteral("Jeudi 10 h ? <script>alert(1)</script>\n.\nDana")));
        // The HTML version escapes what the rep typed.
        QVERIFY(m.htmlBody.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!m.htmlBody.contains(QStringLiteral("<script>")));
        QCOMPARE(m.header(QStringLiteral("List-Unsubscribe")),
                 QStringLiteral("<mailto:dana@kestrel-labs.example?subject=unsubscribe%20tok>"));
        QCOMPARE(m.header(QStringLiteral("List-Unsubscribe-Post")), QString());
        QCOMPARE(MessageBuilder::unsubscribeLink(QStringLiteral("https://x.example/u?list=1"), QStringLiteral("a b")),
                 QStringLiteral("https://x.example/u?list=1&t=a%20b"));
    }

    void parsesCharsetsEncodedWordsAndThreadingHeaders()
    {
        const ParsedMessage m = MessageParser::parseFile(mailPath("french_reply_latin1.eml"));
        QVERIFY2(m.ok, qPrintable(m.error));
        QCOMPARE(m.fromName, QStringLiteral("Renée Lefèvre"));
        QCOMPARE(m.fromAddress, QStringLiteral("renee.lefevre@heron-conseil.example"));
        QCOMPARE(m.subject, QStringLiteral("Re: Démo de janvier"));
        QCOMPARE(m.messageId, QStringLiteral("reply-42@heron-conseil.example"));
        QCOMPARE(m.inReplyTo, QStringLiteral("first-1@quartz-sales.example"));
        QCOMPARE(m.references,
                 QStringList(
                     {QStringLiteral("first-0@quartz-sales.example"), QStringLiteral("first-1@quartz-sales.example")}));
        QVERIFY(m.textBody.contains(QStringLiteral("Pas intéressée pour le moment, nous avons déjà un prestataire.")));
        QVERIFY(m.htmlBody.contains(QStringLiteral("intéressée")));
        QCOMPARE(m.date, QDateTime(QDate(2026, 11, 24), QTime(8, 15), Qt::UTC));
        const Classification c = ReplyClassifier().classify(m);
        QCOMPARE(c.category, QStringLiteral("not_interested"));
        QCOMPARE(c.language, QStringLiteral("fr"));
    }

    void brokenMimeIsReadAsFarAsItGoes()
    {
        const ParsedMessage m = MessageParser::parseFile(mailPath("truncated_multipart_referral.eml"));
        QVERIFY(m.ok);
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().fileName, QStringLiteral("brief.pdf"));
        QCOMPARE(m.attachments.first().size, 9); // "%PDF-1.4\n" decoded from base64
        const Classification c = ReplyClassifier().classify(m);
        QCOMPARE(c.category, QStringLiteral("referral"));
        QCOMPARE(c.referralEmail, QStringLiteral("priya.nand@plover-tools.example"));
        // Not mail at all: no crash, a clear verdict.
        static const char binary[] = "\x00\x01\x02 not a message";
        const ParsedMessage garbage = MessageParser::parse(QByteArray(binary, sizeof(binary) - 1));
        QVERIFY(!garbage.ok || garbage.textBody.isEmpty());
        QVERIFY(!MessageParser::parseFile(QStringLiteral("/nonexistent/file.eml")).ok);
    }

    void ownWordsSetQuotesAndSignaturesAside_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("own");
        QTest::newRow("gmail en") << QStringLiteral(
            "Sounds good.\n\nOn Mon, 23 Nov 2026 at 10:02, Alex <a@b.example> wrote:\n> Hi")
                                  << QStringLiteral("Sounds good.");
        QTest::newRow("gmail fr") << QStringLiteral(
            "Avec plaisir.\nLe lun. 23 nov. 2026 à 10:02, Alex <a@b.example> a écrit :\n> Bonjour")
                                  << QStringLiteral("Avec plaisir.");
        QTest::newRow("outlook") << QStringLiteral(
            "Not now, thanks.\n\nFrom: Alex <a@b.example>\nSent: Monday\nSubject: x\n\nHi Dana")
                                 << QStringLiteral("Not now, thanks.");
        QTest::newRow("outlook fr") << QStringLiteral(
            "Merci, pas pour nous.\n\nDe : Alex <a@b.example>\nEnvoyé : lundi")
                                    << QStringLiteral("Merci, pas pour nous.");
        QTest::newRow("signature") << QStringLiteral("Call me Tuesday.\n-- \nDana Whitfield\nVP Ops")
                                   << QStringLiteral("Call me Tuesday.");
        QTest::newRow("quoted lines") << QStringLiteral("> earlier text\nYes please.\n> more")
                                      << QStringLiteral("Yes please.");
        QTest::newRow("original message")
            << QStringLiteral("ok\n-----Original Message-----\nFrom: x") << QStringLiteral("ok");
    }

    void ownWordsSetQuotesAndSignaturesAside()
    {
        QFETCH(QString, text);
        QFETCH(QString, own);
        QCOMPARE(ReplyClassifier::ownWords(text), own);
    }

    void humanRepliesByCategory_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("language");
        QTest::newRow("unsubscribe en") << QByteArray("Please remove me from your list.") << "unsubscribe"
                                        << "en";
        QTest::newRow("unsubscribe fr") << QByteArray("Merci de ne plus me contacter.") << "unsubscribe"
                                        << "fr";
        QTest::newRow("not interested en")
            << QByteArray("We already work with another vendor, not interested.") << "not_interested"
            << "en";
        QTest::newRow("meeting en") << QByteArray("Tuesday at 3pm works for me.") << "meeting_time"
                                    << "en";
        QTest::newRow("meeting fr") << QByteArray("Jeudi 14h, ça me va.") << "meeting_time"
                                    << "fr";
        QTest::newRow("question en") << QByteArray("Do you integrate with our ERP?") << "question"
                                     << "en";
        QTest::newRow("interested fr") << QByteArray("Oui, je suis intéressée, envoyez-moi une présentation.")
                                       << "interested"
                                       << "fr";
        QTest::newRow("referral") << QByteArray("Please reach out to jules.moreau@kestrel-labs.example, he runs this.")
                                  << "referral"
                                  << "en";
    }

    void humanRepliesByCategory()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, category);
        QFETCH(QString, language);
        const Classification c = classifyText(reply("Re: Order picking", body));
        QCOMPARE(c.category, category);
        QCOMPARE(c.language, language);
        QVERIFY(!c.machineGenerated);
    }

    // The forms real auto-replies use, in English and French, read against a message sent on
    // Thursday 17 December 2026: the day the sender is back, or the first plausible working day of a
    // vague period (approximate).
    void returnDatesInTheFormsRealAutoRepliesUse_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("french");
        QTest::addColumn<QDate>("back");
        QTest::addColumn<bool>("approximate");
        const auto row = [](const char* words, bool french, QDate back, bool approximate = false) {
            QTest::newRow(words) << QString::fromUtf8(words) << french << back << approximate;
        };
        row("I will be out of the office until Monday, January 12.", false, QDate(2027, 1, 12));
        row("Je suis absente du bureau jusqu'au 12/01 inclus.", true, QDate(2027, 1, 13));
        row("Je serai de retour le lundi 12 janvier.", true, QDate(2027, 1, 12));
        row("I'm back on the 5th.", false, QDate(2027, 1, 5));
        row("Returning Jan 5th.", false, QDate(2027, 1, 5));
        row("Je suis en congés jusqu'au 5.", true, QDate(2027, 1, 5));
        row("I am away until the 12th inclusive.", false, QDate(2027, 1, 13));
        row("Back on the 12th.", false, QDate(2027, 1, 12));
        row("Absent du 22 décembre au 4 janvier.", true, QDate(2027, 1, 5));
        row("Out of office from December 22 to January 4.", false, QDate(2027, 1, 5));
        row("Back Tuesday.", false, QDate(2026, 12, 22));
        row("De retour mardi.", true, QDate(2026, 12, 22));
        row("Retour prévu début février.", true, QDate(2027, 2, 1), true);
        row("Back early February.", false, QDate(2027, 2, 1), true);
        row("Back next week.", false, QDate(2026, 12, 21), true);
        row("I will be out of the office next week.", false, QDate(2026, 12, 28), true);
        row("Je serai absent jusqu'après les fêtes.", true, QDate(2027, 1, 4), true);
        row("Back on 2026-12-29.", false, QDate(2026, 12, 29));
        row("Merci pour votre message.", true, QDate());
    }

    void returnDatesInTheFormsRealAutoRepliesUse()
    {
        QFETCH(QString, words);
        QFETCH(bool, french);
        QFETCH(QDate, back);
        QFETCH(bool, approximate);
        const ReturnDate::Result read = ReturnDate::read(words, QDate(2026, 12, 17), french);
        QCOMPARE(read.date, back);
        if (back.isValid()) {
            QCOMPARE(read.approximate, approximate);
        }
    }

    // Our own auto-replies (tests/data/autoreplies/return_dates.tsv: Outlook, Exchange, Gmail, Zimbra
    // and free text, English and French, with quoted originals, signatures and other dates as noise),
    // each sent as a real auto-reply through the parser and the classifier. The sender's country, where
    // a row names one, is the TLD of its domain: all the classifier can know of it.
    void returnDatesOfOurOwnAutoReplies()
    {
        const QHash<QString, QByteArray> tlds {
            {QStringLiteral("GB"), ".co.uk"}, {QStringLiteral("AU"), ".com.au"}, {QStringLiteral("US"), ".com"}};
        int rows = 0;
        int exact = 0;
        for (const sc::tests::TsvRow& row :
             sc::tests::readTsv(QStringLiteral(SC_SOURCE_DIR "/tests/data/autoreplies/return_dates.tsv"))) {
            const QStringList& f = row.fields;
            QCOMPARE(f.size(), 6);
            const QString country = f.at(2);
            const QByteArray domain = "kestrel-labs.example"
                + (country.isEmpty() ? QByteArray() : tlds.value(country, '.' + country.toLower().toLatin1()));
            const bool french = f.at(1).startsWith(QLatin1String("fr"));
            const QByteArray raw = "From: Dana Whitfield <dana.whitfield@" + domain
                + ">\nTo: rep@quartz-sales.example\nSubject: "
                + (french ? "=?UTF-8?Q?R=C3=A9ponse_automatique_:_Votre_demande?=" : "Automatic reply: Your request")
                + "\nDate: " + f.at(0).toLatin1()
                + "\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
                  "Content-Transfer-Encoding: 8bit\n\n"
                + QString(f.at(5)).replace(QLatin1String("\\n"), QLatin1String("\n")).toUtf8() + "\n";
            const Classification c = classifyText(raw);
            const QDate want = QDate::fromString(f.at(3), Qt::ISODate);
            const bool approximate = f.at(4) == QLatin1String("approximate");
            ++rows;
            if (c.category == QLatin1String("auto_reply") && c.returnDate == want
                && (!want.isValid() || c.returnDateApproximate == approximate)) {
                ++exact;
                continue;
            }
            qInfo("line %d (%s, %s): got %s %s, want %s %s: %s", row.line, qPrintable(f.at(0)), qPrintable(c.category),
                  qPrintable(c.returnDate.toString(Qt::ISODate)), c.returnDateApproximate ? "approximate" : "day",
                  qPrintable(f.at(3)), qPrintable(f.at(4)), qPrintable(f.at(5).left(90)));
        }
        qInfo("return dates: %d/%d exact (%.1f%%)", exact, rows, 100.0 * exact / std::max(rows, 1));
        QVERIFY(rows >= 130);
        QVERIFY(exact * 100 >= rows * 95);
    }

    // Polite refusals that name a later time (tests/data/replies/follow_ups.tsv: "not right now, maybe
    // next quarter", "recontactez-moi en septembre", with signatures and quoted threads whose dates do
    // not count), and refusals naming none: each a real reply through the parser and the classifier,
    // not_interested with the day a sequence should come back on.
    void followUpDatesOfPoliteRefusals()
    {
        int rows = 0;
        int exact = 0;
        for (const sc::tests::TsvRow& row :
             sc::tests::readTsv(QStringLiteral(SC_SOURCE_DIR "/tests/data/replies/follow_ups.tsv"))) {
            const QStringList& f = row.fields;
            QCOMPARE(f.size(), 5);
            const bool french = f.at(1).startsWith(QLatin1String("fr"));
            const QByteArray raw = "From: Dana Whitfield <dana.whitfield@kestrel-labs.example>\n"
                                   "To: rep@quartz-sales.example\nSubject: "
                + (french ? QByteArray("Re: Votre demande") : QByteArray("Re: Order picking"))
                + "\nDate: " + f.at(0).toLatin1()
                + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                + QString(f.at(4)).replace(QLatin1String("\\n"), QLatin1String("\n")).toUtf8() + "\n";
            const Classification c = ReplyClassifier().classify(MessageParser::parse(raw));
            const QDate want = QDate::fromString(f.at(2), Qt::ISODate);
            const bool approximate = f.at(3) == QLatin1String("approximate");
            const QJsonObject followUp = c.toJson().value(QStringLiteral("follow_up")).toObject();
            ++rows;
            if (c.category == QLatin1String("not_interested") && c.followUpDate == want
                && (!want.isValid() || c.followUpApproximate == approximate)
                && followUp.value(QStringLiteral("date")).toString() == f.at(2)) {
                ++exact;
                continue;
            }
            qInfo("line %d (%s, %s): got %s %s, want %s %s: %s", row.line, qPrintable(f.at(0)), qPrintable(c.category),
                  qPrintable(c.followUpDate.toString(Qt::ISODate)), c.followUpApproximate ? "approximate" : "day",
                  qPrintable(f.at(2)), qPrintable(f.at(3)), qPrintable(f.at(4).left(90)));
        }
        qInfo("follow-up dates: %d/%d exact (%.1f%%)", exact, rows, 100.0 * exact / std::max(rows, 1));
        QVERIFY(rows >= 60);
        QVERIFY(exact * 100 >= rows * 95);
    }

    void autoRepliesWithTheirReturnDate()
    {
        Classification c = classifyText(reply("Out of Office: Order picking",
                                              "I am out of the office until 7 December with limited access to email.",
                                              "Auto-Submitted: auto-replied\n"));
        QCOMPARE(c.category, QStringLiteral("auto_reply"));
        QCOMPARE(c.returnDate, QDate(2026, 12, 7));
        c = classifyText(reply("Réponse automatique : Démo",
                               "Bonjour, je suis absente du bureau et serai de retour le 4 janvier.",
                               "X-Autoreply: yes\n"));
        QCOMPARE(c.category, QStringLiteral("auto_reply"));
        QCOMPARE(c.returnDate, QDate(2027, 1, 4)); // January after a November message: next year
        QCOMPARE(c.language, QStringLiteral("fr"));
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value(QStringLiteral("auto_reply")).toObject().value(QStringLiteral("return_date")).toString(),
                 QStringLiteral("2027-01-04"));
        QVERIFY(!json.contains(QStringLiteral("bounce")));
    }

    // Human replies: 5-fold cross-validation over the shipped corpus (each reply judged by a model
    // that never saw it), against the keyword rules alone.
    void humanRepliesCrossValidated()
    {
        const QList<sc::tests::LabelledReply> rows
            = sc::tests::readReplyCorpus(QStringLiteral(SC_SOURCE_DIR "/resources/classifier/replies.tsv"));
        QVERIFY(rows.size() >= 300);
        const ReplyClassifier rulesOnly(nullptr);
        sc::tests::Confusion combined;
        int rules = 0;
        int language = 0;
        for (int fold = 0; fold < 5; ++fold) {
            TextClassifier model; // trained on the other four folds
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (i % 5 != fold) {
                    model.add(rows.at(i).label, rows.at(i).text);
                }
            }
            const ReplyClassifier classifier(&model);
            for (qsizetype i = fold; i < rows.size(); i += 5) {
                const ParsedMessage m = MessageParser::parse(reply("Re: Order picking", rows.at(i).text.toUtf8()));
                const Classification c = classifier.classify(m);
                combined.add(rows.at(i).label, c.category);
                if (qEnvironmentVariableIsSet("SC_SHOW_MISTAKES") && c.category != rows.at(i).label) {
                    qInfo("want %s, got %s (%.2f): %s", qPrintable(rows.at(i).label), qPrintable(c.category),
                          c.confidence,
                          qPrintable(rows.at(i).text.left(300).replace(QLatin1Char('\n'), QLatin1Char('|'))));
                }
                rules += rulesOnly.classify(m).category == rows.at(i).label ? 1 : 0;
                language += c.language == rows.at(i).language ? 1 : 0;
            }
        }
        qInfo("human replies, 5-fold cross-validated on the training corpus: rules + model %d/%d (%.1f%%), rules "
              "alone %d/%lld (%.1f%%), language %d/%lld (%.1f%%)\n%s",
              combined.right(), combined.total(), 100.0 * combined.accuracy(), rules, qlonglong(rows.size()),
              100.0 * rules / rows.size(), language, qlonglong(rows.size()), 100.0 * language / rows.size(),
              qPrintable(combined.table()));
        QVERIFY(combined.right() > rules);
        QVERIFY(combined.accuracy() >= 0.94); // 957/1012 on 2026-12-03: a rule change that loses replies shows here
    }

    // The corpus held apart (tests/data/replies/heldout.tsv), never trained on: what a rep's
    // prospects write that the training corpus does not contain.
    void heldOutRepliesAreUnderstood()
    {
        const QList<sc::tests::LabelledReply> rows
            = sc::tests::readReplyCorpus(QStringLiteral(SC_SOURCE_DIR "/tests/data/replies/heldout.tsv"));
        QVERIFY(rows.size() >= 300);
        const ReplyClassifier classifier;
        sc::tests::Confusion categories;
        int language = 0;
        int referrals = 0;
        int referralEmails = 0;
        int referralNames = 0;
        int namesGiven = 0;
        int left = 0;
        int leftRight = 0;
        int followUps = 0;
        int followUpsRight = 0;
        for (const sc::tests::LabelledReply& row : rows) {
            // The corpus's replies are dated Tuesday 10 March 2026 (what its follow-up dates count from).
            QByteArray raw = reply("Re: Order picking", row.text.toUtf8());
            raw.replace("Date: Wed, 25 Nov 2026 10:00:00 +0000", "Date: Tue, 10 Mar 2026 10:00:00 +0100");
            const ParsedMessage m = MessageParser::parse(raw);
            const Classification c = classifier.classify(m);
            categories.add(row.label, c.category);
            language += c.language == row.language ? 1 : 0;
            if (row.label == QLatin1String("referral")) {
                ++referrals;
                referralEmails += c.referralEmail == row.referralEmail.toLower() ? 1 : 0;
                namesGiven += row.referralName.isEmpty() ? 0 : 1;
                referralNames += !row.referralName.isEmpty() && c.referralName == row.referralName ? 1 : 0;
            }
            left += row.leftCompany ? 1 : 0;
            leftRight += row.leftCompany && c.leftCompany ? 1 : 0;
            if (!row.followUp.isEmpty()) {
                ++followUps;
                followUpsRight += c.followUpDate.toString(Qt::ISODate) == row.followUp ? 1 : 0;
            }
        }
        qInfo("held-out replies: category %d/%d (%.1f%%), language %d/%lld (%.1f%%); referrals: address %d/%d, "
              "name %d/%d, left the company %d/%d; follow-up dates of refusals %d/%d\n%s",
              categories.right(), categories.total(), 100.0 * categories.accuracy(), language, qlonglong(rows.size()),
              100.0 * language / rows.size(), referralEmails, referrals, referralNames, namesGiven, leftRight, left,
              followUpsRight, followUps, qPrintable(categories.table()));
        QVERIFY(categories.accuracy() >= 0.90); // the Inbox issue's goal (298/331 on 2026-12-03)
        QVERIFY(language * 100 >= rows.size() * 98);
        QVERIFY(referralEmails == referrals); // every address given is found, none invented
    }

    // The rep's corrections teach the model: what it got wrong, it gets right once corrected.
    // Found by hostile input: a lone CR was "interested", "hello" a referral with no address.
    void strayBytesAreNotAMessageAndEmptyRepliesAreOther()
    {
        for (const QByteArray& stray : {QByteArray("\r"), QByteArray("hello"), QByteArray("\r\n\r\n"), QByteArray()}) {
            const ParsedMessage m = MessageParser::parse(stray);
            QVERIFY2(!m.ok, stray.constData());
            QVERIFY(!m.error.isEmpty());
        }
        const TextClassifier model = TextClassifier::shipped();
        const ReplyClassifier classifier(&model);
        for (const char* body : {"\r", "", "   \n\n", "...", "> quoted only"}) {
            const ParsedMessage m = MessageParser::parse(reply("", body));
            QVERIFY(m.ok);
            QCOMPARE(classifier.classify(m).category, QStringLiteral("other"));
        }
        const ParsedMessage hello = MessageParser::parse(reply("Re: Order picking", "hello"));
        const Classification c = classifier.classify(hello);
        QVERIFY2(c.category != QLatin1String("referral"), qPrintable(c.category));
        QVERIFY(c.referralEmail.isEmpty());
    }

    // Found by hostile input: a 50 MB body cost 1.24 GB and 13.4 s. Now a body is read as far as is kept.
    void hugeBodiesAreBoundedInMemory_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QByteArray text;
        text.reserve(50 * 1024 * 1024 + 100);
        text += "Yes, interested: tell me more about the pilot.\n";
        for (int i = 0; text.size() < 50 * 1024 * 1024; ++i) {
            text += "> Line " + QByteArray::number(i) + " of the long history quoted below a short answer.\n";
        }
        QTest::newRow("50 MB text/plain") << QByteArray("Content-Type: text/plain; charset=UTF-8\n") << text;
        QByteArray base64;
        const QByteArray encoded = text.toBase64();
        for (qsizetype i = 0; i < encoded.size(); i += 76) {
            base64 += encoded.mid(i, 76);
            base64 += "\n";
        }
        QTest::newRow("50 MB base64 text") << QByteArray("Content-Type: text/plain; charset=UTF-8\n"
                                                         "Content-Transfer-Encoding: base64\n")
                                           << base64;
        QByteArray html = "<html><body><p>Yes, interested: tell me more about the pilot.</p>";
        while (html.size() < 50 * 1024 * 1024) {
            html += "<div class=\"row\"><span>Padding that a newsletter would carry</span></div>\n";
        }
        QTest::newRow("50 MB html") << QByteArray("Content-Type: text/html; charset=UTF-8\n") << html;
    }

    void hugeBodiesAreBoundedInMemory()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QByteArray raw = "From: Dana Whitfield <dana.whitfield@kestrel-labs.example>\nTo: rep@quartz-sales.example\n"
                         "Subject: Re: Pilot\nMIME-Version: 1.0\n"
            + headers + "\n" + body;
        body = {};
        const bool measured = ProcessMemory::resetPeak();
        const qint64 before = ProcessMemory::statusBytes("VmRSS");
        QElapsedTimer timer;
        timer.start();
        const ParsedMessage m = MessageParser::parse(raw);
        const Classification c = ReplyClassifier().classify(m);
        const qint64 ms = timer.elapsed();
        const qint64 peak = ProcessMemory::statusBytes("VmHWM") - before;
        QVERIFY(m.ok);
        QVERIFY(m.textBody.size() + m.htmlBody.size() > 0);
        QVERIFY(m.textTruncated || m.htmlTruncated);
        QVERIFY(m.textBody.toUtf8().size() <= ParsedMessage::MaxTextBytes);
        QVERIFY(m.htmlBody.toUtf8().size() <= ParsedMessage::MaxHtmlBytes);
        QCOMPARE(c.category, QStringLiteral("interested"));
        const qint64 total = raw.size() + std::max<qint64>(0, peak);
        qInfo("%s: %lld MB message, parse + classify %lld ms, peak %lld MB above the raw bytes (%lld MB in all)",
              QTest::currentDataTag(), qint64(raw.size()) >> 20, ms, std::max<qint64>(0, peak) >> 20, total >> 20);
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("memory is not measured under AddressSanitizer (its shadow memory and quarantine count)");
#endif
        if (!measured) {
            QSKIP("this kernel cannot reset the peak resident size (/proc/self/clear_refs): memory not measured");
        }
        QVERIFY2(total < 150 * 1024 * 1024, qPrintable(QStringLiteral("%1 MB").arg(total >> 20)));
    }

    void correctionsRetrainTheModel()
    {
        const QByteArray raw = reply("Re: Order picking", "Ping me when the warehouse pilot numbers are in.");
        const ParsedMessage m = MessageParser::parse(raw);
        TextClassifier model = TextClassifier::shipped();
        const QString before = ReplyClassifier(&model).classify(m).category;
        QVERIFY(before != QLatin1String("not_interested"));
        for (int i = 0; i < 3; ++i) {
            model.add(QStringLiteral("not_interested"), ReplyClassifier::ownWords(m.textBody));
        }
        QCOMPARE(ReplyClassifier(&model).classify(m).category, QStringLiteral("not_interested"));
        QCOMPARE(model.examples(), TextClassifier::shipped().examples() + 3); // the shipped model is untouched
    }

    // Line endings never change a verdict: every fixture message (and, when it is beside the clone,
    // every message of the real-bounce corpus) in LF, CRLF, bare CR and mixed endings (CRLF headers
    // over an LF body, as a CRLF message carrying an LF report) gets the same category, bounce,
    // language, return date and referral.
    void lineEndingsNeverChangeAVerdict()
    {
        QStringList files;
        for (const QFileInfo& f : QDir(QStringLiteral(SC_SOURCE_DIR "/tests/data/mail")).entryInfoList(QDir::Files)) {
            files.append(f.absoluteFilePath());
        }
        const bool corpus = sc::tests::SisimaiCorpus::available();
        if (corpus) {
            for (const QFileInfo& f :
                 QDir(sc::tests::SisimaiCorpus::path() + QStringLiteral("/maildir/bsd")).entryInfoList(QDir::Files)) {
                files.append(f.absoluteFilePath());
            }
        } else {
            qInfo("%s",
                  qPrintable(sc::tests::SisimaiCorpus::skipReason(
                      QStringLiteral("line endings are checked on the fixture messages only"))));
        }
        QVERIFY(files.size() >= 10);
        const ReplyClassifier classifier;
        auto verdict = [&classifier](const QByteArray& raw) {
            const ParsedMessage m = MessageParser::parse(raw);
            if (!m.ok) {
                return QByteArray("not parsed: ") + m.error.toUtf8();
            }
            return QJsonDocument(classifier.classify(m).toJson()).toJson(QJsonDocument::Compact);
        };
        int compared = 0;
        for (const QString& file : std::as_const(files)) {
            QFile in(file);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray lf = in.readAll();
            lf.replace("\r\n", "\n");
            lf.replace('\r', '\n');
            QByteArray crlf = lf;
            crlf.replace("\n", "\r\n");
            QByteArray cr = lf;
            cr.replace('\n', '\r');
            const qsizetype split = lf.indexOf("\n\n");
            QByteArray mixed = lf.left(std::max<qsizetype>(split, 0));
            mixed.replace("\n", "\r\n");
            mixed += lf.mid(std::max<qsizetype>(split, 0));
            const QByteArray expected = verdict(lf);
            for (const auto& [name, raw] :
                 {std::pair {"CRLF", crlf}, std::pair {"CR", cr}, std::pair {"mixed", mixed}}) {
                const QByteArray got = verdict(raw);
                QVERIFY2(got == expected,
                         qPrintable(QStringLiteral("%1 in %2 endings: %3, with LF: %4")
                                        .arg(QFileInfo(file).fileName(), QLatin1String(name), QString::fromUtf8(got),
                                             QString::fromUtf8(expected))));
                ++compared;
            }
        }
        qInfo("%d messages, %d comparisons, all the same verdict", int(files.size()), compared);
    }

    // The whole real-world corpus, against sisimai's ground truth. The floors are what this
    // classifier measured when they were written (README); a change that loses ground fails here.
    void realWorldCorpus()
    {
        if (!sc::tests::SisimaiCorpus::available()) {
            QSKIP(qPrintable(
                sc::tests::SisimaiCorpus::skipReason(QStringLiteral("the real-bounce corpus measurement is skipped"))));
        }
        const QString corpus = sc::tests::SisimaiCorpus::path();
        QFile truth(corpus + QStringLiteral("/expected.tsv"));
        QVERIFY2(truth.open(QIODevice::ReadOnly), qPrintable(corpus + QStringLiteral(" is missing")));
        QHash<QString, QStringList> expected; // first row per file
        const QList<QByteArray> lines = truth.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = QString::fromUtf8(lines.at(i)).split(QLatin1Char('\t'));
            if (f.size() >= 5 && !expected.contains(f.at(0))) {
                expected.insert(f.at(0), f);
            }
        }
        QCOMPARE(expected.size(), 557);
        const ReplyClassifier classifier;
        int bounces = 0, found = 0, hardAgree = 0, complaints = 0, complaintsFound = 0, autoReplies = 0, autoFound = 0,
            withRecipient = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const ParsedMessage m = MessageParser::parseFile(corpus + QStringLiteral("/maildir/bsd/") + it.key());
            QVERIFY2(m.ok, qPrintable(it.key()));
            const Classification c = classifier.classify(m);
            const QString reason = it.value().at(3);
            if (reason == QLatin1String("feedback")) {
                ++complaints;
                complaintsFound += c.category == QLatin1String("complaint") ? 1 : 0;
            } else if (reason == QLatin1String("vacation")) {
                ++autoReplies;
                autoFound += c.category == QLatin1String("auto_reply") ? 1 : 0;
            } else if (reason != QLatin1String("delivered")) {
                ++bounces;
                if (c.category == QLatin1String("bounce")) {
                    ++found;
                    hardAgree += c.bounce.hard == (it.value().at(4) == QLatin1String("true")) ? 1 : 0;
                    withRecipient += c.bounce.recipient.contains(QLatin1Char('@')) ? 1 : 0;
                }
            }
        }
        int falseBounces = 0;
        const QStringList nots = QDir(corpus + QStringLiteral("/maildir/not")).entryList(QDir::Files);
        for (const QString& name : nots) {
            falseBounces
                += classifier.classify(MessageParser::parseFile(corpus + QStringLiteral("/maildir/not/") + name))
                        .category
                    == QLatin1String("bounce")
                ? 1
                : 0;
        }
        qInfo("bounces found %d/%d (%.1f%%), hard/soft agreement %d/%d (%.1f%%), recipient named %d/%d, "
              "complaints %d/%d, auto-replies %d/%d, false bounces in not/ %d/%lld",
              found, bounces, 100.0 * found / bounces, hardAgree, found, 100.0 * hardAgree / found, withRecipient,
              found, complaintsFound, complaints, autoFound, autoReplies, falseBounces, qlonglong(nots.size()));
        QVERIFY(found * 1000 >= bounces * 995);
        QVERIFY(hardAgree * 1000 >= found * 950); // the Inbox issue's goal: 95%
        QVERIFY(complaintsFound >= 17);
        QCOMPARE(autoFound, autoReplies);
        QVERIFY(falseBounces <= 1);
    }
};

QTEST_GUILESS_MAIN(TestInbox)
#include "test_inbox.moc"
