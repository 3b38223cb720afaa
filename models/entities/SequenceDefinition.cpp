#include "SequenceDefinition.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

namespace sc::models {

namespace {

const QStringList KnownTop {QStringLiteral("name"),     QStringLiteral("account"),
                            QStringLiteral("timezone"), QStringLiteral("business_hours"),
                            QStringLiteral("holidays"), QStringLiteral("caps"),
                            QStringLiteral("stop_on"),  QStringLiteral("stop_company_on_reply"),
                            QStringLiteral("steps")};
const QStringList KnownStep {
    QStringLiteral("channel"),     QStringLiteral("variants"), QStringLiteral("template"),      QStringLiteral("ai"),
    QStringLiteral("instruction"), QStringLiteral("approval"), QStringLiteral("business_days"), QStringLiteral("kind"),
    QStringLiteral("title")};

QJsonObject unknownFields(const QJsonObject& json, const QStringList& known)
{
    QJsonObject extra;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            extra.insert(it.key(), it.value());
        }
    }
    return extra;
}

bool readTime(const QJsonValue& value, QTime* out)
{
    const QTime t = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
    if (!t.isValid()) {
        return false;
    }
    *out = t;
    return true;
}

// A whole number >= min, or the default when absent.
bool readInt(const QJsonObject& json, const QString& key, int min, int* out)
{
    if (!json.contains(key)) {
        return true;
    }
    const QJsonValue v = json.value(key);
    if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < min
        || v.toDouble() > 1'000'000) {
        return false;
    }
    *out = int(v.toDouble());
    return true;
}

std::optional<SequenceStep> readStep(const QJsonObject& json, const QString& where, QString* error)
{
    SequenceStep step;
    step.channel = json.value(QStringLiteral("channel")).toString();
    step.extra = unknownFields(json, KnownStep);
    auto fail = [&](const QString& why) {
        *error = QStringLiteral("%1: %2").arg(where, why);
        return std::nullopt;
    };
    if (step.channel == QLatin1String("wait")) {
        step.businessDays = -1;
        if (!readInt(json, QStringLiteral("business_days"), 1, &step.businessDays) || step.businessDays < 1) {
            return fail(QStringLiteral("a wait needs \"business_days\", a whole number of 1 or more"));
        }
        return step;
    }
    if (step.channel == QLatin1String("task")) {
        step.taskKind = json.value(QStringLiteral("kind")).toString(QStringLiteral("custom"));
        step.title = json.value(QStringLiteral("title")).toString();
        if (!QStringList {QStringLiteral("call"), QStringLiteral("linkedin"), QStringLiteral("custom")}.contains(
                step.taskKind)) {
            return fail(QStringLiteral("a task's \"kind\" is call, linkedin or custom, not \"%1\"").arg(step.taskKind));
        }
        if (step.title.trimmed().isEmpty()) {
            return fail(QStringLiteral("a task needs a \"title\""));
        }
        return step;
    }
    if (step.channel == QLatin1String("form")) {
        return step;
    }
    if (step.channel != QLatin1String("email")) {
        return fail(QStringLiteral("\"channel\" is email, wait, task or form, not \"%1\"").arg(step.channel));
    }
    const QJsonArray variants = json.value(QStringLiteral("variants")).toArray();
    step.templateName = json.value(QStringLiteral("template")).toString();
    const QJsonValue ai = json.value(QStringLiteral("ai"));
    step.ai = ai.isObject() || ai.toBool();
    step.instruction = ai.isObject() ? ai.toObject().value(QStringLiteral("instruction")).toString()
                                     : json.value(QStringLiteral("instruction")).toString();
    const int sources = (variants.isEmpty() ? 0 : 1) + (step.templateName.isEmpty() ? 0 : 1) + (step.ai ? 1 : 0);
    if (sources != 1) {
        return fail(QStringLiteral("an email step has exactly one of \"variants\", \"template\" or \"ai\""));
    }
    const QString approval = json.value(QStringLiteral("approval"))
                                 .toString(step.ai ? QStringLiteral("required") : QStringLiteral("auto"));
    if (approval != QLatin1String("required") && approval != QLatin1String("auto")) {
        return fail(QStringLiteral("\"approval\" is required or auto, not \"%1\"").arg(approval));
    }
    step.approval = approval == QLatin1String("required");
    QSet<QString> names;
    for (int i = 0; i < variants.size(); ++i) {
        const QJsonObject v = variants.at(i).toObject();
        SequenceVariant variant;
        variant.name = v.value(QStringLiteral("name")).toString().trimmed();
        variant.subject = v.value(QStringLiteral("subject")).toString();
        variant.body = v.value(QStringLiteral("body")).toString();
        const QString here = QStringLiteral("variants[%1]").arg(i);
        if (variant.name.isEmpty() || names.contains(variant.name.toLower())) {
            return fail(QStringLiteral("%1 needs a \"name\" of its own").arg(here));
        }
        names.insert(variant.name.toLower());
        if (!readInt(v, QStringLiteral("weight"), 0, &variant.weight)) {
            return fail(QStringLiteral("%1: \"weight\" is a whole number of 0 or more").arg(here));
        }
        if (variant.subject.trimmed().isEmpty() || variant.body.trimmed().isEmpty()) {
            return fail(QStringLiteral("%1 needs a \"subject\" and a \"body\"").arg(here));
        }
        step.variants.append(variant);
    }
    return step;
}

} // namespace

