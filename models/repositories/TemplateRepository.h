#pragma once

#include "../entities/EmailTemplate.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace sc::models {

// The rep's template library (templates). The templates the app ships (resources/templates/
// defaults.json, both languages) are written once per workspace, the first time the library is read:
// a rep who deletes or edits them keeps it that way.
class TemplateRepository
{
public:
    explicit TemplateRepository(QSqlDatabase db);

    // Every variant, by name then language.
    QList<EmailTemplate> list();
    // The variants of one template, by language.
    QList<EmailTemplate> variants(const QString& name);
    std::optional<EmailTemplate> find(qint64 id) const;
    // The variant in `language`, else the English one, else any; nullopt when no template has the name.
    std::optional<EmailTemplate> variant(const QString& name, const QString& language);

    // Each returns 0 / false with *problem said in the rep's words: an unknown category, language or
    // format, an empty name or body, a name that already has a variant in that language.
    qint64 create(const EmailTemplate& t, qint64 now, QString* problem);
    bool update(const EmailTemplate& t, qint64 now, QString* problem);
    // Copies every variant of `name` under `newName`; the number copied (0 with *problem).
    int duplicate(const QString& name, const QString& newName, qint64 now, QString* problem);
    bool remove(qint64 id);

    // What is wrong with a template before it is stored; empty when nothing.
    static QString problemWith(const EmailTemplate& t);
    // The shipped templates, as in the resource.
    static QList<EmailTemplate> defaults();
    // Writes the shipped templates unless this workspace had them already; the number written.
    int seedDefaults(qint64 now);

private:
    bool nameTaken(const QString& name, const QString& language, qint64 exceptId) const;
    QSqlDatabase m_db;
};

} // namespace sc::models
