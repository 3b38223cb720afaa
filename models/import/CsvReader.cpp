#include "CsvReader.h"

#include <QFile>
#include <QIODevice>
#include <array>
#include <optional>
#include <utility>

namespace sc::models {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five bytes Windows leaves undefined keep
// their own code point, as MultiByteToWideChar does, so no byte is ever lost.
constexpr std::array<char16_t, 32> Cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text = QString::fromLatin1(bytes);
    for (QChar& ch : text) {
        const char16_t code = ch.unicode();
        if (code >= 0x80 && code <= 0x9F) {
            ch = QChar(Cp1252High[code - 0x80u]);
        }
    }
    return text;
}

// Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF): text in a legacy 8-bit
// encoding almost never passes. A sequence cut by the end of the sample is fine when more follows.
bool isValidUtf8(QByteArrayView data, bool truncated)
{
    qsizetype i = 0;
    while (i < data.size()) {
        const auto lead = static_cast<unsigned char>(data[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
        } else if (lead == 0xE0) {
            extra = 2;
            low = 0xA0;
        } else if (lead == 0xED) {
            extra = 2;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            extra = 2;
        } else if (lead == 0xF0) {
            extra = 3;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            extra = 3;
        } else if (lead == 0xF4) {
            extra = 3;
            high = 0x8F;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= data.size()) {
                return truncated;
            }
            const auto next = static_cast<unsigned char>(data[i + k]);
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
                return false;
            }
        }
        i += extra + 1;
    }
    return true;
}

// UTF-16 without a byte-order mark: text that is mostly ASCII has a NUL in every other byte (the odd
// ones little-endian, the even ones big-endian). Spreadsheet exports written as "Unicode text" do this.
std::optional<CsvReader::Encoding> utf16WithoutBom(QByteArrayView sample)
{
    const qsizetype pairs = qMin<qsizetype>(sample.size(), 4096) / 2;
    if (pairs < 2) {
        return std::nullopt;
    }
    qsizetype nulEven = 0;
    qsizetype nulOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        nulEven += sample[2 * i] == '\0' ? 1 : 0;
        nulOdd += sample[2 * i + 1] == '\0' ? 1 : 0;
    }
    // Most pairs hold one NUL on the same side and almost none on the other.
    if (nulOdd * 10 >= pairs * 6 && nulEven * 20 <= pairs) {
        return CsvReader::Utf16LE;
    }
    if (nulEven * 10 >= pairs * 6 && nulOdd * 20 <= pairs) {
        return CsvReader::Utf16BE;
    }
    return std::nullopt;
}

} // namespace

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{
    start();
}

CsvReader::CsvReader(const QString& path)
    : m_ownedDevice(std::make_unique<QFile>(path))
    , m_device(m_ownedDevice.get())
{
    if (!m_ownedDevice->open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot open %1: %2").arg(path, m_ownedDevice->errorString());
        m_device = nullptr;
        m_deviceAtEnd = true;
        return;
    }
    start();
}

CsvReader::~CsvReader() = default;

void CsvReader::start()
{
    if (!m_device || !m_device->isReadable()) {
        m_error = QStringLiteral("the input is not open for reading");
        m_device = nullptr;
        m_deviceAtEnd = true;
        return;
    }
    if (!m_device->isSequential()) {
        m_totalBytes = qMax<qint64>(0, m_device->size() - m_device->pos());
    }
    const QByteArray sample = readBytes(ChunkSize);
    qsizetype bom = 0;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Utf8Bom;
        bom = 3;
    } else if (sample.startsWith("\xFF\xFE")) {
        m_encoding = Utf16LE;
        bom = 2;
    } else if (sample.startsWith("\xFE\xFF")) {
        m_encoding = Utf16BE;
        bom = 2;
    } else if (const std::optional<Encoding> utf16 = utf16WithoutBom(sample)) {
        m_encoding = *utf16;
    } else if (isValidUtf8(sample, !m_deviceAtEnd)) {
        m_encoding = Utf8;
    } else {
        m_encoding = Windows1252;
    }
    if (m_encoding != Windows1252) {
        const QStringConverter::Encoding codec = m_encoding == Utf16LE ? QStringConverter::Utf16LE
            : m_encoding == Utf16BE                                    ? QStringConverter::Utf16BE
                                                                       : QStringConverter::Utf8;
        // The BOM is already skipped; a second U+FEFF would be content.
        m_decoder = QStringDecoder(codec, QStringConverter::Flag::ConvertInitialBom);
    }
    m_buffer = decode(QByteArrayView(sample).sliced(bom));
    // Old Mac exports end lines with a bare CR; anywhere else a CR not followed by LF is content.
    m_crEndsLine = m_buffer.contains(QLatin1Char('\r')) && !m_buffer.contains(QLatin1Char('\n'));
    detectDelimiter();
}

