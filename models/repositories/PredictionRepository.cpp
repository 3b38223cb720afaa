#include "PredictionRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <limits>

namespace sc::models {

namespace {

constexpr int KeepRuns = 5;

const QString kFeatures = QStringLiteral(
    "SELECT p.id, coalesce(p.title, ''), coalesce(c.industry, ''), coalesce(c.size_range, ''), coalesce(e.value, ''), "
    "coalesce(c.country, ''), coalesce(t.value, ''), CASE WHEN coalesce(p.phone, '') <> '' OR coalesce(c.phone, '') "
    "<> '' THEN 1 ELSE 0 END, coalesce(s.score, 0), coalesce(p.status, ''), coalesce(g.outcome, ''), "
    "coalesce(p.email_status, ''), coalesce(p.last_contacted_at, 0) FROM prospects p LEFT JOIN companies c ON c.id = "
    "p.company_id LEFT JOIN company_facts t ON t.company_id = p.company_id AND t.field = 'technologies' LEFT JOIN "
    "company_facts e ON e.company_id = p.company_id AND e.field = 'employees' LEFT JOIN prospect_scores s ON "
    "s.prospect_id = p.id LEFT JOIN stages g ON g.key = p.status WHERE p.deleted_at IS NULL ORDER BY p.id");

// A human answer: any category but these (an unsubscribe request is an answer, but not a good one).
const QString kHumanReplies = QStringLiteral(
    "SELECT t.prospect_id, min(coalesce(nullif(m.sent_at, 0), m.created_at)) FROM messages m JOIN threads t ON "
    "t.id = m.thread_id WHERE m.direction = 'inbound' AND t.prospect_id IS NOT NULL AND coalesce(m.classification, "
    "'') NOT IN ('auto_reply', 'bounce', 'complaint', 'unsubscribe') GROUP BY t.prospect_id");

struct History
{
    QList<qint64> sends; // outbox sent_at
    QList<qint64> steps; // sequence step runs' at
};

QHash<qint64, qint64> firstTimes(const QSqlDatabase& db, const QString& sql)
{
    QHash<qint64, qint64> out;
    QSqlQuery q = Sql::run(db, sql);
    while (q.next()) {
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return out;
}

} // namespace

NewJob PredictionRepository::trainJob()
{
    NewJob job;
    job.kind = QString::fromLatin1(TrainJobKind);
    job.maxAttempts = 2;
    job.dedupeKey = QString::fromLatin1(TrainJobKind);
    return job;
}

PredictionRepository::PredictionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<ScoreFeatures> PredictionRepository::rows(qint64 now) const
{
    const QHash<qint64, qint64> replied = firstTimes(m_db, kHumanReplies);
    const QHash<qint64, qint64> met = firstTimes(
        m_db,
        QStringLiteral(
            "SELECT prospect_id, min(created_at) FROM meetings WHERE prospect_id IS NOT NULL GROUP BY prospect_id"));
    QHash<qint64, History> history;
    {
        QSqlQuery q = Sql::run(m_db,
                               QStringLiteral("SELECT prospect_id, sent_at FROM outbox WHERE state = 'sent' AND "
                                              "prospect_id IS NOT NULL AND sent_at IS NOT NULL AND sent_at <= :now"),
                               {{":now", now}});
        while (q.next()) {
            history[q.value(0).toLongLong()].sends.append(q.value(1).toLongLong());
        }
    }
    {
        QSqlQuery q = Sql::run(m_db,
                               QStringLiteral("SELECT e.prospect_id, r.at FROM sequence_step_runs r JOIN "
                                              "enrollments e ON e.id = r.enrollment_id WHERE r.at <= :now"),
                               {{":now", now}});
        while (q.next()) {
            history[q.value(0).toLongLong()].steps.append(q.value(1).toLongLong());
        }
    }
    // The sequences they are in, the variant they got and the channels the sequence plans (what it did
    // before a reply would tell the outcome back: a reply stops it).
    QHash<qint64, ScoreFeatures> enrolled;
    {
        QSqlQuery q = Sql::run(m_db,
                               QStringLiteral("SELECT e.prospect_id, s.name, coalesce(e.variant, ''), "
                                              "s.definition FROM enrollments e JOIN sequences s ON s.id = "
                                              "e.sequence_id ORDER BY e.id"));
        while (q.next()) {
            ScoreFeatures& f = enrolled[q.value(0).toLongLong()];
            const QString name = q.value(1).toString();
            f.sequences.append(name);
            if (!q.value(2).toString().isEmpty()) {
                f.variants.append(name + QStringLiteral(" / ") + q.value(2).toString());
            }
            const QJsonArray steps = QJsonDocument::fromJson(q.value(3).toString().toUtf8())
                                         .object()
                                         .value(QStringLiteral("steps"))
                                         .toArray();
            for (const QJsonValue& step : steps) {
                const QString channel = step.toObject().value(QStringLiteral("channel")).toString();
                if (!channel.isEmpty() && channel != QLatin1String("wait") && !f.channels.contains(channel)) {
                    f.channels.append(channel);
                }
            }
        }
    }
    static const QSet<QString> positiveStages {QStringLiteral("replied"), QStringLiteral("interested"),
                                               QStringLiteral("meeting")};
    QList<ScoreFeatures> out;
    QSqlQuery q = Sql::run(m_db, kFeatures);
    while (q.next()) {
        ScoreFeatures f;
        f.prospectId = q.value(0).toLongLong();
        f.title = q.value(1).toString();
        f.industry = q.value(2).toString();
        f.sizeRange = q.value(3).toString();
        f.employees = q.value(4).toString();
        f.country = q.value(5).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array()) {
            f.technologies.append(v.toString());
        }
        f.hasPhone = q.value(7).toInt() != 0;
        f.ruleScore = q.value(8).toInt();
        const QString stage = q.value(9).toString();
        const bool won = q.value(10).toString() == QLatin1String("won");
        const bool bounced = q.value(11).toString() == QLatin1String("bounced");
        qint64 lastContact = q.value(12).toLongLong();

        // The first positive moment; what happened after it says nothing about whether they would answer.
        qint64 positiveAt = std::numeric_limits<qint64>::max();
        bool positive = won || positiveStages.contains(stage);
        if (const auto it = replied.constFind(f.prospectId); it != replied.cend()) {
            positive = true;
            positiveAt = std::min(positiveAt, *it);
        }
        if (const auto it = met.constFind(f.prospectId); it != met.cend()) {
            positive = true;
            positiveAt = std::min(positiveAt, *it);
        }
        const History& h = history.value(f.prospectId);
        for (const qint64 at : h.sends) {
            lastContact = std::max(lastContact, at);
            f.emailsSent += at <= positiveAt ? 1 : 0;
        }
        for (const qint64 at : h.steps) {
            lastContact = std::max(lastContact, at);
            f.stepsDone += at <= positiveAt ? 1 : 0;
        }
        if (const auto it = enrolled.constFind(f.prospectId); it != enrolled.cend()) {
            f.sequences = it->sequences;
            f.variants = it->variants;
            f.channels = it->channels;
            f.channels.sort();
        }
        if (positive) {
            f.label = ScoreFeatures::Label::Positive;
        } else if (lastContact > 0 && !bounced && lastContact <= now - SettlingMs) {
            f.label = ScoreFeatures::Label::Negative;
        }
        out.append(f);
    }
    return out;
}

int PredictionRepository::inboundSince(qint64 since) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM messages m JOIN threads t ON t.id = m.thread_id WHERE "
                                      "m.direction = 'inbound' AND t.prospect_id IS NOT NULL AND m.created_at >= :s"),
                       {{":s", since}})
        .toInt();
}

