#include "FormBrowser.h"

#include <QThread>
#include <QWebEngineProfile>

namespace sc::agents::formfiller {

FormBrowser::FormBrowser(QObject* parent)
    : QObject(parent)
{
}

FormBrowser::~FormBrowser()
{
    // Pages before their profile: a CAPTCHA window still open loses its page now.
    for (const QPointer<QWebEnginePage>& page : std::as_const(m_handedOff)) {
        delete page.data();
    }
    const QList<FormFiller*> running = findChildren<FormFiller*>();
    qDeleteAll(running);
}

void FormBrowser::run(const QUrl& url, const FormFiller::Options& options, qint64 tag, bool handOff, QObject* context,
                      Done done)
{
    Request request {url, options, tag, handOff, context, std::move(done)};
    QMetaObject::invokeMethod(
        this,
        [this, request] {
            m_queue.append(request);
            next();
        },
        Qt::QueuedConnection);
}

void FormBrowser::next()
{
    if (m_busy || m_queue.isEmpty()) {
        return;
    }
    m_busy = true;
    const Request request = m_queue.takeFirst();
    if (m_profile == nullptr) {
        m_profile = FormFiller::createProfile(this); // Chromium starts with the first form, not with the app
    }
    auto* filler = new FormFiller(m_profile, this);
    connect(filler, &FormFiller::finished, this, [this, filler, request](const FormFiller::Result& result) {
        if (result.status == QLatin1String("captcha") && request.handOff) {
            if (QWebEnginePage* page = filler->takePage(); page != nullptr) {
                m_handedOff.append(page);
                Q_EMIT needsHuman(request.tag, page, result);
            }
        }
        if (request.context) {
            const Done done = request.done;
            QMetaObject::invokeMethod(
                request.context.data(), [done, result] { done(result); }, Qt::QueuedConnection);
        }
        filler->deleteLater();
        m_busy = false;
        next();
    });
    filler->start(request.url, request.options);
}

} // namespace sc::agents::formfiller
