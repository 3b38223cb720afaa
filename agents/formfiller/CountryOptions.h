#pragma once

#include "FormModel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sc::agents::formfiller {

// The options of a country or dialling-code select, matched to the sender's country and phone number:
// the Form Filler's choice of "France" / "FR" / "+33" among a form's options.
class CountryOptions
{
public:
    struct Phone
    {
        int countryCode = 0;
        QString national; // significant number, digits only
        QString region;
    };

    // Names a select may list for a country: the code, English, French and the country's own language.
    static QStringList countryNames(const QString& country);
    // The number's country code, national number and region (libphonenumber), for a separate code select.
    static Phone splitPhone(const QString& phone, const QString& country);
    // Whether most options carry a dialling code ("+33", "(44)").
    static bool looksLikeCountryCodes(const QList<FieldOption>& options);
    // The option naming the country, or -1.
    static int countryOption(const QList<FieldOption>& options, const QString& country);
    // The option with the number's dialling code (the one naming its region when several share it), or -1.
    static int dialOption(const QList<FieldOption>& options, const Phone& phone);
};

} // namespace sc::agents::formfiller
