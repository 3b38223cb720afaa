// The Inbox's reading of one message: GMime's parse as MessageParser drives it, then the classifier
// (structure first, then the words). Seeds: tests/data/mail and, when present, the real bounces.
#include "agents/inbox/MessageParser.h"
#include "agents/inbox/ReplyClassifier.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char*>(data), qsizetype(size));
    const sc::agents::inbox::ParsedMessage message = sc::agents::inbox::MessageParser::parse(raw);
    if (message.error.isEmpty()) {
        static const sc::agents::inbox::ReplyClassifier classifier;
        const auto verdict = classifier.classify(message);
        (void)verdict.toJson();
    }
    return 0;
}
