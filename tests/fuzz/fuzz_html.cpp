// A company's page as Research reads it: libxml2's HTML parser as HtmlPage drives it (links, text,
// JSON-LD, addresses), then the company extractor on it. Seeds: tests/data/sites.
#include "agents/research/CompanyFacts.h"
#include "agents/research/HtmlPage.h"

#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray html(reinterpret_cast<const char*>(data), qsizetype(size));
    using namespace sc::agents::research;
    const HtmlPage page = HtmlPage::parse(html, QStringLiteral("https://fuzz.example/about"));
    (void)CompanyExtractor::extract(QStringLiteral("fuzz.example"), {page});
    return 0;
}
