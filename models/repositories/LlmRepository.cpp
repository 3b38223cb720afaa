#include "LlmRepository.h"

#include "../settings/SecretNames.h"
#include "../settings/WorkspaceSettings.h"
#include "../store/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <limits>

namespace sc::models {

namespace {

const QString kProviderColumns
    = QStringLiteral("SELECT id, name, kind, base_url, model, embedding_model, created_at FROM llm_providers ");

LlmRepository::Provider readProvider(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),  q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(), q.value(6).toLongLong()};
}

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::models::LlmRepository", text);
}

// A null QString binds as SQL NULL; these columns hold '' for "none".
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QStringList LlmRepository::kinds()
{
    return {QStringLiteral("anthropic"), QStringLiteral("openai"), QStringLiteral("openai-compatible")};
}

QString LlmRepository::secretKey(const QString& providerName)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    return QStringLiteral("llm-") + providerName.toLower().replace(other, QStringLiteral("-"));
}

QString LlmRepository::secretEnvironmentName(const QString& providerName)
{
    return secretEnvironmentVariable(providerName);
}

LlmRepository::LlmRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 LlmRepository::saveProvider(const Provider& p, qint64 now, QString* problem)
{
    const QString name = p.name.trimmed();
    if (name.isEmpty()) {
        *problem = tr("A provider needs a name.");
        return 0;
    }
    if (!kinds().contains(p.kind)) {
        *problem = tr("Unknown kind \"%1\": anthropic, openai or openai-compatible.").arg(p.kind);
        return 0;
    }
    if (p.model.trimmed().isEmpty()) {
        *problem = tr("A provider needs a model (for example claude-sonnet-4-5, gpt-4.1-mini or llama3.1).");
        return 0;
    }
    if (p.kind == QLatin1String("openai-compatible") && p.baseUrl.trimmed().isEmpty()) {
        *problem = tr("An OpenAI-compatible provider needs its base URL (Ollama: http://localhost:11434/v1).");
        return 0;
    }
    if (!p.baseUrl.isEmpty()) {
        const QUrl url(p.baseUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            *problem = tr("\"%1\" is not an http:// or https:// address.").arg(p.baseUrl);
            return 0;
        }
    }
    Sql::run(m_db,
             QStringLiteral("INSERT INTO llm_providers (name, kind, base_url, model, embedding_model, created_at) "
                            "VALUES (:n, :k, :u, :m, :e, :now) ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
                            "base_url = excluded.base_url, model = excluded.model, embedding_model = "
                            "excluded.embedding_model"),
             {{":n", name},
              {":k", p.kind},
              {":u", notNull(p.baseUrl.trimmed())},
              {":m", p.model.trimmed()},
              {":e", notNull(p.embeddingModel.trimmed())},
              {":now", now}});
    return Sql::scalar(m_db, QStringLiteral("SELECT id FROM llm_providers WHERE name = :n"), {{":n", name}})
        .toLongLong();
}

QList<LlmRepository::Provider> LlmRepository::providers() const
{
    QSqlQuery q = Sql::run(m_db, kProviderColumns + QStringLiteral("ORDER BY name COLLATE NOCASE"));
    QList<Provider> out;
    while (q.next()) {
        out.append(readProvider(q));
    }
    return out;
}

std::optional<LlmRepository::Provider> LlmRepository::provider(const QString& name) const
{
    QSqlQuery q = Sql::run(m_db, kProviderColumns + QStringLiteral("WHERE name = :n"), {{":n", name.trimmed()}});
    if (!q.next()) {
        return std::nullopt;
    }
    return readProvider(q);
}

bool LlmRepository::removeProvider(const QString& name)
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("DELETE FROM llm_providers WHERE name = :n"), {{":n", name.trimmed()}});
    return q.numRowsAffected() > 0;
}

std::optional<LlmRepository::Provider> LlmRepository::activeProvider() const
{
    const QString chosen = WorkspaceSettings(m_db).text(Setting::ConversationProvider);
    if (!chosen.isEmpty()) {
        if (auto p = provider(chosen)) {
            return p;
        }
    }
    const QList<Provider> all = providers();
    if (all.size() == 1) {
        return all.first();
    }
    return std::nullopt;
}

void LlmRepository::setActiveProvider(const QString& name)
{
    WorkspaceSettings(m_db).setText(Setting::ConversationProvider, name.trimmed());
}

QList<LlmRepository::Price> LlmRepository::prices() const
{
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("SELECT model, input_per_mtok, output_per_mtok FROM llm_prices ORDER BY model"));
    QList<Price> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble()});
    }
    return out;
}

std::optional<LlmRepository::Price> LlmRepository::price(const QString& model) const
{
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("SELECT model, input_per_mtok, output_per_mtok FROM llm_prices WHERE model = :m"),
        {{":m", model}});
    if (!q.next()) {
        return std::nullopt;
    }
    return Price {q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble()};
}

void LlmRepository::setPrice(const Price& p)
{
    Sql::run(
        m_db,
        QStringLiteral("INSERT INTO llm_prices (model, input_per_mtok, output_per_mtok) VALUES (:m, :i, :o) ON "
                       "CONFLICT (model) DO UPDATE SET input_per_mtok = excluded.input_per_mtok, "
                       "output_per_mtok = excluded.output_per_mtok"),
        {{":m", p.model.trimmed()}, {":i", std::max(0.0, p.inputPerMTok)}, {":o", std::max(0.0, p.outputPerMTok)}});
}

bool LlmRepository::removePrice(const QString& model)
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM llm_prices WHERE model = :m"), {{":m", model}}).numRowsAffected()
        > 0;
}

double LlmRepository::cost(const QString& model, int inputTokens, int outputTokens) const
{
    const std::optional<Price> p = price(model);
    if (!p) {
        return 0;
    }
    return (inputTokens * p->inputPerMTok + outputTokens * p->outputPerMTok) / 1e6;
}

double LlmRepository::record(const Use& use, qint64 now)
{
    const double c = cost(use.model, use.inputTokens, use.outputTokens);
    Sql::run(m_db,
             QStringLiteral("INSERT INTO llm_usage (provider, model, purpose, draft_id, input_tokens, output_tokens, "
                            "cost, created_at) VALUES (:p, :m, :u, :d, :i, :o, :c, :now)"),
             {{":p", use.provider},
              {":m", use.model},
              {":u", use.purpose},
              {":d", use.draftId > 0 ? QVariant(use.draftId) : QVariant(QMetaType(QMetaType::LongLong))},
              {":i", use.inputTokens},
              {":o", use.outputTokens},
              {":c", c},
              {":now", now}});
    return c;
}

double LlmRepository::spentThisMonth(qint64 now) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date();
    const qint64 from = QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 to
        = QDateTime(QDate(day.year(), day.month(), 1).addMonths(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT coalesce(sum(cost), 0) FROM llm_usage WHERE created_at >= :f AND "
                                      "created_at < :t"),
                       {{":f", from}, {":t", to}})
        .toDouble();
}

double LlmRepository::budgetLeft(qint64 now) const
{
    const double budget = WorkspaceSettings(m_db).number(Setting::ConversationMonthlyBudget);
    if (budget <= 0) {
        return std::numeric_limits<double>::infinity();
    }
    return budget - spentThisMonth(now);
}

} // namespace sc::models
