#include "SequenceStepEditor.h"

#include "SequenceText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sc::ui {

namespace {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SequenceStepEditor::SequenceStepEditor(QWidget* parent)
    : QWidget(parent)
    , m_channel(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_source(new QComboBox(this))
    , m_sourcePages(new QStackedWidget(this))
    , m_versions(new QTabWidget(this))
    , m_template(new QComboBox(this))
    , m_instruction(new QPlainTextEdit(this))
    , m_approval(new QComboBox(this))
    , m_waitDays(new QSpinBox(this))
    , m_taskKind(new QComboBox(this))
    , m_taskTitle(new QLineEdit(this))
{
    setObjectName(QStringLiteral("sequenceStepEditor"));
    m_channel->setObjectName(QStringLiteral("stepChannel"));
    for (const char* key : {"email", "wait", "task", "form"}) {
        m_channel->addItem(SequenceText::channel(QLatin1String(key)), QLatin1String(key));
    }

    // Email
    m_source->setObjectName(QStringLiteral("stepSource"));
    m_source->addItem(tr("Written here (two versions or more: an A/B test)"), int(Source::Versions));
    m_source->addItem(tr("A template from your library"), int(Source::Template));
    m_source->addItem(tr("Written by the AI for each prospect"), int(Source::Ai));
    m_versions->setObjectName(QStringLiteral("stepVersions"));
    m_versions->setDocumentMode(true);
    auto* addVersion = new QPushButton(tr("Add version"), this);
    addVersion->setObjectName(QStringLiteral("addVersionButton"));
    auto* removeVersion = new QPushButton(tr("Remove version"), this);
    removeVersion->setObjectName(QStringLiteral("removeVersionButton"));
    auto* versionsPage = new QWidget(this);
    auto* versionsLayout = new QVBoxLayout(versionsPage);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    versionsLayout->addWidget(m_versions, 1);
    auto* versionButtons = new QHBoxLayout;
    versionButtons->addWidget(hint(tr("Prospects are split between versions by weight. Subjects and bodies may use "
                                      "variables such as {{first_name}}."),
                                   this),
                              1);
    versionButtons->addWidget(addVersion);
    versionButtons->addWidget(removeVersion);
    versionsLayout->addLayout(versionButtons);
    m_template->setObjectName(QStringLiteral("stepTemplate"));
    m_template->setEditable(true);
    m_template->setInsertPolicy(QComboBox::NoInsert);
    auto* templatePage = new QWidget(this);
    auto* templateLayout = new QVBoxLayout(templatePage);
    templateLayout->setContentsMargins(0, 0, 0, 0);
    templateLayout->addWidget(m_template);
    templateLayout->addWidget(
        hint(tr("A category sends the template of that category in the prospect's language."), this));
    templateLayout->addStretch(1);
    m_instruction->setObjectName(QStringLiteral("stepInstruction"));
    m_instruction->setPlaceholderText(tr("What the AI should say, e.g. mention their new office (optional)"));
    auto* aiPage = new QWidget(this);
    auto* aiLayout = new QVBoxLayout(aiPage);
    aiLayout->setContentsMargins(0, 0, 0, 0);
    aiLayout->addWidget(m_instruction, 1);
    aiLayout->addWidget(hint(tr("The Conversation agent writes a draft for each prospect from their research."), this));
    m_sourcePages->addWidget(versionsPage);
    m_sourcePages->addWidget(templatePage);
    m_sourcePages->addWidget(aiPage);
    m_approval->setObjectName(QStringLiteral("stepApproval"));
    m_approval->addItem(tr("Waits in Approvals until you approve it"), true);
    m_approval->addItem(tr("Sent automatically"), false);
    auto* emailPage = new QWidget(this);
    auto* emailForm = new QFormLayout(emailPage);
    emailForm->setContentsMargins(0, 0, 0, 0);
    emailForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    emailForm->addRow(tr("Content:"), m_source);
    emailForm->addRow(m_sourcePages);
    emailForm->addRow(tr("Sending:"), m_approval);

    // Wait
    m_waitDays->setObjectName(QStringLiteral("stepWaitDays"));
    m_waitDays->setRange(0, 365);
    m_waitDays->setSuffix(tr(" business day(s)"));
    auto* waitPage = new QWidget(this);
    auto* waitForm = new QFormLayout(waitPage);
    waitForm->setContentsMargins(0, 0, 0, 0);
    waitForm->addRow(tr("Wait:"), m_waitDays);
    waitForm->addRow(hint(tr("Days outside the business days and holidays do not count. A reply during the wait stops "
                             "the sequence as the stop rules say."),
                          this));

    // Task
    m_taskKind->setObjectName(QStringLiteral("stepTaskKind"));
    for (const char* key : {"call", "linkedin", "custom"}) {
        m_taskKind->addItem(SequenceText::taskKind(QLatin1String(key)), QLatin1String(key));
    }
    m_taskTitle->setObjectName(QStringLiteral("stepTaskTitle"));
    m_taskTitle->setPlaceholderText(tr("e.g. Call {{first_name}}"));
    auto* taskPage = new QWidget(this);
    auto* taskForm = new QFormLayout(taskPage);
    taskForm->setContentsMargins(0, 0, 0, 0);
    taskForm->addRow(tr("Kind:"), m_taskKind);
    taskForm->addRow(tr("Title:"), m_taskTitle);
    taskForm->addRow(hint(tr("A task for you in Today; nothing is automated on LinkedIn."), this));

    // Form
    auto* formPage = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(hint(tr("The Form Filler fills the contact form of the prospect's company website, at its "
                                  "own pace; you check what it sends in Approvals."),
                               this));
    formLayout->addStretch(1);

    m_pages->addWidget(emailPage);
    m_pages->addWidget(waitPage);
    m_pages->addWidget(taskPage);
    m_pages->addWidget(formPage);
    auto* top = new QFormLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addRow(tr("Step:"), m_channel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    auto edited = [this] {
        if (!m_loading) {
            Q_EMIT changed();
        }
    };
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this, edited] {
        showChannel();
        edited();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this, edited] {
        m_sourcePages->setCurrentIndex(m_source->currentIndex());
        if (!m_loading && m_source->currentData().toInt() == int(Source::Ai)) {
            m_approval->setCurrentIndex(0); // an AI draft waits for the rep unless they say otherwise
        }
        edited();
    });
    connect(m_template, &QComboBox::currentTextChanged, this, edited);
    connect(m_instruction, &QPlainTextEdit::textChanged, this, edited);
    connect(m_approval, &QComboBox::currentIndexChanged, this, edited);
    connect(m_waitDays, &QSpinBox::valueChanged, this, edited);
    connect(m_taskKind, &QComboBox::currentIndexChanged, this, edited);
    connect(m_taskTitle, &QLineEdit::textChanged, this, edited);
    connect(addVersion, &QPushButton::clicked, this, &SequenceStepEditor::addVersion);
    connect(removeVersion, &QPushButton::clicked, this, &SequenceStepEditor::removeCurrentVersion);
    showChannel();
}

void SequenceStepEditor::setTemplateChoices(const QList<QPair<QString, QString>>& choices)
{
    const QString text = m_template->currentText();
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    for (const auto& [label, value] : choices) {
        m_template->addItem(label, value);
    }
    m_template->setEditText(text);
}

void SequenceStepEditor::showChannel()
{
    m_pages->setCurrentIndex(std::max(0, m_channel->currentIndex()));
}

void SequenceStepEditor::setStep(const QJsonObject& step)
{
    static const QStringList known {QStringLiteral("channel"),       QStringLiteral("variants"),
                                    QStringLiteral("template"),      QStringLiteral("ai"),
                                    QStringLiteral("instruction"),   QStringLiteral("approval"),
                                    QStringLiteral("business_days"), QStringLiteral("kind"),
                                    QStringLiteral("title")};
    m_loading = true;
    m_extra = QJsonObject();
    for (auto it = step.begin(); it != step.end(); ++it) {
        if (!known.contains(it.key())) {
            m_extra.insert(it.key(), it.value());
        }
    }
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(step.value(QStringLiteral("channel")).toString())));
    const QJsonArray variants = step.value(QStringLiteral("variants")).toArray();
    const QString templateName = step.value(QStringLiteral("template")).toString();
    const QJsonValue ai = step.value(QStringLiteral("ai"));
    const bool isAi = ai.isObject() || ai.toBool();
    const Source source = step.contains(QStringLiteral("variants")) ? Source::Versions
        : step.contains(QStringLiteral("template"))                 ? Source::Template
        : isAi                                                      ? Source::Ai
                                                                    : Source::Versions;
    m_source->setCurrentIndex(m_source->findData(int(source)));
    m_sourcePages->setCurrentIndex(m_source->currentIndex());
    while (m_versions->count() > 0) {
        QWidget* tab = m_versions->widget(0);
        m_versions->removeTab(0);
        delete tab;
    }
    for (const QJsonValue& v : variants) {
        const QJsonObject o = v.toObject();
        addVersionTab({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("weight")).toInt(1),
                       o.value(QStringLiteral("subject")).toString(), o.value(QStringLiteral("body")).toString()});
    }
    if (m_versions->count() > 0) {
        m_versions->setCurrentIndex(0);
    }
    const int templateIndex = m_template->findData(templateName);
    if (templateIndex >= 0) {
        m_template->setCurrentIndex(templateIndex);
    } else {
        m_template->setEditText(templateName);
    }
    m_instruction->setPlainText(ai.isObject() ? ai.toObject().value(QStringLiteral("instruction")).toString()
                                              : step.value(QStringLiteral("instruction")).toString());
    const QString approval
        = step.value(QStringLiteral("approval")).toString(isAi ? QStringLiteral("required") : QStringLiteral("auto"));
    m_approval->setCurrentIndex(approval == QLatin1String("required") ? 0 : 1);
    m_waitDays->setValue(step.value(QStringLiteral("business_days")).toInt(1));
    m_taskKind->setCurrentIndex(std::max(0, m_taskKind->findData(step.value(QStringLiteral("kind")).toString())));
    m_taskTitle->setText(step.value(QStringLiteral("title")).toString());
    showChannel();
    m_loading = false;
}

