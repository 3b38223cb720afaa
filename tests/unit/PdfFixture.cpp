#include "PdfFixture.h"

#include <QList>

namespace sc::tests {

namespace {

QByteArray escaped(const QString& line)
{
    QByteArray out;
    for (const char c : line.toLatin1()) {
        if (c == '\\' || c == '(' || c == ')') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

} // namespace

QByteArray makePdf(const QList<QStringList>& pages)
{
    // Objects: 1 catalog, 2 page tree, 3 font, then per page: the page and its content stream.
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    auto object = [&](int number, const QByteArray& body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    const qsizetype count = pages.size();
    QByteArray kids;
    for (qsizetype i = 0; i < count; ++i) {
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    }
    object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    object(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(count) + " >>");
    object(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    for (qsizetype i = 0; i < count; ++i) {
        const int page = int(4 + 2 * i);
        object(page,
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
               "/Contents "
                   + QByteArray::number(page + 1) + " 0 R >>");
        QByteArray stream = "BT /F1 10 Tf 14 TL 50 800 Td\n";
        for (const QString& line : pages.at(i)) {
            stream += '(' + escaped(line) + ") Tj T*\n";
        }
        stream += "ET";
        object(page + 1, "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets)) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace sc::tests
