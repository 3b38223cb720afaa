// CSV import: encoding and delimiter detection, RFC 4180 parsing with physical line numbers, hostile
// input, and header recognition for the exports reps actually bring (HubSpot, Salesforce, Apollo,
// Pipedrive, Sales Navigator, French Excel).
#include "models/import/ColumnMapper.h"
#include "models/import/CsvReader.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTest>

using namespace sc::models;

namespace {

QString csvPath(const char* name)
{
    return QStringLiteral(SC_SOURCE_DIR "/tests/data/csv/") + QLatin1String(name);
}

QString encodingName(CsvReader::Encoding encoding)
{
    switch (encoding) {
    case CsvReader::Utf8:
        return QStringLiteral("Utf8");
    case CsvReader::Utf8Bom:
        return QStringLiteral("Utf8Bom");
    case CsvReader::Utf16LE:
        return QStringLiteral("Utf16LE");
    case CsvReader::Utf16BE:
        return QStringLiteral("Utf16BE");
    case CsvReader::Windows1252:
        return QStringLiteral("Windows1252");
    }
    return QStringLiteral("?");
}

QStringList fieldNames(const QList<ColumnMapper::Field>& fields)
{
    QStringList names;
    for (const ColumnMapper::Field field : fields) {
        names.append(ColumnMapper::fieldName(field));
    }
    return names;
}

QList<CsvReader::Record> readAll(CsvReader& reader)
{
    QList<CsvReader::Record> records;
    CsvReader::Record record;
    while (reader.next(record)) {
        records.append(record);
    }
    return records;
}

QStringList split(const char* fields)
{
    return QString::fromUtf8(fields).split(QLatin1Char('|'));
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detection_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<int>("records");
        QTest::newRow("utf8") << csvPath("utf8.csv") << QStringLiteral("Utf8") << QChar(u',') << 4;
        QTest::newRow("utf8 bom") << csvPath("utf8_bom.csv") << QStringLiteral("Utf8Bom") << QChar(u',') << 4;
        QTest::newRow("utf16le bom") << csvPath("utf16le_bom.csv") << QStringLiteral("Utf16LE") << QChar(u'\t') << 4;
        QTest::newRow("utf16be bom") << csvPath("utf16be_bom.csv") << QStringLiteral("Utf16BE") << QChar(u',') << 4;
        QTest::newRow("utf16le no bom") << csvPath("utf16le_nobom.csv") << QStringLiteral("Utf16LE") << QChar(u'\t')
                                        << 4;
        QTest::newRow("utf16be no bom") << csvPath("utf16be_nobom.csv") << QStringLiteral("Utf16BE") << QChar(u',')
                                        << 4;
        QTest::newRow("windows-1252") << csvPath("windows1252_semicolon.csv") << QStringLiteral("Windows1252")
                                      << QChar(u';') << 4;
        QTest::newRow("tab") << csvPath("tab.tsv") << QStringLiteral("Utf8") << QChar(u'\t') << 4;
        QTest::newRow("quoted newlines") << csvPath("quoted_newlines.csv") << QStringLiteral("Utf8") << QChar(u',')
                                         << 8;
        QTest::newRow("french excel") << csvPath("french_excel.csv") << QStringLiteral("Utf8Bom") << QChar(u';') << 3;
        QTest::newRow("apollo") << csvPath("apollo.csv") << QStringLiteral("Utf8") << QChar(u',') << 2;
        QTest::newRow("sales navigator") << csvPath("sales_navigator.csv") << QStringLiteral("Utf8") << QChar(u',')
                                         << 2;
    }

    void detection()
    {
        QFETCH(QString, path);
        QFETCH(QString, encoding);
        QFETCH(QChar, delimiter);
        QFETCH(int, records);
        CsvReader reader(path);
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
        QCOMPARE(encodingName(reader.encoding()), encoding);
        QCOMPARE(reader.delimiter(), delimiter);
        QCOMPARE(readAll(reader).size(), records);
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
        QCOMPARE(reader.bytesRead(), reader.totalBytes());
        QCOMPARE(reader.totalBytes(), QFileInfo(path).size());
    }

