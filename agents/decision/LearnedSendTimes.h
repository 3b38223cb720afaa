#pragma once

#include "SendTimeModel.h"
#include "models/repositories/SendTimeRepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>
#include <utility>

namespace sc::agents::decision {

class BusinessCalendar;

// The workspace's send-time pattern, read once (a planning run, the CLI, the heatmap dialog) from the
// replies in its store, and the run moment of a prospect's step in it.
class LearnedSendTimes
{
public:
    // fallback: the zone of a prospect whose own zone and country say none (the rep's, by default).
    explicit LearnedSendTimes(QSqlDatabase db, const QTimeZone& fallback = QTimeZone::systemTimeZone());

    // The replies placed on each prospect's local clock (ProspectZone), with their country and company.
    static SendTimeModel load(const QSqlDatabase& db, const QTimeZone& fallback = QTimeZone::systemTimeZone());
    static SendTimeModel fromReplies(const QList<models::SendTimeRepository::Reply>& replies,
                                     const QTimeZone& fallback = QTimeZone::systemTimeZone());

    const SendTimeModel& model() const { return m_model; }
    // SendTimeModel::runMoment in the pattern of the prospect's country and company; exactly
    // calendar.nextOpen(dueMs) while the workspace has no pattern.
    qint64 runMoment(const BusinessCalendar& calendar, qint64 dueMs, qint64 prospectId);

private:
    QSqlDatabase m_db;
    SendTimeModel m_model;
    QHash<qint64, std::pair<QString, qint64>> m_places;
};

} // namespace sc::agents::decision
