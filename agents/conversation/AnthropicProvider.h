#pragma once

#include "StreamingProvider.h"

namespace sc::agents::conversation {

// Claude through the Anthropic Messages API, streamed (message_start, content_block_*, message_delta,
// message_stop; ping anywhere; an error event mid-stream; unknown events ignored).
class AnthropicProvider final : public StreamingProvider
{
public:
    static constexpr const char* DefaultBaseUrl = "https://api.anthropic.com";
    static constexpr const char* ApiVersion = "2023-06-01";

    explicit AnthropicProvider(ProviderConfig config);

protected:
    Call buildCall(const CompletionRequest& request) const override;
    std::unique_ptr<Decoder> makeDecoder() const override;
    retry::ApiError parseError(const QByteArray& body) const override;
    QString displayName() const override;
};

} // namespace sc::agents::conversation
