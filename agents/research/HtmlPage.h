#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sc::agents::research {

// What the Research agent reads in one HTML page, parsed by libxml2's HTML parser (a real parser:
// broken markup is recovered the way browsers do, nothing is matched over raw markup). Visible text
// excludes scripts, styles and templates; links are resolved against the page's address.
struct HtmlPage
{
    struct Link
    {
        QString url; // absolute
        QString text; // visible text, whitespace collapsed
    };
    struct Alternate
    {
        QString hreflang; // as written: "fr-FR", "x-default"
        QString url; // absolute
    };

    QString url;
    QString title;
    QString lang; // <html lang>, as written
    QHash<QString, QString> meta; // lower-case name or property -> content (the first one)
    QStringList htmlAttributes; // attribute names on <html> (data-wf-site...)
    QList<Link> links; // <a href>
    QStringList linkHrefs; // <link href>
    QString refresh; // content of the first <meta http-equiv="refresh">, as written
    QString canonical; // <link rel="canonical" href>, absolute
    QList<Alternate> alternates; // <link rel="alternate" hreflang href>, absolute, in document order
    QStringList scriptSources; // <script src>
    QStringList scriptTexts; // inline scripts other than JSON-LD
    QStringList jsonLd; // <script type="application/ld+json"> contents
    QStringList addresses; // text of each <address>, one line per visual line
    // Microdata, in document order: itemprop (inside another property's item: "outer.inner", as in
    // "numberOfEmployees.value") -> its content, value or text (empty for an item of its own).
    QList<QPair<QString, QString>> itemProps;
    QString text; // visible text, one line per block

    // charset: from the HTTP Content-Type; empty lets the parser read <meta charset> (else UTF-8).
    static HtmlPage parse(const QByteArray& html, const QString& url, const QByteArray& charset = {});
};

} // namespace sc::agents::research
