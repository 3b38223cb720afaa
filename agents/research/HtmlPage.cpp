#include "HtmlPage.h"

#include <QRegularExpression>
#include <QUrl>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <mutex>

namespace sc::agents::research {

namespace {

QString str(const xmlChar* s)
{
    return s == nullptr ? QString() : QString::fromUtf8(reinterpret_cast<const char*>(s));
}

QString attribute(xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    const QString result = str(value);
    xmlFree(value);
    return result;
}

QString name(xmlNode* node)
{
    return str(node->name).toLower();
}

bool isBlock(const QString& tag)
{
    static const QStringList blocks {
        QStringLiteral("p"),       QStringLiteral("div"),     QStringLiteral("br"),         QStringLiteral("li"),
        QStringLiteral("ul"),      QStringLiteral("ol"),      QStringLiteral("h1"),         QStringLiteral("h2"),
        QStringLiteral("h3"),      QStringLiteral("h4"),      QStringLiteral("h5"),         QStringLiteral("h6"),
        QStringLiteral("tr"),      QStringLiteral("td"),      QStringLiteral("th"),         QStringLiteral("table"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("header"),     QStringLiteral("footer"),
        QStringLiteral("nav"),     QStringLiteral("address"), QStringLiteral("dd"),         QStringLiteral("dt"),
        QStringLiteral("main"),    QStringLiteral("aside"),   QStringLiteral("blockquote"), QStringLiteral("form"),
        QStringLiteral("hr"),      QStringLiteral("title"),   QStringLiteral("body"),       QStringLiteral("figure")};
    return blocks.contains(tag);
}

bool isHidden(const QString& tag)
{
    return tag == QLatin1String("script") || tag == QLatin1String("style") || tag == QLatin1String("template")
        || tag == QLatin1String("noscript") || tag == QLatin1String("head");
}

// Text under a node, blocks on their own lines; iterative, so deep nesting cannot exhaust the stack.
QString textOf(xmlNode* root)
{
    QString out;
    xmlNode* node = root->children;
    while (node != nullptr && node != root) {
        bool descend = true;
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            out += str(node->content);
        } else if (node->type == XML_ELEMENT_NODE) {
            const QString tag = name(node);
            if (isHidden(tag)) {
                descend = false;
            } else if (isBlock(tag)) {
                out += QLatin1Char('\n');
            }
        } else {
            descend = false;
        }
        if (descend && node->children != nullptr) {
            node = node->children;
            continue;
        }
        while (node != nullptr && node != root && node->next == nullptr) {
            node = node->parent;
            if (node != nullptr && node != root && node->type == XML_ELEMENT_NODE && isBlock(name(node))) {
                out += QLatin1Char('\n');
            }
        }
        if (node == nullptr || node == root) {
            break;
        }
        node = node->next;
    }
    return out;
}

// One line per visual line, each trimmed with inner whitespace collapsed; empty lines dropped.
QString tidyLines(const QString& text)
{
    QStringList lines;
    const QStringList raw = text.split(QLatin1Char('\n'));
    for (const QString& line : raw) {
        const QString s = line.simplified();
        if (!s.isEmpty()) {
            lines.append(s);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool hasAttribute(xmlNode* node, const char* name)
{
    return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

// A microdata property: its name, prefixed by the property of the item it sits in, and its value.
QPair<QString, QString> itemProp(xmlNode* node, const QString& tag)
{
    QString prop = attribute(node, "itemprop").simplified().section(QLatin1Char(' '), 0, 0);
    for (xmlNode* up = node->parent; up != nullptr && up->type == XML_ELEMENT_NODE; up = up->parent) {
        if (hasAttribute(up, "itemscope")) {
            if (const QString outer = attribute(up, "itemprop").simplified().section(QLatin1Char(' '), 0, 0);
                !outer.isEmpty()) {
                prop = outer + QLatin1Char('.') + prop;
            }
            break;
        }
    }
    QString value;
    if (!hasAttribute(node, "itemscope")) {
        value = hasAttribute(node, "content")                               ? attribute(node, "content")
            : tag == QLatin1String("data") || tag == QLatin1String("meter") ? attribute(node, "value")
                                                                            : textOf(node);
    }
    return {prop, value.simplified().left(200)};
}

} // namespace

HtmlPage HtmlPage::parse(const QByteArray& html, const QString& url, const QByteArray& charset)
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
    HtmlPage page;
    page.url = url;
    if (html.isEmpty()) {
        return page;
    }
    const QUrl base(url);
    const QByteArray encoding = charset.isEmpty() ? QByteArray() : charset;
    htmlDocPtr doc = htmlReadMemory(html.constData(), int(html.size()), url.toUtf8().constData(),
                                    encoding.isEmpty() ? nullptr : encoding.constData(),
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                                        | XML_PARSE_HUGE | HTML_PARSE_NOIMPLIED);
    if (doc == nullptr) {
        return page;
    }
    xmlNode* root = xmlDocGetRootElement(doc);
    if (root != nullptr && name(root) == QLatin1String("html")) {
        page.lang = attribute(root, "lang");
        for (xmlAttr* a = root->properties; a != nullptr; a = a->next) {
            page.htmlAttributes.append(str(a->name).toLower());
        }
    }
    // One pass over every element, iteratively.
    xmlNode* node = root;
    while (node != nullptr) {
        bool descend = true;
        if (node->type == XML_ELEMENT_NODE) {
            const QString tag = name(node);
            if (page.itemProps.size() < 2000 && hasAttribute(node, "itemprop")) {
                page.itemProps.append(itemProp(node, tag));
            }
            if (tag == QLatin1String("title") && page.title.isEmpty()) {
                page.title = textOf(node).simplified();
            } else if (tag == QLatin1String("meta")) {
                QString key = attribute(node, "name").toLower();
                if (key.isEmpty()) {
                    key = attribute(node, "property").toLower();
                }
                if (!key.isEmpty() && !page.meta.contains(key)) {
                    page.meta.insert(key, attribute(node, "content").simplified());
                }
                if (page.refresh.isEmpty()
                    && attribute(node, "http-equiv").trimmed().compare(QLatin1String("refresh"), Qt::CaseInsensitive)
                        == 0) {
                    page.refresh = attribute(node, "content").trimmed();
                }
            } else if (tag == QLatin1String("a")) {
                const QString href = attribute(node, "href").trimmed();
                if (!href.isEmpty()) {
                    const QUrl resolved = base.resolved(QUrl(href));
                    page.links.append({resolved.isValid() ? resolved.toString() : href, textOf(node).simplified()});
                }
            } else if (tag == QLatin1String("link")) {
                if (const QString href = attribute(node, "href").trimmed(); !href.isEmpty()) {
                    page.linkHrefs.append(href);
                    const QStringList rel = attribute(node, "rel").simplified().toLower().split(QLatin1Char(' '));
                    const QUrl resolved = base.resolved(QUrl(href));
                    if (resolved.isValid() && rel.contains(QLatin1String("canonical")) && page.canonical.isEmpty()) {
                        page.canonical = resolved.toString();
                    }
                    const QString hreflang = attribute(node, "hreflang").trimmed();
                    if (resolved.isValid() && rel.contains(QLatin1String("alternate")) && !hreflang.isEmpty()) {
                        page.alternates.append({hreflang, resolved.toString()});
                    }
                }
            } else if (tag == QLatin1String("script")) {
                if (const QString src = attribute(node, "src").trimmed(); !src.isEmpty()) {
                    page.scriptSources.append(src);
                }
                xmlChar* content = xmlNodeGetContent(node);
                const QString code = str(content);
                xmlFree(content);
                if (attribute(node, "type").trimmed().toLower() == QLatin1String("application/ld+json")) {
                    page.jsonLd.append(code);
                } else if (!code.trimmed().isEmpty()) {
                    page.scriptTexts.append(code.left(200000));
                }
                descend = false;
            } else if (tag == QLatin1String("address")) {
                page.addresses.append(tidyLines(textOf(node)));
            } else if (tag == QLatin1String("style")) {
                descend = false;
            }
        }
        if (descend && node->children != nullptr && node->type == XML_ELEMENT_NODE) {
            node = node->children;
            continue;
        }
        while (node != nullptr && node->next == nullptr) {
            node = node->parent;
            if (node != nullptr && (node->type == XML_HTML_DOCUMENT_NODE || node->type == XML_DOCUMENT_NODE)) {
                node = nullptr;
            }
        }
        if (node != nullptr) {
            node = node->next;
        }
    }
    // The visible text of the whole document.
    for (xmlNode* top = doc->children; top != nullptr; top = top->next) {
        if (top->type == XML_ELEMENT_NODE) {
            page.text += textOf(top) + QLatin1Char('\n');
        }
    }
    page.text = tidyLines(page.text);
    xmlFreeDoc(doc);
    return page;
}

} // namespace sc::agents::research