QByteArray CsvReader::readBytes(qsizetype max)
{
    QByteArray bytes(max, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < max) {
        const qint64 n = m_device->read(bytes.data() + got, max - got);
        if (n < 0 && m_error.isEmpty()) {
            m_error = QStringLiteral("cannot read the file: %1").arg(m_device->errorString());
        }
        if (n <= 0) {
            m_deviceAtEnd = true;
            break;
        }
        got += static_cast<qsizetype>(n);
    }
    bytes.truncate(got);
    m_bytesRead += got;
    // Knowing the end now lets the UTF-8 check tell a cut sequence from a broken one.
    if (m_device->atEnd()) {
        m_deviceAtEnd = true;
    }
    return bytes;
}

QString CsvReader::decode(QByteArrayView bytes)
{
    if (m_encoding == Windows1252) {
        return decodeWindows1252(bytes);
    }
    return m_decoder.decode(bytes);
}

bool CsvReader::fill()
{
    // Only called once everything decoded so far is consumed; the decoder carries any partial
    // multi-byte sequence over to the next chunk.
    while (!m_deviceAtEnd) {
        m_buffer = decode(readBytes(ChunkSize));
        m_pos = 0;
        if (!m_buffer.isEmpty()) {
            return true;
        }
    }
    m_buffer.clear();
    m_pos = 0;
    return false;
}

void CsvReader::detectDelimiter()
{
    // Counted outside quotes over the first records of the first chunk: the right delimiter gives
    // every record the same number of fields. Commas inside French decimals or addresses do not.
    static constexpr std::array<char16_t, 4> Candidates = {u',', u';', u'\t', u'|'};
    static constexpr qsizetype SampleRecords = 10;
    QList<std::array<int, 4>> records;
    std::array<int, 4> current {};
    bool inQuotes = false;
    bool fieldStart = true;
    bool lineEmpty = true;
    const QChar* text = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    for (qsizetype i = m_pos; i < size && records.size() < SampleRecords; ++i) {
        const char16_t ch = text[i].unicode();
        if (inQuotes) {
            if (ch == u'"') {
                if (i + 1 < size && text[i + 1].unicode() == u'"') {
                    ++i;
                } else {
                    inQuotes = false;
                }
            }
            continue;
        }
        if (ch == u'\n' || ch == u'\r') {
            if (!lineEmpty) {
                records.append(current);
            }
            current = {};
            lineEmpty = true;
            fieldStart = true;
            continue;
        }
        lineEmpty = false;
        if (ch == u'"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            continue;
        }
        fieldStart = false;
        for (size_t k = 0; k < Candidates.size(); ++k) {
            if (ch == Candidates[k]) {
                ++current[k];
                fieldStart = true;
            }
        }
    }
    // The last line counts when the input ends there, or when it is all we have (a huge header).
    if (!lineEmpty && !inQuotes && records.size() < SampleRecords && (m_deviceAtEnd || records.isEmpty())) {
        records.append(current);
    }
    if (records.isEmpty()) {
        return;
    }
    // Best: consistent across the sample, then matching the header in most records, then most fields.
    // Ties go to the earlier candidate, so ',' wins when nothing says otherwise.
    std::array<int, 3> bestScore {};
    for (size_t k = 0; k < Candidates.size(); ++k) {
        const int inHeader = records.constFirst()[k];
        if (inHeader == 0) {
            continue;
        }
        int matching = 0;
        for (const std::array<int, 4>& record : records) {
            matching += record[k] == inHeader ? 1 : 0;
        }
        const std::array<int, 3> score = {matching == records.size() ? 1 : 0, matching, inHeader};
        if (score > bestScore) {
            bestScore = score;
            m_delimiter = QChar(Candidates[k]);
        }
    }
}

