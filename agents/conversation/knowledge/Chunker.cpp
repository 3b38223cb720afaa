#include "Chunker.h"

#include <QRegularExpression>

namespace sc::agents::conversation {

namespace {

QString collapse(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return QString(text).replace(spaces, QStringLiteral(" ")).trimmed();
}

} // namespace

QList<Chunker::Paragraph> Chunker::paragraphs(const DocumentText& document) const
{
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t\\r\\f]*\\n"));
    QList<Paragraph> result;
    for (const DocumentText::Page& page : document.pages) {
        const QString text = QString(page.text).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        const QStringList blocks = page.blocksAreLines ? text.split(QLatin1Char('\n')) : text.split(blankLines);
        for (const QString& block : blocks) {
            const QString para = collapse(block);
            if (!para.isEmpty()) {
                result.append({para, page.number});
            }
        }
    }
    return result;
}

QStringList Chunker::pieces(const QString& paragraph) const
{
    if (paragraph.size() <= m_target) {
        return {paragraph};
    }
    QStringList result;
    QString rest = paragraph;
    while (rest.size() > m_target) {
        // The last sentence end inside the target, else the last space, else a hard cut.
        qsizetype cut = -1;
        for (qsizetype i = m_target - 1; i > m_target / 2; --i) {
            const QChar c = rest.at(i);
            if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) && rest.at(i + 1).isSpace()) {
                cut = i + 1;
                break;
            }
        }
        if (cut < 0) {
            cut = rest.lastIndexOf(QLatin1Char(' '), m_target - 1);
        }
        if (cut <= 0) {
            cut = m_target;
        }
        result.append(rest.left(cut).trimmed());
        rest = rest.mid(cut).trimmed();
    }
    if (!rest.isEmpty()) {
        result.append(rest);
    }
    return result;
}

QString Chunker::tail(const QString& text) const
{
    if (m_overlap <= 0) {
        return {};
    }
    if (text.size() <= m_overlap) {
        return text;
    }
    // Start at a word so the overlap reads as text, not a cut-off syllable.
    const qsizetype from = text.indexOf(QLatin1Char(' '), text.size() - m_overlap);
    return from < 0 ? QString() : text.mid(from + 1);
}

QList<Chunker::Chunk> Chunker::chunk(const DocumentText& document) const
{
    QList<Chunk> chunks;
    QString current;
    QString carried; // the overlap taken from the previous chunk
    int page = 0;
    auto emitChunk = [&] {
        if (current.isEmpty()) {
            return;
        }
        const QString text = carried.isEmpty() ? current : carried + QLatin1Char(' ') + current;
        chunks.append({text, page});
        carried = tail(current);
        current.clear();
    };
    for (const Paragraph& para : paragraphs(document)) {
        for (const QString& piece : pieces(para.text)) {
            if (!current.isEmpty() && current.size() + 2 + piece.size() > m_target) {
                emitChunk();
            }
            if (current.isEmpty()) {
                page = para.page;
                current = piece;
            } else {
                current += QStringLiteral("\n\n") + piece;
            }
        }
    }
    emitChunk();
    return chunks;
}

} // namespace sc::agents::conversation
