#pragma once

#include <QString>
#include <QStringList>

namespace sc::models {

// One language variant of an email template of the rep's library (a row of templates). Variants of one
// template share its name; subject and body are Mustache text (TemplateRenderer renders them).
struct EmailTemplate
{
    qint64 id = 0;
    QString name;
    QString category = QStringLiteral("first_touch");
    QString language = QStringLiteral("en");
    QString format = QStringLiteral("text"); // text: plain-text email, values as they are; html: values escaped
    QString subject;
    QString body;
    bool isDefault = false; // shipped with the app
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    static QStringList categories()
    {
        return {QStringLiteral("first_touch"), QStringLiteral("follow_up"), QStringLiteral("reply_question"),
                QStringLiteral("meeting_confirmation"), QStringLiteral("break_up")};
    }
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("fr")}; }
    static QStringList formats() { return {QStringLiteral("text"), QStringLiteral("html")}; }
};

} // namespace sc::models
