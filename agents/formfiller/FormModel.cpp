#include "FormModel.h"

#include <QJsonArray>

namespace sc::agents::formfiller {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QList<FieldOption> optionsOf(const QJsonArray& array)
{
    QList<FieldOption> out;
    for (const QJsonValue& v : array) {
        out.append({str(v.toObject(), "value"), str(v.toObject(), "text")});
    }
    return out;
}

PageField fieldOf(const QJsonObject& o)
{
    PageField f;
    f.key = o.value(QLatin1String("key")).toInt(-1);
    f.form = o.value(QLatin1String("form")).toInt(-1);
    f.tag = str(o, "tag");
    f.type = str(o, "type");
    f.name = str(o, "name");
    f.id = str(o, "id");
    f.autocomplete = str(o, "autocomplete");
    f.label = str(o, "label");
    f.placeholder = str(o, "placeholder");
    f.nearby = str(o, "nearby");
    f.classes = str(o, "classes");
    f.required = o.value(QLatin1String("required")).toBool();
    f.maxLength = o.value(QLatin1String("maxlength")).toInt();
    f.tabIndex = str(o, "tabindex");
    f.ariaHidden = o.value(QLatin1String("ariaHidden")).toBool();
    f.hidden = str(o, "hidden");
    f.value = str(o, "value");
    f.options = optionsOf(o.value(QLatin1String("options")).toArray());
    return f;
}

} // namespace

PageScan PageScan::fromJson(const QJsonObject& json)
{
    PageScan scan;
    scan.url = str(json, "url");
    scan.title = str(json, "title");
    scan.language = str(json, "language");
    for (const QJsonValue& v : json.value(QLatin1String("forms")).toArray()) {
        const QJsonObject o = v.toObject();
        PageForm form;
        form.key = o.value(QLatin1String("key")).toInt(-1);
        form.document = o.value(QLatin1String("document")).toInt();
        form.inFrame = o.value(QLatin1String("inFrame")).toBool();
        form.isForm = o.value(QLatin1String("isForm")).toBool(true);
        form.action = str(o, "action");
        form.method = str(o, "method");
        form.id = str(o, "id");
        form.classes = str(o, "classes");
        form.role = str(o, "role");
        form.heading = str(o, "heading");
        form.text = str(o, "text");
        form.visible = o.value(QLatin1String("visible")).toBool(true);
        for (const QJsonValue& f : o.value(QLatin1String("fields")).toArray()) {
            form.fields.append(fieldOf(f.toObject()));
        }
        for (const QJsonValue& b : o.value(QLatin1String("buttons")).toArray()) {
            const QJsonObject bo = b.toObject();
            form.buttons.append({bo.value(QLatin1String("key")).toInt(-1), str(bo, "type"), str(bo, "text"),
                                 bo.value(QLatin1String("visible")).toBool()});
        }
        scan.forms.append(form);
    }
    for (const QJsonValue& v : json.value(QLatin1String("captchas")).toArray()) {
        scan.captchas.append(v.toString());
    }
    for (const QJsonValue& v : json.value(QLatin1String("crossOriginFrames")).toArray()) {
        scan.crossOriginFrames.append(v.toString());
    }
    for (const QJsonValue& v : json.value(QLatin1String("links")).toArray()) {
        const QJsonObject o = v.toObject();
        scan.links.append({str(o, "href"), str(o, "text"), str(o, "area")});
    }
    return scan;
}

SenderProfile SenderProfile::fromJson(const QJsonObject& json)
{
    SenderProfile p;
    p.firstName = str(json, "first_name").trimmed();
    p.lastName = str(json, "last_name").trimmed();
    p.email = str(json, "email").trimmed();
    p.phone = str(json, "phone").trimmed();
    p.company = str(json, "company").trimmed();
    p.jobTitle = str(json, "job_title").trimmed();
    p.website = str(json, "website").trimmed();
    p.country = str(json, "country").trimmed();
    p.subject = str(json, "subject").trimmed();
    p.message = str(json, "message").trimmed();
    return p;
}

QJsonObject SenderProfile::toJson() const
{
    return {{QStringLiteral("first_name"), firstName}, {QStringLiteral("last_name"), lastName},
            {QStringLiteral("email"), email},          {QStringLiteral("phone"), phone},
            {QStringLiteral("company"), company},      {QStringLiteral("job_title"), jobTitle},
            {QStringLiteral("website"), website},      {QStringLiteral("country"), country},
            {QStringLiteral("subject"), subject},      {QStringLiteral("message"), message}};
}

QStringList SenderProfile::missing() const
{
    QStringList out;
    if (email.isEmpty()) {
        out << QStringLiteral("email");
    }
    if (message.isEmpty()) {
        out << QStringLiteral("message");
    }
    if (firstName.isEmpty() && lastName.isEmpty()) {
        out << QStringLiteral("first_name or last_name");
    }
    return out;
}

} // namespace sc::agents::formfiller
