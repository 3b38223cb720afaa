#pragma once

#include "DocumentReader.h"

#include <QList>
#include <QString>

namespace sc::agents::conversation {

// Cuts a document's text into the chunks the knowledge base retrieves: whole paragraphs packed up
// to a target size, a paragraph longer than that cut at sentence (else word) boundaries, and each
// chunk starting with the end of the previous one so a fact straddling a cut is found whole.
class Chunker
{
public:
    struct Chunk
    {
        QString text;
        int page = 0; // page where the chunk's own text starts (0 without pages)
    };

    explicit Chunker(int target = 800, int overlap = 150)
        : m_target(target)
        , m_overlap(overlap)
    {
    }

    QList<Chunk> chunk(const DocumentText& document) const;

private:
    struct Paragraph
    {
        QString text;
        int page = 0;
    };
    QList<Paragraph> paragraphs(const DocumentText& document) const;
    QStringList pieces(const QString& paragraph) const;
    QString tail(const QString& text) const;

    int m_target;
    int m_overlap;
};

} // namespace sc::agents::conversation
