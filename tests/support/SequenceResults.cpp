#include "SequenceResults.h"

#include "models/store/Sql.h"

namespace sc::tests {

namespace Sql = models::Sql;

void fakeStepResults(const QSqlDatabase& db, qint64 sequenceId, int step, const QList<FakeArm>& arms, qint64 at)
{
    models::Transaction transaction(db);
    QVariant account = Sql::scalar(db, QStringLiteral("SELECT id FROM mail_accounts ORDER BY id LIMIT 1"));
    if (!account.isValid()) {
        account = Sql::run(db,
                           QStringLiteral("INSERT INTO mail_accounts (display_name, email, imap_host, smtp_host, "
                                          "username, secret_key, warmed, created_at) VALUES ('Dana', "
                                          "'dana@results.example', '127.0.0.1', '127.0.0.1', 'dana', 'test', 1, :at)"),
                           {{":at", at}})
                      .lastInsertId();
    }
    QSqlQuery prospect = Sql::prepare(db,
                                      QStringLiteral("INSERT INTO prospects (first_name, last_name, email, created_at, "
                                                     "updated_at) VALUES (:f, 'Example', :e, :at, :at)"));
    QSqlQuery enrollment = Sql::prepare(
        db,
        QStringLiteral("INSERT INTO enrollments (sequence_id, prospect_id, current_step, status, stop_reason, "
                       "stop_detail, variant, last_step_at, stopped_at, created_at, updated_at) VALUES (:s, :p, :step, "
                       ":status, :reason, :detail, :v, :at, :stopped, :at, :at)"));
    QSqlQuery outbox = Sql::prepare(
        db,
        QStringLiteral(
            "INSERT INTO outbox (account_id, prospect_id, message_id, to_address, subject, body_text, state, "
            "not_before, created_at, sent_at) VALUES (:a, :p, :m, :to, 'Hello', 'Hello', 'sent', :at, :at, "
            ":at)"));
    QSqlQuery run = Sql::prepare(
        db,
        QStringLiteral("INSERT INTO sequence_step_runs (enrollment_id, step, channel, variant, at, account_id, "
                       "outbox_id, created_at) VALUES (:e, :step, 'email', :v, :at, :a, :o, :at)"));
    const QVariant none(QMetaType(QMetaType::LongLong));
    for (const FakeArm& arm : arms) {
        for (int i = 0; i < arm.sent; ++i) {
            const QString address
                = QStringLiteral("ab-%1-%2-%3-%4@results.example").arg(sequenceId).arg(step).arg(arm.variant).arg(i);
            Sql::bind(prospect, {{":f", QStringLiteral("%1%2").arg(arm.variant).arg(i)}, {":e", address}, {":at", at}});
            Sql::exec(prospect);
            const qint64 prospectId = prospect.lastInsertId().toLongLong();
            const bool replied = i < arm.replied;
            Sql::bind(enrollment,
                      {{":s", sequenceId},
                       {":p", prospectId},
                       {":step", step + 1},
                       {":status", replied ? QStringLiteral("stopped") : QStringLiteral("completed")},
                       {":reason", replied ? QVariant(QStringLiteral("reply")) : QVariant()},
                       {":detail", replied ? QVariant(QStringLiteral("interested")) : QVariant()},
                       {":v", arm.variant},
                       {":at", at},
                       {":stopped", replied ? QVariant(at + 3'600'000) : none}});
            Sql::exec(enrollment);
            const qint64 enrollmentId = enrollment.lastInsertId().toLongLong();
            Sql::bind(outbox,
                      {{":a", account},
                       {":p", prospectId},
                       {":m", QStringLiteral("<%1@results.example>").arg(address.section(QLatin1Char('@'), 0, 0))},
                       {":to", address},
                       {":at", at}});
            Sql::exec(outbox);
            Sql::bind(run,
                      {{":e", enrollmentId},
                       {":step", step},
                       {":v", arm.variant},
                       {":at", at},
                       {":a", account},
                       {":o", outbox.lastInsertId()}});
            Sql::exec(run);
        }
    }
    transaction.commit();
}

} // namespace sc::tests