QJsonObject SequenceStepEditor::json() const
{
    QJsonObject json = m_extra;
    const QString channel = m_channel->currentData().toString();
    json.insert(QStringLiteral("channel"), channel);
    if (channel == QLatin1String("wait")) {
        json.insert(QStringLiteral("business_days"), m_waitDays->value());
    } else if (channel == QLatin1String("task")) {
        json.insert(QStringLiteral("kind"), m_taskKind->currentData().toString());
        json.insert(QStringLiteral("title"), m_taskTitle->text().trimmed());
    } else if (channel == QLatin1String("email")) {
        const auto source = Source(m_source->currentData().toInt());
        if (source == Source::Versions) {
            QJsonArray variants;
            for (int i = 0; i < m_versions->count(); ++i) {
                variants.append(QJsonObject {{QStringLiteral("name"), versionName(i)->text().trimmed()},
                                             {QStringLiteral("weight"), versionWeight(i)->value()},
                                             {QStringLiteral("subject"), versionSubject(i)->text()},
                                             {QStringLiteral("body"), versionBody(i)->toPlainText()}});
            }
            json.insert(QStringLiteral("variants"), variants);
        } else if (source == Source::Template) {
            // A choice from the list writes its value (a category key or a name); typed text is a name.
            const int index = m_template->findText(m_template->currentText());
            json.insert(QStringLiteral("template"),
                        index >= 0 ? m_template->itemData(index).toString() : m_template->currentText().trimmed());
        } else {
            const QString instruction = m_instruction->toPlainText().trimmed();
            json.insert(QStringLiteral("ai"),
                        instruction.isEmpty() ? QJsonValue(true)
                                              : QJsonValue(QJsonObject {{QStringLiteral("instruction"), instruction}}));
        }
        json.insert(QStringLiteral("approval"),
                    m_approval->currentData().toBool() ? QStringLiteral("required") : QStringLiteral("auto"));
    }
    return json;
}

