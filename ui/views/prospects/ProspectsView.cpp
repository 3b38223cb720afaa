#include "ProspectsView.h"

#include "ProspectDetailPanel.h"
#include "ProspectsLayout.h"
#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/import/Normalize.h"
#include "models/import/ProspectExporter.h"
#include "models/itemmodels/ProspectTableModel.h"
#include "models/repositories/CompanyResearchRepository.h"
#include "models/repositories/FormSubmissionRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/SequenceRepository.h"
#include "models/repositories/StageRepository.h"
#include "models/repositories/TagRepository.h"
#include "models/store/StoreError.h"
#include "ui/dialogs/AddPersonDialog.h"
#include "ui/dialogs/DraftEmailsDialog.h"
#include "ui/dialogs/ForgetDialog.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ErrorBox.h"
#include "ui/widgets/ViewHeader.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sc::ui {

using models::ProspectTableModel;

ProspectsView::ProspectsView(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ProspectTableModel(workspace, this))
    , m_header(new ViewHeader(tr("Prospects"), this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(this))
    , m_detail(new ProspectDetailPanel(workspace, this))
    , m_stageFilter(new QComboBox(this))
    , m_ownerFilter(new QComboBox(this))
    , m_tagFilter(new QComboBox(this))
    , m_countryFilter(new QComboBox(this))
    , m_minScore(new QSpinBox(this))
    , m_activityFilter(new QComboBox(this))
    , m_undoBar(new QWidget(this))
    , m_undoText(new QLabel(this))
    , m_undoExpiry(new QTimer(this))
{
    setObjectName(QStringLiteral("prospectsView"));
    m_search->setPlaceholderText(tr("Search by name, company, title or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_header->addWidget(m_search);
    auto* import = new QPushButton(tr("Import…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(tr("Import prospects from a CSV file (HubSpot, Salesforce, Apollo, Pipedrive, Excel…)"));
    connect(import, &QPushButton::clicked, this, &ProspectsView::importRequested);
    m_header->addWidget(import);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Save the prospects shown, with the current search and filters, as a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Export prospects"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->selectFile(tr("prospects.csv"));
        connect(dialog, &QFileDialog::fileSelected, this, &ProspectsView::exportTo);
        dialog->open();
    });
    m_header->addWidget(exportButton);
    // Add: one person by hand, or a company researched from its website.
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addButton"));
    add->setToolTip(tr("Add a person by hand, or a company from its website"));
    auto* addMenu = new QMenu(add);
    QAction* addPerson = addMenu->addAction(tr("Person…"), this, &ProspectsView::addPerson);
    addPerson->setObjectName(QStringLiteral("addPersonAction"));
    addPerson->setToolTip(tr("Add one person by hand: name, email, company, title, phone"));
    QAction* addCompany = addMenu->addAction(tr("Company from its website…"), this, [this] {
        auto* dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Add a company"));
        dialog->setLabelText(tr("The company's website or domain:"));
        dialog->setTextValue(QStringLiteral("https://"));
        connect(dialog, &QInputDialog::textValueSelected, this,
                [this](const QString& text) { addCompanyByDomain(text); });
        dialog->open();
    });
    addCompany->setObjectName(QStringLiteral("addCompanyAction"));
    addCompany->setToolTip(tr("Research a company from its website: name, description, address, phones, public "
                              "emails, profiles, technologies, size"));
    addMenu->setToolTipsVisible(true);
    add->setMenu(addMenu);
    m_header->addWidget(add);
    auto* draftEmails = new QPushButton(tr("Draft emails…"), this);
    draftEmails->setObjectName(QStringLiteral("draftEmailsButton"));
    draftEmails->setToolTip(tr("Draft an email for each selected prospect; the drafts wait in Approvals"));
    connect(draftEmails, &QPushButton::clicked, this, &ProspectsView::draftEmailsForSelection);
    m_header->addWidget(draftEmails);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ProspectTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ProspectsView::showContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("prospectsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    // The details beside the table, or hidden to give the table the room (ProspectsLayout).
    auto* detailToggle = new QToolButton(this);
    detailToggle->setObjectName(QStringLiteral("detailToggle"));
    detailToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    detailToggle->setText(tr("Details"));
    detailToggle->setToolTip(tr("Show or hide the selected prospect's details"));
    m_layout = new ProspectsLayout(this, m_table, splitter, m_detail, detailToggle);
    m_header->addWidget(detailToggle);
    m_stack->addWidget(splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProspectsView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_detail->showProspect(current.isValid() ? current.data(ProspectTableModel::ProspectIdRole).toLongLong()
                                                         : 0);
            });
    m_stack->addWidget(m_empty);

    // The filter bar: each control narrows the table at once.
    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    // Each combo says what it filters in its own items ("All stages", "Any tag"), so the bar needs no
    // labels and fits in French at 1280 pixels; owner, tag and country show only when they have choices.
    auto addFilter = [&](QWidget* control, const char* name, const QString& tip) {
        control->setObjectName(QLatin1String(name));
        control->setToolTip(tip);
        control->setAccessibleName(tip);
        filters->addWidget(control);
    };
    for (QComboBox* combo : {m_stageFilter, m_ownerFilter, m_tagFilter, m_countryFilter, m_activityFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMaximumWidth(m_table->fontMetrics().averageCharWidth() * 28);
        connect(combo, &QComboBox::activated, this, &ProspectsView::applyFilters);
    }
    addFilter(m_stageFilter, "stageFilter", tr("Show prospects in one stage"));
    addFilter(m_ownerFilter, "ownerFilter", tr("Show the prospects of one owner"));
    addFilter(m_tagFilter, "tagFilter", tr("Show prospects with one tag"));
    addFilter(m_countryFilter, "countryFilter", tr("Show prospects whose company is in one country"));
    m_minScore->setRange(0, 100);
    m_minScore->setPrefix(tr("Score ≥ "));
    m_minScore->setSpecialValueText(tr("Any score"));
    connect(m_minScore, &QSpinBox::valueChanged, m_searchDelay, qOverload<>(&QTimer::start));
    addFilter(m_minScore, "minScoreFilter", tr("Show prospects with at least this lead score"));
    m_activityFilter->addItem(tr("Any last activity"), 0);
    m_activityFilter->addItem(tr("Active in the last 7 days"), 7);
    m_activityFilter->addItem(tr("Active in the last 30 days"), 30);
    m_activityFilter->addItem(tr("Active in the last 90 days"), 90);
    addFilter(m_activityFilter, "activityFilter", tr("Show prospects contacted recently"));
    auto* clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setFlat(true);
    connect(clear, &QPushButton::clicked, this, &ProspectsView::clearFilters);
    connect(m_model, &ProspectTableModel::totalCountChanged, clear,
            [this, clear] { clear->setVisible(m_model->query().hasFilter()); });
    clear->hide();
    filters->addWidget(clear);
    filters->addStretch(1);

    // The undo bar, shown for a while after a delete.
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 4, 0, 4);
    auto* undo = new QPushButton(tr("Undo"), m_undoBar);
    undo->setObjectName(QStringLiteral("undoButton"));
    connect(undo, &QPushButton::clicked, this, &ProspectsView::undoDelete);
    undoLayout->addWidget(m_undoText);
    undoLayout->addWidget(undo);
    undoLayout->addStretch(1);
    m_undoBar->hide();
    m_undoExpiry->setSingleShot(true);
    m_undoExpiry->setInterval(UndoSeconds * 1000);
    connect(m_undoExpiry, &QTimer::timeout, m_undoBar, &QWidget::hide);

    auto* deleteAction = new QAction(tr("Delete"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &ProspectsView::deleteSelection);
    m_table->addAction(deleteAction);
    auto* undoAction = new QAction(tr("Undo delete"), this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undoAction, &QAction::triggered, this, &ProspectsView::undoDelete);
    addAction(undoAction);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_header);
    layout->addLayout(filters);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_stack, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ProspectsView::applyFilters);
    connect(m_model, &ProspectTableModel::totalCountChanged, this, &ProspectsView::updateState);
    connect(models::ChangeHub::instance(), &models::ChangeHub::changed, this, [this](models::ChangeHub::Topics topics) {
        if (topics.testFlag(models::ChangeHub::Prospects)) {
            refreshFilterChoices();
        }
    });
    refreshFilterChoices();
    updateState();
}

void ProspectsView::refreshFilterChoices()
{
    auto refill = [](QComboBox* combo, const QList<QPair<QString, QString>>& items, const QString& all) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (const auto& [value, label] : items) {
            combo->addItem(label, value);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    auto pairs = [](const QStringList& values) {
        QList<QPair<QString, QString>> list;
        for (const QString& v : values) {
            list.append({v, v});
        }
        return list;
    };
    try {
        const models::ProspectRepository repo(m_workspace.connection());
        QList<QPair<QString, QString>> stages;
        const auto stored = models::StageRepository(m_workspace.connection()).list();
        for (const auto& [key, name] : stored) {
            stages.append({key, ProspectTableModel::stageLabel(key, name)});
        }
        refill(m_stageFilter, stages, tr("All stages"));
        const models::ProspectRepository::FilterChoices choices = repo.filterChoices();
        refill(m_ownerFilter, pairs(choices.owners), tr("Any owner"));
        refill(m_tagFilter, pairs(choices.tags), tr("Any tag"));
        m_ownerFilter->setVisible(!choices.owners.isEmpty());
        m_tagFilter->setVisible(!choices.tags.isEmpty());
        m_countryFilter->setVisible(!choices.countries.isEmpty());
        QList<QPair<QString, QString>> countries;
        for (const QString& code : choices.countries) {
            const QLocale::Territory territory = QLocale::codeToTerritory(code);
            countries.append({code, territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory)});
        }
        refill(m_countryFilter, countries, tr("Any country"));
    } catch (const models::StoreError& error) {
        m_header->setSubtitle(error.message());
    }
}

void ProspectsView::applyFilters()
{
    models::ProspectQuery query = m_model->query();
    query.search = m_search->text().trimmed();
    const QString stage = m_stageFilter->currentData().toString();
    query.stages = stage.isEmpty() ? QStringList() : QStringList {stage};
    query.owner = m_ownerFilter->currentData().toString();
    query.tag = m_tagFilter->currentData().toString();
    query.country = m_countryFilter->currentData().toString();
    query.minScore = m_minScore->value();
    const int days = m_activityFilter->currentData().toInt();
    query.contactedSince
        = days > 0 ? std::optional<qint64>(Clock::instance().nowMs() - qint64(days) * 86'400'000) : std::nullopt;
    m_model->setQuery(query);
}

void ProspectsView::clearFilters()
{
    for (QComboBox* combo : {m_stageFilter, m_ownerFilter, m_tagFilter, m_countryFilter, m_activityFilter}) {
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(m_minScore);
    m_minScore->setValue(0);
    m_search->clear();
    m_searchDelay->stop();
    applyFilters();
}

bool ProspectsView::exportTo(const QString& path)
{
    // Written beside the target and renamed at the end: a full disk or a cancel leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showError(this, tr("Could not export"), file.errorString());
        return false;
    }
    QProgressDialog progress(tr("Exporting prospects…"), tr("Cancel"), 0, m_model->totalCount(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    int written = 0;
    try {
        written = models::ProspectExporter::write(m_workspace.connection(), m_model->query(), &file,
                                                  [&progress](int count) {
                                                      progress.setValue(count);
                                                      return !progress.wasCanceled();
                                                  });
    } catch (const models::StoreError& error) {
        file.cancelWriting();
        showError(this, tr("Could not export"), error.message());
        return false;
    }
    if (written < 0 || !file.commit()) {
        file.cancelWriting();
        if (!progress.wasCanceled()) {
            showError(this, tr("Could not export"), file.errorString());
        }
        return false;
    }
    m_header->setSubtitle(tr("%n prospect(s) exported to %1", nullptr, written).arg(QDir::toNativeSeparators(path)));
    return true;
}

void ProspectsView::deleteSelection()
{
    const QList<qint64> ids = selectedProspectIds();
    if (ids.isEmpty()) {
        return;
    }
    try {
        const int deleted = models::ProspectRepository(m_workspace.connection())
                                .moveToTrash(ids, QStringLiteral("rep"), Clock::instance().nowMs());
        m_lastDeleted = ids;
        showNotice(tr("%n prospect(s) deleted.", nullptr, deleted), true);
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not delete"), error.message());
    }
}

void ProspectsView::showNotice(const QString& text, bool withUndo)
{
    m_undoText->setText(text);
    m_undoBar->findChild<QPushButton*>(QStringLiteral("undoButton"))->setVisible(withUndo);
    if (!withUndo) {
        m_lastDeleted.clear();
    }
    m_undoBar->show();
    m_undoExpiry->start();
}

void ProspectsView::enrollSelection(qint64 sequenceId, const QString& sequenceName)
{
    const QList<qint64> ids = selectedProspectIds();
    if (ids.isEmpty()) {
        return;
    }
    try {
        models::SequenceRepository sequences(m_workspace.connection());
        // Replied, won or lost: more outreach would embarrass the rep. Skipped, unless they insist.
        bool includeSettled = false;
        if (const int settled = sequences.countSettled(ids); settled > 0) {
            QMessageBox ask(
                QMessageBox::Warning, tr("Enroll in “%1”").arg(sequenceName),
                tr("%n of the selected prospects replied already or have a won or lost deal.", nullptr, settled),
                QMessageBox::NoButton, this);
            ask.setInformativeText(tr("A sequence would write to them as if nothing had happened."));
            QPushButton* skip = ask.addButton(tr("Skip them"), QMessageBox::AcceptRole);
            QPushButton* all = ask.addButton(tr("Enroll them too"), QMessageBox::DestructiveRole);
            ask.addButton(QMessageBox::Cancel);
            ask.setDefaultButton(skip);
            ask.setObjectName(QStringLiteral("enrollSettledQuestion"));
            ask.exec();
            if (ask.clickedButton() != skip && ask.clickedButton() != all) {
                return;
            }
            includeSettled = ask.clickedButton() == all;
        }
        const auto result
            = sequences.enroll(ids, sequenceId, QStringLiteral("rep"), Clock::instance().nowMs(), includeSettled);
        QStringList parts {tr("%n prospect(s) enrolled in “%1”.", nullptr, result.enrolled).arg(sequenceName)};
        if (result.settled > 0) {
            parts.append(tr("%n skipped: replied, won or lost.", nullptr, result.settled));
        }
        if (result.alreadyEnrolled > 0) {
            parts.append(tr("%n already in it.", nullptr, result.alreadyEnrolled));
        }
        if (result.suppressed > 0) {
            parts.append(tr("%n skipped: on the do-not-contact list.", nullptr, result.suppressed));
        }
        if (result.withoutEmail > 0) {
            parts.append(tr("%n skipped: no email address.", nullptr, result.withoutEmail));
        }
        showNotice(parts.join(QLatin1Char(' ')), false);
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not enroll"), error.message());
    }
}

void ProspectsView::undoDelete()
{
    if (m_lastDeleted.isEmpty()) {
        return;
    }
    try {
        models::ProspectRepository(m_workspace.connection())
            .restoreFromTrash(m_lastDeleted, QStringLiteral("rep"), Clock::instance().nowMs());
        m_lastDeleted.clear();
        m_undoBar->hide();
        m_undoExpiry->stop();
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not undo"), error.message());
    }
}

bool ProspectsView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QList<qint64> ProspectsView::selectedProspectIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        ids.append(row.data(ProspectTableModel::ProspectIdRole).toLongLong());
    }
    return ids;
}

void ProspectsView::moveSelectionToStage(const QString& stageKey)
{
    const QList<qint64> ids = selectedProspectIds();
    if (ids.isEmpty()) {
        return;
    }
    try {
        models::ProspectRepository(m_workspace.connection())
            .setStage(ids, stageKey, QStringLiteral("rep"), Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not change the stage"), error.message());
    }
}

void ProspectsView::tagSelection(const QString& tag)
{
    const QList<qint64> ids = selectedProspectIds();
    if (ids.isEmpty() || tag.trimmed().isEmpty()) {
        return;
    }
    try {
        models::TagRepository(m_workspace.connection()).tag(ids, tag, QStringLiteral("rep"), Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not add the tag"), error.message());
    }
}

int ProspectsView::researchSelection()
{
    const QList<qint64> ids = selectedProspectIds();
    try {
        models::JobRepository jobs(m_workspace.connection());
        const qint64 now = Clock::instance().nowMs();
        for (const qint64 id : ids) {
            jobs.enqueue(models::CompanyResearchRepository::prospectJob(id), now);
        }
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not start the research"), error.message());
        return 0;
    }
    showNotice(tr("Researching %n company website(s): follow it in Agents.", nullptr, int(ids.size())), false);
    return int(ids.size());
}

int ProspectsView::fillContactFormsOfSelection()
{
    const QList<qint64> ids = selectedProspectIds();
    try {
        models::JobRepository jobs(m_workspace.connection());
        const qint64 now = Clock::instance().nowMs();
        for (const qint64 id : ids) {
            jobs.enqueue(models::FormSubmissionRepository::prepareJob(id), now);
        }
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not prepare the contact forms"), error.message());
        return 0;
    }
    showNotice(tr("Preparing %n contact form(s): each waits in Approvals before it is sent.", nullptr, int(ids.size())),
               false);
    return int(ids.size());
}

AddPersonDialog* ProspectsView::addPerson()
{
    auto* dialog = new AddPersonDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddPersonDialog::added, this, [this](qint64 id) {
        showNotice(tr("Added. Their details are on the right."), false);
        m_layout->showDetails();
        m_detail->showProspect(id);
    });
    dialog->open();
    return dialog;
}

bool ProspectsView::addCompanyByDomain(const QString& text)
{
    const QString domain = models::Normalize::host(text.trimmed());
    if (domain.isEmpty() || !domain.contains(QLatin1Char('.'))) {
        showNotice(tr("“%1” is not a website or a domain.").arg(text.trimmed()), false);
        return false;
    }
    try {
        models::JobRepository(m_workspace.connection())
            .enqueue(models::CompanyResearchRepository::domainJob(domain), Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not start the research"), error.message());
        return false;
    }
    showNotice(tr("Researching %1: the company appears when its website has been read.").arg(domain), false);
    return true;
}

void ProspectsView::showContextMenu(const QPoint& position)
{
    const int count = int(selectedProspectIds().size());
    if (count == 0) {
        return;
    }
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QMenu* stages = menu->addMenu(tr("Move %n prospect(s) to", nullptr, count));
    try {
        const auto list = models::StageRepository(m_workspace.connection()).list();
        for (const auto& [key, name] : list) {
            stages->addAction(ProspectTableModel::stageLabel(key, name), this,
                              [this, key = key] { moveSelectionToStage(key); });
        }
    } catch (const models::StoreError& error) {
        stages->addAction(error.message())->setEnabled(false);
    }
    menu->addAction(tr("Add a tag…"), this, [this] {
        auto* dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Add a tag"));
        dialog->setLabelText(tr("Tag for the selected prospects:"));
        connect(dialog, &QInputDialog::textValueSelected, this, &ProspectsView::tagSelection);
        dialog->open();
    });
    QMenu* sequences = menu->addMenu(tr("Enroll in a sequence"));
    try {
        const auto list = models::SequenceRepository(m_workspace.connection()).active();
        for (const auto& [id, name] : list) {
            sequences->addAction(name, this, [this, id = id, name = name] { enrollSelection(id, name); });
        }
        if (list.isEmpty()) {
            sequences->addAction(tr("No sequence yet"))->setEnabled(false);
        }
    } catch (const models::StoreError& error) {
        sequences->addAction(error.message())->setEnabled(false);
    }
    menu->addAction(tr("Draft emails…"), this, &ProspectsView::draftEmailsForSelection);
    menu->addAction(tr("Research the company website(s)"), this, &ProspectsView::researchSelection);
    menu->addAction(tr("Fill the contact form(s)…"), this, &ProspectsView::fillContactFormsOfSelection);
    menu->addSeparator();
    menu->addAction(tr("Delete %n prospect(s)", nullptr, count), this, &ProspectsView::deleteSelection);
    menu->addAction(tr("Forget %n person(s)…", nullptr, count), this, [this] {
        auto* dialog = new ForgetDialog(m_workspace, selectedProspectIds(), this);
        connect(dialog, &ForgetDialog::erased, this, [this](int erased) {
            showNotice(tr("%n person(s) forgotten: erased everywhere, never to be contacted again.", nullptr, erased),
                       false);
        });
        connect(dialog, &ForgetDialog::failed, this,
                [this](const QString& message) { showError(this, tr("Could not forget"), message); });
        dialog->open();
    });
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

DraftEmailsDialog* ProspectsView::draftEmailsForSelection()
{
    const QList<qint64> ids = selectedProspectIds();
    if (ids.isEmpty()) {
        showNotice(tr("Select the prospects to write to first."), false);
        return nullptr;
    }
    auto* dialog = new DraftEmailsDialog(m_workspace, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DraftEmailsDialog::queued, this, [this](qint64, int count) {
        showNotice(tr("Drafting %n email(s) — see Agents. The drafts land in Approvals.", nullptr, count), false);
    });
    dialog->open();
    return dialog;
}

void ProspectsView::updateState()
{
    const int total = m_model->totalCount();
    const QString search = m_model->search();
    const bool filtered = m_model->query().hasFilter();
    QString subtitle = !filtered ? tr("%n prospect(s)", nullptr, total)
        : search.isEmpty()       ? tr("%n prospect(s) match the filters", nullptr, total)
                                 : tr("%n match(es) for \"%1\"", nullptr, total).arg(search);
    if (const int selected = int(m_table->selectionModel()->selectedRows().size()); selected > 1) {
        subtitle += QStringLiteral(" · ") + tr("%n selected", nullptr, selected);
    }
    m_header->setSubtitle(subtitle);
    if (total > 0) {
        m_stack->setCurrentIndex(0);
        if (!m_table->currentIndex().isValid()) {
            m_table->setCurrentIndex(m_model->index(0, 0)); // the detail panel always shows someone
        }
        return;
    }
    if (filtered && search.isEmpty()) {
        m_empty->setText(tr("No prospect matches these filters"), tr("Clear a filter or two to see more."));
    } else if (search.isEmpty()) {
        m_empty->setText(tr("No prospects yet"),
                         tr("Prospects appear here when you import them or when the Research agent finds them."));
    } else {
        m_empty->setText(tr("No prospect matches \"%1\"").arg(search), tr("Check the spelling or search for less."));
    }
    m_stack->setCurrentWidget(m_empty);
}

} // namespace sc::ui