QStringList SequenceDefinition::stopReasons()
{
    return {QStringLiteral("reply"), QStringLiteral("bounce"), QStringLiteral("unsubscribe"),
            QStringLiteral("complaint"), QStringLiteral("meeting")};
}

QStringList SequenceDefinition::dayNames()
{
    return {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
            QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
}

std::optional<SequenceDefinition> SequenceDefinition::fromJson(const QJsonObject& json, QString* error)
{
    SequenceDefinition d;
    auto fail = [&](const QString& why) {
        *error = why;
        return std::nullopt;
    };
    d.extra = unknownFields(json, KnownTop);
    d.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (d.name.isEmpty()) {
        return fail(QStringLiteral("a sequence needs a \"name\""));
    }
    d.account = json.value(QStringLiteral("account")).toString().trimmed();
    d.timezone = json.value(QStringLiteral("timezone")).toString(QStringLiteral("UTC"));
    if (!QTimeZone(d.timezone.toUtf8()).isValid()) {
        return fail(
            QStringLiteral("\"timezone\" is an IANA time zone such as Europe/Paris, not \"%1\"").arg(d.timezone));
    }
    if (json.contains(QStringLiteral("business_hours"))) {
        const QJsonObject hours = json.value(QStringLiteral("business_hours")).toObject();
        if (hours.contains(QStringLiteral("days"))) {
            d.days.clear();
            for (const QJsonValue& v : hours.value(QStringLiteral("days")).toArray()) {
                const QString day = v.toString().toLower();
                if (!dayNames().contains(day)) {
                    return fail(QStringLiteral("business_hours.days: \"%1\" is not one of mon, tue, wed, thu, fri, "
                                               "sat, sun")
                                    .arg(v.toString()));
                }
                if (!d.days.contains(day)) {
                    d.days.append(day);
                }
            }
            if (d.days.isEmpty()) {
                return fail(QStringLiteral("business_hours.days needs at least one day"));
            }
        }
        if (hours.contains(QStringLiteral("start")) && !readTime(hours.value(QStringLiteral("start")), &d.start)) {
            return fail(QStringLiteral("business_hours.start is a time such as \"09:00\""));
        }
        if (hours.contains(QStringLiteral("end")) && !readTime(hours.value(QStringLiteral("end")), &d.end)) {
            return fail(QStringLiteral("business_hours.end is a time such as \"17:00\""));
        }
        if (d.end <= d.start) {
            return fail(QStringLiteral("business_hours.end must be after business_hours.start"));
        }
    }
    for (const QJsonValue& v : json.value(QStringLiteral("holidays")).toArray()) {
        const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
        if (!date.isValid()) {
            return fail(QStringLiteral("holidays: \"%1\" is not a date such as 2027-01-01").arg(v.toString()));
        }
        d.holidays.append(date);
    }
    const QJsonObject caps = json.value(QStringLiteral("caps")).toObject();
    if (!readInt(caps, QStringLiteral("per_day"), 1, &d.perDay)) {
        return fail(QStringLiteral("caps.per_day is a whole number of emails, 1 or more"));
    }
    if (!readInt(caps, QStringLiteral("min_spacing_seconds"), 0, &d.minSpacingSeconds)) {
        return fail(QStringLiteral("caps.min_spacing_seconds is a whole number of seconds, 0 or more"));
    }
    if (json.contains(QStringLiteral("stop_on"))) {
        d.stopOn.clear();
        for (const QJsonValue& v : json.value(QStringLiteral("stop_on")).toArray()) {
            if (!stopReasons().contains(v.toString())) {
                return fail(QStringLiteral("stop_on: \"%1\" is not one of %2")
                                .arg(v.toString(), stopReasons().join(QStringLiteral(", "))));
            }
            d.stopOn.append(v.toString());
        }
    }
    d.stopCompanyOnReply = json.value(QStringLiteral("stop_company_on_reply")).toBool();
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    bool acts = false;
    for (int i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).isObject()) {
            return fail(QStringLiteral("steps[%1] is not an object").arg(i));
        }
        std::optional<SequenceStep> step = readStep(steps.at(i).toObject(), QStringLiteral("steps[%1]").arg(i), error);
        if (!step) {
            return std::nullopt;
        }
        acts = acts || step->channel != QLatin1String("wait");
        d.steps.append(*step);
    }
    if (!acts) {
        return fail(QStringLiteral("a sequence needs at least one step that is not a wait"));
    }
    return d;
}

