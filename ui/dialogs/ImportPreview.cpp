#include "ImportPreview.h"

#include "models/import/CsvReader.h"
#include "ui/widgets/EmptyState.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace sc::ui {

using models::ColumnMapper;
using Field = ColumnMapper::Field;

namespace {

constexpr int MaxCellPreview = 200; // characters shown per cell; the tooltip has more

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Ignore:
        return ImportPreview::tr("Don't import");
    case Field::FirstName:
        return ImportPreview::tr("First name");
    case Field::LastName:
        return ImportPreview::tr("Last name");
    case Field::FullName:
        return ImportPreview::tr("Full name");
    case Field::Email:
        return ImportPreview::tr("Email");
    case Field::Company:
        return ImportPreview::tr("Company");
    case Field::Domain:
        return ImportPreview::tr("Company domain");
    case Field::Website:
        return ImportPreview::tr("Website");
    case Field::Title:
        return ImportPreview::tr("Job title");
    case Field::Phone:
        return ImportPreview::tr("Phone");
    case Field::LinkedInUrl:
        return ImportPreview::tr("LinkedIn profile");
    case Field::City:
        return ImportPreview::tr("City");
    case Field::Country:
        return ImportPreview::tr("Country");
    case Field::Notes:
        return ImportPreview::tr("Notes");
    case Field::Tags:
        return ImportPreview::tr("Tags");
    case Field::Stage:
        return ImportPreview::tr("Stage");
    case Field::Owner:
        return ImportPreview::tr("Owner");
    case Field::Score:
        return ImportPreview::tr("Score");
    case Field::TimeZone:
        return ImportPreview::tr("Time zone");
    }
    return ColumnMapper::fieldName(field);
}

QString encodingLabel(models::CsvReader::Encoding encoding)
{
    switch (encoding) {
    case models::CsvReader::Utf8:
        return ImportPreview::tr("UTF-8");
    case models::CsvReader::Utf8Bom:
        return ImportPreview::tr("UTF-8 with BOM");
    case models::CsvReader::Utf16LE:
    case models::CsvReader::Utf16BE:
        return ImportPreview::tr("UTF-16 (Excel “Unicode text”)");
    case models::CsvReader::Windows1252:
        return ImportPreview::tr("Windows-1252 (Western European)");
    }
    return {};
}

QString delimiterLabel(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportPreview::tr("commas");
    case u';':
        return ImportPreview::tr("semicolons");
    case u'\t':
        return ImportPreview::tr("tabs");
    case u'|':
        return ImportPreview::tr("vertical bars");
    default:
        return ImportPreview::tr("“%1”").arg(delimiter);
    }
}

QLabel* wrappedLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    return label;
}

} // namespace

ImportPreview::ImportPreview(QWidget* parent)
    : QWidget(parent)
    , m_fileName(wrappedLabel(this, "importFileName"))
    , m_format(wrappedLabel(this, "importFormat"))
    , m_problemLabel(wrappedLabel(this, "importReadProblem"))
    , m_stack(new QStackedWidget(this))
    , m_noFile(new EmptyState(this))
    , m_table(new QTableWidget(this))
    , m_summary(wrappedLabel(this, "mappingSummary"))
    , m_blockerLabel(wrappedLabel(this, "importBlocker"))
{
    QFont bold = m_fileName->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    bold.setBold(true);
    m_fileName->setFont(bold);
    auto* choose = new QPushButton(tr("Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    connect(choose, &QPushButton::clicked, this, &ImportPreview::chooseFile);
    auto* top = new QHBoxLayout;
    top->addWidget(m_fileName, 1);
    top->addWidget(choose);

    m_format->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* problem : {m_problemLabel, m_blockerLabel}) {
        problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
        problem->hide();
    }
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setToolTip(tr("Column names as written in the file"));
    m_table->verticalHeader()->setToolTip(tr("Line numbers in the file"));
    m_stack->addWidget(m_noFile);
    m_stack->addWidget(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_format);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_blockerLabel);
    showRows();
}

QString ImportPreview::describeProblem(const QString& error)
{
    static const QRegularExpression pattern(QStringLiteral("^line (\\d+): (.*)$"));
    const QRegularExpressionMatch match = pattern.match(error);
    if (!match.hasMatch()) {
        return error;
    }
    QString reason = match.captured(2);
    if (reason.startsWith(QLatin1String("a quoted field is never closed"))) {
        reason = tr("a quotation mark opens a cell but never closes it");
    } else if (reason.startsWith(QLatin1String("a field is larger"))) {
        reason = tr("a cell is larger than 1 MB");
    } else if (reason.startsWith(QLatin1String("a record has more than"))) {
        reason = tr("a row has too many columns");
    }
    return tr("Line %1: %2.").arg(QLocale().toString(match.captured(1).toLongLong()), reason);
}

