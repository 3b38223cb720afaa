#include "EmptyState.h"

#include <QHBoxLayout>
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
    // A wrapped label gets the height its width needs only when the layout sizes it (no alignment
    // flag, which would give it its one-line size hint): centred by stretches instead.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    m_hint->setSizePolicy(policy);
    m_title->setSizePolicy(policy);
    auto* hintRow = new QHBoxLayout;
    hintRow->addStretch(1);
    hintRow->addWidget(m_hint, 100);
    hintRow->addStretch(1);
    layout->addWidget(m_title);
    layout->addLayout(hintRow);
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