QJsonObject SequenceDefinition::toJson() const
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("name"), name);
    if (!account.isEmpty()) {
        json.insert(QStringLiteral("account"), account);
    }
    json.insert(QStringLiteral("timezone"), timezone);
    json.insert(QStringLiteral("business_hours"),
                QJsonObject {{QStringLiteral("days"), QJsonArray::fromStringList(days)},
                             {QStringLiteral("start"), start.toString(QStringLiteral("HH:mm"))},
                             {QStringLiteral("end"), end.toString(QStringLiteral("HH:mm"))}});
    QJsonArray dates;
    for (const QDate& date : holidays) {
        dates.append(date.toString(Qt::ISODate));
    }
    json.insert(QStringLiteral("holidays"), dates);
    json.insert(
        QStringLiteral("caps"),
        QJsonObject {{QStringLiteral("per_day"), perDay}, {QStringLiteral("min_spacing_seconds"), minSpacingSeconds}});
    json.insert(QStringLiteral("stop_on"), QJsonArray::fromStringList(stopOn));
    if (stopCompanyOnReply) {
        json.insert(QStringLiteral("stop_company_on_reply"), true);
    }
    QJsonArray list;
    for (const SequenceStep& s : steps) {
        QJsonObject step = s.extra;
        step.insert(QStringLiteral("channel"), s.channel);
        if (s.channel == QLatin1String("wait")) {
            step.insert(QStringLiteral("business_days"), s.businessDays);
        } else if (s.channel == QLatin1String("task")) {
            step.insert(QStringLiteral("kind"), s.taskKind);
            step.insert(QStringLiteral("title"), s.title);
        } else if (s.channel == QLatin1String("email")) {
            if (!s.variants.isEmpty()) {
                QJsonArray variants;
                for (const SequenceVariant& v : s.variants) {
                    variants.append(QJsonObject {{QStringLiteral("name"), v.name},
                                                 {QStringLiteral("weight"), v.weight},
                                                 {QStringLiteral("subject"), v.subject},
                                                 {QStringLiteral("body"), v.body}});
                }
                step.insert(QStringLiteral("variants"), variants);
            } else if (!s.templateName.isEmpty()) {
                step.insert(QStringLiteral("template"), s.templateName);
            } else {
                step.insert(QStringLiteral("ai"),
                            s.instruction.isEmpty()
                                ? QJsonValue(true)
                                : QJsonValue(QJsonObject {{QStringLiteral("instruction"), s.instruction}}));
            }
            if (s.approval != s.ai) {
                step.insert(QStringLiteral("approval"),
                            s.approval ? QStringLiteral("required") : QStringLiteral("auto"));
            }
        }
        list.append(step);
    }
    json.insert(QStringLiteral("steps"), list);
    return json;
}

QString SequenceStep::soleVariant() const
{
    if (variants.size() < 2) {
        return {};
    }
    const SequenceVariant* sole = nullptr;
    for (const SequenceVariant& v : variants) {
        if (v.weight > 0) {
            if (sole != nullptr) {
                return {};
            }
            sole = &v;
        }
    }
    return sole != nullptr ? sole->name : QString();
}

int SequenceDefinition::nextAction(int from, int* waitDays) const
{
    *waitDays = 0;
    for (int i = std::max(0, from); i < steps.size(); ++i) {
        if (steps.at(i).channel != QLatin1String("wait")) {
            return i;
        }
        *waitDays += steps.at(i).businessDays;
    }
    return -1;
}

QList<int> SequenceDefinition::weekdays() const
{
    QList<int> list;
    for (const QString& day : days) {
        list.append(int(dayNames().indexOf(day)) + 1);
    }
    return list;
}

} // namespace sc::models