void CsvReader::skipLineBreak(int c)
{
    ++m_pos;
    if (c == '\r' && peek() == '\n') {
        ++m_pos;
    }
    ++m_line;
}

bool CsvReader::fail(qint64 line, const QString& what)
{
    if (m_error.isEmpty()) {
        m_error = QStringLiteral("line %1: %2").arg(QString::number(line), what);
    }
    return false;
}

bool CsvReader::next(Record& out)
{
    out.fields.clear();
    out.line = 0;
    if (hasError()) {
        return false;
    }
    int c = peek();
    while (c == '\n' || c == '\r') {
        skipLineBreak(c);
        c = peek();
    }
    if (c < 0) {
        return false;
    }
    const qint64 recordLine = m_line;
    const char16_t separator = m_delimiter.unicode();
    QStringList fields;
    bool endedByCr = false;
    for (;;) {
        QString field;
        const qint64 fieldLine = m_line;
        auto tooLarge = [&] {
            return fail(fieldLine, QStringLiteral("a field is larger than 1 MiB"));
        };
        if (c == '"') {
            ++m_pos;
            for (;;) {
                const QChar* text = m_buffer.constData();
                const qsizetype from = m_pos;
                while (m_pos < m_buffer.size()) {
                    const char16_t ch = text[m_pos].unicode();
                    if (ch == u'"' || ch == u'\n' || ch == u'\r') {
                        break;
                    }
                    ++m_pos;
                }
                field.append(QStringView(m_buffer).sliced(from, m_pos - from));
                if (field.size() > MaxFieldSize) {
                    return tooLarge();
                }
                c = peek();
                if (c < 0) {
                    return fail(fieldLine, QStringLiteral("a quoted field is never closed"));
                }
                if (c == '"') {
                    ++m_pos;
                    if (peek() != '"') {
                        break;
                    }
                    field.append(QLatin1Char('"'));
                    ++m_pos;
                } else if (c == '\n' || c == '\r') {
                    // Line breaks inside quotes are content, kept as written; they still count as lines.
                    field.append(QChar(static_cast<char16_t>(c)));
                    ++m_pos;
                    if (c == '\r' && peek() == '\n') {
                        field.append(QLatin1Char('\n'));
                        ++m_pos;
                    }
                    ++m_line;
                }
                // Otherwise peek() loaded the next chunk: keep scanning.
            }
        }
        // An unquoted field, or text after a closing quote ("a"b reads as ab, like Excel).
        for (;;) {
            const QChar* text = m_buffer.constData();
            const qsizetype from = m_pos;
            while (m_pos < m_buffer.size()) {
                const char16_t ch = text[m_pos].unicode();
                if (ch == separator || ch == u'\n' || ch == u'\r') {
                    break;
                }
                ++m_pos;
            }
            field.append(QStringView(m_buffer).sliced(from, m_pos - from));
            if (field.size() > MaxFieldSize) {
                return tooLarge();
            }
            if (m_pos < m_buffer.size() && text[m_pos].unicode() == u'\r' && !m_crEndsLine) {
                // CR LF ends the record (the LF is left for the line-break step below). A bare CR ends it
                // too once the record has all its fields (mixed line endings); before that it is content,
                // as Excel writes a line break within a cell.
                ++m_pos;
                const int after = peek();
                if (after == '\n') {
                    break;
                }
                if (after < 0 || m_expectedFields == 0 || fields.size() + 1 >= m_expectedFields) {
                    ++m_line;
                    endedByCr = true;
                    break;
                }
                field.append(QLatin1Char('\r'));
                continue;
            }
            if (m_pos < m_buffer.size() || !fill()) {
                break;
            }
        }
        if (fields.size() >= MaxFields) {
            return fail(recordLine, QStringLiteral("a record has more than %1 fields").arg(MaxFields));
        }
        fields.append(std::move(field));
        if (endedByCr) {
            break;
        }
        c = peek();
        if (c == separator) {
            ++m_pos;
            c = peek();
            continue;
        }
        if (c == '\n' || c == '\r') {
            skipLineBreak(c);
        }
        break;
    }
    if (hasError()) {
        return false; // a read error: the record may be cut short
    }
    if (m_expectedFields == 0) {
        m_expectedFields = fields.size(); // the header's
    }
    out.fields = std::move(fields);
    out.line = recordLine;
    return true;
}

} // namespace sc::models
