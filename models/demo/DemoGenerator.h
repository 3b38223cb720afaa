#pragma once

#include <QSqlDatabase>

namespace sc::models {

// Fills a workspace with a deterministic, invented sales pipeline so a newcomer sees a populated app:
// companies on reserved example domains (RFC 2606 ".example"), people who do not exist, a few drafts
// waiting for approval, tasks and a sequence. What it shows is what the app would have written: each
// score is the LeadScorer's for the workspace's ideal customer, and each stage past "new" comes with
// the emails, replies, meeting or deal that explain it (DemoHistory). Same seed and size, same data,
// on every platform.
class DemoGenerator
{
public:
    struct Options
    {
        int prospects = 200;
        quint64 seed = 20261124;
        int drafts = 5;
    };
    struct Summary
    {
        int companies = 0;
        int prospects = 0;
        int drafts = 0;
        int tasks = 0;
    };

    // Runs in one transaction: all or nothing. Throws StoreError.
    static Summary generate(const QSqlDatabase& db, const Options& options, qint64 now);
};

} // namespace sc::models
