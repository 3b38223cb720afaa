#include "DraftDetails.h"

#include "models/entities/Draft.h"

#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sc::ui {

namespace {
QLabel* muted(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QString cost(double dollars)
{
    // Drafts cost fractions of a cent: enough digits to tell one from another.
    return QStringLiteral("$") + QLocale().toString(dollars, 'f', dollars < 1 ? 4 : 2);
}

constexpr const char* Ungrounded = "#fff176"; // yellow: a figure or name to check
constexpr const char* Unresolved = "#ffcc80"; // orange: a template value with nothing in it
} // namespace

DraftDetails::DraftDetails(QWidget* parent)
    : QWidget(parent)
    , m_model(muted(QStringLiteral("draftModel"), this))
    , m_sources(muted(QStringLiteral("draftSources"), this))
    , m_instruction(muted(QStringLiteral("draftInstruction"), this))
    , m_check(new QLabel(this))
    , m_body(new QTextBrowser(this))
{
    m_check->setObjectName(QStringLiteral("draftCheck"));
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::RichText);
    m_check->setStyleSheet(QStringLiteral("QLabel { background: #fff8e1; border: 1px solid #f0c36d; border-radius: "
                                          "4px; padding: 6px; color: #5d4300; }"));
    m_check->hide();
    m_body->setObjectName(QStringLiteral("draftBody"));
    m_body->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_model);
    layout->addWidget(m_sources);
    layout->addWidget(m_instruction);
    layout->addWidget(m_check);
    layout->addWidget(m_body, 1);
}

QString DraftDetails::modelLine(const models::Draft& draft)
{
    if (draft.model.isEmpty()) {
        return {};
    }
    const QLocale locale;
    QString who = draft.model;
    if (!draft.provider.isEmpty() && draft.provider.compare(draft.model, Qt::CaseInsensitive) != 0) {
        who = tr("%1 (%2)", "model (provider)").arg(draft.model, draft.provider);
    }
    return tr("%1 · %2 in / %3 out · %4")
        .arg(who, locale.toString(draft.inputTokens), locale.toString(draft.outputTokens),
             draft.cost > 0 ? cost(draft.cost) : tr("no cost"));
}

void DraftDetails::clear()
{
    for (QLabel* label : {m_model, m_sources, m_instruction, m_check}) {
        label->clear();
        label->hide();
    }
    m_body->clear();
}

void DraftDetails::showStreaming(const QString& text)
{
    m_check->hide();
    m_body->setPlainText(text);
    m_body->moveCursor(QTextCursor::End);
}

void DraftDetails::showDraft(const models::Draft& draft)
{
    const QString model = modelLine(draft);
    if (!model.isEmpty()) {
        m_model->setText(tr("Written by %1").arg(model));
    } else if (!draft.templateName.isEmpty()) {
        m_model->setText(tr("From the template “%1”").arg(draft.templateName));
    } else {
        m_model->clear();
    }
    m_model->setVisible(!m_model->text().isEmpty());

    QStringList sources;
    for (const models::Draft::Source& source : draft.sources) {
        sources << tr("%1 (part %2)").arg(source.document).arg(source.chunk + 1);
    }
    sources.removeDuplicates();
    m_sources->setText(sources.isEmpty() ? QString() : tr("Sources: %1").arg(sources.join(QStringLiteral(", "))));
    m_sources->setVisible(!sources.isEmpty());

    m_instruction->setText(draft.instruction.isEmpty() ? QString()
                                                       : tr("Written again as you asked: “%1”").arg(draft.instruction));
    m_instruction->setVisible(!draft.instruction.isEmpty());

    QStringList ungrounded;
    QStringList lines;
    for (const models::Draft::Flag& flag : draft.flags) {
        if (flag.kind == QLatin1String("ungrounded")) {
            ungrounded << flag.text;
        } else if (flag.kind == QLatin1String("unresolved")) {
            lines << tr("Template value with nothing in it: %1").arg(flag.text).toHtmlEscaped();
        } else if (!flag.text.isEmpty()) { // "removed" and "interrupted" are sentences already
            lines << flag.text.toHtmlEscaped();
        }
    }
    ungrounded.removeDuplicates();
    if (!ungrounded.isEmpty()) {
        QStringList marked;
        for (const QString& text : std::as_const(ungrounded)) {
            marked << QStringLiteral("<span style=\"background:%1\">%2</span>")
                          .arg(QLatin1String(Ungrounded), text.toHtmlEscaped());
        }
        lines.prepend(tr("Check before approving: %1 — not in your documents").arg(marked.join(QStringLiteral(", "))));
    }
    lines.removeDuplicates();
    m_check->setText(lines.join(QStringLiteral("<br>")));
    m_check->setVisible(!lines.isEmpty());

    m_body->setPlainText(draft.body);
    highlight(draft);
}

void DraftDetails::highlight(const models::Draft& draft)
{
    QTextDocument* document = m_body->document();
    auto mark = [document](const QTextCursor& found, const char* colour) {
        QTextCharFormat format;
        format.setBackground(QColor(QLatin1String(colour)));
        format.setForeground(QColor(Qt::black)); // readable on yellow in a dark theme too
        QTextCursor cursor(found);
        cursor.mergeCharFormat(format);
    };
    QSet<QString> done;
    for (const models::Draft::Flag& flag : draft.flags) {
        if (flag.kind != QLatin1String("ungrounded") || flag.text.isEmpty() || done.contains(flag.text)) {
            continue;
        }
        done.insert(flag.text);
        QTextCursor cursor = document->find(flag.text, 0, QTextDocument::FindCaseSensitively);
        while (!cursor.isNull()) {
            mark(cursor, Ungrounded);
            cursor = document->find(flag.text, cursor, QTextDocument::FindCaseSensitively);
        }
    }
    // Any {{…}} left in the text, whether or not the flags name it.
    static const QRegularExpression tag(QStringLiteral("\\{\\{[^{}]*\\}\\}"));
    QTextCursor cursor = document->find(tag);
    while (!cursor.isNull()) {
        mark(cursor, Unresolved);
        cursor = document->find(tag, cursor);
    }
}

} // namespace sc::ui
