#include "EmptyState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sc::ui {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setMaximumWidth(520);
    layout->addWidget(m_title);
    layout->addWidget(m_hint, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyState::setText(const QString& title, const QString& hint)
{
    m_title->setText(title);
    m_hint->setText(hint);
}

QString EmptyState::title() const
{
    return m_title->text();
}

} // namespace sc::ui
