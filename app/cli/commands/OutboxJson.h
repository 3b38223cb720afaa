#pragma once

#include "agents/inbox/OutboxSender.h"
#include "models/repositories/OutboxRepository.h"

#include <QJsonObject>

namespace sc::app::cli {

// The JSON of an outbox message and of one sending run, the same for `send` and `outbox`.
class OutboxJson
{
public:
    static QJsonObject message(const models::OutboxMessage& m);
    static QJsonObject result(const QString& account, const agents::inbox::OutboxSender::Result& r);
};

} // namespace sc::app::cli
