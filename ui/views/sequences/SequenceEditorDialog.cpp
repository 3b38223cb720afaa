#include "SequenceEditorDialog.h"

#include "SequenceStepEditor.h"
#include "SequenceText.h"
#include "models/Clock.h"
#include "models/entities/EmailTemplate.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/SequenceRepository.h"
#include "models/repositories/TemplateRepository.h"
#include "models/store/StoreError.h"
#include "ui/views/templates/TemplateLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace sc::ui {

namespace {

QString stopLabel(const QString& key)
{
    if (key == QLatin1String("reply")) {
        return SequenceEditorDialog::tr("They reply");
    }
    if (key == QLatin1String("bounce")) {
        return SequenceEditorDialog::tr("An email bounces");
    }
    if (key == QLatin1String("unsubscribe")) {
        return SequenceEditorDialog::tr("They unsubscribe");
    }
    if (key == QLatin1String("complaint")) {
        return SequenceEditorDialog::tr("They report spam");
    }
    if (key == QLatin1String("meeting")) {
        return SequenceEditorDialog::tr("A meeting is booked");
    }
    return key;
}

QJsonObject newStep(const QString& channel)
{
    if (channel == QLatin1String("wait")) {
        return {{QStringLiteral("channel"), channel}, {QStringLiteral("business_days"), 3}};
    }
    if (channel == QLatin1String("task")) {
        return {{QStringLiteral("channel"), channel},
                {QStringLiteral("kind"), QStringLiteral("call")},
                {QStringLiteral("title"), QStringLiteral("Call {{first_name}}")}};
    }
    if (channel == QLatin1String("email")) {
        // Nothing leaves without the rep until they say so.
        return {{QStringLiteral("channel"), channel},
                {QStringLiteral("variants"),
                 QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("A")},
                                          {QStringLiteral("weight"), 50},
                                          {QStringLiteral("subject"), QString()},
                                          {QStringLiteral("body"), QString()}}}},
                {QStringLiteral("approval"), QStringLiteral("required")}};
    }
    return {{QStringLiteral("channel"), channel}};
}

} // namespace

