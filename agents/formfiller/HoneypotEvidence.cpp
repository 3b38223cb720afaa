#include "HoneypotEvidence.h"

#include "FieldClassifier.h"

namespace sc::agents::formfiller {

namespace {

QRegularExpression wordRule(const char* alternatives)
{
    return QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(QLatin1String(alternatives)),
                              QRegularExpression::UseUnicodePropertiesOption);
}

// Names and classes anti-spam plugins give their traps.
const QRegularExpression& trapNames()
{
    static const QRegularExpression re = wordRule("hp|ohnohoney|hpot|trap|bot field|botfield|b field");
    return re;
}

bool outOfTabOrder(const PageField& f)
{
    bool ok = false;
    const int index = f.tabIndex.trimmed().toInt(&ok);
    return ok && index < 0;
}

bool autocompleteOff(const PageField& f)
{
    // "off", and the values sites use because browsers ignore "off" on some fields.
    static const QStringList off {QStringLiteral("off"), QStringLiteral("nope"), QStringLiteral("false"),
                                  QStringLiteral("no")};
    return off.contains(f.autocomplete.trimmed());
}

} // namespace

const QRegularExpression& HoneypotEvidence::leaveEmptyWords()
{
    static const QRegularExpression re
        = wordRule("honeypot|honey pot|(leave|keep) (this )?(field )?(blank|empty)|laiss(er|ez) (ce )?(champ )?vide|"
                   "ne pas remplir|ne rien (remplir|saisir)|do not fill|don t fill|if you are (a )?human|"
                   "validation purposes|should be left unchanged");
    return re;
}

QString HoneypotEvidence::of(const PageField& f)
{
    const QString own = FieldClassifier::words(f.label + QLatin1Char(' ') + f.placeholder);
    if (leaveEmptyWords().match(own).hasMatch()) {
        return QStringLiteral("its words say to leave it empty");
    }
    // Moved out of sight or made invisible while keeping its place: no person can type there. (A field
    // in display:none may be a later step of the form: it is simply not filled while hidden.)
    if (f.hidden == QLatin1String("off-screen") || f.hidden == QLatin1String("opacity:0")
        || f.hidden == QLatin1String("no size") || f.hidden == QLatin1String("clipped")) {
        return f.hidden;
    }
    // What a person sees and can reach, with words telling them what to type, is meant for them: a
    // placeholder is as good a label as a <label>, whatever the field's name or its neighbours say.
    const bool described
        = !FieldClassifier::words(f.label).isEmpty() || !FieldClassifier::words(f.placeholder).isEmpty();
    if (f.visible() && !outOfTabOrder(f) && described) {
        return {};
    }
    if (leaveEmptyWords().match(FieldClassifier::words(f.nearby)).hasMatch()) {
        return QStringLiteral("the words beside it say to leave it empty");
    }
    const QString names = FieldClassifier::words(f.name + QLatin1Char(' ') + f.id + QLatin1Char(' ') + f.classes);
    if (leaveEmptyWords().match(names).hasMatch() || trapNames().match(names).hasMatch()) {
        return QStringLiteral("named as a trap");
    }
    if (outOfTabOrder(f) && autocompleteOff(f)) {
        return QStringLiteral("out of the tab order with autocomplete off");
    }
    if (outOfTabOrder(f) && f.ariaHidden) {
        return QStringLiteral("out of the tab order and hidden from screen readers");
    }
    return {};
}

} // namespace sc::agents::formfiller
