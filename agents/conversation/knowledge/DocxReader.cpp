#include "DocxReader.h"

#include <QStringList>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <memory>
#include <zip.h>

namespace sc::agents::conversation {

namespace {

constexpr const char* WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

bool isWord(const xmlNode* node, const char* name)
{
    return node->type == XML_ELEMENT_NODE && node->ns != nullptr
        && xmlStrcmp(node->ns->href, reinterpret_cast<const xmlChar*>(WordNamespace)) == 0
        && xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// One paragraph's text: its runs in order; a tab and a break as the characters they stand for.
void appendRuns(const xmlNode* node, QString* out)
{
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (isWord(child, "t")) {
            xmlChar* content = xmlNodeGetContent(child);
            *out += QString::fromUtf8(reinterpret_cast<const char*>(content));
            xmlFree(content);
        } else if (isWord(child, "tab")) {
            *out += QLatin1Char('\t');
        } else if (isWord(child, "br") || isWord(child, "cr")) {
            *out += QLatin1Char('\n');
        } else if (isWord(child, "delText") || isWord(child, "instrText")) {
            continue; // tracked deletions and field codes are not the document's text
        } else if (child->type == XML_ELEMENT_NODE) {
            appendRuns(child, out); // runs inside hyperlinks, insertions, smart tags
        }
    }
}

void collectParagraphs(const xmlNode* node, QStringList* paragraphs)
{
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (isWord(child, "p")) {
            QString text;
            appendRuns(child, &text);
            if (!text.trimmed().isEmpty()) {
                paragraphs->append(text.trimmed());
            }
        } else if (child->type == XML_ELEMENT_NODE) {
            collectParagraphs(child, paragraphs); // tables, content controls
        }
    }
}

} // namespace

DocxReader::Result DocxReader::read(const QByteArray& bytes, const QString& name, qint64 maxXmlBytes)
{
    Result result;
    const auto damaged = [&name] {
        return Result {{}, QStringLiteral("%1 is a damaged Word document that cannot be read").arg(name)};
    };
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (source == nullptr) {
        zip_error_fini(&error);
        return damaged();
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (archive == nullptr) {
        zip_source_free(source);
        return damaged();
    }
    const std::unique_ptr<zip_t, decltype(&zip_discard)> closer(archive, &zip_discard);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, "word/document.xml", 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
        return Result {{}, QStringLiteral("%1 is not a Word document (.docx)").arg(name)};
    }
    if (stat.size > zip_uint64_t(maxXmlBytes)) {
        return Result {{}, QStringLiteral("%1 is too large once unpacked to be read").arg(name)};
    }
    zip_file_t* file = zip_fopen(archive, "word/document.xml", 0);
    if (file == nullptr) {
        return Result {{}, QStringLiteral("%1 is protected by a password or damaged").arg(name)};
    }
    QByteArray xml(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t got = zip_fread(file, xml.data(), stat.size);
    zip_fclose(file);
    if (got < 0 || zip_uint64_t(got) != stat.size) {
        return damaged();
    }
    // No network, no entities from outside, no DTD: the file is data.
    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        xmlReadMemory(xml.constData(), int(xml.size()), "document.xml", nullptr,
                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT),
        &xmlFreeDoc);
    if (!doc || xmlDocGetRootElement(doc.get()) == nullptr) {
        return damaged();
    }
    QStringList paragraphs;
    collectParagraphs(xmlDocGetRootElement(doc.get()), &paragraphs);
    if (paragraphs.isEmpty()) {
        return Result {{}, QStringLiteral("%1 has no text").arg(name)};
    }
    result.text = paragraphs.join(QStringLiteral("\n\n"));
    return result;
}

} // namespace sc::agents::conversation