QString SequenceStepEditor::summary() const
{
    return summaryOf(json());
}

QString SequenceStepEditor::summaryOf(const QJsonObject& json)
{
    models::SequenceStep step;
    step.channel = json.value(QStringLiteral("channel")).toString();
    step.businessDays = json.value(QStringLiteral("business_days")).toInt();
    step.taskKind = json.value(QStringLiteral("kind")).toString(QStringLiteral("custom"));
    step.title = json.value(QStringLiteral("title")).toString().trimmed();
    const QJsonValue ai = json.value(QStringLiteral("ai"));
    step.ai = ai.isObject() || ai.toBool();
    step.templateName = json.value(QStringLiteral("template")).toString();
    step.approval
        = json.value(QStringLiteral("approval")).toString(step.ai ? QStringLiteral("required") : QStringLiteral("auto"))
        == QLatin1String("required");
    for (const QJsonValue& v : json.value(QStringLiteral("variants")).toArray()) {
        step.variants.append(
            {v[QStringLiteral("name")].toString(), 1, v[QStringLiteral("subject")].toString().trimmed(), {}});
    }
    if (step.channel == QLatin1String("email") && step.variants.isEmpty() && step.templateName.isEmpty() && !step.ai) {
        return tr("Email (not written yet)");
    }
    if (step.channel == QLatin1String("email") && step.variants.size() == 1
        && step.variants.first().subject.isEmpty()) {
        return tr("Email (no subject yet)");
    }
    if (step.channel == QLatin1String("task") && step.title.isEmpty()) {
        return tr("Task (no title yet)");
    }
    return SequenceText::step(step);
}

