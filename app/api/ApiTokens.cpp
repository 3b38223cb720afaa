#include "ApiTokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cstdlib>
#include <jwt.h>
#include <memory>

namespace sc::app::api {

namespace {

struct JwtFree
{
    void operator()(jwt_t* jwt) const { jwt_free(jwt); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtFree>;

// The token's header, read without trusting anything in it.
QJsonObject headerOf(const QString& token)
{
    const qsizetype dot = token.indexOf(QLatin1Char('.'));
    if (dot <= 0) {
        return {};
    }
    const QByteArray raw = QByteArray::fromBase64(token.left(dot).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(raw).object();
}

} // namespace

ApiTokens::ApiTokens(QByteArray signingKey, int lifetimeS)
    : m_key(std::move(signingKey))
    , m_lifetimeS(lifetimeS)
{
}

QString ApiTokens::issue(const QString& clientId, const QStringList& scopes, qint64 nowS) const
{
    jwt_t* raw = nullptr;
    if (jwt_new(&raw) != 0) {
        return {};
    }
    JwtPtr jwt(raw);
    jwt_add_grant(jwt.get(), "iss", "sales-copilot");
    jwt_add_grant(jwt.get(), "sub", clientId.toUtf8().constData());
    jwt_add_grant(jwt.get(), "scope", scopes.join(QLatin1Char(' ')).toUtf8().constData());
    jwt_add_grant(jwt.get(), "jti", QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8().constData());
    jwt_add_grant_int(jwt.get(), "iat", long(nowS));
    jwt_add_grant_int(jwt.get(), "nbf", long(nowS));
    jwt_add_grant_int(jwt.get(), "exp", long(nowS + m_lifetimeS));
    if (jwt_set_alg(jwt.get(), JWT_ALG_HS256, reinterpret_cast<const unsigned char*>(m_key.constData()),
                    int(m_key.size()))
        != 0) {
        return {};
    }
    char* encoded = jwt_encode_str(jwt.get());
    if (encoded == nullptr) {
        return {};
    }
    const QString out = QString::fromLatin1(encoded);
    free(encoded); // libjwt 1.10 hands out malloc()ed strings
    return out;
}

std::optional<ApiTokens::Claims> ApiTokens::verify(const QString& token, qint64 nowS, QString* why) const
{
    if (headerOf(token).value(QStringLiteral("alg")).toString() != QLatin1String("HS256")) {
        *why = QStringLiteral("the token's algorithm is not HS256");
        return std::nullopt;
    }
    jwt_t* raw = nullptr;
    const QByteArray text = token.toLatin1();
    if (jwt_decode(&raw, text.constData(), reinterpret_cast<const unsigned char*>(m_key.constData()), int(m_key.size()))
            != 0
        || raw == nullptr) {
        *why = QStringLiteral("the token's signature is not ours");
        return std::nullopt;
    }
    JwtPtr jwt(raw);
    if (jwt_get_alg(jwt.get()) != JWT_ALG_HS256) {
        *why = QStringLiteral("the token's algorithm is not HS256");
        return std::nullopt;
    }
    Claims c;
    const char* sub = jwt_get_grant(jwt.get(), "sub");
    const char* scope = jwt_get_grant(jwt.get(), "scope");
    c.clientId = QString::fromUtf8(sub != nullptr ? sub : "");
    c.scopes = QString::fromUtf8(scope != nullptr ? scope : "").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    c.issuedAt = jwt_get_grant_int(jwt.get(), "iat");
    c.expiresAt = jwt_get_grant_int(jwt.get(), "exp");
    const qint64 notBefore = jwt_get_grant_int(jwt.get(), "nbf");
    if (c.clientId.isEmpty() || c.expiresAt <= 0) {
        *why = QStringLiteral("the token lacks its subject or expiry");
        return std::nullopt;
    }
    if (nowS >= c.expiresAt) {
        *why = QStringLiteral("the token has expired");
        return std::nullopt;
    }
    if (notBefore > 0 && nowS < notBefore) {
        *why = QStringLiteral("the token is not valid yet");
        return std::nullopt;
    }
    return c;
}

} // namespace sc::app::api
