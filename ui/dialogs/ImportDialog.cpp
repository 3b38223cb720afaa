#include "ImportDialog.h"

#include "models/import/ProspectImporter.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace sc::ui {

namespace {

QString countsText(const models::ProspectImporter::Report& report)
{
    QStringList parts {ImportDialog::tr("%Ln imported", nullptr, report.imported)};
    if (report.updated > 0) {
        parts.append(ImportDialog::tr("%Ln updated", nullptr, report.updated));
    }
    if (report.unchanged > 0) {
        parts.append(ImportDialog::tr("%Ln unchanged", nullptr, report.unchanged));
    }
    if (report.skipped > 0) {
        parts.append(ImportDialog::tr("%Ln skipped", nullptr, report.skipped));
    }
    return parts.join(QStringLiteral(", "));
}

QString droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile()) {
        return {};
    }
    const QString path = mime->urls().constFirst().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt")
        ? path
        : QString();
}

QLabel* heading(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

ImportDialog::ImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Import prospects"));
    setObjectName(QStringLiteral("importDialog"));
    setAcceptDrops(true);
    resize(860, 580);
    m_pages->addWidget(buildPreviewPage());
    m_pages->addWidget(buildProgressPage());
    m_pages->addWidget(buildSummaryPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
}

QWidget* ImportDialog::buildPreviewPage()
{
    auto* page = new QWidget(this);
    m_preview = new ImportPreview(page);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    m_startButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("startImportButton"));
    m_startButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] {
        const QString blocker = m_preview->blocker();
        m_startButton->setEnabled(blocker.isEmpty());
        m_startButton->setToolTip(
            blocker.isEmpty()
                ? tr("Add the prospects of %1 to your workspace").arg(QFileInfo(m_preview->file()).fileName())
                : blocker);
    };
    connect(m_preview, &ImportPreview::mappingChanged, this, update);
    update();

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    return page;
}

QWidget* ImportDialog::buildProgressPage()
{
    auto* page = new QWidget(this);
    m_progressTitle = heading(page, "importProgressTitle");
    m_bar = new QProgressBar(page);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_progressStatus = new QLabel(page);
    m_progressStatus->setWordWrap(true);
    m_progressProblem = new QLabel(page);
    m_progressProblem->setWordWrap(true);
    m_progressProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_progressProblem->hide();
    const QString keepsRunning
        = tr("You can close this window: the import keeps running, and you can follow it in Agents.");
    auto* note = new QLabel(keepsRunning, page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(page);
    m_cancelButton = buttons->addButton(tr("Cancel import"), QDialogButtonBox::DestructiveRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setToolTip(tr("Stop the import. Prospects saved so far are kept."));
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_canceling = true;
        m_cancelButton->setEnabled(false);
        m_progressProblem->hide();
        m_progressStatus->setText(tr("Canceling… prospects saved so far are kept."));
        Q_EMIT cancelRequested(m_jobId);
    });
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeProgressButton"));
    close->setToolTip(keepsRunning);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_progressTitle);
    layout->addWidget(m_bar);
    layout->addWidget(m_progressStatus);
    layout->addWidget(m_progressProblem);
    layout->addSpacing(12);
    layout->addWidget(note);
    layout->addStretch(2);
    layout->addWidget(buttons);
    return page;
}

QWidget* ImportDialog::buildSummaryPage()
{
    auto* page = new QWidget(this);
    m_summaryTitle = heading(page, "importSummaryTitle");
    m_summaryCounts = new QLabel(page);
    m_summaryCounts->setObjectName(QStringLiteral("importSummary"));
    m_summaryCounts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryNote = new QLabel(page);
    m_summaryNote->setWordWrap(true);
    m_errors = new QListWidget(page);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryTitle);
    layout->addWidget(m_summaryCounts);
    layout->addWidget(m_summaryNote);
    layout->addWidget(m_errors, 1);
    layout->addStretch(0);
    layout->addWidget(buttons);
    return page;
}

void ImportDialog::setFile(const QString& path)
{
    if (m_pages->currentIndex() == PreviewPage) { // a queued or running import keeps its file
        m_preview->setFile(path);
    }
}

void ImportDialog::startImport()
{
    if (!m_preview->blocker().isEmpty()) {
        return;
    }
    m_preview->showProblem(QString());
    m_startButton->setEnabled(false); // until the answer: setJob() or setError()
    Q_EMIT importRequested(m_preview->file(), m_preview->columns());
}

