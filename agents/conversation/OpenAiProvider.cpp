#include "OpenAiProvider.h"

#include "OpenAiWire.h"

#include <QCoreApplication>
#include <QUrl>

namespace sc::agents::conversation {

namespace {

using nlohmann::json;

class OpenAiDecoder final : public StreamingProvider::Decoder
{
public:
    void onEvent(const SseParser::Event& event, StreamingProvider::Stream& stream) override
    {
        if (event.data == "[DONE]") {
            stream.finished = true;
            return;
        }
        const json j = json::parse(event.data);
        if (j.contains("error")) {
            // Some compatible servers report a failure mid-stream this way.
            const auto error = j.get<openai::Error>();
            stream.error
                = retry::ApiError {QString::fromStdString(error.error.type), QString::fromStdString(error.error.code),
                                   QString::fromStdString(error.error.message)};
            return;
        }
        const auto chunk = j.get<openai::ChatChunk>();
        for (const auto& choice : chunk.choices) {
            if (choice.index != 0) {
                continue; // one answer asked for (n = 1)
            }
            if (choice.delta.content) {
                stream.emitDelta(QString::fromStdString(*choice.delta.content));
            }
            if (choice.finish_reason) {
                stream.result->stopReason = QString::fromStdString(*choice.finish_reason);
            }
        }
        if (chunk.usage) {
            stream.result->usage.inputTokens = chunk.usage->prompt_tokens;
            stream.result->usage.outputTokens = chunk.usage->completion_tokens;
        }
    }

    void onWhole(const QByteArray& body, StreamingProvider::Stream& stream) override
    {
        const auto answer = json::parse(body.constData(), body.constData() + body.size()).get<openai::ChatCompletion>();
        for (const auto& choice : answer.choices) {
            if (choice.index == 0) {
                stream.emitDelta(QString::fromStdString(choice.message.content.value_or(std::string())));
                stream.result->stopReason = QString::fromStdString(choice.finish_reason.value_or(std::string()));
            }
        }
        if (answer.usage) {
            stream.result->usage = {answer.usage->prompt_tokens, answer.usage->completion_tokens};
        }
        stream.finished = true;
    }
};

} // namespace

OpenAiProvider::OpenAiProvider(ProviderConfig config)
    : StreamingProvider(std::move(config))
{
}

StreamingProvider::Call OpenAiProvider::buildCall(const CompletionRequest& request) const
{
    openai::ChatRequest wire;
    wire.model = request.model.toStdString();
    wire.max_tokens = request.maxTokens;
    wire.useMaxCompletionTokens = config().kind == ProviderConfig::Kind::OpenAi;
    wire.temperature = request.temperature;
    if (!request.system.isEmpty()) {
        wire.messages.push_back({"system", request.system.toStdString()});
    }
    for (const ChatMessage& message : request.messages) {
        wire.messages.push_back(
            {message.role == ChatMessage::Role::User ? "user" : "assistant", message.text.toStdString()});
    }
    Call call;
    // The base URL holds the version (".../v1"), as every compatible server documents it.
    // A base URL with no path at all ("http://localhost:11434") gets the usual "/v1".
    QByteArray base = baseUrl(config().kind == ProviderConfig::Kind::OpenAi ? DefaultBaseUrl : DefaultLocalBaseUrl);
    if (const QString path = QUrl(QString::fromUtf8(base)).path(); path.isEmpty() || path == QLatin1String("/")) {
        base += "/v1";
    }
    call.url = base + "/chat/completions";
    call.headers = {"content-type: application/json", "accept: text/event-stream"};
    if (!config().apiKey.isEmpty()) {
        call.headers.push_back("Authorization: Bearer " + config().apiKey.toUtf8());
    }
    call.body = QByteArray::fromStdString(json(wire).dump());
    return call;
}

std::unique_ptr<StreamingProvider::Decoder> OpenAiProvider::makeDecoder() const
{
    return std::make_unique<OpenAiDecoder>();
}

retry::ApiError OpenAiProvider::parseError(const QByteArray& body) const
{
    const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!j.is_object()) {
        return {};
    }
    try {
        const auto error = j.get<openai::Error>();
        return {QString::fromStdString(error.error.type), QString::fromStdString(error.error.code),
                QString::fromStdString(error.error.message)};
    } catch (const json::exception&) {
        return {};
    }
}

bool OpenAiProvider::needsKey() const
{
    return config().kind == ProviderConfig::Kind::OpenAi;
}

QString OpenAiProvider::displayName() const
{
    if (config().kind == ProviderConfig::Kind::OpenAi) {
        return QCoreApplication::translate("sc::agents::conversation::LlmProvider", "OpenAI");
    }
    const QUrl url(config().baseUrl.isEmpty() ? QString::fromLatin1(DefaultLocalBaseUrl) : config().baseUrl);
    return QCoreApplication::translate("sc::agents::conversation::LlmProvider", "the model server at %1")
        .arg(url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host());
}

} // namespace sc::agents::conversation
