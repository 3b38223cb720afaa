#include "SequenceText.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace sc::ui {

QString SequenceText::channel(const QString& key)
{
    if (key == QLatin1String("email")) {
        return tr("Email");
    }
    if (key == QLatin1String("wait")) {
        return tr("Wait");
    }
    if (key == QLatin1String("task")) {
        return tr("Task");
    }
    if (key == QLatin1String("form")) {
        return tr("Contact form");
    }
    return key;
}

QString SequenceText::taskKind(const QString& key)
{
    if (key == QLatin1String("call")) {
        return tr("Call");
    }
    if (key == QLatin1String("linkedin")) {
        return tr("LinkedIn visit");
    }
    if (key == QLatin1String("custom")) {
        return tr("Other task");
    }
    return key;
}

QString SequenceText::stopReason(const QString& key)
{
    static const struct
    {
        const char* key;
        const char* text;
    } reasons[] = {
        {"reply", QT_TR_NOOP("a reply")},
        {"bounce", QT_TR_NOOP("a bounce")},
        {"unsubscribe", QT_TR_NOOP("an unsubscribe")},
        {"complaint", QT_TR_NOOP("a spam complaint")},
        {"meeting", QT_TR_NOOP("a meeting booked")},
        {"won", QT_TR_NOOP("the deal won")},
        {"lost", QT_TR_NOOP("the deal lost")},
        {"do_not_contact", QT_TR_NOOP("do not contact")},
        {"rep", QT_TR_NOOP("you")},
    };
    for (const auto& reason : reasons) {
        if (key == QLatin1String(reason.key)) {
            return tr(reason.text);
        }
    }
    return key;
}

QString SequenceText::day(const QString& key)
{
    const int index = int(models::SequenceDefinition::dayNames().indexOf(key));
    return index < 0 ? key : QLocale().dayName(index + 1, QLocale::ShortFormat);
}

QString SequenceText::days(const QStringList& keys)
{
    const QStringList all = models::SequenceDefinition::dayNames();
    QList<int> indexes;
    for (const QString& key : keys) {
        indexes.append(int(all.indexOf(key)));
    }
    std::sort(indexes.begin(), indexes.end());
    const bool consecutive
        = indexes.size() > 2 && indexes.first() >= 0 && indexes.last() - indexes.first() == indexes.size() - 1;
    if (consecutive) {
        return QStringLiteral("%1–%2").arg(day(all.at(indexes.first())), day(all.at(indexes.last())));
    }
    QStringList names;
    for (const int index : std::as_const(indexes)) {
        names.append(index < 0 ? QString() : day(all.at(index)));
    }
    return names.join(QStringLiteral(", "));
}

QString SequenceText::step(const models::SequenceStep& step)
{
    if (step.channel == QLatin1String("wait")) {
        return tr("Wait %n business day(s)", nullptr, step.businessDays);
    }
    if (step.channel == QLatin1String("task")) {
        return tr("%1: %2").arg(taskKind(step.taskKind), step.title);
    }
    if (step.channel == QLatin1String("form")) {
        return tr("Contact form, filled by the Form Filler");
    }
    if (step.channel != QLatin1String("email")) {
        return channel(step.channel);
    }
    const QString approval = step.approval ? tr("waits for your approval") : tr("sent automatically");
    if (step.variants.size() > 1) {
        QStringList names;
        for (const models::SequenceVariant& v : step.variants) {
            names.append(v.name);
        }
        return tr("Email: A/B test of %1 (%2)").arg(names.join(QStringLiteral(", ")), approval);
    }
    if (!step.variants.isEmpty()) {
        return tr("Email: “%1” (%2)").arg(step.variants.first().subject, approval);
    }
    if (!step.templateName.isEmpty()) {
        return tr("Email from the template “%1” (%2)").arg(step.templateName, approval);
    }
    return tr("Email written by the AI (%1)").arg(approval);
}

