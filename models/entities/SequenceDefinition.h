#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace sc::models {

// One A/B variant of an email step: its subject and body are Mustache templates.
struct SequenceVariant
{
    QString name;
    int weight = 1;
    QString subject;
    QString body;
};

// One step of a sequence file. Channels: email (variants, a template by name, or an AI draft), wait (N
// business days), task (a call, a LinkedIn visit or a custom task for the rep: never automated), form (the
// Form Filler). Fields the app does not know are kept in `extra`, so that the editor never drops them.
struct SequenceStep
{
    QString channel; // email, wait, task, form
    // email
    QList<SequenceVariant> variants;
    QString templateName;
    bool ai = false; // an AI draft from the Conversation agent
    QString instruction; // for the AI draft
    bool approval = false; // true: the email waits in Approvals; false: it goes out as the sequence says
    // wait
    int businessDays = 0;
    // task
    QString taskKind; // call, linkedin, custom
    QString title; // a Mustache template
    QJsonObject extra;

    // An A/B step (two versions or more) whose versions but one weigh 0, so that everyone who reaches it
    // gets that one (the rep sent a winner to the rest): its name; empty otherwise.
    QString soleVariant() const;
};

// A sequence as its file says (README, "Sequence files"): the CLI's `sequences create --file`, the
// editor and the Decision engine read and write exactly this.
struct SequenceDefinition
{
    QString name;
    QString account; // the sending mailbox's name; empty: the first mailbox
    QString timezone = QStringLiteral("UTC"); // IANA; for prospects with no zone of their own
    QStringList days {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                      QStringLiteral("fri")};
    QTime start {9, 0};
    QTime end {17, 0};
    QList<QDate> holidays;
    int perDay = 50;
    int minSpacingSeconds = 120;
    QStringList stopOn {QStringLiteral("reply"), QStringLiteral("bounce"), QStringLiteral("unsubscribe"),
                        QStringLiteral("complaint"), QStringLiteral("meeting")};
    // A reply from a colleague at the same company stops the whole company's enrollments.
    bool stopCompanyOnReply = false;
    QList<SequenceStep> steps;
    QJsonObject extra;

    static QStringList stopReasons(); // the values stop_on accepts
    static QStringList dayNames(); // mon..sun
    // nullopt with *error (an English sentence naming the field, e.g. "steps[2]: ...") when invalid.
    static std::optional<SequenceDefinition> fromJson(const QJsonObject& json, QString* error);
    QJsonObject toJson() const;
    bool stopsOn(const QString& reason) const { return stopOn.contains(reason); }
    // The first step's index at or after `from` that is not a wait, and the business days waited on the way.
    int nextAction(int from, int* waitDays) const;
    // Qt::DayOfWeek values of `days`.
    QList<int> weekdays() const;
};

} // namespace sc::models
