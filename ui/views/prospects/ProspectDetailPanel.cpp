#include "ProspectDetailPanel.h"

#include "models/Clock.h"
#include "models/itemmodels/ProspectTableModel.h"
#include "models/repositories/ActivityRepository.h"
#include "models/repositories/CompanyResearchRepository.h"
#include "models/repositories/FormSubmissionRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/StageRepository.h"
#include "models/repositories/TagRepository.h"
#include "models/repositories/TaskRepository.h"
#include "models/scoring/LeadScorer.h"
#include "models/store/StoreError.h"
#include "ui/views/prospects/ProspectPrediction.h"
#include "ui/views/prospects/ProspectSequencesTab.h"
#include "ui/widgets/ErrorBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sc::ui {

namespace {
// Saves the notes when the field loses focus.
class FocusOutSaver : public QObject
{
public:
    FocusOutSaver(ProspectDetailPanel* panel, QObject* parent)
        : QObject(parent)
        , m_panel(panel)
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FocusOut) {
            m_panel->saveNotes();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ProspectDetailPanel* m_panel;
};

const char* const FieldOrder[] = {"first_name", "last_name", "email", "title", "phone", "deal_value"};

// Cents as the rep types them: "12 500", "12500,50", "12,500.50" -> 1250050; -1 when not a number.
qint64 parseMoney(const QString& text)
{
    QString t = text.simplified().remove(QLatin1Char(' ')).remove(QChar(0x202F)).remove(QChar(0xA0));
    t.remove(QRegularExpression(QStringLiteral("[^0-9.,]")));
    if (t.isEmpty()) {
        return 0;
    }
    // The last separator followed by one or two digits is the decimal point; others group thousands.
    const qsizetype last = std::max(t.lastIndexOf(QLatin1Char(',')), t.lastIndexOf(QLatin1Char('.')));
    QString units = t;
    QString cents;
    if (last >= 0 && t.size() - last - 1 <= 2) {
        units = t.left(last);
        cents = t.mid(last + 1).leftJustified(2, QLatin1Char('0'));
    }
    units.remove(QLatin1Char(',')).remove(QLatin1Char('.'));
    bool ok = units.isEmpty() || units.size() < 16;
    const qint64 whole = units.isEmpty() ? 0 : units.toLongLong(&ok);
    return ok ? whole * 100 + cents.toLongLong() : -1;
}

QString formatMoney(qint64 cents)
{
    return cents == 0 ? QString() : QLocale().toString(double(cents) / 100.0, 'f', cents % 100 == 0 ? 0 : 2);
}
} // namespace

