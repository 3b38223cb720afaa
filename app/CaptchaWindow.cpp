#include "CaptchaWindow.h"

#include "models/Clock.h"
#include "models/repositories/FormSubmissionRepository.h"
#include "models/store/StoreError.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace sc::app {

CaptchaWindow::CaptchaWindow(const models::Workspace& workspace, qint64 submissionId, QWebEnginePage* page,
                             QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_submissionId(submissionId)
    , m_page(page)
    , m_view(new QWebEngineView(this))
{
    setObjectName(QStringLiteral("captchaWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<models::FormSubmission> s
        = models::FormSubmissionRepository(m_workspace.connection()).find(submissionId);
    const QString site = s ? s->domain : page->url().host();
    setWindowTitle(tr("Contact form on %1 — your turn").arg(site));
    auto* banner = new QLabel(tr("<b>Sales Copilot filled this form and stopped at the CAPTCHA.</b> Check the "
                                 "fields, solve the CAPTCHA, then press the site's own Send button. Sales Copilot "
                                 "never solves a CAPTCHA for you."),
                              this);
    banner->setWordWrap(true);
    banner->setObjectName(QStringLiteral("captchaBanner"));
    auto* sent = new QPushButton(tr("I sent it"), this);
    sent->setObjectName(QStringLiteral("captchaSent"));
    auto* notSent = new QPushButton(tr("Not sent"), this);
    notSent->setObjectName(QStringLiteral("captchaNotSent"));
    connect(sent, &QPushButton::clicked, this, [this] { record(true); });
    connect(notSent, &QPushButton::clicked, this, [this] { record(false); });
    auto* bar = new QHBoxLayout;
    bar->addWidget(banner, 1);
    bar->addWidget(sent);
    bar->addWidget(notSent);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_view->setPage(m_page);
    resize(1100, 800);
}

CaptchaWindow::~CaptchaWindow()
{
    if (m_page) {
        m_view->setPage(nullptr);
        delete m_page.data();
    }
}

void CaptchaWindow::record(bool sent)
{
    if (m_recorded) {
        return;
    }
    m_recorded = true;
    try {
        models::FormSubmissionRepository submissions(m_workspace.connection());
        if (std::optional<models::FormSubmission> s = submissions.find(m_submissionId);
            s && s->status == QLatin1String("captcha")) {
            s->status = sent ? QStringLiteral("sent_by_rep") : QStringLiteral("abandoned");
            const QDir dir(m_workspace.directory());
            dir.mkpath(QStringLiteral("forms"));
            const QString relative = QStringLiteral("forms/submission-%1-rep.png").arg(m_submissionId);
            if (m_view->grab().save(dir.filePath(relative), "PNG")) {
                s->screenshot = relative;
            }
            submissions.finish(*s, Clock::instance().nowMs());
        }
    } catch (const models::StoreError&) {
        // The window closes anyway; the submission stays "captcha" on the timeline.
    }
    close();
}

void CaptchaWindow::closeEvent(QCloseEvent* event)
{
    if (!m_recorded) {
        record(false);
        return; // record() closes again
    }
    event->accept();
}

} // namespace sc::app
