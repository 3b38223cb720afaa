#include "TemplateEditor.h"

#include "TemplateLabels.h"
#include "agents/conversation/templates/TemplateVariables.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sc::ui {

namespace {

void fill(QComboBox* combo, const QStringList& keys, QString (*label)(const QString&))
{
    for (const QString& key : keys) {
        combo->addItem(label(key), key);
    }
}

void select(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace

TemplateEditor::TemplateEditor(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_insert(new QToolButton(this))
    , m_problem(new QLabel(this))
    , m_revert(new QPushButton(tr("Discard changes"), this))
    , m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("templateEditor"));
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setPlaceholderText(tr("e.g. Intro after a webinar"));
    m_category->setObjectName(QStringLiteral("templateCategory"));
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_format->setObjectName(QStringLiteral("templateFormat"));
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_subject->setPlaceholderText(tr("e.g. A question for {{company}}"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setPlaceholderText(tr("Hi {{first_name}},\n\nWrite the email as you would send it; Insert variable "
                                  "puts in what differs from one prospect to the next."));
    m_body->setTabChangesFocus(true);
    fill(m_category, models::EmailTemplate::categories(), &TemplateLabels::category);
    fill(m_language, models::EmailTemplate::languages(), &TemplateLabels::language);
    fill(m_format, models::EmailTemplate::formats(), &TemplateLabels::format);
    for (QComboBox* combo : {m_category, m_language, m_format}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }

    m_insert->setObjectName(QStringLiteral("insertVariableButton"));
    m_insert->setText(tr("Insert variable"));
    m_insert->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_insert->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_insert);
    menu->setObjectName(QStringLiteral("insertVariableMenu"));
    for (const QString& name : agents::conversation::TemplateVariables::names()) {
        QAction* action = menu->addAction(QStringLiteral("%1\t{{%2}}").arg(TemplateLabels::variable(name), name));
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] { insertVariable(name); });
    }
    m_insert->setMenu(menu);
    m_insert->setToolTip(tr("Puts a value of the prospect or of you where the cursor is, in the subject or the "
                            "body"));
    m_subject->installEventFilter(this);
    m_body->installEventFilter(this);

    m_problem->setObjectName(QStringLiteral("templateProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revertTemplateButton"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Subject:"), m_subject);

    auto* bodyRow = new QHBoxLayout;
    auto* bodyLabel = new QLabel(tr("Body:"), this);
    bodyLabel->setBuddy(m_body);
    bodyRow->addWidget(bodyLabel);
    bodyRow->addStretch(1);
    bodyRow->addWidget(m_insert);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(bodyRow);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    auto changed = [this] {
        if (m_loading) {
            return;
        }
        m_problem->hide();
        updateButtons();
        Q_EMIT edited();
    };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_subject, &QLineEdit::textChanged, this, changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, changed);
    for (QComboBox* combo : {m_category, m_language, m_format}) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    }
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::saveRequested);
    auto* saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QAction::triggered, this, [this] {
        if (m_save->isEnabled()) {
            Q_EMIT saveRequested();
        }
    });
    addAction(saveShortcut);
    m_save->setToolTip(QStringLiteral("%1 (%2)").arg(
        m_save->text(), QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_revert, &QPushButton::clicked, this, &TemplateEditor::revertRequested);
    updateButtons();
}

void TemplateEditor::setTemplate(const models::EmailTemplate& t)
{
    m_loading = true;
    m_loaded = t;
    m_name->setText(t.name);
    select(m_category, t.category);
    select(m_language, t.language);
    select(m_format, t.format);
    m_subject->setText(t.subject);
    m_subject->setCursorPosition(0); // the start of a long subject, not its end
    m_body->setPlainText(t.body);
    m_loading = false;
    m_problem->hide();
    updateButtons();
    Q_EMIT edited();
}

models::EmailTemplate TemplateEditor::current() const
{
    models::EmailTemplate t = m_loaded;
    t.name = m_name->text().trimmed();
    t.category = m_category->currentData().toString();
    t.language = m_language->currentData().toString();
    t.format = m_format->currentData().toString();
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    return t;
}

bool TemplateEditor::isDirty() const
{
    const models::EmailTemplate now = current();
    return m_loaded.id == 0 || now.name != m_loaded.name || now.category != m_loaded.category
        || now.language != m_loaded.language || now.format != m_loaded.format || now.subject != m_loaded.subject
        || now.body != m_loaded.body;
}

void TemplateEditor::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void TemplateEditor::insertVariable(const QString& name)
{
    const QString tag = QStringLiteral("{{%1}}").arg(name);
    if (m_lastInSubject) {
        m_subject->insert(tag);
        m_subject->setFocus();
    } else {
        m_body->insertPlainText(tag);
        m_body->setFocus();
    }
}

bool TemplateEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        m_lastInSubject = watched == m_subject;
    }
    return QWidget::eventFilter(watched, event);
}

void TemplateEditor::updateButtons()
{
    const bool dirty = isDirty();
    m_save->setEnabled(dirty);
    // A template not stored yet has nothing to go back to: the view's Cancel is Discard.
    m_revert->setEnabled(dirty);
}

} // namespace sc::ui
