// An import file as the importer reads it: encoding detection, quoting, line breaks, then the column
// mapper on the header. Seeds: tests/data/csv and tests/data/import.
#include "models/import/ColumnMapper.h"
#include "models/import/CsvReader.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    sc::models::CsvReader reader(&buffer);
    sc::models::CsvReader::Record record;
    bool first = true;
    for (int n = 0; n < 10000 && reader.next(record); ++n) {
        if (first) {
            (void)sc::models::ColumnMapper::guessAll(record.fields);
            first = false;
        }
    }
    (void)reader.error();
    return 0;
}
