#pragma once

#include "FormFiller.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QWebEngineProfile;

namespace sc::agents::formfiller {

// The Form Filler's pages live in the GUI thread (Chromium wants it); agents on their own threads ask
// this service for runs. One run at a time, in order; each result goes back to the asker's thread.
class FormBrowser : public QObject
{
    Q_OBJECT
public:
    explicit FormBrowser(QObject* parent = nullptr);
    ~FormBrowser() override;

    using Done = std::function<void(const FormFiller::Result&)>;
    // Thread-safe. `done` runs on `context`'s thread (not at all if context is gone). handOff: a run
    // that stops at a CAPTCHA keeps its filled page for the rep (needsHuman()).
    void run(const QUrl& url, const FormFiller::Options& options, qint64 tag, bool handOff, QObject* context,
             Done done);

Q_SIGNALS:
    // A form stopped at a CAPTCHA, filled: the page is the receiver's to show (a visible window) and
    // to delete. tag: what the asker passed (the form_submissions id).
    void needsHuman(qint64 tag, QWebEnginePage* page, const sc::agents::formfiller::FormFiller::Result& result);

private:
    struct Request
    {
        QUrl url;
        FormFiller::Options options;
        qint64 tag = 0;
        bool handOff = false;
        QPointer<QObject> context;
        Done done;
    };
    void next();

    QWebEngineProfile* m_profile = nullptr;
    QList<Request> m_queue;
    bool m_busy = false;
    QList<QPointer<QWebEnginePage>> m_handedOff;
};

} // namespace sc::agents::formfiller