qint64 PredictionRepository::save(const Run& run, const QList<Prediction>& predictions)
{
    Transaction tx(m_db);
    const bool trained = run.state == QLatin1String("trained");
    QSqlQuery added = Sql::run(
        m_db,
        QStringLiteral("INSERT INTO score_models (trained_at, state, outcomes, positives, held_out, auc_rule, "
                       "auc_model, report, model) VALUES (:at, :state, :o, :p, :h, :ar, :am, :report, :model)"),
        {{":at", run.trainedAt},
         {":state", run.state},
         {":o", run.outcomes},
         {":p", run.positives},
         {":h", run.heldOut},
         {":ar", trained ? QVariant(run.aucRule) : QVariant()},
         {":am", trained ? QVariant(run.aucModel) : QVariant()},
         {":report", QString::fromUtf8(QJsonDocument(run.report).toJson(QJsonDocument::Compact))},
         {":model",
          trained ? QVariant(QString::fromUtf8(QJsonDocument(run.model).toJson(QJsonDocument::Compact)))
                  : QVariant()}});
    const qint64 id = added.lastInsertId().toLongLong();
    Sql::run(m_db, QStringLiteral("DELETE FROM prospect_predictions"));
    if (trained) {
        QSqlQuery insert = Sql::prepare(m_db,
                                        QStringLiteral("INSERT INTO prospect_predictions (prospect_id, model_id, "
                                                       "probability, top_features, scored_at) VALUES (:p, :m, :pr, "
                                                       ":f, :at)"));
        for (const Prediction& p : predictions) {
            Sql::bind(insert,
                      {{":p", p.prospectId},
                       {":m", id},
                       {":pr", p.probability},
                       {":f", QString::fromUtf8(QJsonDocument(p.topFeatures).toJson(QJsonDocument::Compact))},
                       {":at", run.trainedAt}});
            Sql::exec(insert);
        }
    }
    Sql::run(m_db, QStringLiteral("DELETE FROM score_models WHERE id <= :id"), {{":id", id - KeepRuns}});
    tx.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return id;
}

std::optional<PredictionRepository::Run> PredictionRepository::latest() const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT id, trained_at, state, outcomes, positives, held_out, "
                                          "coalesce(auc_rule, 0), coalesce(auc_model, 0), report, "
                                          "coalesce(model, '') FROM score_models ORDER BY id DESC LIMIT 1"));
    if (!q.next()) {
        return std::nullopt;
    }
    Run r;
    r.id = q.value(0).toLongLong();
    r.trainedAt = q.value(1).toLongLong();
    r.state = q.value(2).toString();
    r.outcomes = q.value(3).toInt();
    r.positives = q.value(4).toInt();
    r.heldOut = q.value(5).toInt();
    r.aucRule = q.value(6).toDouble();
    r.aucModel = q.value(7).toDouble();
    r.report = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    r.model = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    return r;
}

std::optional<PredictionRepository::Prediction> PredictionRepository::prediction(qint64 prospectId) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT probability, top_features FROM prospect_predictions WHERE "
                                          "prospect_id = :p"),
                           {{":p", prospectId}});
    if (!q.next()) {
        return std::nullopt;
    }
    return Prediction {prospectId, q.value(0).toDouble(),
                       QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array()};
}

int PredictionRepository::predictionCount() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM prospect_predictions")).toInt();
}

} // namespace sc::models
