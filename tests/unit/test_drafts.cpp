// Drafts as the rep approves them: how they are signed (the Signature rules, then through the
// repository and the outbox), the mailbox they go from, the sequence step they stand for; and the
// composer's address book over the prospects.
#include "TestWorkspace.h"
#include "models/repositories/CompanyRepository.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/OutboxRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/SequenceRepository.h"
#include "models/settings/Signature.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/Sql.h"

#include <QTest>

using namespace sc;
using namespace sc::models;

namespace {

qint64 addMailbox(const QSqlDatabase& db, const QString& name, const QString& email)
{
    MailAccount account;
    account.displayName = name;
    account.email = email;
    account.imapHost = account.smtpHost = QStringLiteral("127.0.0.1");
    account.username = email;
    return MailAccountRepository(db).add(account, 1);
}

Draft emailDraft(qint64 prospectId, const QString& to, const QString& body)
{
    Draft d;
    d.prospectId = prospectId;
    d.toAddress = to;
    d.subject = QStringLiteral("Order picking");
    d.body = body;
    d.createdBy = QStringLiteral("conversation");
    return d;
}

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signs_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("signOff");
        QTest::addColumn<QString>("expected");
        const QString hi = QStringLiteral("Hi Avery,\n\nWould you have 20 minutes next week?");
        QTest::newRow("under the closing") << hi + QStringLiteral("\n\nBest regards,") << QStringLiteral("Dana Reyes")
                                           << hi + QStringLiteral("\n\nBest regards,\nDana Reyes");
        QTest::newRow("several lines, blanks trimmed")
            << hi + QStringLiteral("\n\nBest regards,  \n\n") << QStringLiteral("\nDana Reyes\nKestrel Labs  \n")
            << hi + QStringLiteral("\n\nBest regards,\nDana Reyes\nKestrel Labs");
        QTest::newRow("French closing") << QStringLiteral("Bonjour,\n\nBien cordialement,") << QStringLiteral("Dana")
                                        << QStringLiteral("Bonjour,\n\nBien cordialement,\nDana");
        QTest::newRow("no closing: below the text") << hi << QStringLiteral("Dana") << hi + QStringLiteral("\n\nDana");
        QTest::newRow("the signature's own closing replaces the draft's")
            << hi + QStringLiteral("\n\nBest regards,") << QStringLiteral("Kind regards,\nDana")
            << hi + QStringLiteral("\n\nKind regards,\nDana");
        QTest::newRow("signed already: once")
            << hi + QStringLiteral("\n\nBest regards,\nDana Reyes\n") << QStringLiteral("Dana Reyes")
            << hi + QStringLiteral("\n\nBest regards,\nDana Reyes\n");
        QTest::newRow("a name inside the text is no signature")
            << QStringLiteral("Say hello to Dana") << QStringLiteral("Dana")
            << QStringLiteral("Say hello to Dana\n\nDana");
        QTest::newRow("nothing to sign with")
            << hi + QStringLiteral("\n\nBest regards,") << QString() << hi + QStringLiteral("\n\nBest regards,");
    }
    void signs()
    {
        QFETCH(QString, body);
        QFETCH(QString, signOff);
        QFETCH(QString, expected);
        QCOMPARE(Signature::sign(body, signOff), expected);
    }

    void closingsAndSignOffs()
    {
        for (const char* closing :
             {"Best regards,", "Bien cordialement,", "Thanks,", "Avec mes meilleures salutations,"}) {
            QVERIFY2(Signature::isClosing(QString::fromUtf8(closing)), closing);
        }
        for (const char* line : {"Dana Reyes", "If that works for you, let me know,", "Regards", ",",
                                 "See https://kestrel-labs.example,"}) {
            QVERIFY2(!Signature::isClosing(QString::fromUtf8(line)), line);
        }
        QCOMPARE(Signature::signOff(QStringLiteral("  \r\nDana Reyes\r\nKestrel Labs\r\n"), QStringLiteral("Work")),
                 QStringLiteral("Dana Reyes\nKestrel Labs"));
        QCOMPARE(Signature::signOff(QStringLiteral(" \n "), QStringLiteral(" Dana Reyes ")),
                 QStringLiteral("Dana Reyes"));
        QCOMPARE(Signature::signOff(QString(), QString()), QString());
        // Only a bare closing is completed; an ending the rep wrote stays.
        QCOMPARE(Signature::completeBareClosing(QStringLiteral("Hi,\n\nBest regards,"), QStringLiteral("Dana")),
                 QStringLiteral("Hi,\n\nBest regards,\nDana"));
        QCOMPARE(Signature::completeBareClosing(QStringLiteral("Hi,\n\nTalk soon,\nD."), QStringLiteral("Dana")),
                 QStringLiteral("Hi,\n\nTalk soon,\nD."));
    }

    // Written with the signature from Settings, else the mailbox's name; read with the mailbox it goes
    // from; a draft written before either existed is signed as read and as it goes to the outbox.
    void draftsAreSignedAndSayWhereTheyGoFrom()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        DraftRepository drafts(db);
        const QString closing = QStringLiteral("Hi,\n\nBest regards,");
        const qint64 early = drafts.create(emailDraft(0, QStringLiteral("avery@harbor.example"), closing), 1);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT body FROM drafts WHERE id = :id"), {{":id", early}}).toString(),
                 closing); // nothing to sign with yet
        QCOMPARE(drafts.find(early)->body, closing);
        QCOMPARE(drafts.find(early)->fromEmail, QString());
        Draft form = emailDraft(0, QStringLiteral("https://harbor.example/contact"), closing);
        form.channel = QStringLiteral("form");

        const qint64 dana = addMailbox(db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@kestrel-labs.example"));
        const Draft read = *drafts.find(early);
        QCOMPARE(read.body, QStringLiteral("Hi,\n\nBest regards,\nDana Reyes"));
        QCOMPARE(read.fromName, QStringLiteral("Dana Reyes"));
        QCOMPARE(read.fromEmail, QStringLiteral("dana@kestrel-labs.example"));
        QCOMPARE(read.accountId, 0);
        const qint64 sales
            = addMailbox(db, QStringLiteral("Kestrel Sales"), QStringLiteral("sales@kestrel-labs.example"));
        Draft fromSales = emailDraft(0, QStringLiteral("blair@harbor.example"), closing);
        fromSales.accountId = sales;
        const qint64 salesDraft = drafts.create(fromSales, 2);
        QCOMPARE(drafts.find(salesDraft)->fromEmail, QStringLiteral("sales@kestrel-labs.example"));
        QCOMPARE(drafts.find(salesDraft)->body, QStringLiteral("Hi,\n\nBest regards,\nKestrel Sales"));
        QCOMPARE(drafts.find(early)->fromEmail, QStringLiteral("dana@kestrel-labs.example")); // the first one

        WorkspaceSettings(db).setText(Setting::MailSignature, QStringLiteral("Dana Reyes\nAccount Executive"));
        const qint64 late = drafts.create(emailDraft(0, QStringLiteral("casey@harbor.example"), closing), 3);
        const QString signedBody = QStringLiteral("Hi,\n\nBest regards,\nDana Reyes\nAccount Executive");
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT body FROM drafts WHERE id = :id"), {{":id", late}}).toString(),
                 signedBody);
        QCOMPARE(drafts.find(late)->body, signedBody);
        QCOMPARE(drafts.pending().size(), 3);
        // The sales draft was signed when written: its ending stays as it is.
        QCOMPARE(drafts.find(salesDraft)->body, QStringLiteral("Hi,\n\nBest regards,\nKestrel Sales"));
        // A contact form is never signed here (its message has its own {my_name}).
        const qint64 formDraft = drafts.create(form, 4);
        QCOMPARE(drafts.find(formDraft)->body, closing);

        // The outbox sends what the rep saw: the early draft, signed with the signature now.
        QVERIFY(drafts.approve(early, QStringLiteral("rep"), 5));
        QString problem;
        const qint64 queued = OutboxRepository(db).enqueueDraft(early, 5, &problem);
        QVERIFY2(queued > 0, qPrintable(problem));
        QCOMPARE(OutboxRepository(db).find(queued)->text, signedBody);
        QCOMPARE(OutboxRepository(db).find(queued)->accountId, dana);
    }

    // The step a draft stands for: the prospect's active enrollment whose next step is an email of the
    // draft's kind, with its number, the sequence's length and when it is due.
    void draftsTellTheSequenceStep()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        Prospect p;
        p.firstName = QStringLiteral("Avery");
        p.email = QStringLiteral("avery@harbor.example");
        const qint64 avery = ProspectRepository(db).insertProspect(p, 1);
        Sql::run(db, QStringLiteral("INSERT INTO sequences (name, created_at) VALUES ('Q1 outreach', 0)"));
        const qint64 sequence = Sql::scalar(db, QStringLiteral("SELECT max(id) FROM sequences")).toLongLong();
        const char* channels[] = {"email", "linkedin_task", "email"};
        for (int i = 0; i < 3; ++i) {
            Sql::run(db,
                     QStringLiteral("INSERT INTO sequence_steps (sequence_id, position, channel) VALUES (:s, :p, :c)"),
                     {{":s", sequence}, {":p", 10 * i}, {":c", QLatin1String(channels[i])}});
        }
        DraftRepository drafts(db);
        Draft first = emailDraft(avery, p.email, QStringLiteral("Hi"));
        const qint64 firstId = drafts.create(first, 1);
        QVERIFY(!drafts.sequenceStep(firstId)); // not enrolled
        QCOMPARE(SequenceRepository(db).enroll({avery}, sequence, QStringLiteral("rep"), 1000).enrolled, 1);
        auto step = drafts.sequenceStep(firstId);
        QVERIFY(step);
        QCOMPARE(step->sequenceName, QStringLiteral("Q1 outreach"));
        QCOMPARE(step->number, 1);
        QCOMPARE(step->count, 3);
        QCOMPARE(step->dueAt, 1000); // no delay: due when enrolled

        Draft followUp = first;
        followUp.kind = QStringLiteral("follow_up");
        const qint64 followUpId = drafts.create(followUp, 2);
        QVERIFY(!drafts.sequenceStep(followUpId)); // the next step is the first: no follow-up
        Sql::run(db, QStringLiteral("UPDATE enrollments SET current_step = 1"));
        QVERIFY(!drafts.sequenceStep(followUpId)); // a LinkedIn task: no email stands for it
        Sql::run(db, QStringLiteral("UPDATE enrollments SET current_step = 2, next_action_at = 5000"));
        step = drafts.sequenceStep(followUpId);
        QVERIFY(step);
        QCOMPARE(step->number, 3);
        QCOMPARE(step->dueAt, 5000);
        QVERIFY(!drafts.sequenceStep(firstId));
        Sql::run(db, QStringLiteral("UPDATE sequences SET active = 0"));
        QVERIFY(!drafts.sequenceStep(followUpId)); // a paused sequence sends nothing
        Sql::run(db, QStringLiteral("UPDATE sequences SET active = 1"));
        Sql::run(db, QStringLiteral("UPDATE enrollments SET status = 'stopped'"));
        QVERIFY(!drafts.sequenceStep(followUpId));
    }

    // The composer's To field: name, company and address, not title or notes; only prospects with an
    // address, never the trash; by name, at most the limit.
    void addressBookFindsPeopleToWriteTo()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        CompanyRepository companies(db);
        const qint64 kestrel
            = companies.findOrCreate(QStringLiteral("Kestrel Labs"), QStringLiteral("kestrel-labs.example"), {}, 1);
        const qint64 harbor
            = companies.findOrCreate(QStringLiteral("Harbor Foods"), QStringLiteral("harbor-foods.example"), {}, 1);
        ProspectRepository repo(db);
        auto add = [&repo](const char* first, const char* last, const char* email, const char* title, qint64 company,
                           const char* notes = "") {
            Prospect p;
            p.firstName = QString::fromUtf8(first);
            p.lastName = QString::fromUtf8(last);
            p.email = QString::fromUtf8(email);
            p.title = QString::fromUtf8(title);
            p.notes = QString::fromUtf8(notes);
            p.companyId = company;
            return repo.insertProspect(p, 1);
        };
        add("Dana", "Reyes", "dana@kestrel-labs.example", "VP Sales", kestrel);
        add("Milo", "Brandt", "milo@kestrel-labs.example", "CFO", kestrel, "Met Dana at the fair");
        const qint64 casey = add("Casey", "Quimby", "casey.quimby@harbor-foods.example", "Head of Sales", harbor);
        add("Daniel", "Noaddress", "", "Buyer", harbor);
        repo.setNotes(casey, QStringLiteral("kestrel alumni"), QStringLiteral("rep"), 2);
        auto emails = [&repo](const QString& typed, int limit = 8) {
            QStringList found;
            for (const Prospect& p : repo.addressBook(typed, limit)) {
                found.append(p.email);
            }
            return found;
        };
        const QString dana = QStringLiteral("dana@kestrel-labs.example");
        const QString milo = QStringLiteral("milo@kestrel-labs.example");
        const QString caseyEmail = QStringLiteral("casey.quimby@harbor-foods.example");
        QCOMPARE(emails(QStringLiteral("dan")), QStringList {dana}); // not Daniel (no address), not Milo's notes
        QCOMPARE(emails(QStringLiteral("Dana Rey")), QStringList {dana});
        QCOMPARE(emails(QStringLiteral("kestrel")), QStringList({milo, dana})); // by name: Brandt, Reyes
        QCOMPARE(emails(QStringLiteral("kestrel"), 1), QStringList {milo});
        QCOMPARE(emails(QStringLiteral("casey.qu")), QStringList {caseyEmail});
        QCOMPARE(emails(QStringLiteral("harbor-foods.example")), QStringList {caseyEmail});
        QCOMPARE(emails(QStringLiteral("sales")), QStringList()); // a title
        QCOMPARE(emails(QStringLiteral("alumni")), QStringList()); // notes
        QCOMPARE(emails(QStringLiteral("  ")), QStringList());
        const QList<Prospect> found = repo.addressBook(QStringLiteral("quimby"), 8);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fullName(), QStringLiteral("Casey Quimby"));
        QCOMPARE(found.first().companyName, QStringLiteral("Harbor Foods"));
        repo.moveToTrash({casey}, QStringLiteral("rep"), 3);
        QCOMPARE(emails(QStringLiteral("quimby")), QStringList());
        // The Prospects view's search still looks everywhere.
        ProspectQuery everywhere;
        everywhere.search = QStringLiteral("sales");
        QCOMPARE(repo.count(everywhere), 1);
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "test_drafts.moc"
