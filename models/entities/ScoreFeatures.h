#pragma once

#include <QString>
#include <QStringList>

namespace sc::models {

// One prospect as the predictive score sees it: what research found, the rule score, the sequences they
// are in (with the A/B variant and the channels those plan), what was sent and which steps ran (up to
// their outcome, when there is one), and that outcome.
struct ScoreFeatures
{
    enum class Label { Unknown, Positive, Negative };

    qint64 prospectId = 0;
    QString title;
    QString industry;
    QString sizeRange; // the company row's "51-200"
    QString employees; // the headcount research found ("62", "~40", "2000+"); empty when none
    QString country;
    QStringList technologies;
    bool hasPhone = false;
    int ruleScore = 0;
    QStringList sequences; // the names of the sequences they were enrolled in
    QStringList variants; // "Outbound Q1 / B": the A/B variant they got
    QStringList channels; // what those sequences plan: email, form, task
    // Counted up to the outcome. Not a trait of the model: a reply stops the sequence, so the silent
    // always got more of them, and a prospect not yet written to would look like the best lead.
    int emailsSent = 0;
    int stepsDone = 0;
    Label label = Label::Unknown;
};

} // namespace sc::models