namespace {

// The part of an error after its field path, told in plain words; empty when unknown.
QString plainReason(const QString& why)
{
    static const QRegularExpression variant(QStringLiteral("^variants\\[(\\d+)\\](.*)$"));
    if (const QRegularExpressionMatch m = variant.match(why); m.hasMatch()) {
        const int n = m.captured(1).toInt() + 1;
        const QString rest = m.captured(2);
        if (rest.contains(QLatin1String("\"name\""))) {
            return SequenceText::tr("version %1 needs a name of its own.").arg(n);
        }
        if (rest.contains(QLatin1String("\"weight\""))) {
            return SequenceText::tr("the weight of version %1 must be 0 or more.").arg(n);
        }
        if (rest.contains(QLatin1String("\"subject\""))) {
            return SequenceText::tr("version %1 needs a subject and a body.").arg(n);
        }
        return {};
    }
    if (why.startsWith(QLatin1String("a wait needs"))) {
        return SequenceText::tr("a wait lasts at least 1 business day.");
    }
    if (why.startsWith(QLatin1String("a task's \"kind\""))) {
        return SequenceText::tr("a task is a call, a LinkedIn visit or another task.");
    }
    if (why.startsWith(QLatin1String("a task needs a \"title\""))) {
        return SequenceText::tr("the task needs a title.");
    }
    if (why.startsWith(QLatin1String("an email step has exactly one"))) {
        return SequenceText::tr("say what the email is: write at least one version, pick a template, or let the AI "
                                "write it.");
    }
    if (why.startsWith(QLatin1String("\"approval\""))) {
        return SequenceText::tr("the email either waits for your approval or is sent automatically.");
    }
    if (why.startsWith(QLatin1String("\"channel\""))) {
        return SequenceText::tr("a step is an email, a wait, a task or a contact form.");
    }
    return {};
}

} // namespace

QString SequenceText::plainError(const QString& error)
{
    static const QRegularExpression stepError(QStringLiteral("^steps\\[(\\d+)\\]:? (.*)$"));
    if (const QRegularExpressionMatch m = stepError.match(error); m.hasMatch()) {
        const int n = m.captured(1).toInt() + 1;
        const QString why = m.captured(2);
        if (why.startsWith(QLatin1String("is not an object"))) {
            return tr("Step %1 cannot be read.").arg(n);
        }
        const QString reason = plainReason(why);
        return tr("Step %1: %2").arg(n).arg(reason.isEmpty() ? why : reason);
    }
    static const QRegularExpression zone(QStringLiteral("^\"timezone\" is an IANA .*, not \"(.*)\"$"));
    if (const QRegularExpressionMatch m = zone.match(error); m.hasMatch()) {
        return tr("“%1” is not a time zone: pick one from the list, such as Europe/Paris.").arg(m.captured(1));
    }
    static const struct
    {
        const char* start;
        const char* text;
    } known[] = {
        {"a sequence needs a \"name\"", QT_TR_NOOP("Give the sequence a name.")},
        {"business_hours.days", QT_TR_NOOP("Tick at least one business day.")},
        {"business_hours.start", QT_TR_NOOP("Business hours need a start time, such as 09:00.")},
        {"business_hours.end must be after", QT_TR_NOOP("Business hours must end after they start.")},
        {"business_hours.end", QT_TR_NOOP("Business hours need an end time, such as 17:00.")},
        {"holidays", QT_TR_NOOP("A holiday is not a valid date.")},
        {"caps.per_day", QT_TR_NOOP("The number of emails per day must be 1 or more.")},
        {"caps.min_spacing_seconds", QT_TR_NOOP("The time between two emails must be 0 seconds or more.")},
        {"stop_on", QT_TR_NOOP("One of the stop rules is unknown.")},
        {"a sequence needs at least one step that is not a wait",
         QT_TR_NOOP("Add at least one step that does something: an email, a task or a contact form.")},
    };
    for (const auto& k : known) {
        if (error.startsWith(QLatin1String(k.start))) {
            return tr(k.text);
        }
    }
    return error;
}

} // namespace sc::ui
