// robots.txt as every origin's is read before its first page, then asked about paths taken from the
// same input. Seeds: every robots.txt under tests/data.
#include "agents/research/Robots.h"

#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    using sc::agents::research::Robots;
    const Robots robots = Robots::parse(text, QStringLiteral("SalesCopilot"));
    // Paths from the input's own lines: whatever rules it wrote, asked about what it wrote.
    for (const QByteArray& line : text.split('\n').mid(0, 32)) {
        const qsizetype colon = line.indexOf(':');
        const QString path = QString::fromUtf8(colon >= 0 ? line.mid(colon + 1).trimmed() : line);
        (void)robots.allows(path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
    }
    return 0;
}
