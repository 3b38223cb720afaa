#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <memory>

class QIODevice;

namespace sc::models {

// Reads the CSV files reps export from Excel and CRMs, one record at a time, so a million-row file
// never sits in memory. It guesses what those tools actually write — UTF-8 with or without a BOM,
// UTF-16 (Excel's "Unicode text"), Windows-1252 (older Excel on Windows), ';' from French Excel, tabs —
// and follows RFC 4180 for quoting. Hostile input (an unclosed quote, a gigantic field) ends the
// read with an error that names the line, never with a hang or an exhausted memory.
class CsvReader
{
public:
    enum Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

    struct Record
    {
        QStringList fields;
        qint64 line = 0; // 1-based physical line where the record starts
    };

    static constexpr qsizetype ChunkSize = 64 * 1024;
    static constexpr qsizetype MaxFieldSize = 1024 * 1024; // characters
    static constexpr qsizetype MaxFields = 16384; // per record

    // The device must be open for reading and hold all its data (a file, a buffer): reading stops at the
    // first read that returns nothing. It is read from its current position and not closed.
    explicit CsvReader(QIODevice* device);
    explicit CsvReader(const QString& path);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    // Overrides the detected delimiter; call before the first next().
    void setDelimiter(QChar forced) { m_delimiter = forced; }

    // False at the end of the input or on an error (then hasError() tells which).
    bool next(Record& out);

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Bytes taken from the device so far, and its size (0 when unknown, e.g. a pipe).
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

private:
    void start();
    QByteArray readBytes(qsizetype max);
    QString decode(QByteArrayView bytes);
    bool fill();
    void detectDelimiter();
    void skipLineBreak(int c);
    bool fail(qint64 line, const QString& what);

    // The next character (a UTF-16 code unit), or -1 at the end of the input.
    int peek() { return (m_pos < m_buffer.size() || fill()) ? m_buffer.at(m_pos).unicode() : -1; }

    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice* m_device = nullptr;
    Encoding m_encoding = Utf8;
    QStringDecoder m_decoder;
    QChar m_delimiter = QLatin1Char(',');
    QString m_buffer; // decoded text not consumed yet starts at m_pos
    qsizetype m_pos = 0;
    bool m_deviceAtEnd = false;
    bool m_crEndsLine = false; // the file ends its lines with a bare CR (classic Mac)
    qsizetype m_expectedFields = 0; // the first record's, once read
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
    QString m_error;
};

} // namespace sc::models