void ImportPreview::chooseFile()
{
    // Opened with open(), not exec(): a nested event loop here would let agent signals re-enter the dialog.
    const QString start = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                           : QFileInfo(m_path).absolutePath();
    auto* chooser = new QFileDialog(this, tr("Choose a file to import"), start,
                                    tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    connect(chooser, &QFileDialog::fileSelected, this, &ImportPreview::setFile);
    chooser->open();
}

void ImportPreview::setFile(const QString& path)
{
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    m_headers.clear();
    m_rows.clear();
    m_rowLines.clear();
    m_moreRows = false;
    m_problem.clear();
    m_format->clear();
    static const QStringList workbooks {QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("xls"),
                                        QStringLiteral("ods"), QStringLiteral("numbers")};
    QFile file(m_path);
    if (workbooks.contains(info.suffix().toLower())) {
        m_problem = tr("This is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet app, choose "
                       "File › Save As, pick “CSV UTF-8”, then import the saved file.");
    } else if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        m_problem = tr("This file cannot be opened: %1").arg(info.isDir() ? tr("it is a folder.") : file.errorString());
    } else {
        // Only the first rows: the preview must come up at once even for a million-row file.
        models::CsvReader reader(&file);
        models::CsvReader::Record record;
        bool tooWide = false;
        if (reader.next(record)) {
            tooWide = record.fields.size() > MaxColumns;
            m_headers = record.fields.mid(0, MaxColumns);
            while (reader.next(record)) {
                if (m_rows.size() == PreviewRows) {
                    m_moreRows = true;
                    break;
                }
                m_rows.append(record.fields);
                m_rowLines.append(record.line);
            }
            m_format->setText(tr("Read as %1, with columns separated by %2.")
                                  .arg(encodingLabel(reader.encoding()), delimiterLabel(reader.delimiter())));
        }
        if (reader.hasError()) {
            m_problem = tr("This file cannot be read as CSV. %1 Fix it in your spreadsheet app, save it again as "
                           "CSV, then choose it again.")
                            .arg(describeProblem(reader.error()));
        } else if (m_headers.isEmpty()) {
            m_problem = tr("This file is empty.");
        } else if (tooWide) {
            m_format->setText(m_format->text() + QLatin1Char(' ')
                              + tr("Only the first %1 columns can be imported.").arg(QLocale().toString(MaxColumns)));
        }
    }
    showRows();
}

void ImportPreview::showProblem(const QString& message)
{
    m_problemLabel->setText(message);
    m_problemLabel->setVisible(!message.isEmpty());
}

