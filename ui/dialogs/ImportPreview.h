#pragma once

#include "models/import/ColumnMapper.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace sc::ui {

class EmptyState;

// The first page of the import dialog: the chosen file, how it will be read (encoding, delimiter), its
// first rows under one "Import as" choice per column, and, in plain words, whether the import can start.
// Only the first rows are read, so a million-row file previews at once.
class ImportPreview : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 50;
    // A prospects file has a few dozen columns; past this it is not one, and a combo box per column
    // would make the dialog crawl.
    static constexpr int MaxColumns = 200;

    explicit ImportPreview(QWidget* parent = nullptr);

    // Reads the file's header and first rows and guesses what each column holds. A file that cannot be
    // read shows why.
    void setFile(const QString& path);
    QString file() const { return m_path; }
    // One ColumnMapper::fieldName() per column of the file, "ignore" for the columns left out.
    QStringList columns() const;
    // Why the import cannot start, in the rep's words; empty when it can.
    QString blocker() const { return m_blocker; }
    // Shows a problem that is not the file's (the import could not be queued), until the next file.
    void showProblem(const QString& message);

    // "Line 4: a quotation mark opens a cell but never closes it." from CsvReader's and the importer's
    // English "line 4: a quoted field is never closed"; other texts are returned as they are.
    static QString describeProblem(const QString& error);

Q_SIGNALS:
    // The file or a column's mapping changed: blocker() may have too.
    void mappingChanged();

private:
    void chooseFile();
    void showRows();
    void updateMapping();
    QList<models::ColumnMapper::Field> mappedFields() const;
    QString headerText(int column) const;

    QLabel* m_fileName;
    QLabel* m_format;
    QLabel* m_problemLabel;
    QStackedWidget* m_stack;
    EmptyState* m_noFile;
    QTableWidget* m_table;
    QList<QComboBox*> m_mappings;
    QLabel* m_summary;
    QLabel* m_blockerLabel;

    QString m_path;
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qint64> m_rowLines;
    bool m_moreRows = false;
    QString m_problem; // why the file cannot be imported as it is, from reading it
    QString m_blocker;
};

} // namespace sc::ui