    void sameRecordsInEveryEncoding_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("utf8") << csvPath("utf8.csv");
        QTest::newRow("utf8 bom") << csvPath("utf8_bom.csv");
        QTest::newRow("utf16le bom") << csvPath("utf16le_bom.csv");
        QTest::newRow("utf16be bom") << csvPath("utf16be_bom.csv");
        QTest::newRow("utf16le no bom") << csvPath("utf16le_nobom.csv");
        QTest::newRow("utf16be no bom") << csvPath("utf16be_nobom.csv");
    }

    void sameRecordsInEveryEncoding()
    {
        QFETCH(QString, path);
        CsvReader reader(path);
        const QList<CsvReader::Record> records = readAll(reader);
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).fields, split("First Name|Last Name|Email|Company|City|Notes"));
        QCOMPARE(records.at(1).fields,
                 split("Camille|Dufresne|camille.dufresne@harbor-foods.example|Harbor Foods|Lyon|Budget 12 000 €"));
        QCOMPARE(records.at(2).fields,
                 split("Théo|Garnier|theo.garnier@harbor-foods.example|Harbor Foods|Besançon|Rappeler lundi"));
        QCOMPARE(records.at(3).fields,
                 split("Zoë|Œuvray|zoe.oeuvray@bluepeak.example|Bluepeak, SAS|Saint-Étienne|Launch 🚀 in Q3"));
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(records.at(i).line, i + 1);
        }
    }

    void recordValues_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("index");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QStringList>("fields");
        const QString cp1252 = csvPath("windows1252_semicolon.csv");
        QTest::newRow("cp1252 header") << cp1252 << 0 << qint64(1) << split("Prénom|Nom|Société|Poste|Ville|Notes");
        QTest::newRow("cp1252 euro") << cp1252 << 1 << qint64(2)
                                     << split("Camille|Dufresne|Harbor Foods|Directrice générale|Lyon|Budget 12 000 €");
        QTest::newRow("cp1252 quotes") << cp1252 << 2 << qint64(3)
                                       << split("François|Lefèvre|Brasserie Cœur d’Or|Responsable achats|Besançon|"
                                                "“Très intéressé” – rappeler");
        QTest::newRow("cp1252 comma") << cp1252 << 3 << qint64(4)
                                      << split("Hélène|Bœuf|Maître Œuvre SARL|Gérante|Orléans|Prix 3,50 € HT");
        const QString tab = csvPath("tab.tsv");
        QTest::newRow("tab") << tab << 1 << qint64(2)
                             << split("Jordan Quimby|jordan.quimby@bluepeak.example|Bluepeak, Ltd|VP Sales; EMEA");
        const QString quoted = csvPath("quoted_newlines.csv");
        QTest::newRow("header") << quoted << 0 << qint64(1) << split("Name|Notes|Company");
        QTest::newRow("crlf inside quotes")
            << quoted << 1 << qint64(2) << split("Camille Dufresne|Met at the trade fair\r\nWants a demo|Harbor Foods");
        QTest::newRow("doubled quotes") << quoted << 2 << qint64(4)
                                        << split("Dufresne, Théo|He said \"call me\" twice|Harbor Foods");
        QTest::newRow("lf inside quotes")
            << quoted << 3 << qint64(5) << split("Harper O'Neil|Line one\nline two\nline three|Redwood Biotech");
        QTest::newRow("empty quoted") << quoted << 4 << qint64(8) << split("Quinn Marlow||");
        QTest::newRow("lone cr") << quoted << 5 << qint64(9) << split("Sasha Lind|Lone CR\rinside|Northwind");
        QTest::newRow("quote mid-field") << quoted << 6 << qint64(11)
                                         << split("Robin Achterberg|say \"hi\" there|Brightwater");
        QTest::newRow("no final newline") << quoted << 7 << qint64(12) << split("Ends, at EOF|no newline|x");
        const QString bareCr = csvPath("bare_cr_unquoted.csv");
        QTest::newRow("bare cr unquoted") << bareCr << 1 << qint64(2) << split("Sasha Lind|Lone CR\rinside|Northwind");
        QTest::newRow("after bare cr") << bareCr << 2 << qint64(3) << split("Quinn Marlow|plain|Brightwater");
        const QString mac = csvPath("classic_mac_cr.csv");
        QTest::newRow("cr line ends") << mac << 1 << qint64(2) << split("Sasha Lind|Old Mac|Northwind");
        QTest::newRow("cr line ends, last") << mac << 2 << qint64(3) << split("Quinn Marlow|plain|Brightwater");
        QTest::newRow("salesforce multi-line street")
            << csvPath("salesforce.csv") << 1 << qint64(2)
            << split("Ms.|Avery|Holloway|CFO|Redwood Biotech|1 Harbor Way\nSuite 200|Portland|OR|97201|United States|"
                     "(503) 555-0100||avery.holloway@redwood-biotech.example|Riley Stanhope|Web|Met at BioTech Expo");
        QTest::newRow("french excel") << csvPath("french_excel.csv") << 2 << qint64(3)
                                      << split("Théo|Garnier|theo.garnier@harbor-foods.example|Harbor Foods|"
                                               "Directeur commercial||Saint-Étienne|France|||"
                                               "Préfère être appelé l’après-midi");
    }

    void recordValues()
    {
        QFETCH(QString, path);
        QFETCH(int, index);
        QFETCH(qint64, line);
        QFETCH(QStringList, fields);
        CsvReader reader(path);
        const QList<CsvReader::Record> all = readAll(reader);
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
        QVERIFY(index < all.size());
        QCOMPARE(all.at(index).fields, fields);
        QCOMPARE(all.at(index).line, line);
    }

    void unterminatedQuoteNamesItsLine()
    {
        CsvReader reader(csvPath("unterminated.csv"));
        const QList<CsvReader::Record> records = readAll(reader);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.last().line, qint64(3));
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error(), QStringLiteral("line 4: a quoted field is never closed"));
        CsvReader::Record record;
        QVERIFY(!reader.next(record)); // stays failed
        QVERIFY(record.fields.isEmpty());
    }

    void emptyLinesAreSkipped()
    {
        CsvReader reader(csvPath("empty_lines.csv"));
        const QList<CsvReader::Record> records = readAll(reader);
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).line, qint64(2));
        QCOMPARE(records.at(0).fields, split("Name|Email"));
        QCOMPARE(records.at(1).line, qint64(5));
        QCOMPARE(records.at(2).line, qint64(8));
        QCOMPARE(records.at(2).fields, split("Théo Garnier|theo.garnier@harbor-foods.example"));
    }

    void forcedDelimiter()
    {
        CsvReader reader(csvPath("utf8.csv"));
        reader.setDelimiter(QLatin1Char(';'));
        CsvReader::Record record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields, QStringList {QStringLiteral("First Name,Last Name,Email,Company,City,Notes")});
    }

    void windows1252HighBytes()
    {
        // Every byte 0x80-0x9F, including the five Windows leaves undefined; invalid as UTF-8.
        QByteArray data("Notes\n");
        for (int byte = 0x80; byte <= 0x9F; ++byte) {
            data.append(static_cast<char>(byte));
        }
        data.append('\n');
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QCOMPARE(reader.encoding(), CsvReader::Windows1252);
        const QList<CsvReader::Record> records = readAll(reader);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields.size(), 1);
        const QString expected = QStringLiteral(
            u"\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            u"\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178");
        QCOMPARE(records.at(1).fields.constFirst(), expected);
    }

    void utf8SequenceCutBySampleIsStillUtf8()
    {
        // "é" straddles the end of the first 64 KiB chunk, which must not make the file look like Windows-1252.
        QByteArray data("Notes\n");
        data.append(QByteArray(CsvReader::ChunkSize - data.size() - 1, 'a'));
        data.append("\xC3\xA9z\n");
        QCOMPARE(data.indexOf("\xC3\xA9"), CsvReader::ChunkSize - 1);
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QCOMPARE(reader.encoding(), CsvReader::Utf8);
        const QList<CsvReader::Record> records = readAll(reader);
        QCOMPARE(records.size(), 2);
        QVERIFY(records.at(1).fields.constFirst().endsWith(QStringLiteral("aéz")));
    }

    void oversizedFieldIsAnError_data()
    {
        QTest::addColumn<bool>("quoted");
        QTest::newRow("unquoted") << false;
        QTest::newRow("quoted") << true;
    }

    void oversizedFieldIsAnError()
    {
        QFETCH(bool, quoted);
        QByteArray data("Name,Notes\nCamille Dufresne,short\nTheo Garnier,");
        const QByteArray huge(CsvReader::MaxFieldSize + 16, 'x');
        data.append(quoted ? '"' + huge + '"' : huge);
        data.append("\nRiley Stanhope,after\n");
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        const QList<CsvReader::Record> records = readAll(reader);
        QCOMPARE(records.size(), 2);
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error(), QStringLiteral("line 3: a field is larger than 1 MiB"));
    }

    void manyRowsThroughBuffer()
    {
        constexpr int Rows = 20000;
        QByteArray data("Name,Email,Notes\r\n");
        for (int i = 0; i < Rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            // Every 100th row has a two-line note, so physical lines run ahead of records.
            const QByteArray notes = i % 100 == 0 ? QByteArray("\"Two, lines\r\nof notes\"") : QByteArray("plain");
            data.append("Person " + n + ",person." + n + "@harbor-foods.example," + notes + "\r\n");
        }
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QCOMPARE(reader.totalBytes(), qint64(data.size()));
        CsvReader::Record record;
        QVERIFY(reader.next(record));
        int count = 0;
        qint64 lastLine = 0;
        while (reader.next(record)) {
            QCOMPARE(record.fields.size(), 3);
            ++count;
            lastLine = record.line;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
        QCOMPARE(count, Rows);
        QCOMPARE(record.fields.size(), 0); // a failed next() leaves an empty record
        QCOMPARE(lastLine, qint64(1 + Rows + Rows / 100));
        QCOMPARE(reader.bytesRead(), qint64(data.size()));
    }

    void headerMapping_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("hubspot") << csvPath("hubspot.csv")
                                 << split("ignore|first_name|last_name|email|phone|company|title|stage|ignore|owner|"
                                          "ignore|city|country|website|ignore|ignore|score");
        QTest::newRow("salesforce") << csvPath("salesforce.csv")
                                    << split("ignore|first_name|last_name|title|company|ignore|city|ignore|ignore|"
                                             "country|phone|ignore|email|owner|ignore|notes");
        QTest::newRow("apollo") << csvPath("apollo.csv")
                                << split("first_name|last_name|title|company|ignore|email|ignore|ignore|ignore|ignore|"
                                         "owner|phone|ignore|ignore|ignore|ignore|stage|tags|ignore|ignore|ignore|"
                                         "ignore|ignore|linkedin_url|website|ignore|city|ignore|country|ignore|ignore|"
                                         "ignore|ignore|ignore|ignore");
        QTest::newRow("pipedrive") << csvPath("pipedrive.csv")
                                   << split("ignore|full_name|first_name|last_name|company|email|ignore|phone|ignore|"
                                            "title|tags|owner|ignore");
        QTest::newRow("sales navigator") << csvPath("sales_navigator.csv")
                                         << split("first_name|last_name|full_name|title|company|domain|ignore|"
                                                  "linkedin_url|ignore|ignore|email|ignore|ignore");
        QTest::newRow("french excel") << csvPath("french_excel.csv")
                                      << split("first_name|last_name|email|company|title|phone|city|country|website|"
                                               "tags|notes");
        QTest::newRow("windows-1252") << csvPath("windows1252_semicolon.csv")
                                      << split("first_name|last_name|company|title|city|notes");
        QTest::newRow("utf16le") << csvPath("utf16le_bom.csv")
                                 << split("first_name|last_name|email|company|city|notes");
    }

    void headerMapping()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, fields);
        CsvReader reader(path);
        CsvReader::Record header;
        QVERIFY2(reader.next(header), qPrintable(reader.error()));
        QCOMPARE(fieldNames(ColumnMapper::guessAll(header.fields)), fields);
    }

    void guess_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        // Single headers as the tools spell them, in English and French.
        // clang-format off
        const char* const rows[][2] = {
            {"  first_name ", "first_name"}, {"FirstName", "first_name"}, {"LAST-NAME", "last_name"},
            {"E-mail", "email"}, {"Email Address", "email"}, {"Email Status", "ignore"},
            {"Primary Email Source", "ignore"}, {"Person - Email - Home", "email"},
            {"Person - Phone - Mobile", "phone"}, {"Person - Organization", "company"},
            {"Company / Account", "company"}, {"Lead Status", "stage"}, {"Lead Owner", "owner"},
            {"Lead Source", "ignore"}, {"MobilePhone", "phone"}, {"Mailing City", "city"},
            {"Mailing Street", "ignore"}, {"Company Linkedin Url", "ignore"}, {"LinkedIn URL", "linkedin_url"},
            {"Website", "website"}, {"Company Domain Name", "domain"}, {"Contact ID", "ignore"},
            {"Prénom", "first_name"}, {"PRÉNOM", "first_name"}, {"Nom", "last_name"}, {"Nom de famille", "last_name"},
            {"Société", "company"}, {"Entreprise", "company"}, {"Nom de l'entreprise", "company"}, {"Poste", "title"},
            {"Fonction", "title"}, {"Téléphone", "phone"}, {"Tél.", "phone"}, {"Adresse e-mail", "email"},
            {"Courriel", "email"}, {"Ville", "city"}, {"Pays", "country"}, {"Site web", "website"},
            {"Étiquettes", "tags"}, {"Notes", "notes"}, {"Propriétaire du contact", "owner"},
            {"Phase du cycle de vie", "stage"}, {"Date de création", "ignore"}, {"", "ignore"}};
        // clang-format on
        for (const auto& row : rows) {
            QTest::newRow(*row[0] ? row[0] : "(empty)") << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1]);
        }
    }

    void guess()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        QCOMPARE(ColumnMapper::fieldName(ColumnMapper::guess(header)), field);
    }

    void guessAllGivesEachFieldOnce()
    {
        const QStringList headers
            = {QStringLiteral("Email"), QStringLiteral("Email Address"), QStringLiteral("Company"),
               QStringLiteral("Organization - Name"), QStringLiteral("Unknown")};
        QCOMPARE(fieldNames(ColumnMapper::guessAll(headers)), split("email|ignore|company|ignore|ignore"));
    }

    void normalize()
    {
        QCOMPARE(ColumnMapper::normalize(QStringLiteral("  Adresse E-mail ")), QStringLiteral("adresse e mail"));
        QCOMPARE(ColumnMapper::normalize(QStringLiteral("Country/Region")), QStringLiteral("country region"));
        QCOMPARE(ColumnMapper::normalize(QStringLiteral("Œuvre__Société..Étape")),
                 QStringLiteral("œuvre societe etape"));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