void ImportPreview::showRows()
{
    m_fileName->setText(m_path.isEmpty() ? tr("No file chosen") : QFileInfo(m_path).fileName());
    m_fileName->setToolTip(QDir::toNativeSeparators(m_path));
    m_format->setVisible(!m_format->text().isEmpty());
    showProblem(m_problem);

    // The combo boxes are cell widgets: delete them now, so that no one finds the last file's.
    qDeleteAll(m_mappings);
    m_mappings.clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    if (m_headers.isEmpty()) {
        if (m_path.isEmpty()) {
            m_noFile->setText(tr("Choose a file to import"),
                              tr("A CSV file exported from Excel, HubSpot, Salesforce, Apollo, Pipedrive or LinkedIn "
                                 "Sales Navigator. You can also drop it here."));
        } else {
            m_noFile->setText(tr("Nothing to preview"), tr("Choose another file, or drop it here."));
        }
        m_stack->setCurrentWidget(m_noFile);
        updateMapping();
        return;
    }

    const int columns = int(m_headers.size());
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(m_rows.size()) + 1);
    QStringList headerLabels;
    for (int column = 0; column < columns; ++column) {
        headerLabels.append(headerText(column));
    }
    m_table->setHorizontalHeaderLabels(headerLabels);
    QStringList rowLabels {tr("Import as")};
    for (const qint64 line : std::as_const(m_rowLines)) {
        rowLabels.append(QLocale().toString(line));
    }
    m_table->setVerticalHeaderLabels(rowLabels);

    const QList<Field> guesses = ColumnMapper::guessAll(m_headers);
    const QList<Field> fields = ColumnMapper::allFields();
    for (int column = 0; column < columns; ++column) {
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("mapping_%1").arg(column));
        combo->addItem(fieldLabel(Field::Ignore), ColumnMapper::fieldName(Field::Ignore));
        for (const Field field : fields) {
            combo->addItem(fieldLabel(field), ColumnMapper::fieldName(field));
        }
        combo->setCurrentIndex(std::max(0, combo->findData(ColumnMapper::fieldName(guesses.value(column)))));
        combo->setToolTip(tr("What column “%1” holds").arg(headerLabels.at(column)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportPreview::updateMapping);
        m_table->setCellWidget(0, column, combo);
        m_mappings.append(combo);
        for (int row = 0; row < m_rows.size(); ++row) {
            const QString text = m_rows.at(row).value(column);
            auto* item = new QTableWidgetItem(text.left(MaxCellPreview).simplified());
            item->setFlags(Qt::ItemIsEnabled);
            if (text.size() > MaxCellPreview || text.contains(QLatin1Char('\n'))) {
                item->setToolTip(text.left(MaxCellPreview * 5));
            }
            m_table->setItem(row + 1, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    const int widest = std::max(160, m_table->fontMetrics().averageCharWidth() * 36);
    for (int column = 0; column < columns; ++column) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    }
    m_table->resizeRowToContents(0);
    m_table->scrollToTop();
    m_stack->setCurrentWidget(m_table);
    updateMapping();
}

void ImportPreview::updateMapping()
{
    const QList<Field> fields = mappedFields();
    const qsizetype email = fields.indexOf(Field::Email);
    Field duplicate = Field::Ignore;
    QSet<Field> seen;
    int ignored = 0;
    for (const Field field : fields) {
        if (field == Field::Ignore) {
            ++ignored;
        } else if (seen.contains(field) && duplicate == Field::Ignore) {
            duplicate = field;
        }
        seen.insert(field);
    }

    QStringList summary;
    if (email >= 0) {
        summary.append(tr("Email found in column “%1”.").arg(headerText(int(email))));
    }
    if (!m_headers.isEmpty()) {
        summary.append(ignored > 0 ? tr("%n column(s) will be ignored.", nullptr, ignored)
                                   : tr("Every column will be imported."));
    }
    if (m_moreRows) {
        summary.append(tr("The preview shows the first %1 rows; the whole file will be imported.")
                           .arg(QLocale().toString(PreviewRows)));
    }
    m_summary->setText(summary.join(QLatin1Char(' ')));
    m_summary->setVisible(!summary.isEmpty());

    if (m_path.isEmpty()) {
        m_blocker = tr("Choose a file first.");
    } else if (!m_problem.isEmpty()) {
        m_blocker = tr("This file cannot be imported as it is.");
    } else if (m_rows.isEmpty()) {
        m_blocker = tr("The file has column names but no rows to import.");
    } else if (email < 0) {
        m_blocker = tr("Set the column that holds email addresses to “%1”: each prospect is recognised by "
                       "their email.")
                        .arg(fieldLabel(Field::Email));
    } else if (duplicate != Field::Ignore) {
        m_blocker = tr("Two columns are set to “%1”. Set one of them to “%2”.")
                        .arg(fieldLabel(duplicate), fieldLabel(Field::Ignore));
    } else {
        m_blocker.clear();
    }
    // Before a file is chosen there is nothing to explain; a file's own problem is already shown above.
    const bool showBlocker = !m_blocker.isEmpty() && !m_path.isEmpty() && m_problem.isEmpty();
    m_blockerLabel->setText(showBlocker ? m_blocker : QString());
    m_blockerLabel->setVisible(showBlocker);

    // Grey out what will be left out, so the preview reads as what will land in the workspace.
    const QBrush ignoredText = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int column = 0; column < fields.size(); ++column) {
        const QVariant foreground = fields.at(column) == Field::Ignore ? QVariant::fromValue(ignoredText) : QVariant();
        for (int row = 1; row < m_table->rowCount(); ++row) {
            if (QTableWidgetItem* item = m_table->item(row, column)) {
                item->setData(Qt::ForegroundRole, foreground);
            }
        }
    }
    Q_EMIT mappingChanged();
}

QList<Field> ImportPreview::mappedFields() const
{
    QList<Field> fields;
    fields.reserve(m_mappings.size());
    for (const QComboBox* combo : m_mappings) {
        fields.append(ColumnMapper::fieldFromName(combo->currentData().toString()));
    }
    return fields;
}

QStringList ImportPreview::columns() const
{
    QStringList names;
    const QList<Field> fields = mappedFields();
    for (const Field field : fields) {
        names.append(ColumnMapper::fieldName(field));
    }
    return names;
}

QString ImportPreview::headerText(int column) const
{
    const QString text = m_headers.value(column).simplified();
    return text.isEmpty() ? tr("Column %1").arg(column + 1) : text;
}

} // namespace sc::ui
