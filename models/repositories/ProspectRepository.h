#pragma once

#include "../entities/Prospect.h"
#include "ProspectQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <optional>

namespace sc::models {

// Prospects: the list the views page through, one prospect's fields and notes, the bulk stage change
// and the trash. Their companies, stages, tags, tasks, sequences and timeline have repositories of
// their own. Inserts reuse prepared statements, so bulk loads (import, demo data) run inside one
// caller-owned transaction at SQLite speed.
class ProspectRepository
{
public:
    // From this many matches on, a search is "dense" (see page()).
    static constexpr int DenseSearchMatches = 5000;
    explicit ProspectRepository(QSqlDatabase db);

    qint64 insertProspect(const Prospect& prospect, qint64 now);

    // One person added by hand (the app's Add person, the API's POST), by the import's rules: a name or
    // an address is enough; an address must be well formed and belongs to one prospect only; the
    // company is found or made from the address's domain (a webmail's aside), else from the name
    // given. In one transaction. Throws ValidationError with the reason in the rep's words.
    struct NewPerson
    {
        QString firstName;
        QString lastName;
        QString email;
        QString title;
        QString phone;
        QString company;
    };
    struct Added
    {
        qint64 id = 0; // the new prospect; 0 when the address was taken
        qint64 existingId = 0; // who has the address
        bool existingTrashed = false;
    };
    Added addPerson(const NewPerson& person, const QString& source, qint64 now);

    int count(const ProspectQuery& query = {}) const;
    // One page of rows in the query's order; tags and domain are filled when withDetails is set.
    QList<Prospect> page(const ProspectQuery& query, int offset, int limit, bool withDetails = false) const;
    // The same rows, streamed from one statement to visit() until it returns false; limit -1: all.
    // For exports of any size, in constant memory.
    void scan(const ProspectQuery& query, int offset, int limit, bool withDetails,
              const std::function<bool(Prospect&&)>& visit) const;

    // What the composer's To field offers for what the rep typed: live prospects with an address whose
    // name, email or company matches (words as prefixes, an address or a domain as one term), by name,
    // at most `limit`; none for an empty text. One paged statement, fast on any number of prospects.
    QList<Prospect> addressBook(const QString& typed, int limit) const;

    // One prospect with its company and tags, or nullopt.
    std::optional<Prospect> find(qint64 id) const;
    void setNotes(qint64 id, const QString& notes, const QString& actor, qint64 now);
    // The prospect's own time zone (an IANA name); empty: none, their country's or the sequence's is used.
    QString timezone(qint64 id) const;
    // Sets or clears (empty) it, with an activity and an audit row. Throws ValidationError for a name that is
    // not a time zone; false when nothing changed.
    bool setTimezone(qint64 id, const QString& timezone, const QString& actor, qint64 now);

    // The values the Prospects view's filters offer, each sorted.
    struct FilterChoices
    {
        QStringList owners;
        QStringList tags;
        QStringList countries;
    };
    FilterChoices filterChoices() const;

    // The bulk stage change: one transaction, one timeline activity per prospect and one audit row.
    // Returns how many prospects changed.
    int setStage(const QList<qint64>& ids, const QString& stageKey, const QString& actor, qint64 now);

    // Deleting moves prospects to the trash: hidden everywhere, restorable until purged. Both return
    // how many prospects changed, with a timeline activity each and one audit row.
    int moveToTrash(const QList<qint64>& ids, const QString& actor, qint64 now);
    int restoreFromTrash(const QList<qint64>& ids, const QString& actor, qint64 now);
    // Deletes for good what was trashed before the given time; returns how many.
    int purgeTrash(qint64 trashedBefore);

    // The fields a rep edits in the detail panel; unset ones stay as they are.
    struct FieldEdit
    {
        std::optional<QString> firstName, lastName, email, title, phone;
        std::optional<qint64> dealValueCents; // 0: no deal value
    };
    // Validates (a well-formed email, not another prospect's), writes what changed, one activity
    // naming the fields and one audit row with before and after. Throws StoreError with a message
    // for the rep. Returns the names of the fields that changed.
    QStringList updateFields(qint64 id, const FieldEdit& edit, const QString& actor, qint64 now);

    // Keyset pages for scripts (the local API): live prospects after an id, in id order, with their
    // company and score; search as the view's, stage optional. Visits at most `limit` rows.
    void visitAfterId(qint64 afterId, const QString& search, const QString& stage, int limit,
                      const std::function<void(const Prospect&)>& visit) const;
    // The prospect with this address (any case), live or in the trash.
    struct ByEmail
    {
        qint64 id = 0;
        bool trashed = false;
    };
    std::optional<ByEmail> findByEmail(const QString& email) const;

private:
    int setTrashed(const QList<qint64>& ids, bool trashed, const QString& actor, qint64 now);
    QSqlDatabase m_db;
    QSqlQuery m_insertProspect;
    QSqlQuery m_setScore;
};

} // namespace sc::models
