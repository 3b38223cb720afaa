#pragma once

#include "models/Workspace.h"

#include <QTextBrowser>
#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace sc::ui {

class EmptyState;
class ViewHeader;

// Mail shown safely: no scripts (QTextBrowser runs none), no remote content (tracking pixels and
// remote images are never fetched), links open nowhere by themselves.
class SafeMailBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl& name) override;
    int blockedRequests() const { return m_blocked; }

private:
    int m_blocked = 0;
};

// The conversations the Inbox agent synced: threads newest first, filtered by category, and the
// selected thread's messages with the category of its last reply, which the rep can correct in one
// click (the classifier learns from it at the next sync).
class ConversationsView : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationsView(const models::Workspace& workspace, QWidget* parent = nullptr);
    QListWidget* threadList() const { return m_threads; }
    SafeMailBrowser* reader() const { return m_reader; }
    bool isShowingEmptyState() const;
    // The last inbound message of the selected thread takes this category.
    void correctCategory(const QString& category);
    static QString categoryLabel(const QString& category);

private:
    void reload();
    void showThread(qint64 threadId);

    models::Workspace m_workspace;
    ViewHeader* m_header;
    QComboBox* m_filter;
    QStackedWidget* m_stack;
    QListWidget* m_threads;
    SafeMailBrowser* m_reader;
    QComboBox* m_category;
    QPushButton* m_apply;
    EmptyState* m_empty;
    qint64 m_thread = 0;
    qint64 m_lastInbound = 0;
};

} // namespace sc::ui
