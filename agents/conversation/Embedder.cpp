#include "Embedder.h"

#include "EmbeddingWire.h"
#include "LlmHttp.h"
#include "OpenAiProvider.h"
#include "OpenAiWire.h"
#include "RetryPolicy.h"
#include "models/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUrl>
#include <cmath>
#include <thread>

namespace sc::agents::conversation {

Q_LOGGING_CATEGORY(lcEmbedder, "salescopilot.conversation.embedder")

namespace {

using nlohmann::json;
using Steady = std::chrono::steady_clock;

// 64 inputs of 3,072 dimensions printed as JSON are a few megabytes; more is not an answer of ours.
constexpr qsizetype MaxAnswer = 64 * 1024 * 1024;
constexpr const char* OllamaBaseUrl = "http://localhost:11434";

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::agents::conversation::Embedder", text);
}

QByteArray withoutTrailingSlash(QByteArray url)
{
    while (url.endsWith('/')) {
        url.chop(1);
    }
    return url;
}

QString urlPath(const QByteArray& url)
{
    return QUrl(QString::fromUtf8(url)).path();
}

// Scaled to length 1, so that the store's cosine is a dot product whatever the server sent (OpenAI's
// vectors are normalised already; not every compatible server's are). False for a zero vector.
bool normalise(std::vector<float>& v)
{
    double sum = 0;
    for (const float x : v) {
        sum += double(x) * x;
    }
    if (!(sum > 0) || !std::isfinite(sum)) {
        return false;
    }
    const auto scale = float(1.0 / std::sqrt(sum));
    for (float& x : v) {
        x *= scale;
    }
    return true;
}

// The vectors of one batch, in input order, or nothing when the answer does not hold exactly one
// vector of one common size per input.
std::optional<std::vector<std::vector<float>>> readOpenAi(const json& j, qsizetype count, EmbeddingResult& result)
{
    const auto answer = j.get<openai::EmbeddingResponse>();
    std::vector<std::vector<float>> vectors(static_cast<size_t>(count));
    for (const auto& item : answer.data) {
        if (item.index < 0 || item.index >= count || !vectors[size_t(item.index)].empty()) {
            return std::nullopt;
        }
        vectors[size_t(item.index)] = item.embedding;
    }
    if (answer.usage) {
        result.promptTokens += answer.usage->prompt_tokens;
        result.totalTokens += answer.usage->total_tokens;
    }
    return vectors;
}

std::optional<std::vector<std::vector<float>>> readOllama(const json& j, qsizetype count, EmbeddingResult& result)
{
    auto answer = j.get<ollama::EmbedResponse>();
    if (qsizetype(answer.embeddings.size()) != count) {
        return std::nullopt;
    }
    result.promptTokens += answer.prompt_eval_count;
    result.totalTokens += answer.prompt_eval_count;
    return std::move(answer.embeddings);
}

} // namespace

Embedder::Embedder(ProviderConfig config, QString model, Api api)
    : m_config(std::move(config))
    , m_model(std::move(model))
    , m_api(api)
{
}

bool Embedder::supported() const
{
    return m_config.kind != ProviderConfig::Kind::Anthropic;
}

Embedder::Api Embedder::resolvedApi() const
{
    if (m_api != Api::Auto) {
        return m_api;
    }
    // Ollama serves /v1/embeddings too; its own route is taken only when the base URL names it.
    if (m_config.kind == ProviderConfig::Kind::OpenAiCompatible
        && urlPath(withoutTrailingSlash(m_config.baseUrl.toUtf8())).endsWith(QLatin1String("/api"))) {
        return Api::OllamaNative;
    }
    return Api::OpenAi;
}