ProspectDetailPanel::ProspectDetailPanel(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_name(new QLabel(this))
    , m_company(new QLabel(this))
    , m_research(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_stage(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_tasks(new QListWidget(this))
    , m_newTask(new QLineEdit(this))
    , m_newTaskDue(new QDateEdit(this))
    , m_timeline(new QListWidget(this))
    , m_sequences(new ProspectSequencesTab(workspace, this))
{
    setObjectName(QStringLiteral("prospectDetail"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    for (QLabel* label : {m_name, m_company}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_company->setObjectName(QStringLiteral("companyCard"));

    // Details: the fields, edited in place.
    auto* details = new QWidget(this);
    auto* form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QHash<QString, QString> labels {
        {QStringLiteral("first_name"), tr("First name:")}, {QStringLiteral("last_name"), tr("Last name:")},
        {QStringLiteral("email"), tr("Email:")},           {QStringLiteral("title"), tr("Job title:")},
        {QStringLiteral("phone"), tr("Phone:")},           {QStringLiteral("deal_value"), tr("Deal value:")},
    };
    for (const char* name : FieldOrder) {
        const QString field = QString::fromLatin1(name);
        auto* edit = new QLineEdit(details);
        edit->setObjectName(QStringLiteral("field_") + field);
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { saveField(field); });
        m_fields.insert(field, edit);
        if (field == QLatin1String("deal_value")) {
            form->addRow(tr("Stage:"), m_stage);
            edit->setPlaceholderText(tr("Amount, e.g. %1").arg(QLocale().toString(12500)));
        }
        form->addRow(labels.value(field), edit);
    }
    m_tags->setObjectName(QStringLiteral("field_tags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. Trade show, Priority"));
    connect(m_tags, &QLineEdit::editingFinished, this, &ProspectDetailPanel::saveTags);
    form->addRow(tr("Tags:"), m_tags);
    m_notes->setPlaceholderText(tr("Notes about this person"));
    m_notes->installEventFilter(new FocusOutSaver(this, m_notes));
    form->addRow(tr("Notes:"), m_notes);
    m_tabs->addTab(details, tr("Details"));

    // Tasks: open ones first by due date; ticking one marks it done.
    auto* tasks = new QWidget(this);
    auto* taskLayout = new QVBoxLayout(tasks);
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_tasks->setWordWrap(true);
    connect(m_tasks, &QListWidget::itemChanged, this, &ProspectDetailPanel::taskToggled);
    taskLayout->addWidget(m_tasks, 1);
    auto* add = new QHBoxLayout;
    m_newTask->setObjectName(QStringLiteral("newTask"));
    m_newTask->setPlaceholderText(tr("New task, e.g. Call back about pricing"));
    m_newTask->setToolTip(m_newTask->placeholderText());
    connect(m_newTask, &QLineEdit::returnPressed, this, &ProspectDetailPanel::addTask);
    m_newTaskDue->setObjectName(QStringLiteral("newTaskDue"));
    m_newTaskDue->setCalendarPopup(true);
    m_newTaskDue->setToolTip(tr("Due date"));
    auto* addButton = new QPushButton(tr("Add"), tasks);
    addButton->setObjectName(QStringLiteral("addTaskButton"));
    connect(addButton, &QPushButton::clicked, this, &ProspectDetailPanel::addTask);
    // The title gets the panel's whole width; its due date and Add go under it.
    taskLayout->addWidget(m_newTask);
    add->addWidget(new QLabel(tr("Due:"), tasks));
    add->addWidget(m_newTaskDue);
    add->addStretch(1);
    add->addWidget(addButton);
    taskLayout->addLayout(add);
    m_tabs->addTab(tasks, tr("Tasks"));

    auto* history = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(history);
    auto* logCallButton = new QPushButton(tr("Log a call…"), history);
    logCallButton->setObjectName(QStringLiteral("logCallButton"));
    connect(logCallButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("logCallDialog"));
        dialog->setWindowTitle(tr("Log a call"));
        dialog->setLabelText(tr("What was said, and what comes next:"));
        dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
        connect(dialog, &QInputDialog::textValueSelected, this, &ProspectDetailPanel::logCall);
        dialog->open();
    });
    historyLayout->addWidget(logCallButton, 0, Qt::AlignLeft);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setWordWrap(true);
    connect(m_timeline, &QListWidget::itemDoubleClicked, this, [](QListWidgetItem* item) {
        if (const QString file = item->data(Qt::UserRole).toString(); !file.isEmpty()) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
        }
    });
    historyLayout->addWidget(m_timeline, 1);
    m_tabs->addTab(history, tr("Timeline"));
    // Their sequences and the time zone the steps run in; a new zone is a line on the timeline.
    m_tabs->addTab(m_sequences, tr("Sequences"));
    connect(m_sequences, &ProspectSequencesTab::timezoneChanged, this, &ProspectDetailPanel::refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addWidget(m_company);
    m_research->setObjectName(QStringLiteral("researchCard"));
    m_research->setWordWrap(true);
    m_research->setTextFormat(Qt::RichText);
    m_research->setOpenExternalLinks(false);
    m_research->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* researchButton = new QPushButton(tr("Research the company"), this);
    researchButton->setObjectName(QStringLiteral("researchButton"));
    connect(researchButton, &QPushButton::clicked, this, &ProspectDetailPanel::researchCompany);
    layout->addWidget(m_research);
    layout->addWidget(researchButton, 0, Qt::AlignLeft);
    layout->addWidget(m_tabs, 1);
    connect(m_stage, &QComboBox::activated, this, [this] {
        if (m_id == 0) {
            return;
        }
        try {
            models::ProspectRepository(m_workspace.connection())
                .setStage({m_id}, m_stage->currentData().toString(), QStringLiteral("rep"), Clock::instance().nowMs());
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not change the stage"), error.message());
        }
        refresh();
    });
    refresh();
}

void ProspectDetailPanel::showProspect(qint64 id)
{
    for (const char* field : FieldOrder) {
        saveField(QString::fromLatin1(field));
    }
    saveTags();
    saveNotes();
    m_id = id;
    refresh();
}

void ProspectDetailPanel::saveNotes()
{
    if (m_id == 0 || m_notes->toPlainText() == m_savedNotes) {
        return;
    }
    try {
        models::ProspectRepository(m_workspace.connection())
            .setNotes(m_id, m_notes->toPlainText(), QStringLiteral("rep"), Clock::instance().nowMs());
        m_savedNotes = m_notes->toPlainText();
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not save the notes"), error.message());
    }
}

void ProspectDetailPanel::saveField(const QString& field)
{
    QLineEdit* edit = m_fields.value(field);
    if (m_id == 0 || edit == nullptr || edit->text() == m_savedFields.value(field)) {
        return;
    }
    models::ProspectRepository::FieldEdit change;
    const QString text = edit->text();
    if (field == QLatin1String("first_name")) {
        change.firstName = text;
    } else if (field == QLatin1String("last_name")) {
        change.lastName = text;
    } else if (field == QLatin1String("email")) {
        change.email = text;
    } else if (field == QLatin1String("title")) {
        change.title = text;
    } else if (field == QLatin1String("phone")) {
        change.phone = text;
    } else if (field == QLatin1String("deal_value")) {
        const qint64 cents = parseMoney(text);
        if (cents < 0) {
            showError(this, tr("Could not save the deal value"), tr("“%1” is not an amount.").arg(text));
            edit->setText(m_savedFields.value(field));
            return;
        }
        change.dealValueCents = cents;
    }
    // Remember the text first: the error box below takes focus, which finishes editing again.
    m_savedFields.insert(field, text);
    try {
        models::ProspectRepository(m_workspace.connection())
            .updateFields(m_id, change, QStringLiteral("rep"), Clock::instance().nowMs());
        refresh();
    } catch (const models::StoreError& error) {
        refresh(); // back to what is stored
        showError(this, tr("Could not save the change"), error.message());
    }
}

void ProspectDetailPanel::saveTags()
{
    if (m_id == 0 || m_tags->text() == m_savedTags) {
        return;
    }
    m_savedTags = m_tags->text();
    try {
        models::TagRepository(m_workspace.connection())
            .setTags(m_id, m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts), QStringLiteral("rep"),
                     Clock::instance().nowMs());
        refresh();
    } catch (const models::StoreError& error) {
        refresh();
        showError(this, tr("Could not save the tags"), error.message());
    }
}

void ProspectDetailPanel::logCall(const QString& note)
{
    if (m_id == 0 || note.trimmed().isEmpty()) {
        return;
    }
    try {
        models::ActivityRepository(m_workspace.connection())
            .log(m_id, QStringLiteral("call.logged"), tr("Call: %1").arg(note.simplified()), QStringLiteral("rep"),
                 Clock::instance().nowMs());
        refresh();
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not log the call"), error.message());
    }
}

void ProspectDetailPanel::refreshResearch(int score)
{
    QStringList lines;
    try {
        const models::LeadScorer scorer(models::IdealCustomerProfile::load(m_workspace.connection()));
        const models::LeadScorer::Result r = scorer.score(models::LeadScorer::inputFor(m_workspace.connection(), m_id));
        lines.append(
            tr("<b>Score %1</b>").arg(score) + QStringLiteral(" — ")
            + (r.reasons.isEmpty() ? tr("nothing in common with the ideal customer (Settings) yet") : r.explanation())
                  .toHtmlEscaped());
        lines.append(ProspectPrediction::html(m_workspace.connection(), m_id));
        if (m_companyId > 0) {
            const QList<models::CompanyResearchRepository::Fact> facts
                = models::CompanyResearchRepository(m_workspace.connection()).facts(m_companyId);
            const QLocale locale;
            for (const auto& f : facts) {
                QString value = f.value;
                if (value.startsWith(QLatin1Char('[')) || value.startsWith(QLatin1Char('{'))) {
                    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
                    QStringList items;
                    if (doc.isArray()) {
                        for (const QJsonValue& v : doc.array()) {
                            items.append(v.toString());
                        }
                    } else {
                        const QJsonObject o = doc.object();
                        for (auto it = o.begin(); it != o.end(); ++it) {
                            items.append(it.value().toString());
                        }
                    }
                    value = items.join(QStringLiteral(", "));
                }
                lines.append(tr("%1: %2", "a fact: its name and its value")
                                 .arg(factLabel(f.field).toHtmlEscaped(), value.left(300).toHtmlEscaped())
                             + QStringLiteral(" <span style=\"color:gray\">(%1, %2)</span>")
                                   .arg(QUrl(f.sourceUrl).path().toHtmlEscaped(),
                                        locale.toString(QDateTime::fromMSecsSinceEpoch(f.fetchedAt).date(),
                                                        QLocale::ShortFormat)));
            }
            if (facts.isEmpty()) {
                lines.append(tr("Not researched yet."));
            }
        }
    } catch (const models::StoreError& error) {
        lines.append(error.message().toHtmlEscaped());
    }
    m_research->setText(lines.join(QStringLiteral("<br>")));
}

QString ProspectDetailPanel::factLabel(const QString& field)
{
    static const QHash<QString, const char*> labels {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("description"), QT_TR_NOOP("About")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("phones"), QT_TR_NOOP("Phones")},
        {QStringLiteral("emails"), QT_TR_NOOP("Public emails")},
        {QStringLiteral("social"), QT_TR_NOOP("Profiles")},
        {QStringLiteral("technologies"), QT_TR_NOOP("Technologies")},
        {QStringLiteral("size_hint"), QT_TR_NOOP("Employees")},
        {QStringLiteral("employees"), QT_TR_NOOP("Stated headcount")},
    };
    const char* label = labels.value(field, nullptr);
    return label != nullptr ? tr(label) : field;
}

void ProspectDetailPanel::researchCompany()
{
    if (m_id == 0) {
        return;
    }
    try {
        models::JobRepository(m_workspace.connection())
            .enqueue(models::CompanyResearchRepository::prospectJob(m_id), Clock::instance().nowMs());
        m_research->setText(m_research->text() + QStringLiteral("<br><i>") + tr("Research queued: see Agents.")
                            + QStringLiteral("</i>"));
    } catch (const models::StoreError& error) {
        m_research->setText(error.message().toHtmlEscaped());
    }
}

void ProspectDetailPanel::refresh()
{
    std::optional<models::Prospect> p;
    QList<models::Activity> timeline;
    QList<QPair<QString, QString>> stages;
    try {
        const models::ProspectRepository repo(m_workspace.connection());
        if (m_id > 0) {
            p = repo.find(m_id);
            timeline = models::ActivityRepository(m_workspace.connection()).timeline(m_id);
        }
        stages = models::StageRepository(m_workspace.connection()).list();
    } catch (const models::StoreError& error) {
        m_company->setText(error.message());
    }
    setEnabled(p.has_value());
    if (!p) {
        m_id = 0;
        m_name->setText(tr("No prospect selected"));
        m_company->clear();
        for (QLineEdit* edit : std::as_const(m_fields)) {
            edit->clear();
        }
        m_savedFields.clear();
        m_tags->clear();
        m_savedTags.clear();
        m_notes->clear();
        m_savedNotes.clear();
        m_timeline->clear();
        m_research->clear();
        m_companyId = 0;
        m_sequences->showProspect(0, QString());
        refreshTasks();
        return;
    }
    m_companyId = p->companyId;
    refreshResearch(p->score);
    m_name->setText(p->fullName().isEmpty() ? p->email : p->fullName());
    const QLocale::Territory territory = QLocale::codeToTerritory(p->country);
    QStringList company {p->companyName, p->companyDomain,
                         territory == QLocale::AnyTerritory ? p->country : QLocale::territoryToString(territory)};
    company.removeAll(QString());
    m_company->setText(company.isEmpty() ? tr("No company") : company.join(QStringLiteral(" · ")));
    m_savedFields = {
        {QStringLiteral("first_name"), p->firstName}, {QStringLiteral("last_name"), p->lastName},
        {QStringLiteral("email"), p->email},          {QStringLiteral("title"), p->title},
        {QStringLiteral("phone"), p->phone},          {QStringLiteral("deal_value"), formatMoney(p->dealValueCents)}};
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        it.value()->setText(m_savedFields.value(it.key()));
        it.value()->setCursorPosition(0);
    }
    m_stage->clear();
    for (const auto& [key, name] : stages) {
        m_stage->addItem(models::ProspectTableModel::stageLabel(key, name), key);
    }
    m_stage->setCurrentIndex(m_stage->findData(p->status));
    m_savedTags = p->tags.join(QStringLiteral(", "));
    m_tags->setText(m_savedTags);
    m_savedNotes = p->notes;
    m_notes->setPlainText(p->notes);
    m_timeline->clear();
    const QLocale locale;
    for (const auto& a : timeline) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2 (%3)")
                .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(a.occurredAt), QLocale::ShortFormat), a.summary,
                     a.actor),
            m_timeline);
        if (a.refTable == QLatin1String("form_submissions")) {
            // A contact form: what was filled in the tooltip, the screenshot a double-click away.
            try {
                if (const auto s = models::FormSubmissionRepository(m_workspace.connection()).find(a.refId)) {
                    QStringList lines;
                    for (const QJsonValue& v : s->fields) {
                        const QJsonObject f = v.toObject();
                        if (f.value(QStringLiteral("filled")).toBool()) {
                            const QString label = f.value(QStringLiteral("label")).toString();
                            lines << tr("%1: %2", "a form field: its label and the value sent")
                                         .arg(label.isEmpty() ? f.value(QStringLiteral("name")).toString() : label,
                                              f.value(QStringLiteral("value")).toString().left(200));
                        }
                    }
                    if (!s->screenshot.isEmpty()) {
                        item->setData(Qt::UserRole, QDir(m_workspace.directory()).filePath(s->screenshot));
                        lines << QString() << tr("Double-click to see the screenshot.");
                    }
                    item->setToolTip(lines.join(QLatin1Char('\n')));
                }
            } catch (const models::StoreError&) {
                // The line stays, without its details.
            }
        }
    }
    if (timeline.isEmpty()) {
        m_timeline->addItem(tr("Nothing has happened with this prospect yet."));
    }
    m_sequences->showProspect(m_id, p->country);
    refreshTasks();
}

