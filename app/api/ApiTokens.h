#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace sc::app::api {

// Access tokens of the local API: JWTs (RFC 7519) signed HS256 by libjwt with the workspace's signing
// key. Only HS256 is accepted: a token announcing any other algorithm, "none" included, is refused
// before its signature is even looked at.
class ApiTokens
{
public:
    static constexpr int DefaultLifetimeS = 15 * 60;

    explicit ApiTokens(QByteArray signingKey, int lifetimeS = DefaultLifetimeS);

    struct Claims
    {
        QString clientId;
        QStringList scopes;
        qint64 issuedAt = 0; // seconds
        qint64 expiresAt = 0;
    };
    QString issue(const QString& clientId, const QStringList& scopes, qint64 nowS) const;
    // The claims of a valid token, or nullopt with *why set (for the 401's detail).
    std::optional<Claims> verify(const QString& token, qint64 nowS, QString* why) const;
    int lifetimeS() const { return m_lifetimeS; }

private:
    QByteArray m_key;
    int m_lifetimeS;
};

} // namespace sc::app::api