QByteArray Embedder::endpoint() const
{
    if (resolvedApi() == Api::OllamaNative) {
        QByteArray base
            = withoutTrailingSlash(m_config.baseUrl.isEmpty() ? QByteArray(OllamaBaseUrl) : m_config.baseUrl.toUtf8());
        // The same base URL as the chat provider's ("http://localhost:11434/v1") reaches /api too.
        if (urlPath(base).endsWith(QLatin1String("/v1"))) {
            base.chop(3);
        }
        if (!urlPath(base).endsWith(QLatin1String("/api"))) {
            base += "/api";
        }
        return base + "/embed";
    }
    const bool openAi = m_config.kind == ProviderConfig::Kind::OpenAi;
    QByteArray base
        = withoutTrailingSlash(m_config.baseUrl.isEmpty() ? QByteArray(openAi ? OpenAiProvider::DefaultBaseUrl
                                                                              : OpenAiProvider::DefaultLocalBaseUrl)
                                                          : m_config.baseUrl.toUtf8());
    // As for chat: the base URL holds the version; one with no path at all gets the usual "/v1".
    if (const QString path = urlPath(base); path.isEmpty() || path == QLatin1String("/")) {
        base += "/v1";
    }
    return base + "/embeddings";
}

QString Embedder::displayName() const
{
    switch (m_config.kind) {
    case ProviderConfig::Kind::Anthropic:
        return QCoreApplication::translate("sc::agents::conversation::LlmProvider", "Anthropic");
    case ProviderConfig::Kind::OpenAi:
        return QCoreApplication::translate("sc::agents::conversation::LlmProvider", "OpenAI");
    case ProviderConfig::Kind::OpenAiCompatible:
        break;
    }
    const QUrl url(QString::fromUtf8(endpoint()));
    return QCoreApplication::translate("sc::agents::conversation::LlmProvider", "the model server at %1")
        .arg(url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host());
}

bool Embedder::needsKey() const
{
    return m_config.kind == ProviderConfig::Kind::OpenAi;
}

bool Embedder::wait(std::chrono::milliseconds delay, const std::atomic<bool>* cancelled) const
{
    return waitBeforeRetry(m_config, delay, cancelled);
}

EmbeddingResult Embedder::embed(const QStringList& inputs, const std::atomic<bool>* cancelled) const
{
    EmbeddingResult result;
    if (!supported()) {
        result.error = ErrorKind::BadRequest;
        result.unsupported = true;
        result.message = tr("Anthropic has no embeddings API: the knowledge base is searched by keywords alone "
                            "(BM25). Set an embedding model on an OpenAI or local (Ollama) provider for hybrid "
                            "search.");
        return result;
    }
    if (needsKey() && m_config.apiKey.isEmpty()) {
        result.error = ErrorKind::MissingKey;
        result.message = retry::repMessage(ErrorKind::MissingKey, displayName(), 0);
        return result;
    }
    result.vectors.reserve(size_t(inputs.size()));
    for (qsizetype start = 0; start < inputs.size(); start += m_batchSize) {
        if (!embedBatch(inputs.mid(start, m_batchSize), cancelled, result)) {
            result.vectors.clear();
            result.dims = 0;
            return result;
        }
    }
    return result;
}

