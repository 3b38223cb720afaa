#pragma once

#include "models/Workspace.h"

#include <QWidget>

class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace sc::ui {

class EmptyState;

// The outbox, for the rep: what waits, went, failed, was blocked, or needs a decision. A message
// whose fate a crash left unknown ("needs your decision") is never resent by itself: the rep sends it
// again, says it went, or cancels it here. So can a failed one be sent again or cancelled.
class OutboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxPanel(const models::Workspace& workspace, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    // Failed or uncertain messages: what the tab's title counts.
    int needsAttention() const { return m_attention; }
    void retrySelected();
    void confirmSelected();
    void cancelSelected();
    static QString stateLabel(const QString& state);

Q_SIGNALS:
    void attentionChanged(int count);
    // Approved emails wait for a mailbox: the rep asked to add one.
    void addMailboxRequested();

private:
    void reload();
    void updateButtons();
    qint64 selectedId() const;
    QString selectedState() const;

    models::Workspace m_workspace;
    QStackedWidget* m_stack;
    QTableWidget* m_table;
    EmptyState* m_empty;
    QPushButton* m_retry;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
    QPushButton* m_addMailbox;
    int m_attention = -1;
};

} // namespace sc::ui
