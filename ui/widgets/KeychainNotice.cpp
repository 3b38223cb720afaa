#include "KeychainNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sc::ui {

KeychainNotice::KeychainNotice(const QString& labelName, bool showWhenAvailable, QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_showWhenAvailable(showWhenAvailable)
{
    m_label->setObjectName(labelName);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(labelName + QStringLiteral("Retry"));
    m_retry->setToolTip(tr("Ask the keychain again"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        setChecking();
        Q_EMIT retryRequested();
    });
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label, 1);
    row->addWidget(m_retry, 0, Qt::AlignTop);
    setChecking();
}

void KeychainNotice::setChecking()
{
    m_label->setText(tr("Checking the system keychain…"));
    m_label->setStyleSheet(QString());
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_retry->setVisible(false);
    setVisible(m_showWhenAvailable);
}

void KeychainNotice::setStatus(bool available, const QString& message)
{
    m_label->setText(available ? tr("System keychain available.") : message);
    m_label->setForegroundRole(available ? QPalette::PlaceholderText : QPalette::WindowText);
    m_label->setStyleSheet(available ? QString() : QStringLiteral("color: #b3261e;"));
    m_retry->setVisible(!available);
    setVisible(!available || m_showWhenAvailable);
}

QString KeychainNotice::text() const
{
    return m_label->text();
}

} // namespace sc::ui
