#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace sc::models {

// The model providers the rep configured, what their models cost and what was spent (migration 021).
// Keys are never here: they are in the keychain (or SALES_COPILOT_SECRET_<NAME>), under secretKey().
class LlmRepository
{
public:
    struct Provider
    {
        qint64 id = 0;
        QString name;
        QString kind; // "anthropic", "openai" or "openai-compatible"
        QString baseUrl; // empty: the provider's public API
        QString model;
        QString embeddingModel; // empty: no embeddings
        qint64 createdAt = 0;
    };
    struct Price
    {
        QString model;
        double inputPerMTok = 0; // US dollars per million tokens
        double outputPerMTok = 0;
    };
    struct Use
    {
        QString provider;
        QString model;
        QString purpose; // "draft", "rewrite", "embedding", "test"
        qint64 draftId = 0;
        int inputTokens = 0;
        int outputTokens = 0;
    };

    static QStringList kinds();
    // The keychain entry of a provider's key: "llm-" and the name, anything but letters and digits as '-'.
    static QString secretKey(const QString& providerName);
    // Where no keychain is reachable: SALES_COPILOT_SECRET_<NAME> (secretEnvironmentVariable).
    static QString secretEnvironmentName(const QString& providerName);

    explicit LlmRepository(QSqlDatabase db);

    // Adds or replaces (same name, any case) a provider. Returns the id, or 0 with *problem set.
    qint64 saveProvider(const Provider& provider, qint64 now, QString* problem);
    QList<Provider> providers() const;
    std::optional<Provider> provider(const QString& name) const;
    bool removeProvider(const QString& name);
    // The provider drafts use: the one Settings names, else the only one; nullopt when none.
    std::optional<Provider> activeProvider() const;
    void setActiveProvider(const QString& name);

    QList<Price> prices() const;
    std::optional<Price> price(const QString& model) const;
    void setPrice(const Price& price);
    bool removePrice(const QString& model);
    // US dollars, from the model's price (0 for a model with none: a local model costs nothing).
    double cost(const QString& model, int inputTokens, int outputTokens) const;

    // Records a call; returns its cost.
    double record(const Use& use, qint64 now);
    // What was spent in the calendar month (UTC) holding `now`.
    double spentThisMonth(qint64 now) const;
    // What is left of the monthly budget (Settings); infinity when the budget is 0 (no limit).
    double budgetLeft(qint64 now) const;

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