bool Embedder::embedBatch(const QStringList& inputs, const std::atomic<bool>* cancelled, EmbeddingResult& result) const
{
    const bool native = resolvedApi() == Api::OllamaNative;
    std::vector<std::string> texts;
    texts.reserve(size_t(inputs.size()));
    for (const QString& input : inputs) {
        texts.push_back(input.toStdString());
    }
    LlmHttp::Request http;
    http.url = endpoint();
    http.headers = {"content-type: application/json", "accept: application/json"};
    if (!m_config.apiKey.isEmpty()) {
        http.headers.push_back("Authorization: Bearer " + m_config.apiKey.toUtf8());
    }
    http.body
        = QByteArray::fromStdString(native ? json(ollama::EmbedRequest {m_model.toStdString(), texts}).dump()
                                           : json(openai::EmbeddingRequest {m_model.toStdString(), texts}).dump());
    http.connectTimeoutMs = m_config.connectTimeoutMs;
    http.idleTimeoutMs = m_config.idleTimeoutMs;
    http.cancelled = cancelled;

    for (int attempt = 1;; ++attempt) {
        ++result.attempts;
        QByteArray body;
        bool tooLarge = false;
        const LlmHttp::Response response
            = LlmHttp::post(http, [&](const char* data, qsizetype size, const QByteArray&) {
                  body.append(data, size);
                  tooLarge = body.size() > MaxAnswer;
                  return !tooLarge;
              });
        result.httpStatus = response.status;
        ErrorKind kind = ErrorKind::None;
        QString detail;
        std::optional<std::vector<std::vector<float>>> vectors;
        if (response.outcome == LlmHttp::Outcome::Cancelled) {
            kind = ErrorKind::Cancelled;
        } else if (response.status >= 200 && response.status < 300) {
            kind = tooLarge ? ErrorKind::Protocol : errorKindOf(response.outcome);
            if (kind == ErrorKind::None) {
                const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
                try {
                    if (j.is_object()) {
                        vectors = native ? readOllama(j, inputs.size(), result) : readOpenAi(j, inputs.size(), result);
                    }
                } catch (const json::exception& e) {
                    qCWarning(lcEmbedder) << "unreadable answer" << e.what();
                }
                // Every vector there, all of one size, none of them zero.
                const size_t dims = vectors && !vectors->empty() ? vectors->front().size() : 0;
                const bool whole
                    = dims > 0 && std::all_of(vectors->begin(), vectors->end(), [&](auto& v) {
                          return v.size() == dims && (result.dims == 0 || int(dims) == result.dims) && normalise(v);
                      });
                if (!whole) {
                    kind = ErrorKind::Protocol;
                } else {
                    result.dims = int(dims);
                    for (auto& v : *vectors) {
                        result.vectors.push_back(std::move(v));
                    }
                    return true;
                }
            }
        } else if (response.status == 0) {
            kind = errorKindOf(response.outcome);
            detail = response.detail;
        } else {
            retry::ApiError error;
            const json j = json::parse(response.errorBody.constData(),
                                       response.errorBody.constData() + response.errorBody.size(), nullptr, false);
            if (j.is_object()) {
                try {
                    const auto e = j.get<openai::Error>();
                    error = {QString::fromStdString(e.error.type), QString::fromStdString(e.error.code),
                             QString::fromStdString(e.error.message)};
                } catch (const json::exception&) {
                }
            }
            detail = error.message;
            kind = retry::kindOf(response.status, error);
        }

        if (kind != ErrorKind::Cancelled && retry::isRetryable(kind) && attempt < m_config.maxAttempts) {
            const Clock& clock = m_config.clock != nullptr ? *m_config.clock : Clock::instance();
            const auto asked = retry::parseRetryAfter(response.retryAfter, clock.now());
            // As for chat: a retry-after past the cap means "later", not a wait behind a progress bar.
            if (!asked || *asked <= m_config.maxBackoff) {
                const auto delay
                    = asked ? *asked : retry::backoff(attempt + 1, m_config.initialBackoff, m_config.maxBackoff);
                qCInfo(lcEmbedder) << "attempt" << attempt << "failed:" << errorKindName(kind) << "status"
                                   << response.status << "- retrying in" << delay.count() << "ms";
                if (wait(delay, cancelled)) {
                    continue;
                }
                kind = ErrorKind::Cancelled;
            }
        }
        result.error = kind;
        result.message = kind == ErrorKind::Cancelled ? tr("Embedding was cancelled.")
                                                      : retry::repMessage(kind, displayName(), response.status, detail);
        qCInfo(lcEmbedder) << "gave up after" << attempt << "attempts:" << errorKindName(kind) << "status"
                           << response.status;
        return false;
    }
}

} // namespace sc::agents::conversation
