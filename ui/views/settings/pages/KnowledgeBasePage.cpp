#include "KnowledgeBasePage.h"

#include "agents/conversation/knowledge/KnowledgeBase.h"
#include "models/Clock.h"
#include "models/repositories/KnowledgeBaseRepository.h"
#include "models/store/StoreError.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace sc::ui {

using agents::conversation::KnowledgeBase;
using models::KnowledgeBaseRepository;

namespace {

constexpr int SearchLimit = 3;
constexpr int ExcerptLength = 280;

QString kindLabel(const QString& kind, int pages = 0)
{
    if (kind == QLatin1String("pdf")) {
        return pages > 0 ? KnowledgeBasePage::tr("PDF, %n page(s)", nullptr, pages) : KnowledgeBasePage::tr("PDF");
    }
    if (kind == QLatin1String("docx")) {
        return KnowledgeBasePage::tr("Word");
    }
    if (kind == QLatin1String("html")) {
        return KnowledgeBasePage::tr("Web page");
    }
    if (kind == QLatin1String("markdown")) {
        return KnowledgeBasePage::tr("Markdown");
    }
    return KnowledgeBasePage::tr("Text");
}

// Runs on a pool thread: that thread's own connection, released before it goes back to the pool.
QList<KnowledgeBase::Added> addOnThisThread(const models::Workspace& workspace, const QStringList& paths, qint64 now)
{
    QList<KnowledgeBase::Added> results;
    {
        KnowledgeBase kb(workspace.connection());
        for (const QString& path : paths) {
            KnowledgeBase::Added added;
            try {
                added = kb.addFile(path, now);
            } catch (const models::StoreError& error) {
                added.error = error.message();
            }
            const QString name = QFileInfo(path).fileName();
            if (added.name.isEmpty()) {
                added.name = name;
            }
            // The rep knows the file by its name; the whole path only makes the line long.
            added.error.replace(path, name);
            added.error.remove(QStringLiteral(" (as %1)").arg(name)); // "already there (as the same name)"
            results << added;
        }
    }
    workspace.releaseConnection();
    return results;
}

// The part of a passage where most of the question's words are, in plain words: a passage can be a
// whole page, and its first lines are seldom what answers.
QString excerptFor(const QString& passage, const QString& question)
{
    QString text = passage;
    text.remove(QStringLiteral("**"));
    text.remove(QRegularExpression(QStringLiteral("^#+\\s*"), QRegularExpression::MultilineOption));
    text.remove(QRegularExpression(QStringLiteral("^[\\s|:-]+$"), QRegularExpression::MultilineOption));
    text = text.simplified();
    if (text.size() <= ExcerptLength) {
        return text;
    }
    QStringList words;
    for (const QString& word : question.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)) {
        if (word.size() > 2) {
            words << word;
        }
    }
    qsizetype best = 0;
    int bestCount = 0;
    for (const QString& word : std::as_const(words)) {
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
            const qsizetype start = std::max<qsizetype>(0, at - ExcerptLength / 4);
            const QStringView window = QStringView(text).mid(start, ExcerptLength);
            int count = 0;
            for (const QString& other : std::as_const(words)) {
                count += window.contains(other, Qt::CaseInsensitive) ? 1 : 0;
            }
            if (count > bestCount) {
                bestCount = count;
                best = start;
            }
        }
    }
    // Cut at spaces, so no word is cut in two.
    qsizetype from = best == 0 ? 0 : text.indexOf(QLatin1Char(' '), best) + 1;
    QString excerpt = text.mid(from, ExcerptLength);
    if (from + ExcerptLength < text.size()) {
        excerpt = excerpt.section(QLatin1Char(' '), 0, -2) + QStringLiteral("…");
    }
    return from > 0 ? QStringLiteral("…") + excerpt : excerpt;
}

} // namespace

