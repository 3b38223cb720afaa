#pragma once

#include "../entities/Prospect.h"
#include "ProspectQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <optional>

namespace sc::models {

// Prospects and their companies. Inserts reuse prepared statements, so bulk loads (import, demo data)
// run inside one caller-owned transaction at SQLite speed.
class ProspectRepository
{
public:
    // From this many matches on, a search is "dense" (see page()).
    static constexpr int DenseSearchMatches = 5000;
    explicit ProspectRepository(QSqlDatabase db);

    qint64 insertCompany(const Company& company, qint64 now);
    qint64 insertProspect(const Prospect& prospect, qint64 now);

    int count(const ProspectQuery& query = {}) const;
    // One page of rows in the query's order; tags and domain are filled when withDetails is set.
    QList<Prospect> page(const ProspectQuery& query, int offset, int limit, bool withDetails = false) const;
    // The same rows, streamed from one statement to visit() until it returns false; limit -1: all.
    // For exports of any size, in constant memory.
    void scan(const ProspectQuery& query, int offset, int limit, bool withDetails,
              const std::function<bool(Prospect&&)>& visit) const;

    struct Activity
    {
        qint64 occurredAt = 0;
        QString kind;
        QString summary;
        QString actor;
        QString refTable; // what the line is about (form_submissions, drafts...), with its id
        qint64 refId = 0;
    };
    // One prospect with its company and tags, or nullopt.
    std::optional<Prospect> find(qint64 id) const;
    // The timeline, newest first.
    QList<Activity> activities(qint64 prospectId, int limit = 200) const;
    void setNotes(qint64 id, const QString& notes, const QString& actor, qint64 now);

    // The values the Prospects view's filters offer, each sorted.
    struct FilterChoices
    {
        QStringList owners;
        QStringList tags;
        QStringList countries;
    };
    FilterChoices filterChoices() const;

    // Pipeline stages in order: (key, name).
    QList<QPair<QString, QString>> stages() const;
    // Bulk actions: one transaction, one timeline activity per prospect and one audit row. Return how
    // many prospects changed.
    int setStage(const QList<qint64>& ids, const QString& stageKey, const QString& actor, qint64 now);
    int addTag(const QList<qint64>& ids, const QString& tag, const QString& actor, qint64 now);
    // One prospect's tags become exactly these (created as needed); returns whether anything changed.
    bool setTags(qint64 id, const QStringList& tags, const QString& actor, qint64 now);
    // A call, meeting or other note the rep logs by hand: a timeline activity and an audit row.
    void logActivity(qint64 id, const QString& kind, const QString& summary, const QString& actor, qint64 now);

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
    // A company known by name only (no domain), or 0.
    qint64 companyIdByName(const QString& name) const;
    QList<Company> companiesAfterId(qint64 afterId, int limit) const;

    // Sequences a prospect can be enrolled in (the Decision agent runs them): (id, name), active ones.
    QList<QPair<qint64, QString>> sequences() const;
    struct EnrollResult
    {
        int enrolled = 0;
        int alreadyEnrolled = 0;
        int suppressed = 0; // on the do-not-contact list (address or domain): never enrolled
        int withoutEmail = 0;
    };
    // Enrolls prospects in a sequence; its first step is due after the step's delay.
    EnrollResult enroll(const QList<qint64>& ids, qint64 sequenceId, const QString& actor, qint64 now);

    // Pipeline stages, configurable in Settings.
    struct Stage
    {
        QString key;
        QString name;
        int position = 0;
        QString outcome; // open, won, lost
        int prospects = 0; // live prospects in the stage
    };
    QList<Stage> stageDetails() const;
    // Returns the new stage's key (derived from the name, unique).
    QString addStage(const QString& name, const QString& actor, qint64 now);
    void renameStage(const QString& key, const QString& name, const QString& actor, qint64 now);
    // Moves the stage one place up (-1) or down (+1) in the pipeline.
    void moveStage(const QString& key, int delta, const QString& actor, qint64 now);
    // Removes a stage; its prospects move to another stage first. The last stage cannot go.
    void removeStage(const QString& key, const QString& moveProspectsTo, const QString& actor, qint64 now);

    // Tasks of one prospect (open first, by due date).
    struct Task
    {
        qint64 id = 0;
        QString title;
        qint64 dueAt = 0; // 0: no due date
        qint64 doneAt = 0; // 0: open
        QString createdBy;
    };
    QList<Task> tasks(qint64 prospectId) const;
    qint64 addTask(qint64 prospectId, const QString& title, qint64 dueAt, const QString& actor, qint64 now);
    void setTaskDone(qint64 taskId, bool done, const QString& actor, qint64 now);

private:
    int setTrashed(const QList<qint64>& ids, bool trashed, const QString& actor, qint64 now);
    // The FROM/WHERE part shared by count() and page(); binds with bindQuery().
    // denseSearch: the search matches many rows; let the planner walk the sort's index instead.
    enum class Join { None, Left, Inner };
    QString fromWhere(const ProspectQuery& query, Join join, bool denseSearch) const;
    // One row of scan()'s columns; tags filled when a tag statement is given.
    static Prospect readRow(QSqlQuery& q, QSqlQuery* tags);
    void bindQuery(QSqlQuery& q, const ProspectQuery& query) const;
    QSqlDatabase m_db;
    QSqlQuery m_insertCompany;
    QSqlQuery m_insertProspect;
    QSqlQuery m_setScore;
};

} // namespace sc::models
