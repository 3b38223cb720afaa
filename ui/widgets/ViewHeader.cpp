#include "ViewHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sc::ui {

ViewHeader::ViewHeader(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_actions(new QHBoxLayout)
{
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_title->setFont(font);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addLayout(texts, 1);
    layout->addLayout(m_actions);
}

void ViewHeader::setSubtitle(const QString& text)
{
    m_subtitle->setText(text);
}

void ViewHeader::addWidget(QWidget* widget)
{
    m_actions->addWidget(widget);
}

} // namespace sc::ui
