#pragma once

#include "models/entities/Draft.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sc::agents::conversation {

// What a model's draft may and may not say, checked after it is written and before the rep sees it.
//
// Text from the prospect's mail and website is data, not instructions (PromptBuilder fences it), but a
// model can still be talked into something: so an email address or a link in the draft that none of
// the trusted material holds (the rep's documents and messages, the research, the sender, the
// prospect's own address) is removed with its line, never sent — an address that only the prospect's
// mail body gives is exactly what an injection would plant. In grounded mode a figure (a price, a percentage, a count)
// or a name (a product, a customer) that no used source holds is flagged for the rep to check.
class Guardrails
{
public:
    struct Checked
    {
        QString body;
        QList<models::Draft::Flag> flags;
    };

    // trusted: the texts an address or a link may come from — the rep's documents and own messages, the
    // research, the sender and the prospect's own address; never the body of the prospect's mail, which
    // anyone can write. grounding: every text a figure or a name may come from (trusted and the thread).
    static Checked check(const QString& subject, const QString& body, const QString& trusted, const QString& grounding,
                         bool grounded);

    // The email addresses and http(s) links in a text, as written.
    static QStringList addresses(const QString& text);
    static QStringList links(const QString& text);
    // Figures ("€49", "30 %", "1,200", "2019") and names (capitalised words not opening a sentence,
    // "Acme Cloud") in a text, as written.
    static QStringList figures(const QString& text);
    static QStringList names(const QString& text);

    // Whether a category of inbound message may be answered with a sales reply at all.
    static bool answerable(const QString& category);
    // The categories whose replies the agent suggests on its own (interested, question, meeting_time).
    static bool suggestsReply(const QString& category);
};

} // namespace sc::agents::conversation