void ImportDialog::setJob(qint64 jobId)
{
    m_jobId = jobId;
    m_canceling = false;
    const QFileInfo info(m_preview->file());
    m_progressTitle->setText(
        tr("Importing %1 (%2)").arg(info.fileName(), QLocale().formattedDataSize(std::max<qint64>(0, info.size()))));
    m_bar->setRange(0, 0); // busy until the agent reports
    m_progressStatus->setText(tr("Waiting for the import to start…"));
    m_progressProblem->hide();
    m_cancelButton->setEnabled(true);
    setAcceptDrops(false);
    m_pages->setCurrentIndex(ProgressPage);
}

void ImportDialog::setProgress(int percent, const QString& text)
{
    if (m_pages->currentIndex() != ProgressPage) {
        return;
    }
    m_bar->setRange(0, 100);
    m_bar->setValue(std::clamp(percent, 0, 100));
    if (!m_canceling) {
        // The agent reports the file name, which the title already shows.
        m_progressStatus->setText(text.isEmpty() || text == QFileInfo(m_preview->file()).fileName()
                                      ? tr("Reading the file and saving prospects…")
                                      : text);
    }
}

void ImportDialog::setFinished(models::JobState state, const QString& error, const QJsonObject& report)
{
    using models::JobState;
    if (m_pages->currentIndex() != ProgressPage) {
        return;
    }
    switch (state) {
    case JobState::Queued: // paused (the app is closing) or to be tried again: it resumes where it stopped
        m_canceling = false;
        m_cancelButton->setEnabled(true);
        m_bar->setRange(0, 0);
        m_progressStatus->setText(tr("The import was paused; it will resume where it stopped."));
        return;
    case JobState::Running: // its end could not be written; the next start sorts it out
        m_progressProblem->setText(tr("The end of the import could not be saved: %1").arg(error));
        m_progressProblem->show();
        return;
    case JobState::Succeeded:
    case JobState::Failed:
    case JobState::Canceled:
        break;
    }

    const auto result = models::ProspectImporter::Report::fromJson(report);
    const bool saved = result.imported + result.updated > 0;
    QStringList notes;
    if (state == JobState::Succeeded) {
        m_summaryTitle->setText(tr("Import finished"));
    } else if (state == JobState::Canceled) {
        m_summaryTitle->setText(tr("Import canceled"));
        if (saved) {
            notes.append(tr("The prospects saved before you canceled are kept. Import the file again to add the "
                            "rest: no one is added twice."));
        }
    } else {
        m_summaryTitle->setText(tr("The import stopped"));
        notes.append(ImportPreview::describeProblem(error));
        if (saved) {
            notes.append(tr("The prospects saved before it stopped are kept."));
        }
        notes.append(tr("Fix the file and import it again: no one is added twice."));
    }
    m_summaryCounts->setText(state != JobState::Succeeded && !saved && result.skipped == 0 ? tr("Nothing was imported.")
                                                                                           : countsText(result));

    m_errors->clear();
    for (const auto& problem : result.errors) {
        m_errors->addItem(tr("Line %1: %2").arg(QLocale().toString(problem.line), problem.reason));
    }
    if (result.skipped > result.errors.size()) {
        m_errors->addItem(tr("…and %Ln more.", nullptr, result.skipped - int(result.errors.size())));
    }
    if (state == JobState::Succeeded && m_errors->count() > 0) {
        notes.append(tr("These rows were skipped. Fix them in the file and import it again: no one is added twice."));
    }
    m_summaryNote->setText(notes.join(QLatin1Char(' ')));
    m_summaryNote->setVisible(!notes.isEmpty());
    m_errors->setVisible(m_errors->count() > 0);
    m_pages->setCurrentIndex(SummaryPage);
}

void ImportDialog::setError(const QString& message)
{
    if (m_pages->currentIndex() == ProgressPage) {
        m_canceling = false;
        m_cancelButton->setEnabled(true);
        m_progressProblem->setText(message);
        m_progressProblem->show();
    } else if (m_pages->currentIndex() == PreviewPage) {
        m_preview->showProblem(message);
        m_startButton->setEnabled(m_preview->blocker().isEmpty());
    }
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_pages->currentIndex() == PreviewPage && !droppedFile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void ImportDialog::dropEvent(QDropEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (m_pages->currentIndex() == PreviewPage && !path.isEmpty()) {
        event->acceptProposedAction();
        setFile(path);
    }
}

} // namespace sc::ui
