#pragma once

#include "models/entities/SequenceDefinition.h"

#include <QCoreApplication>
#include <QString>

namespace sc::ui {

// The rep's words for what a sequence file stores as keys (channels, task kinds, enrollment states, stop
// reasons, days), one line per step, and the file's validation errors told in plain words, translated.
class SequenceText
{
    Q_DECLARE_TR_FUNCTIONS(sc::ui::SequenceText)
public:
    static QString channel(const QString& key);
    static QString taskKind(const QString& key);
    static QString stopReason(const QString& key); // also the reasons an enrollment stopped (won, rep…)
    static QString day(const QString& key); // mon..sun, in the interface's language
    static QString days(const QStringList& keys); // "Mon–Fri", or "Mon, Wed, Fri"
    // "Email: A/B test of 2 versions", "Wait 3 business days", "Task (call): Call {{first_name}}"…
    static QString step(const models::SequenceStep& step);
    // A validation error of SequenceDefinition::fromJson ("steps[2]: a task needs a \"title\"") in words a
    // rep understands ("Step 3: the task needs a title."); an error it does not know is returned as it is.
    static QString plainError(const QString& error);
};

} // namespace sc::ui
