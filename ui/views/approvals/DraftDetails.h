#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace sc::models {
struct Draft;
}

namespace sc::ui {

// The part of Approvals that says what an agent's draft was made from and what to check: the model
// and what it cost, the documents it drew on, the rep's instruction, and its flags. Figures and names
// no document holds are highlighted in the body and listed above it; removed lines and template values
// left unfilled are said too. A draft the rep or a template wrote shows its body alone.
class DraftDetails : public QWidget
{
    Q_OBJECT
public:
    explicit DraftDetails(QWidget* parent = nullptr);

    void showDraft(const models::Draft& draft);
    // While a draft is being written again: the model's text as it arrives.
    void showStreaming(const QString& text);
    void clear();

    QTextBrowser* body() const { return m_body; }
    // "claude-sonnet-4-5 · 1,204 in / 310 out · $0.0083"; empty for a draft no model wrote.
    static QString modelLine(const models::Draft& draft);

private:
    void highlight(const models::Draft& draft);

    QLabel* m_model;
    QLabel* m_sources;
    QLabel* m_instruction;
    QLabel* m_check;
    QTextBrowser* m_body;
};

} // namespace sc::ui
