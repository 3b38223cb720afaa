#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sc::agents::conversation {

// Reads one document the rep adds to the knowledge base into plain text: text and Markdown as they
// are (UTF-8), HTML through the project's HTML reading (tags stripped, one line per block), PDF
// through poppler, page by page, Word (.docx) through libzip and libxml2 (DocxReader). Kind comes from the file name;
// PDF is also checked by its bytes.
struct DocumentText
{
    struct Page
    {
        int number = 0; // PDF page from 1; 0 for kinds without pages
        QString text;
        bool blocksAreLines = false; // HTML: every line is a block of its own
    };

    QString kind; // "text", "markdown", "html", "pdf", "docx"; empty when the file was not read
    QList<Page> pages;
    QString error; // in the rep's words, when the file could not be read

    bool ok() const { return error.isEmpty(); }
};

namespace DocumentReader {
// The kind for a file name ("text", "markdown", "html", "pdf", "docx"), or empty when unsupported.
QString kindFor(const QString& fileName);
// bytes: the whole file; name: its file name (for the kind and the messages).
DocumentText read(const QByteArray& bytes, const QString& name);
} // namespace DocumentReader

} // namespace sc::agents::conversation