void SequenceStepEditor::addVersionTab(const models::SequenceVariant& variant)
{
    auto* tab = new QWidget(m_versions);
    auto* name = new QLineEdit(variant.name, tab);
    name->setObjectName(QStringLiteral("versionName"));
    auto* weight = new QSpinBox(tab);
    weight->setObjectName(QStringLiteral("versionWeight"));
    weight->setRange(0, 1000);
    weight->setValue(variant.weight);
    weight->setToolTip(tr("Each version gets its weight's share of the prospects (0: none)"));
    auto* subject = new QLineEdit(variant.subject, tab);
    subject->setObjectName(QStringLiteral("versionSubject"));
    auto* body = new QPlainTextEdit(variant.body, tab);
    body->setObjectName(QStringLiteral("versionBody"));
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(name, 1);
    nameRow->addWidget(new QLabel(tr("Weight:"), tab));
    nameRow->addWidget(weight);
    auto* form = new QFormLayout(tab);
    form->setContentsMargins(0, 8, 0, 0);
    form->addRow(tr("Name:"), nameRow);
    form->addRow(tr("Subject:"), subject);
    form->addRow(tr("Body:"), body);
    const int index = m_versions->addTab(tab, variant.name);
    auto edited = [this] {
        if (!m_loading) {
            Q_EMIT changed();
        }
    };
    connect(name, &QLineEdit::textChanged, this, [this, tab, edited](const QString& text) {
        m_versions->setTabText(m_versions->indexOf(tab), text.trimmed().isEmpty() ? tr("(no name)") : text);
        edited();
    });
    connect(weight, &QSpinBox::valueChanged, this, edited);
    connect(subject, &QLineEdit::textChanged, this, edited);
    connect(body, &QPlainTextEdit::textChanged, this, edited);
    m_versions->setCurrentIndex(index);
}

QString SequenceStepEditor::freeVersionName() const
{
    QStringList taken;
    for (int i = 0; i < m_versions->count(); ++i) {
        taken.append(versionName(i)->text().trimmed().toUpper());
    }
    for (char c = 'A'; c <= 'Z'; ++c) {
        if (!taken.contains(QString(QLatin1Char(c)))) {
            return QString(QLatin1Char(c));
        }
    }
    return QString::number(m_versions->count() + 1);
}

void SequenceStepEditor::addVersion()
{
    models::SequenceVariant variant;
    variant.name = freeVersionName();
    variant.weight = 50;
    addVersionTab(variant);
    m_source->setCurrentIndex(m_source->findData(int(Source::Versions)));
    Q_EMIT changed();
}

void SequenceStepEditor::removeCurrentVersion()
{
    const int index = m_versions->currentIndex();
    if (index < 0) {
        return;
    }
    QWidget* tab = m_versions->widget(index);
    m_versions->removeTab(index);
    delete tab;
    Q_EMIT changed();
}

QLineEdit* SequenceStepEditor::versionName(int index) const
{
    QWidget* tab = m_versions->widget(index);
    return tab ? tab->findChild<QLineEdit*>(QStringLiteral("versionName")) : nullptr;
}

QSpinBox* SequenceStepEditor::versionWeight(int index) const
{
    QWidget* tab = m_versions->widget(index);
    return tab ? tab->findChild<QSpinBox*>(QStringLiteral("versionWeight")) : nullptr;
}

QLineEdit* SequenceStepEditor::versionSubject(int index) const
{
    QWidget* tab = m_versions->widget(index);
    return tab ? tab->findChild<QLineEdit*>(QStringLiteral("versionSubject")) : nullptr;
}

QPlainTextEdit* SequenceStepEditor::versionBody(int index) const
{
    QWidget* tab = m_versions->widget(index);
    return tab ? tab->findChild<QPlainTextEdit*>(QStringLiteral("versionBody")) : nullptr;
}

} // namespace sc::ui
