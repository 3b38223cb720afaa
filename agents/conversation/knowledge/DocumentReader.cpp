#include "DocumentReader.h"

#include "DocxReader.h"
#include "agents/research/HtmlPage.h"

#include <QFileInfo>
#include <QStringDecoder>
#include <poppler-qt6.h>

namespace sc::agents::conversation {

namespace {

void quietPoppler(const QString&, const QVariant&)
{
    // Poppler reports every damaged object on stderr; the reader says what matters in one message.
}

DocumentText fail(const QString& kind, const QString& error)
{
    DocumentText t;
    t.kind = kind;
    t.error = error;
    return t;
}

DocumentText readPdf(const QByteArray& bytes, const QString& name)
{
    if (!bytes.startsWith("%PDF-")) {
        return fail(QStringLiteral("pdf"), QStringLiteral("%1 is not a PDF file").arg(name));
    }
    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf) {
        return fail(QStringLiteral("pdf"), QStringLiteral("%1 is a damaged PDF that cannot be read").arg(name));
    }
    if (pdf->isLocked()) {
        return fail(QStringLiteral("pdf"), QStringLiteral("%1 is protected by a password").arg(name));
    }
    if (pdf->numPages() <= 0) {
        return fail(QStringLiteral("pdf"), QStringLiteral("%1 is a damaged PDF: it has no pages").arg(name));
    }
    DocumentText t;
    t.kind = QStringLiteral("pdf");
    bool anyText = false;
    for (int i = 0; i < pdf->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        const QString text = page ? page->text(QRectF()) : QString();
        anyText = anyText || !text.trimmed().isEmpty();
        t.pages.append({i + 1, text, false});
    }
    if (!anyText) {
        return fail(QStringLiteral("pdf"),
                    QStringLiteral("%1 holds no text (a scan needs text recognition first)").arg(name));
    }
    return t;
}

} // namespace

QString DocumentReader::kindFor(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text")) {
        return QStringLiteral("text");
    }
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        return QStringLiteral("markdown");
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        return QStringLiteral("html");
    }
    if (suffix == QLatin1String("pdf")) {
        return QStringLiteral("pdf");
    }
    if (suffix == QLatin1String("docx")) {
        return QStringLiteral("docx");
    }
    return {};
}

DocumentText DocumentReader::read(const QByteArray& bytes, const QString& name)
{
    const QString kind = kindFor(name);
    if (kind.isEmpty()) {
        return fail(
            QString(),
            QStringLiteral("%1: unsupported kind of document (text, Markdown, HTML, PDF or Word .docx)").arg(name));
    }
    if (kind == QLatin1String("pdf")) {
        return readPdf(bytes, name);
    }
    if (kind == QLatin1String("docx")) {
        const DocxReader::Result docx = DocxReader::read(bytes, name);
        if (!docx.error.isEmpty()) {
            return fail(kind, docx.error);
        }
        DocumentText t;
        t.kind = kind;
        t.pages.append({0, docx.text, false});
        return t;
    }
    if (kind == QLatin1String("html")) {
        const research::HtmlPage page = research::HtmlPage::parse(bytes, QStringLiteral("file:///") + name);
        QString text = page.text;
        if (!page.title.isEmpty() && !text.startsWith(page.title)) {
            text.prepend(page.title + QLatin1Char('\n'));
        }
        if (text.trimmed().isEmpty()) {
            return fail(kind, QStringLiteral("%1 holds no text").arg(name));
        }
        DocumentText t;
        t.kind = kind;
        t.pages.append({0, text, true});
        return t;
    }
    if (bytes.contains('\0')) {
        return fail(kind, QStringLiteral("%1 is not a text file").arg(name));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        return fail(kind, QStringLiteral("%1 is not UTF-8 text").arg(name));
    }
    if (text.trimmed().isEmpty()) {
        return fail(kind, QStringLiteral("%1 is empty").arg(name));
    }
    DocumentText t;
    t.kind = kind;
    t.pages.append({0, text, false});
    return t;
}

} // namespace sc::agents::conversation
