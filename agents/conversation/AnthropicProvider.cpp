#include "AnthropicProvider.h"

#include "AnthropicWire.h"

#include <QCoreApplication>

namespace sc::agents::conversation {

namespace {

using nlohmann::json;

class AnthropicDecoder final : public StreamingProvider::Decoder
{
public:
    void onEvent(const SseParser::Event& event, StreamingProvider::Stream& stream) override
    {
        const QByteArray& type = event.type;
        if (type == "ping" || type == "content_block_start" || type == "content_block_stop") {
            return; // nothing to read: text comes in the deltas, even a block's first
        }
        if (type == "message_start") {
            const auto start = json::parse(event.data).get<anthropic::MessageStart>();
            stream.result->usage.inputTokens = start.message.usage.input_tokens;
            stream.result->usage.outputTokens = start.message.usage.output_tokens;
        } else if (type == "content_block_delta") {
            const auto delta = json::parse(event.data).get<anthropic::ContentBlockDelta>();
            if (delta.delta.type == "text_delta") {
                stream.emitDelta(QString::fromStdString(delta.delta.text));
            }
        } else if (type == "message_delta") {
            const auto delta = json::parse(event.data).get<anthropic::MessageDelta>();
            if (delta.delta.stop_reason) {
                stream.result->stopReason = QString::fromStdString(*delta.delta.stop_reason);
            }
            if (delta.usage) {
                stream.result->usage.outputTokens = delta.usage->output_tokens;
                if (delta.usage->input_tokens > 0) {
                    stream.result->usage.inputTokens = delta.usage->input_tokens;
                }
            }
        } else if (type == "message_stop") {
            stream.finished = true;
        } else if (type == "error") {
            const auto error = json::parse(event.data).get<anthropic::Error>();
            stream.error = retry::ApiError {
                QString::fromStdString(error.error.type), {}, QString::fromStdString(error.error.message)};
        }
        // Any other event: a newer API version's; ignored, as Anthropic asks clients to.
    }

    void onWhole(const QByteArray& body, StreamingProvider::Stream& stream) override
    {
        const auto answer
            = json::parse(body.constData(), body.constData() + body.size()).get<anthropic::MessageResponse>();
        for (const auto& block : answer.content) {
            if (block.type == "text") {
                stream.emitDelta(QString::fromStdString(block.text));
            }
        }
        stream.result->stopReason = QString::fromStdString(answer.stop_reason.value_or(std::string()));
        stream.result->usage = {answer.usage.input_tokens, answer.usage.output_tokens};
        stream.finished = true;
    }
};

} // namespace

AnthropicProvider::AnthropicProvider(ProviderConfig config)
    : StreamingProvider(std::move(config))
{
}

StreamingProvider::Call AnthropicProvider::buildCall(const CompletionRequest& request) const
{
    anthropic::MessagesRequest wire;
    wire.model = request.model.toStdString();
    wire.max_tokens = request.maxTokens;
    wire.system = request.system.toStdString();
    wire.temperature = request.temperature;
    for (const ChatMessage& message : request.messages) {
        wire.messages.push_back(
            {message.role == ChatMessage::Role::User ? "user" : "assistant", message.text.toStdString()});
    }
    Call call;
    QByteArray base = baseUrl(DefaultBaseUrl);
    if (base.endsWith("/v1")) {
        base.chop(3); // "https://api.anthropic.com/v1", as some docs write it
    }
    call.url = base + "/v1/messages";
    call.headers = {"x-api-key: " + config().apiKey.toUtf8(), QByteArray("anthropic-version: ") + ApiVersion,
                    "content-type: application/json", "accept: text/event-stream"};
    call.body = QByteArray::fromStdString(json(wire).dump());
    return call;
}

std::unique_ptr<StreamingProvider::Decoder> AnthropicProvider::makeDecoder() const
{
    return std::make_unique<AnthropicDecoder>();
}

retry::ApiError AnthropicProvider::parseError(const QByteArray& body) const
{
    const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!j.is_object()) {
        return {};
    }
    try {
        const auto error = j.get<anthropic::Error>();
        return {QString::fromStdString(error.error.type), {}, QString::fromStdString(error.error.message)};
    } catch (const json::exception&) {
        return {};
    }
}

QString AnthropicProvider::displayName() const
{
    return QCoreApplication::translate("sc::agents::conversation::LlmProvider", "Anthropic");
}

} // namespace sc::agents::conversation
