#pragma once

#include "ImportPreview.h"
#include "models/entities/Job.h"

#include <QDialog>
#include <QJsonObject>
#include <QStringList>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace sc::ui {

// Imports prospects from a CSV file. The rep picks or drops a file, checks on a preview of its first
// rows how each column will be read, then follows the import, which runs as an agent job so that a big
// file never freezes the window. The dialog knows no agent: it asks with signals, and the composition
// root answers with setJob(), setProgress(), setFinished() and setError().
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget* parent = nullptr);

    // Reads the file's header and first rows (never the whole file) and guesses what each column holds.
    // A file that cannot be read shows why in the dialog (see ImportPreview). Ignored while an import runs.
    void setFile(const QString& path);
    QString file() const { return m_preview->file(); }
    // One ColumnMapper::fieldName() per column of the file, "ignore" for the columns left out.
    QStringList columns() const { return m_preview->columns(); }
    // Why the import cannot start, as shown to the rep; empty when it can.
    QString blocker() const { return m_preview->blocker(); }
    // The job running the import, 0 before it was queued.
    qint64 jobId() const { return m_jobId; }

public Q_SLOTS:
    // The import was queued as this job: show its progress.
    void setJob(qint64 jobId);
    void setProgress(int percent, const QString& text);
    // The job ended (or, for Queued, was paused to resume later). report: a ProspectImporter::Report as
    // JSON — the job's result when it succeeded, else its last checkpoint (the rows already saved).
    void setFinished(sc::models::JobState state, const QString& error, const QJsonObject& report);
    // A request could not be carried out (the import could not be queued, or not canceled).
    void setError(const QString& message);

Q_SIGNALS:
    void importRequested(const QString& path, const QStringList& columns);
    void cancelRequested(qint64 jobId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    enum Page { PreviewPage, ProgressPage, SummaryPage };

    QWidget* buildPreviewPage();
    QWidget* buildProgressPage();
    QWidget* buildSummaryPage();
    void startImport();

    QStackedWidget* m_pages;
    ImportPreview* m_preview;
    QPushButton* m_startButton;
    QLabel* m_progressTitle;
    QProgressBar* m_bar;
    QLabel* m_progressStatus;
    QLabel* m_progressProblem;
    QPushButton* m_cancelButton;
    QLabel* m_summaryTitle;
    QLabel* m_summaryCounts;
    QLabel* m_summaryNote;
    QListWidget* m_errors;

    qint64 m_jobId = 0;
    bool m_canceling = false;
};

} // namespace sc::ui
