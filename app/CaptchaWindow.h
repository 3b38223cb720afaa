#pragma once

#include "models/Workspace.h"

#include <QPointer>
#include <QWebEnginePage>
#include <QWidget>

class QLabel;
class QWebEngineView;

namespace sc::app {

// A contact form the Form Filler filled and stopped at a CAPTCHA, shown to the rep as the site
// draws it. The rep solves the CAPTCHA and presses the site's own Send button, then says how it went;
// closing the window without a word records "not sent". The window owns the page.
class CaptchaWindow : public QWidget
{
    Q_OBJECT
public:
    CaptchaWindow(const models::Workspace& workspace, qint64 submissionId, QWebEnginePage* page,
                  QWidget* parent = nullptr);
    ~CaptchaWindow() override;

    qint64 submissionId() const { return m_submissionId; }
    // Records the outcome (sent_by_rep or abandoned), with a screenshot of the page, and closes.
    void record(bool sent);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    models::Workspace m_workspace;
    qint64 m_submissionId;
    QPointer<QWebEnginePage> m_page; // the browser deletes it if it goes first (the app quits)
    QWebEngineView* m_view;
    bool m_recorded = false;
};

} // namespace sc::app
