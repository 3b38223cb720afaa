#pragma once

#include <QByteArray>
#include <QString>

namespace sc::agents::conversation {

// The text of a Word document (.docx, Office Open XML): the ZIP read with libzip, its
// word/document.xml with libxml2, every paragraph (<w:p>) a line of its runs' text (<w:t>), tabs and
// line breaks kept, table cells one paragraph each. Headers, footers, comments and tracked deletions
// (<w:delText>) are left out: they are not what the document says.
namespace DocxReader {
struct Result
{
    QString text; // paragraphs separated by blank lines
    QString error; // in the rep's words; text is then empty
};
// bytes: the whole file; name: its file name, for the messages. Larger than maxXmlBytes once unpacked
// is refused (a ZIP bomb), so a hostile file cannot fill the memory.
Result read(const QByteArray& bytes, const QString& name, qint64 maxXmlBytes = 64LL << 20);
} // namespace DocxReader

} // namespace sc::agents::conversation
