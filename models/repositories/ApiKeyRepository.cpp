#include "ApiKeyRepository.h"

#include "../store/Sql.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sc::models {

namespace {

const QString kSelect = QStringLiteral("SELECT id, client_id, name, scopes, created_at, coalesce(revoked_at, 0), "
                                       "coalesce(last_used_at, 0) FROM api_keys ");

ApiKey read(const QSqlQuery& q)
{
    ApiKey k;
    k.id = q.value(0).toLongLong();
    k.clientId = q.value(1).toString();
    k.name = q.value(2).toString();
    k.scopes = q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    k.createdAt = q.value(4).toLongLong();
    k.revokedAt = q.value(5).toLongLong();
    k.lastUsedAt = q.value(6).toLongLong();
    return k;
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(raw.data()),
                                         reinterpret_cast<quint32*>(raw.data() + bytes));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray hashOf(const QString& secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return diff == 0;
}

} // namespace

const QStringList& ApiKeyRepository::knownScopes()
{
    static const QStringList scopes {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("approve")};
    return scopes;
}

ApiKeyRepository::ApiKeyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<ApiKeyRepository::Created> ApiKeyRepository::create(const QString& name, const QStringList& scopes,
                                                                  qint64 now, QString* problem)
{
    if (name.trimmed().isEmpty()) {
        *problem = QStringLiteral("a key needs a name");
        return std::nullopt;
    }
    QStringList clean;
    for (const QString& scope : scopes) {
        const QString s = scope.trimmed().toLower();
        if (!knownScopes().contains(s)) {
            *problem = QStringLiteral("unknown scope \"%1\" (read, write, approve)").arg(scope);
            return std::nullopt;
        }
        if (!clean.contains(s)) {
            clean.append(s);
        }
    }
    if (clean.isEmpty()) {
        *problem = QStringLiteral("a key needs at least one scope (read, write, approve)");
        return std::nullopt;
    }
    Created created;
    created.secret = randomToken(32);
    created.key.clientId = QStringLiteral("sc_") + randomToken(12);
    created.key.name = name.trimmed();
    created.key.scopes = clean;
    created.key.createdAt = now;
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("INSERT INTO api_keys (client_id, secret_hash, name, scopes, created_at) "
                                          "VALUES (:c, :h, :n, :s, :now)"),
                           {{":c", created.key.clientId},
                            {":h", QString::fromLatin1(hashOf(created.secret))},
                            {":n", created.key.name},
                            {":s", clean.join(QLatin1Char(' '))},
                            {":now", now}});
    created.key.id = q.lastInsertId().toLongLong();
    return created;
}

QList<ApiKey> ApiKeyRepository::list() const
{
    QList<ApiKey> out;
    QSqlQuery q = Sql::run(m_db, kSelect + QStringLiteral("ORDER BY id"));
    while (q.next()) {
        out.append(read(q));
    }
    return out;
}

std::optional<ApiKey> ApiKeyRepository::findByClientId(const QString& clientId) const
{
    QSqlQuery q = Sql::run(m_db, kSelect + QStringLiteral("WHERE client_id = :c"), {{":c", clientId}});
    return q.next() ? std::optional<ApiKey>(read(q)) : std::nullopt;
}

bool ApiKeyRepository::revoke(qint64 id, qint64 now)
{
    QSqlQuery q
        = Sql::run(m_db, QStringLiteral("UPDATE api_keys SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL"),
                   {{":now", now}, {":id", id}});
    return q.numRowsAffected() > 0;
}

std::optional<ApiKey> ApiKeyRepository::verify(const QString& clientId, const QString& secret, qint64 now)
{
    QSqlQuery q
        = Sql::run(m_db, QStringLiteral("SELECT secret_hash FROM api_keys WHERE client_id = :c"), {{":c", clientId}});
    const QByteArray stored = q.next() ? q.value(0).toString().toLatin1() : QByteArray(64, '0');
    q.finish();
    // The same work whether the client exists or not.
    if (!sameBytes(stored, hashOf(secret))) {
        return std::nullopt;
    }
    std::optional<ApiKey> key = findByClientId(clientId);
    if (!key || key->revoked()) {
        return std::nullopt;
    }
    Sql::run(m_db, QStringLiteral("UPDATE api_keys SET last_used_at = :now WHERE id = :id"),
             {{":now", now}, {":id", key->id}});
    return key;
}

} // namespace sc::models
