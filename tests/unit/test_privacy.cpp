// Erasing people: "Forget this person" leaves nothing of them but a hash of their address, which keeps
// every outbound door and the importer closed to them; data retention erases only the inactive. Real
// SQLite files; invented people on example domains.
#include "TestWorkspace.h"
#include "models/import/ProspectImporter.h"
#include "models/repositories/AuditLog.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/PrivacyRepository.h"
#include "models/store/Sql.h"
#include "models/store/StoreError.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace sc;
using namespace sc::models;

namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;
constexpr qint64 Now = 1'800'000'000'000; // 2027-01-15

qint64 addProspect(const QSqlDatabase& db, const QString& first, const QString& email, qint64 at)
{
    return Sql::run(db,
                    QStringLiteral("INSERT INTO prospects (first_name, last_name, email, created_at, updated_at) "
                                   "VALUES (:f, 'Example', :e, :t, :t)"),
                    {{":f", first}, {":e", email}, {":t", at}})
        .lastInsertId()
        .toLongLong();
}

int count(const QSqlDatabase& db, const QString& sql)
{
    return Sql::scalar(db, sql).toInt();
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forgetErasesEverywhereAndKeepsOnlyAHash()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        const qint64 ada = addProspect(db, QStringLiteral("Ada"), QStringLiteral("ada@acme.example"), Now - Day);
        const qint64 ben = addProspect(db, QStringLiteral("Ben"), QStringLiteral("ben@acme.example"), Now - Day);
        Sql::run(db,
                 QStringLiteral("INSERT INTO mail_accounts (display_name, email, imap_host, smtp_host, username, "
                                "secret_key, created_at) VALUES ('Dana', 'dana@kestrel-labs.example', 'h', 'h', 'u', "
                                "'k', 0)"));
        for (const qint64 p : {ada, ben}) {
            const qint64 thread = Sql::run(db,
                                           QStringLiteral("INSERT INTO threads (account_id, prospect_id, subject, "
                                                          "created_at) VALUES (1, :p, 'Picking', 0)"),
                                           {{":p", p}})
                                      .lastInsertId()
                                      .toLongLong();
            const QString email = p == ada ? QStringLiteral("ada@acme.example") : QStringLiteral("ben@acme.example");
            const qint64 message = Sql::run(db,
                                            QStringLiteral("INSERT INTO messages (thread_id, account_id, direction, "
                                                           "from_address, to_addresses, subject, body_text, "
                                                           "created_at) VALUES (:t, 1, 'inbound', :e, "
                                                           "'dana@kestrel-labs.example', 'Re: Picking', 'Yes', 0)"),
                                            {{":t", thread}, {":e", email}})
                                       .lastInsertId()
                                       .toLongLong();
            Sql::run(db,
                     QStringLiteral("INSERT INTO classifier_corrections (message_id, label, text, created_at) VALUES "
                                    "(:m, 'interested', 'Yes', 0)"),
                     {{":m", message}});
            Sql::run(db,
                     QStringLiteral(
                         "INSERT INTO drafts (prospect_id, to_address, subject, body, created_by, created_at) VALUES "
                         "(:p, :e, 'Hello', 'Body', 'rep', 0)"),
                     {{":p", p}, {":e", email}});
            Sql::run(db,
                     QStringLiteral("INSERT INTO outbox (account_id, prospect_id, message_id, to_address, subject, "
                                    "body_text, created_at) VALUES (1, :p, :mid, :e, 'Hello', 'Body', 0)"),
                     {{":p", p}, {":mid", QStringLiteral("m%1@kestrel-labs.example").arg(p)}, {":e", email}});
            Sql::run(db, QStringLiteral("INSERT INTO tasks (prospect_id, title, created_at) VALUES (:p, 'Call', 0)"),
                     {{":p", p}});
            AuditLog(db).addActivity(p, QStringLiteral("note"), QStringLiteral("Talked"), QStringLiteral("rep"),
                                     QString(), 0, Now - Day);
            AuditLog(db).append(QStringLiteral("rep"), QStringLiteral("dnc.add"), QStringLiteral("do_not_contact"), 0,
                                QStringLiteral("added %1").arg(email), Now - Day);
        }
        // An email from Ada's address in a thread that is not hers (a forward to the rep).
        Sql::run(db,
                 QStringLiteral("INSERT INTO messages (account_id, direction, from_address, to_addresses, subject, "
                                "created_at) VALUES (1, 'inbound', 'ADA@acme.example', 'dana@kestrel-labs.example', "
                                "'Fwd', 0)"));
        QString problem;
        DoNotContactRepository(db).add(QStringLiteral("ada@acme.example"), QStringLiteral("asked"), Now, &problem);

        const PrivacyRepository::Erased erased
            = PrivacyRepository(db).erase({ada, 999}, true, QStringLiteral("rep"), Now);
        QCOMPARE(erased.prospects, 1);
        QCOMPARE(erased.messages, 2);
        QCOMPARE(erased.outbox, 1);
        QCOMPARE(erased.drafts, 1);

        // Nothing with her address or her id is left, in any table that held it.
        for (const char* table : {"prospects", "messages", "drafts", "outbox", "do_not_contact"}) {
            for (const char* column : {"email", "from_address", "to_address", "value"}) {
                const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE lower(%2) LIKE '%ada@acme.example%'")
                                        .arg(QLatin1String(table), QLatin1String(column));
                QSqlQuery probe(db);
                if (probe.exec(sql)) { // the column exists in this table
                    QVERIFY(probe.next());
                    QVERIFY2(probe.value(0).toInt() == 0, qPrintable(sql));
                }
            }
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM threads WHERE prospect_id IS NULL")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM classifier_corrections")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tasks")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM activities")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE instr(details, 'ada@') > 0")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE instr(details, 'ben@') > 0")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'prospect.forgotten'")), 1);
        // Ben is untouched.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages WHERE from_address = 'ben@acme.example'")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE to_address = 'ben@acme.example'")), 1);

        // Only the hash is left, and every door asks it.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM suppression_hashes")), 1);
        const QString hash = Sql::scalar(db, QStringLiteral("SELECT hash FROM suppression_hashes")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hash).hasMatch(), qPrintable(hash));
        QCOMPARE(hash, PrivacyRepository::hashOf(QStringLiteral("ada@acme.example")));
        QVERIFY(PrivacyRepository(db).isForgotten(QStringLiteral(" Ada@Acme.example ")));
        QVERIFY(DoNotContactRepository(db).isSuppressed(QStringLiteral("ada@acme.example")));
        QVERIFY(!DoNotContactRepository(db).isSuppressed(QStringLiteral("ben@acme.example")));
        QVERIFY(DoNotContactRepository(db).list().isEmpty()); // her plain entry went: the hash does its work

        // The audit log stays append-only for anything but an erasure's blanking.
        QVERIFY_THROWS_EXCEPTION(StoreError, Sql::run(db, QStringLiteral("UPDATE audit_log SET actor = 'someone'")));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 Sql::run(db, QStringLiteral("UPDATE audit_log SET details = 'rewritten'")));
    }

    void aForgottenPersonIsNeverImportedAgain()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        const qint64 ada = addProspect(db, QStringLiteral("Ada"), QStringLiteral("ada@acme.example"), Now);
        PrivacyRepository(db).erase({ada}, true, QStringLiteral("rep"), Now);
        const QString path = ws.dir() + QStringLiteral("/people.csv");
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("First Name,Last Name,Email\nAda,Example,ADA@acme.example\nBen,Example,ben@acme.example\n");
        csv.close();
        ProspectImporter::Report report;
        QString failure;
        QCOMPARE(ProspectImporter(db, Now).run(path, {}, &report, &failure), ProspectImporter::Outcome::Finished);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.skipped, 1);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().reason.contains(QLatin1String("forgotten")),
                 qPrintable(report.errors.first().reason));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM prospects WHERE email = 'ada@acme.example'")), 0);
    }

    void retentionErasesOnlyTheInactive()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        const qint64 month = 30 * Day;
        const qint64 old = addProspect(db, QStringLiteral("Old"), QStringLiteral("old@acme.example"), Now - 14 * month);
        const qint64 noted
            = addProspect(db, QStringLiteral("Noted"), QStringLiteral("noted@acme.example"), Now - 14 * month);
        AuditLog(db).addActivity(noted, QStringLiteral("note"), QStringLiteral("Called"), QStringLiteral("rep"),
                                 QString(), 0, Now - 2 * month);
        const qint64 recent = addProspect(db, QStringLiteral("New"), QStringLiteral("new@acme.example"), Now - month);
        const qint64 enrolled
            = addProspect(db, QStringLiteral("Seq"), QStringLiteral("seq@acme.example"), Now - 14 * month);
        Sql::run(db, QStringLiteral("INSERT INTO sequences (name, created_at) VALUES ('Q1', 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO enrollments (sequence_id, prospect_id, status, created_at) VALUES (1, :p, "
                                "'active', 0)"),
                 {{":p", enrolled}});

        PrivacyRepository privacy(db);
        QCOMPARE(privacy.applyRetention(0, QStringLiteral("housekeeping"), Now).prospects, 0); // off
        QCOMPARE(privacy.inactiveSince(Now - 12 * month), QList<qint64> {old});
        QCOMPARE(privacy.applyRetention(12, QStringLiteral("housekeeping"), Now).prospects, 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM prospects")), 3);
        for (const qint64 kept : {noted, recent, enrolled}) {
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM prospects WHERE id = %1").arg(kept)), 1);
        }
        // Retention is not a request to be forgotten: no hash, they may be imported again.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM suppression_hashes")), 0);
        QVERIFY(!DoNotContactRepository(db).isSuppressed(QStringLiteral("old@acme.example")));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "test_privacy.moc"
