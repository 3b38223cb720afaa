#include "ReplyDraftBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace sc::ui {

ReplyDraftBar::ReplyDraftBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Open Approvals"), this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("replyDraftBar"));
    m_text->setObjectName(QStringLiteral("replyDraftMessage"));
    m_text->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("replyDraftOpenApprovals"));
    m_close->setObjectName(QStringLiteral("replyDraftClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setFlat(true);
    m_close->setToolTip(tr("Hide"));
    connect(m_open, &QPushButton::clicked, this, &ReplyDraftBar::openApprovals);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_close);
    hide();
}

void ReplyDraftBar::setTone(bool problem)
{
    setStyleSheet(problem ? QStringLiteral("QFrame#replyDraftBar { background: #fdecea; border-radius: 6px; } "
                                           "QLabel { color: #8c1d18; }")
                          : QStringLiteral("QFrame#replyDraftBar { background: #e7f2fd; border-radius: 6px; }"));
}

void ReplyDraftBar::showWorking(const QString& who)
{
    setTone(false);
    m_text->setText(tr("Drafting a reply to %1…").arg(who));
    m_open->hide();
    show();
}

void ReplyDraftBar::showDrafted(const QString& who, const QString& notice)
{
    setTone(false);
    const QString drafted = tr("Reply to %1 drafted: see Approvals.").arg(who);
    m_text->setText(notice.isEmpty() ? drafted : drafted + QLatin1Char(' ') + notice);
    m_open->show();
    show();
}

void ReplyDraftBar::showRefused(const QString& why)
{
    setTone(true);
    m_text->setText(why);
    m_open->hide();
    show();
}

} // namespace sc::ui
