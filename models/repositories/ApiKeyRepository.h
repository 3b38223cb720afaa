#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace sc::models {

struct ApiKey
{
    qint64 id = 0;
    QString clientId;
    QString name;
    QStringList scopes; // read, write, approve
    qint64 createdAt = 0;
    qint64 revokedAt = 0;
    qint64 lastUsedAt = 0;
    bool revoked() const { return revokedAt > 0; }
};

// API keys of the local REST API (table api_keys, migration 015). The secret is shown once, at
// creation; only its SHA-256 is stored, compared in constant time.
class ApiKeyRepository
{
public:
    static const QStringList& knownScopes();

    explicit ApiKeyRepository(QSqlDatabase db);

    struct Created
    {
        ApiKey key;
        QString secret;
    };
    // Throws StoreError; *problem says why nothing was created (an unknown scope, no name).
    std::optional<Created> create(const QString& name, const QStringList& scopes, qint64 now, QString* problem);
    QList<ApiKey> list() const;
    std::optional<ApiKey> findByClientId(const QString& clientId) const;
    bool revoke(qint64 id, qint64 now);
    // The key when the secret is its own and the key is not revoked.
    std::optional<ApiKey> verify(const QString& clientId, const QString& secret, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
