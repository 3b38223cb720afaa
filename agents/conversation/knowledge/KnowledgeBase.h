#pragma once

#include "models/repositories/KnowledgeBaseRepository.h"

#include <QSqlDatabase>
#include <QString>

namespace sc::agents::conversation {

// Adds the rep's files to the knowledge base: reads one (DocumentReader), refuses one already there
// by its content, chunks it (Chunker) and stores document and chunks in one transaction, so a file
// is either wholly in the knowledge base or not at all. The CLI and the GUI share this.
class KnowledgeBase
{
public:
    struct Added
    {
        qint64 id = 0; // 0 when refused
        QString name;
        QString kind;
        int chunks = 0;
        int pages = 0;
        QString error; // in the rep's words, when refused

        bool ok() const { return error.isEmpty(); }
    };

    // Larger files are refused rather than read into memory.
    static constexpr qint64 MaxFileBytes = 100LL << 20;

    explicit KnowledgeBase(QSqlDatabase db);

    Added addFile(const QString& path, qint64 now);
    models::KnowledgeBaseRepository& repository() { return m_repository; }

private:
    models::KnowledgeBaseRepository m_repository;
};

} // namespace sc::agents::conversation