KnowledgeBasePage::KnowledgeBasePage(const models::Workspace& workspace, QWidget* parent)
    : SettingsPage(tr("Knowledge base"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("knowledgeBasePage"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("knowledgeBaseTable"));
    m_table->setHorizontalHeaderLabels({tr("Document"), tr("Kind"), tr("Passages"), tr("Added")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (const int column : {KindColumn, PassagesColumn, AddedColumn}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_empty = noteLabel(tr("No documents yet. Add your price list, a product sheet or your FAQ to begin."), this);
    m_empty->setObjectName(QStringLiteral("knowledgeBaseEmpty"));

    m_add = new QPushButton(tr("Add documents…"), this);
    m_add->setObjectName(QStringLiteral("addKnowledgeButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeKnowledgeButton"));
    m_remove->setEnabled(false);
    m_status = noteLabel(QString(), this);
    m_status->setObjectName(QStringLiteral("knowledgeStatus"));
    m_status->hide();
    connect(m_add, &QPushButton::clicked, this, &KnowledgeBasePage::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &KnowledgeBasePage::confirmRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    m_question = new QLineEdit(this);
    m_question->setObjectName(QStringLiteral("knowledgeQuestion"));
    m_question->setPlaceholderText(tr("A question a prospect might ask, e.g. How fast do you answer urgent tickets?"));
    m_question->setClearButtonEnabled(true);
    auto* ask = new QPushButton(tr("Search"), this);
    ask->setObjectName(QStringLiteral("knowledgeSearchButton"));
    connect(ask, &QPushButton::clicked, this, &KnowledgeBasePage::search);
    connect(m_question, &QLineEdit::returnPressed, ask, &QPushButton::click);
    auto* askRow = new QHBoxLayout;
    askRow->addWidget(new QLabel(tr("Try a question:"), this));
    askRow->addWidget(m_question, 1);
    askRow->addWidget(ask);
    m_results = new QLabel(this);
    m_results->setObjectName(QStringLiteral("knowledgeResults"));
    m_results->setWordWrap(true);
    m_results->setTextFormat(Qt::RichText);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(tr("Documents about your offer — prices, product sheets, FAQs, case studies. Drafts "
                                   "quote only what they say. Everything stays on this computer."),
                                this));
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addLayout(askRow);
    layout->addWidget(m_results);
    load();
}

void KnowledgeBasePage::load()
{
    m_table->setRowCount(0);
    QList<KnowledgeBaseRepository::Document> documents;
    try {
        documents = KnowledgeBaseRepository(m_workspace.connection()).list();
    } catch (const models::StoreError& error) {
        setStatus(error.message());
    }
    const QLocale locale;
    for (const auto& d : std::as_const(documents)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(d.name);
        name->setData(Qt::UserRole, d.id);
        name->setToolTip(d.path);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, KindColumn, new QTableWidgetItem(kindLabel(d.kind)));
        auto* passages = new QTableWidgetItem(locale.toString(d.chunks));
        passages->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, PassagesColumn, passages);
        m_table->setItem(row, AddedColumn,
                         new QTableWidgetItem(
                             locale.toString(QDateTime::fromMSecsSinceEpoch(d.addedAt).date(), QLocale::ShortFormat)));
    }
    // As tall as its rows, up to seven: no blank box under two documents, a scroll bar past seven.
    const int rows = std::clamp(int(documents.size()), 1, 7);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_table->setVisible(!documents.isEmpty());
    m_empty->setVisible(documents.isEmpty());
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

void KnowledgeBasePage::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void KnowledgeBasePage::chooseFiles()
{
    auto* dialog = new QFileDialog(this, tr("Add documents to the knowledge base"));
    dialog->setObjectName(QStringLiteral("addKnowledgeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilter(tr("Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx)"));
    connect(dialog, &QFileDialog::filesSelected, this, &KnowledgeBasePage::addFiles);
    dialog->open();
}

void KnowledgeBasePage::addFiles(const QStringList& paths)
{
    if (m_adding || paths.isEmpty()) {
        return;
    }
    m_adding = true;
    m_add->setEnabled(false);
    setStatus(paths.size() == 1
                  ? tr("Adding %1… You can go on working meanwhile.").arg(QFileInfo(paths.first()).fileName())
                  // Two or more: no plural form needed.
                  : tr("Adding %1 documents… You can go on working meanwhile.").arg(paths.size()));
    auto* watcher = new QFutureWatcher<QList<KnowledgeBase::Added>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const QList<KnowledgeBase::Added> results = watcher->result();
        watcher->deleteLater();
        int added = 0;
        QStringList refused;
        for (const KnowledgeBase::Added& a : results) {
            if (a.ok()) {
                ++added;
            } else {
                refused << a.error;
            }
        }
        QString line;
        if (refused.isEmpty()) {
            const KnowledgeBase::Added& only = results.first();
            line = results.size() == 1 ? tr("%1 added: %2, %n passage(s).", nullptr, only.chunks)
                                             .arg(only.name, kindLabel(only.kind, only.pages))
                                       : tr("%1 documents added.").arg(added);
        } else if (results.size() == 1) {
            line = refused.first();
        } else {
            line = tr("%1, %2: %3")
                       .arg(tr("%n added", nullptr, added), tr("%n refused", nullptr, int(refused.size())),
                            refused.join(QStringLiteral("; ")));
        }
        setStatus(line);
        m_adding = false;
        m_add->setEnabled(true);
        load();
        Q_EMIT filesAdded();
    });
    watcher->setFuture(QtConcurrent::run(addOnThisThread, m_workspace, paths, Clock::instance().nowMs()));
}

void KnowledgeBasePage::confirmRemove()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    const QTableWidgetItem* item = m_table->item(selected.first()->row(), NameColumn);
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QString name = item->text();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove the document"),
                                tr("Remove “%1” from the knowledge base?").arg(name), QMessageBox::Cancel, this);
    box->setInformativeText(tr("Drafts will no longer quote it. The file itself stays where it is."));
    box->setObjectName(QStringLiteral("removeKnowledgeConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRemoveKnowledgeButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this, id, name] {
        try {
            if (KnowledgeBaseRepository(m_workspace.connection()).remove(id)) {
                setStatus(tr("%1 removed.").arg(name));
            }
        } catch (const models::StoreError& error) {
            setStatus(error.message());
        }
        m_results->hide();
        load();
    });
    box->open();
}

void KnowledgeBasePage::search()
{
    const QString question = m_question->text().trimmed();
    if (question.isEmpty()) {
        m_results->hide();
        return;
    }
    QList<KnowledgeBaseRepository::Hit> hits;
    try {
        hits = KnowledgeBaseRepository(m_workspace.connection()).search(question, SearchLimit);
    } catch (const models::StoreError& error) {
        m_results->setText(error.message().toHtmlEscaped());
        m_results->show();
        return;
    }
    QStringList blocks;
    for (const auto& h : std::as_const(hits)) {
        const QString excerpt = excerptFor(h.text, question);
        const QString where = h.page > 0 ? tr("%1, page %2").arg(h.document).arg(h.page) : h.document;
        blocks << QStringLiteral("<p><b>%1</b><br>%2</p>").arg(where.toHtmlEscaped(), excerpt.toHtmlEscaped());
    }
    m_results->setText(blocks.isEmpty() ? tr("No passage answers this. A draft would have nothing to quote on it.")
                                        : blocks.join(QString()));
    m_results->show();
}

} // namespace sc::ui
