#include "StepResults.h"

#include <algorithm>

namespace sc::agents::decision {

QString StepResults::winner() const
{
    return abTest && verdict.winner >= 0 && verdict.winner < arms.size() ? arms.at(verdict.winner).name : QString();
}

StepResults StepResults::of(const models::SequenceDefinition& definition, int step, const QList<VariantResult>& results)
{
    StepResults out;
    out.total.step = step;
    if (step < 0 || step >= definition.steps.size()) {
        return out;
    }
    const models::SequenceStep& s = definition.steps.at(step);
    for (const models::SequenceVariant& v : s.variants) {
        VariantResult r;
        r.step = step;
        r.variant = v.name;
        out.byVariant.append(r);
    }
    for (const VariantResult& r : results) {
        if (r.step != step) {
            continue;
        }
        out.total.sent += r.sent;
        out.total.replied += r.replied;
        out.total.positive += r.positive;
        out.total.meetings += r.meetings;
        out.total.bounced += r.bounced;
        auto it = std::find_if(out.byVariant.begin(), out.byVariant.end(), [&r](const VariantResult& v) {
            return v.variant.compare(r.variant, Qt::CaseInsensitive) == 0;
        });
        if (it != out.byVariant.end()) {
            const QString name = it->variant; // the file's spelling
            *it = r;
            it->variant = name;
        } else if (!r.variant.isEmpty()) {
            out.byVariant.append(r); // a version renamed or removed since it was sent
        }
    }
    out.abTest = s.channel == QLatin1String("email") && s.variants.size() > 1;
    if (out.abTest) {
        for (const VariantResult& r : std::as_const(out.byVariant)) {
            out.arms.append({r.variant, 1, r.sent, r.replied});
        }
        out.verdict = AbTest::verdict(out.arms);
    }
    return out;
}

} // namespace sc::agents::decision
