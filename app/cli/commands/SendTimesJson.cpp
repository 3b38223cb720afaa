#include "SendTimesJson.h"

#include <QJsonArray>
#include <QLocale>
#include <cmath>

namespace sc::app::cli {

using agents::decision::SendTimeModel;

namespace {

// Six decimals: a share of 1/168 still reads, and the output stays short.
double rounded(double value)
{
    return std::round(value * 1e6) / 1e6;
}

} // namespace

QJsonObject SendTimesJson::report(const SendTimeModel& model, const QString& country, qint64 companyId)
{
    const QString scope = companyId > 0 ? QStringLiteral("company")
        : !country.isEmpty()            ? QStringLiteral("country")
                                        : QStringLiteral("workspace");
    const SendTimeModel::Grid grid = model.grid(country, companyId);
    QJsonArray rows;
    for (const auto& day : grid) {
        QJsonArray hours;
        for (const double share : day) {
            hours.append(rounded(share));
        }
        rows.append(hours);
    }
    QJsonArray best;
    if (model.hasPattern()) {
        for (const SendTimeModel::Cell& c : SendTimeModel::best(grid, BestCount)) {
            best.append(QJsonObject {{QStringLiteral("weekday"), c.weekday},
                                     {QStringLiteral("hour"), c.hour},
                                     {QStringLiteral("rate"), rounded(c.rate)}});
        }
    }
    QJsonObject out {{QStringLiteral("replies"),
                      companyId > 0            ? model.companyReplies(companyId)
                          : !country.isEmpty() ? model.countryReplies(country)
                                               : model.replies()},
                     {QStringLiteral("workspace_replies"), model.replies()},
                     {QStringLiteral("pattern"), model.hasPattern()},
                     {QStringLiteral("scope"), scope},
                     {QStringLiteral("grid"), rows},
                     {QStringLiteral("best"), best}};
    if (!country.isEmpty() || companyId > 0) {
        const QString key = SendTimeModel::countryKey(country.isEmpty() ? model.countryOf(companyId) : country);
        out.insert(QStringLiteral("country"), key.isEmpty() ? QJsonValue() : QJsonValue(key));
    }
    if (companyId > 0) {
        out.insert(QStringLiteral("company"), companyId);
    }
    return out;
}

QString SendTimesJson::text(const QJsonObject& report)
{
    const int workspace = report.value(QStringLiteral("workspace_replies")).toInt();
    if (!report.value(QStringLiteral("pattern")).toBool()) {
        return tr("Not enough replies yet: %1 of %2 — sending at the first business hour.")
            .arg(workspace)
            .arg(SendTimeModel::MinReplies);
    }
    const QLocale english(QLocale::English);
    QStringList best;
    for (const QJsonValue& v : report.value(QStringLiteral("best")).toArray()) {
        const QJsonObject cell = v.toObject();
        best.append(QStringLiteral("%1 %2:00 (%3%)")
                        .arg(english.dayName(cell.value(QStringLiteral("weekday")).toInt(), QLocale::ShortFormat))
                        .arg(cell.value(QStringLiteral("hour")).toInt(), 2, 10, QLatin1Char('0'))
                        .arg(cell.value(QStringLiteral("rate")).toDouble() * 100, 0, 'f', 1));
    }
    return tr("%1 replies in this scope (%2 in the workspace). Best hours, local to the prospect: %3")
        .arg(report.value(QStringLiteral("replies")).toInt())
        .arg(workspace)
        .arg(best.join(QStringLiteral(", ")));
}

} // namespace sc::app::cli
