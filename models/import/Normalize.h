#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace sc::models {

// The rules that decide when two rows are the same person or the same company.
namespace Normalize {
// Lower-case and trimmed; the dedupe key of a person.
QString email(const QString& email);
// Empty when fine, else the reason the address cannot be used (for the import report).
QString emailProblem(const QString& normalizedEmail);
// "https://WWW.Shop.Example.co.uk/contact" -> "shop.example.co.uk" (lower-case, no www.).
QString host(const QString& urlOrDomain);
// The part a company owns, public-suffix aware (libpsl): "shop.acme.co.uk" -> "acme.co.uk".
QString companyDomain(const QString& urlOrDomain);
// "com", "fr", "рф", "example": a top-level domain of the public suffix list (ICANN section, libpsl),
// or one reserved for examples and tests (RFC 2606). "reyes" or "smith" is not (any case).
bool isTopLevelDomain(const QString& label);
// Webmail and ISP domains say nothing about the company a person works for.
bool isPersonalMailDomain(const QString& domain);
const QSet<QString>& personalMailDomains();
// "  Réunion   Planifiée " -> "reunion planifiee": lower-case, accents removed, whitespace collapsed; how
// names and words are compared when their case and accents must not matter.
QString fold(const QString& text);
// info@, contact@, sales@...: a shared mailbox, not a person (the part before the @, any case).
bool isRoleMailbox(const QString& localPart);
const QStringList& roleMailboxes();
// "Réunion planifiée!" -> "reunion_planifiee": a stable ASCII key for something a rep named.
QString asciiKey(const QString& name);
} // namespace Normalize

} // namespace sc::models
