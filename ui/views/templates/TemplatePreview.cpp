#include "TemplatePreview.h"

#include "TemplateLabels.h"
#include "agents/conversation/templates/TemplateVariables.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/StoreError.h"
#include "ui/widgets/EmptyState.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace sc::ui {

using agents::conversation::TemplateRenderer;
using agents::conversation::TemplateVariables;

namespace {

constexpr int ProspectLimit = 50;
constexpr int NameRole = Qt::UserRole + 1;
constexpr int ToRole = Qt::UserRole + 2;

const char* const kWarningStyle = "QLabel { background: #fff4e0; color: #6b3d00; border: 1px solid #f0b35b; "
                                  "border-radius: 6px; padding: 8px; }";
const char* const kErrorStyle = "QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #e8a29c; "
                                "border-radius: 6px; padding: 8px; }";
const char* const kReadyStyle = "QLabel { color: #1e6b34; }";

} // namespace

TemplatePreview::TemplatePreview(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_debounce(new QTimer(this))
    , m_searchDebounce(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_search(new QLineEdit(this))
    , m_prospect(new QComboBox(this))
    , m_to(new QLabel(this))
    , m_subject(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_issues(new QLabel(this))
{
    setObjectName(QStringLiteral("templatePreview"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TemplatePreview::render);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(200);
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { fillProspects(m_search->text()); });

    auto* title = new QLabel(tr("Preview"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_search->setObjectName(QStringLiteral("previewProspectSearch"));
    m_search->setPlaceholderText(tr("Find a prospect…"));
    m_search->setClearButtonEnabled(true);
    m_prospect->setObjectName(QStringLiteral("previewProspect"));
    m_prospect->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_prospect->setMinimumContentsLength(12);
    m_prospect->setPlaceholderText(tr("No prospect matches"));
    m_prospect->setToolTip(tr("The prospect the preview writes to"));
    m_to->setObjectName(QStringLiteral("previewTo"));
    m_to->setWordWrap(true);
    m_to->setForegroundRole(QPalette::PlaceholderText);
    m_subject->setObjectName(QStringLiteral("previewSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.15);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_body->setObjectName(QStringLiteral("previewBody"));
    m_body->setOpenLinks(false);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("previewIssues"));
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    m_issues->setStyleSheet(QString::fromLatin1(kWarningStyle));
    m_issues->hide();

    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_search);
    pageLayout->addWidget(m_to);
    pageLayout->addWidget(m_subject);
    pageLayout->addWidget(m_body, 1);
    pageLayout->addWidget(m_status);
    pageLayout->addWidget(m_issues);
    m_stack->addWidget(page);
    m_stack->addWidget(m_empty);
    m_empty->setText(tr("No prospect to preview with"),
                     tr("Add a prospect or import a list in Prospects: the preview then shows this email as they "
                        "would receive it."));

    // The prospect beside the title, the search that narrows the list under them: both fit a narrow
    // column in French at 1024 px.
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addWidget(m_prospect, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_prospect, &QComboBox::currentIndexChanged, this, &TemplatePreview::render);
    reloadProspects();
}

void TemplatePreview::setTemplate(const models::EmailTemplate& t)
{
    m_template = t;
    m_debounce->start();
}

void TemplatePreview::reloadProspects()
{
    fillProspects(m_search->text());
}

void TemplatePreview::fillProspects(const QString& search)
{
    const qint64 chosen = currentProspectId();
    QList<models::Prospect> found;
    int total = 0;
    try {
        models::ProspectRepository prospects(m_workspace.connection());
        total = prospects.count();
        models::ProspectQuery query;
        query.search = search;
        found = prospects.page(query, 0, ProspectLimit);
    } catch (const models::StoreError&) {
        found.clear(); // the preview is a help: a store error shows as "no prospect", never a box
    }
    {
        const QSignalBlocker blocker(m_prospect);
        m_prospect->clear();
        int pick = -1;
        for (const models::Prospect& p : std::as_const(found)) {
            const QString name = p.fullName().isEmpty() ? p.email : p.fullName();
            m_prospect->addItem(p.companyName.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, p.companyName),
                                p.id);
            m_prospect->setItemData(m_prospect->count() - 1, name, NameRole);
            m_prospect->setItemData(m_prospect->count() - 1,
                                    p.email.isEmpty() ? name : QStringLiteral("%1 <%2>").arg(name, p.email), ToRole);
            if (p.id == chosen) {
                pick = m_prospect->count() - 1;
            }
        }
        // The first with a first name shows best what the template does with one.
        for (int i = 0; pick < 0 && i < found.size(); ++i) {
            if (!found.at(i).firstName.trimmed().isEmpty()) {
                pick = i;
            }
        }
        m_prospect->setCurrentIndex(pick >= 0 ? pick : (found.isEmpty() ? -1 : 0));
    }
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget*>(m_empty) : m_stack->widget(0));
    m_prospect->setVisible(total > 0);
    render();
}

bool TemplatePreview::selectProspect(qint64 id)
{
    const int index = m_prospect->findData(id);
    if (index < 0) {
        return false;
    }
    m_prospect->setCurrentIndex(index);
    render();
    return true;
}

qint64 TemplatePreview::currentProspectId() const
{
    return m_prospect->currentIndex() >= 0 ? m_prospect->currentData().toLongLong() : 0;
}

QString TemplatePreview::subjectText() const
{
    return m_subject->text();
}

QString TemplatePreview::bodyText() const
{
    return m_body->toPlainText();
}

QStringList TemplatePreview::issues() const
{
    return m_issueLines;
}

bool TemplatePreview::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void TemplatePreview::render()
{
    m_debounce->stop();
    m_issueLines.clear();
    m_issues->hide();
    const qint64 id = currentProspectId();
    const bool blank = m_template.subject.trimmed().isEmpty() && m_template.body.trimmed().isEmpty();
    if (id == 0 || blank) {
        m_to->clear();
        m_subject->clear();
        m_body->clear();
        m_status->setStyleSheet(QString());
        m_status->setText(id == 0 ? tr("Choose a prospect to see this email as they would receive it.")
                                  : tr("Write a subject and a body: the email shows here as you type."));
        return;
    }
    const QString who = m_prospect->currentData(NameRole).toString();
    std::optional<TemplateRenderer::Email> email;
    try {
        const QSqlDatabase db = m_workspace.connection();
        email = TemplateVariables::draft(db, m_template, id, TemplateVariables::sender(db));
    } catch (const models::StoreError&) {
        email.reset();
    }
    if (!email) {
        m_status->setText(tr("This prospect is no longer in the workspace: choose another."));
        return;
    }
    m_to->setText(tr("To: %1").arg(m_prospect->currentData(ToRole).toString()));
    if (!email->error.isEmpty()) {
        const bool inSubject = email->error.startsWith(QLatin1String("subject: "));
        const QString raw = email->error.section(QLatin1String(": "), 1);
        m_issueLines.append(TemplateLabels::syntaxError(raw, inSubject));
        m_subject->clear();
        m_body->clear();
        m_status->setStyleSheet(QString::fromLatin1(kErrorStyle));
        m_status->setText(tr("This template cannot be read yet: %1").arg(m_issueLines.first()));
        return;
    }
    m_subject->setText(email->subject.trimmed().isEmpty() ? tr("(no subject)") : email->subject);
    if (m_template.format == QLatin1String("html")) {
        m_body->setHtml(email->body);
    } else {
        m_body->setPlainText(email->body);
    }
    for (const QString& name : std::as_const(email->unresolved)) {
        m_issueLines.append(
            email->unknown.contains(name)
                ? tr("{{%1}} is not a variable: check its spelling, or pick one from Insert variable.").arg(name)
                : tr("{{%1}} has no value for %2.").arg(name, who));
    }
    if (m_issueLines.isEmpty()) {
        m_status->setStyleSheet(QString::fromLatin1(kReadyStyle));
        m_status->setText(tr("Ready: every variable has a value for %1.").arg(who));
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->clear();
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin: 4px 0 0 -20px;\">")
                       .arg(tr("Not ready for %1: a draft made from this template cannot be approved until every "
                               "variable has a value.")
                                .arg(who)
                                .toHtmlEscaped());
    for (const QString& line : std::as_const(m_issueLines)) {
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    html += QStringLiteral("</ul><span>%1</span>")
                .arg(tr("Tip: {{#title}}as {{title}}{{/title}} writes its words only when there is a value.")
                         .toHtmlEscaped());
    m_issues->setText(html);
    m_issues->show();
}

} // namespace sc::ui
