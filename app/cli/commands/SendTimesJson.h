#pragma once

#include "agents/decision/SendTimeModel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sc::app::cli {

// What `sequences send-times` says about the learned send-time pattern of the workspace, a country or a
// company: {"replies", "workspace_replies", "pattern", "scope", "grid" (7 rows, Monday first, of 24
// shares), "best" (the best cells, when there is a pattern)}.
class SendTimesJson
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::SendTimesJson)

public:
    static constexpr int BestCount = 5;
    static QJsonObject report(const agents::decision::SendTimeModel& model, const QString& country, qint64 companyId);
    static QString text(const QJsonObject& report);
};

} // namespace sc::app::cli