void ProspectDetailPanel::refreshTasks()
{
    m_refreshingTasks = true;
    m_tasks->clear();
    QList<models::Task> list;
    if (m_id > 0) {
        try {
            list = models::TaskRepository(m_workspace.connection()).forProspect(m_id);
        } catch (const models::StoreError& error) {
            m_tasks->addItem(error.message());
        }
    }
    const QLocale locale;
    const QDate today = QDateTime::fromMSecsSinceEpoch(Clock::instance().nowMs()).date();
    int open = 0;
    for (const auto& task : list) {
        QString text = task.title;
        if (task.dueAt > 0) {
            const QDate due = QDateTime::fromMSecsSinceEpoch(task.dueAt).date();
            text = tr("%1 — due %2").arg(task.title, locale.toString(due, QLocale::ShortFormat));
            if (task.doneAt == 0 && task.skippedAt == 0 && due < today) {
                text = tr("%1 — overdue since %2").arg(task.title, locale.toString(due, QLocale::ShortFormat));
            }
        }
        auto* item = new QListWidgetItem(text, m_tasks);
        item->setData(Qt::UserRole, task.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(task.doneAt > 0 ? Qt::Checked : Qt::Unchecked);
        if (task.skippedAt > 0) {
            item->setText(tr("%1 — skipped").arg(task.title));
        }
        if (task.doneAt > 0 || task.skippedAt > 0) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        } else {
            ++open;
            if (task.dueAt > 0 && QDateTime::fromMSecsSinceEpoch(task.dueAt).date() < today) {
                item->setForeground(QColor(0xB0, 0x2A, 0x2A));
            }
        }
    }
    if (list.isEmpty() && m_id > 0) {
        // Not a blank list: what goes here and how.
        auto* none = new QListWidgetItem(tr("No tasks yet. Type one below — a call to make, a document to send — "
                                            "and give it a due date."),
                                         m_tasks);
        none->setFlags(Qt::NoItemFlags);
        none->setForeground(palette().color(QPalette::PlaceholderText));
        none->setData(Qt::UserRole, 0);
    }
    m_tabs->setTabText(1, open > 0 ? tr("Tasks (%1)").arg(open) : tr("Tasks"));
    m_newTaskDue->setDate(today.addDays(1));
    m_refreshingTasks = false;
}

void ProspectDetailPanel::addTask()
{
    if (m_id == 0 || m_newTask->text().trimmed().isEmpty()) {
        return;
    }
    const QDateTime due(m_newTaskDue->date(), QTime(9, 0));
    try {
        models::TaskRepository(m_workspace.connection())
            .add(m_id, m_newTask->text(), due.toMSecsSinceEpoch(), QStringLiteral("rep"), Clock::instance().nowMs());
        m_newTask->clear();
        refresh();
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not add the task"), error.message());
    }
}

void ProspectDetailPanel::taskToggled(QListWidgetItem* item)
{
    if (m_refreshingTasks || item == nullptr) {
        return;
    }
    try {
        models::TaskRepository(m_workspace.connection())
            .setDone(item->data(Qt::UserRole).toLongLong(), item->checkState() == Qt::Checked, QStringLiteral("rep"),
                     Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not update the task"), error.message());
    }
    // Later: the list is rebuilt, and this item with it.
    QMetaObject::invokeMethod(this, &ProspectDetailPanel::refresh, Qt::QueuedConnection);
}

} // namespace sc::ui