SequenceEditorDialog::SequenceEditorDialog(const models::Workspace& workspace, qint64 id,
                                           const models::SequenceDefinition& definition, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_id(id)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_holidays(new QListWidget(this))
    , m_holiday(new QDateEdit(this))
    , m_perDay(new QSpinBox(this))
    , m_spacing(new QSpinBox(this))
    , m_stopCompany(new QCheckBox(tr("A reply from a colleague at the same company stops the whole company"), this))
    , m_stepList(new QListWidget(this))
    , m_stepEditor(new SequenceStepEditor(this))
    , m_addStep(new QToolButton(this))
    , m_removeStep(new QPushButton(tr("Remove"), this))
    , m_stepUp(new QPushButton(tr("Move up"), this))
    , m_stepDown(new QPushButton(tr("Move down"), this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("sequenceEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(id == 0 ? tr("New sequence") : tr("Edit sequence"));
    resize(900, 660);

    m_tabs->setObjectName(QStringLiteral("sequenceEditorTabs"));
    m_tabs->addTab(buildSchedule(), tr("Schedule and rules"));
    m_tabs->addTab(buildSteps(), tr("Steps"));
    m_error->setObjectName(QStringLiteral("sequenceEditorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_save->setObjectName(QStringLiteral("saveSequenceButton"));
    m_save->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SequenceEditorDialog::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load(definition);
}

QWidget* SequenceEditorDialog::buildSchedule()
{
    auto* page = new QWidget(this);
    m_name->setObjectName(QStringLiteral("sequenceName"));
    m_name->setPlaceholderText(tr("e.g. Outbound Q1"));
    m_account->setObjectName(QStringLiteral("sequenceAccount"));
    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setObjectName(QStringLiteral("sequenceTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& zone : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromUtf8(zone));
    }
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setToolTip(tr("For prospects whose own time zone is not known"));

    auto* days = new QHBoxLayout;
    for (const QString& key : models::SequenceDefinition::dayNames()) {
        auto* box = new QCheckBox(SequenceText::day(key), this);
        box->setObjectName(QStringLiteral("day_%1").arg(key));
        box->setProperty("key", key);
        m_days.append(box);
        days->addWidget(box);
    }
    days->addStretch(1);
    m_start->setObjectName(QStringLiteral("sequenceStart"));
    m_end->setObjectName(QStringLiteral("sequenceEnd"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_end);
    hours->addWidget(new QLabel(tr("in the prospect's own time zone"), this), 1);

    m_holidays->setObjectName(QStringLiteral("sequenceHolidays"));
    m_holidays->setMaximumHeight(90);
    m_holiday->setCalendarPopup(true);
    m_holiday->setDate(QDate::currentDate());
    auto* addHoliday = new QPushButton(tr("Add"), this);
    auto* removeHoliday = new QPushButton(tr("Remove"), this);
    connect(addHoliday, &QPushButton::clicked, this, [this] {
        const QString iso = m_holiday->date().toString(Qt::ISODate);
        if (m_holidays->findItems(QLocale().toString(m_holiday->date(), QLocale::ShortFormat), Qt::MatchExactly)
                .isEmpty()) {
            auto* item = new QListWidgetItem(QLocale().toString(m_holiday->date(), QLocale::ShortFormat), m_holidays);
            item->setData(Qt::UserRole, iso);
        }
    });
    connect(removeHoliday, &QPushButton::clicked, this, [this] { delete m_holidays->currentItem(); });
    auto* holidayButtons = new QVBoxLayout;
    holidayButtons->addWidget(m_holiday);
    holidayButtons->addWidget(addHoliday);
    holidayButtons->addWidget(removeHoliday);
    holidayButtons->addStretch(1);
    auto* holidays = new QHBoxLayout;
    holidays->addWidget(m_holidays, 1);
    holidays->addLayout(holidayButtons);

    m_perDay->setObjectName(QStringLiteral("sequencePerDay"));
    m_perDay->setRange(1, 10000);
    m_perDay->setSuffix(tr(" emails a day"));
    m_spacing->setObjectName(QStringLiteral("sequenceSpacing"));
    m_spacing->setRange(0, 86400);
    m_spacing->setSuffix(tr(" s between two"));
    auto* caps = new QHBoxLayout;
    caps->addWidget(m_perDay);
    caps->addWidget(m_spacing);
    caps->addStretch(1);

    auto* stopBox = new QGroupBox(tr("Stop a prospect's sequence when"), this);
    auto* stopLayout = new QVBoxLayout(stopBox);
    auto* stopRow = new QHBoxLayout;
    for (const QString& key : models::SequenceDefinition::stopReasons()) {
        auto* box = new QCheckBox(stopLabel(key), this);
        box->setObjectName(QStringLiteral("stop_%1").arg(key));
        box->setProperty("key", key);
        m_stopOn.append(box);
        stopRow->addWidget(box);
    }
    stopRow->addStretch(1);
    stopLayout->addLayout(stopRow);
    m_stopCompany->setObjectName(QStringLiteral("sequenceStopCompany"));
    stopLayout->addWidget(m_stopCompany);
    auto* note = new QLabel(tr("Won, lost and do-not-contact always end outreach; an out-of-office reply pauses the "
                               "prospect until they are back."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    stopLayout->addWidget(note);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Send from:"), m_account);
    form->addRow(tr("Time zone:"), m_timeZone);
    form->addRow(tr("Business days:"), days);
    form->addRow(tr("Business hours:"), hours);
    form->addRow(tr("Holidays:"), holidays);
    form->addRow(tr("At most:"), caps);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(stopBox);
    layout->addStretch(1);
    return page;
}

QWidget* SequenceEditorDialog::buildSteps()
{
    auto* page = new QWidget(this);
    m_stepList->setObjectName(QStringLiteral("sequenceStepList"));
    m_stepList->setWordWrap(true); // a long task title takes a second line, never a sideways scroll
    m_stepList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stepList->setSpacing(2);
    m_stepList->setMinimumWidth(240);
    m_addStep->setObjectName(QStringLiteral("addStepButton"));
    m_addStep->setText(tr("Add step"));
    m_addStep->setPopupMode(QToolButton::InstantPopup);
    m_addStep->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addStep->setMinimumHeight(m_removeStep->sizeHint().height());
    auto* menu = new QMenu(m_addStep);
    for (const char* key : {"email", "wait", "task", "form"}) {
        const QString channel = QLatin1String(key);
        menu->addAction(SequenceText::channel(channel), this, [this, channel] { addStep(channel); });
    }
    m_addStep->setMenu(menu);
    m_removeStep->setObjectName(QStringLiteral("removeStepButton"));
    m_stepUp->setObjectName(QStringLiteral("stepUpButton"));
    m_stepDown->setObjectName(QStringLiteral("stepDownButton"));
    connect(m_removeStep, &QPushButton::clicked, this, &SequenceEditorDialog::removeCurrentStep);
    connect(m_stepUp, &QPushButton::clicked, this, [this] { moveCurrentStep(-1); });
    connect(m_stepDown, &QPushButton::clicked, this, [this] { moveCurrentStep(1); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addStep);
    buttons->addWidget(m_removeStep);
    buttons->addStretch(1);
    buttons->addWidget(m_stepUp);
    buttons->addWidget(m_stepDown);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_stepList, 1);
    leftLayout->addLayout(buttons);

    QList<QPair<QString, QString>> choices;
    for (const QString& key : models::EmailTemplate::categories()) {
        choices.append({tr("%1 (category)").arg(TemplateLabels::category(key)), key});
    }
    try {
        QSet<QString> names;
        for (const models::EmailTemplate& t : models::TemplateRepository(m_workspace.connection()).list()) {
            if (!names.contains(t.name)) {
                names.insert(t.name);
                choices.append({t.name, t.name});
            }
        }
    } catch (const models::StoreError&) {
        // The categories still work; the names come back when the store does.
    }
    m_stepEditor->setTemplateChoices(choices);
    connect(m_stepEditor, &SequenceStepEditor::changed, this, &SequenceEditorDialog::stepEdited);
    connect(m_stepList, &QListWidget::currentRowChanged, this, &SequenceEditorDialog::showStep);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_stepEditor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 560});
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

void SequenceEditorDialog::load(const models::SequenceDefinition& definition)
{
    m_loading = true;
    m_extra = definition.extra; // the fields this version does not know, kept as they were
    m_name->setText(definition.name);
    m_account->addItem(tr("The first mailbox"), QString());
    try {
        for (const models::MailAccount& a : models::MailAccountRepository(m_workspace.connection()).list()) {
            const QString key = a.displayName.isEmpty() ? a.email : a.displayName;
            m_account->addItem(
                a.displayName.isEmpty() ? a.email : QStringLiteral("%1 <%2>").arg(a.displayName, a.email), key);
        }
    } catch (const models::StoreError&) {
        // The rep may still type the mailbox's name.
    }
    if (const int index = m_account->findData(definition.account, Qt::UserRole, Qt::MatchFixedString); index >= 0) {
        m_account->setCurrentIndex(index);
    } else {
        m_account->addItem(definition.account, definition.account);
        m_account->setCurrentIndex(m_account->count() - 1);
    }
    m_timeZone->setCurrentIndex(m_timeZone->findText(definition.timezone));
    m_timeZone->setEditText(definition.timezone);
    for (QCheckBox* box : std::as_const(m_days)) {
        box->setChecked(definition.days.contains(box->property("key").toString()));
    }
    m_start->setTime(definition.start);
    m_end->setTime(definition.end);
    for (const QDate& date : definition.holidays) {
        auto* item = new QListWidgetItem(QLocale().toString(date, QLocale::ShortFormat), m_holidays);
        item->setData(Qt::UserRole, date.toString(Qt::ISODate));
    }
    m_perDay->setValue(definition.perDay);
    m_spacing->setValue(definition.minSpacingSeconds);
    for (QCheckBox* box : std::as_const(m_stopOn)) {
        box->setChecked(definition.stopOn.contains(box->property("key").toString()));
    }
    m_stopCompany->setChecked(definition.stopCompanyOnReply);
    const QJsonArray steps = definition.toJson().value(QStringLiteral("steps")).toArray();
    for (const QJsonValue& step : steps) {
        m_steps.append(step.toObject());
        m_stepList->addItem(QString());
    }
    m_loading = false;
    renumber();
    m_stepList->setCurrentRow(m_steps.isEmpty() ? -1 : 0);
    showStep(m_stepList->currentRow());
}

QJsonObject SequenceEditorDialog::json() const
{
    QJsonObject json = m_extra;
    json.insert(QStringLiteral("name"), m_name->text().trimmed());
    const int account = m_account->findText(m_account->currentText());
    const QString accountKey
        = account >= 0 ? m_account->itemData(account).toString() : m_account->currentText().trimmed();
    if (!accountKey.isEmpty()) {
        json.insert(QStringLiteral("account"), accountKey);
    }
    json.insert(QStringLiteral("timezone"), m_timeZone->currentText().trimmed());
    QStringList days;
    for (const QCheckBox* box : m_days) {
        if (box->isChecked()) {
            days.append(box->property("key").toString());
        }
    }
    json.insert(QStringLiteral("business_hours"),
                QJsonObject {{QStringLiteral("days"), QJsonArray::fromStringList(days)},
                             {QStringLiteral("start"), m_start->time().toString(QStringLiteral("HH:mm"))},
                             {QStringLiteral("end"), m_end->time().toString(QStringLiteral("HH:mm"))}});
    QStringList holidays;
    for (int i = 0; i < m_holidays->count(); ++i) {
        holidays.append(m_holidays->item(i)->data(Qt::UserRole).toString());
    }
    holidays.sort();
    json.insert(QStringLiteral("holidays"), QJsonArray::fromStringList(holidays));
    json.insert(QStringLiteral("caps"),
                QJsonObject {{QStringLiteral("per_day"), m_perDay->value()},
                             {QStringLiteral("min_spacing_seconds"), m_spacing->value()}});
    QStringList stopOn;
    for (const QCheckBox* box : m_stopOn) {
        if (box->isChecked()) {
            stopOn.append(box->property("key").toString());
        }
    }
    json.insert(QStringLiteral("stop_on"), QJsonArray::fromStringList(stopOn));
    json.insert(QStringLiteral("stop_company_on_reply"), m_stopCompany->isChecked());
    QJsonArray steps;
    for (const QJsonObject& step : m_steps) {
        steps.append(step);
    }
    json.insert(QStringLiteral("steps"), steps);
    return json;
}

void SequenceEditorDialog::showStep(int row)
{
    if (m_loading) {
        return;
    }
    m_currentStep = row;
    m_stepEditor->setEnabled(row >= 0 && row < m_steps.size());
    if (row >= 0 && row < m_steps.size()) {
        m_stepEditor->setStep(m_steps.at(row));
    }
    updateStepButtons();
}

void SequenceEditorDialog::stepEdited()
{
    if (m_currentStep < 0 || m_currentStep >= m_steps.size()) {
        return;
    }
    m_steps[m_currentStep] = m_stepEditor->json();
    m_stepList->item(m_currentStep)
        ->setText(QStringLiteral("%1. %2")
                      .arg(m_currentStep + 1)
                      .arg(SequenceStepEditor::summaryOf(m_steps.at(m_currentStep))));
}

void SequenceEditorDialog::renumber()
{
    for (int i = 0; i < m_steps.size(); ++i) {
        const QString text = QStringLiteral("%1. %2").arg(i + 1).arg(SequenceStepEditor::summaryOf(m_steps.at(i)));
        m_stepList->item(i)->setText(text);
        m_stepList->item(i)->setToolTip(text);
    }
    updateStepButtons();
}

void SequenceEditorDialog::updateStepButtons()
{
    const int row = m_stepList->currentRow();
    m_removeStep->setEnabled(row >= 0);
    m_stepUp->setEnabled(row > 0);
    m_stepDown->setEnabled(row >= 0 && row < m_steps.size() - 1);
    m_tabs->setTabText(1, tr("Steps (%1)").arg(m_steps.size()));
}

void SequenceEditorDialog::addStep(const QString& channel)
{
    const int row = m_stepList->currentRow() < 0 ? int(m_steps.size()) : m_stepList->currentRow() + 1;
    m_steps.insert(row, newStep(channel));
    m_stepList->insertItem(row, QString());
    renumber();
    m_stepList->setCurrentRow(row);
    showStep(row);
    m_tabs->setCurrentIndex(1);
}

void SequenceEditorDialog::removeCurrentStep()
{
    const int row = m_stepList->currentRow();
    if (row < 0) {
        return;
    }
    m_currentStep = -1;
    m_steps.removeAt(row);
    {
        const QSignalBlocker blocker(m_stepList);
        delete m_stepList->takeItem(row);
    }
    renumber();
    m_stepList->setCurrentRow(std::min(row, int(m_steps.size()) - 1));
    showStep(m_stepList->currentRow());
}

void SequenceEditorDialog::moveCurrentStep(int delta)
{
    const int row = m_stepList->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_steps.size()) {
        return;
    }
    m_steps.swapItemsAt(row, to);
    renumber();
    m_stepList->setCurrentRow(to);
}

QString SequenceEditorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SequenceEditorDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool SequenceEditorDialog::save()
{
    QString problem;
    const std::optional<models::SequenceDefinition> definition = models::SequenceDefinition::fromJson(json(), &problem);
    if (!definition) {
        showError(SequenceText::plainError(problem));
        static const QRegularExpression stepError(QStringLiteral("^steps\\[(\\d+)\\]"));
        if (const QRegularExpressionMatch m = stepError.match(problem); m.hasMatch()) {
            m_tabs->setCurrentIndex(1);
            m_stepList->setCurrentRow(m.captured(1).toInt());
        } else {
            m_tabs->setCurrentIndex(problem.startsWith(QLatin1String("a sequence needs at least one step")) ? 1 : 0);
        }
        return false;
    }
    try {
        models::SequenceRepository sequences(m_workspace.connection());
        if (const auto other = sequences.find(definition->name); other && other->id != m_id) {
            showError(tr("A sequence named “%1” already exists: choose another name.").arg(definition->name));
            m_tabs->setCurrentIndex(0);
            m_name->setFocus();
            return false;
        }
        const qint64 now = Clock::instance().nowMs();
        if (m_id == 0) {
            m_id = sequences.create(*definition, QStringLiteral("rep"), now);
        } else {
            sequences.update(m_id, *definition, QStringLiteral("rep"), now);
        }
    } catch (const models::StoreError& error) {
        showError(tr("Could not save the sequence: %1").arg(error.message()));
        return false;
    }
    showError({});
    Q_EMIT saved(m_id);
    accept();
    return true;
}

} // namespace sc::ui
