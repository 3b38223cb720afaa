#pragma once

#include "FieldClassifier.h"
#include "FormModel.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWebEnginePage>
#include <functional>

class QWebEngineProfile;
class QWebEngineView;

namespace sc::agents::formfiller {

// Finds a site's contact form in a QWebEnginePage without a window, fills it with the rep's details
// and submits it (or stops before: a dry run, a CAPTCHA, a field it cannot answer). One run per
// object; the result says what happened, field by field.
class FormFiller : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        SenderProfile sender;
        bool dryRun = false;
        bool tickConsent = false;
        bool screenshot = false; // of the page as it stands at the end
        bool checkRobots = true;
        int maxPages = 4; // pages loaded in all: the start page, then contact links
        int formWaitMs = 4000; // for a form a script renders after the load
        int pageTimeoutMs = 20000;
        int confirmWaitMs = 8000;
        QStringList connectTo; // robots.txt fetch: "HOST:PORT:CONNECT-HOST:CONNECT-PORT" (tests)
        bool allowLocalNetwork = false; // robots.txt from this computer or the local network (Research's rule)
    };
    struct FilledField
    {
        QString name;
        QString label;
        QString kind;
        QString value;
        bool filled = false;
        QString note;
    };
    struct Result
    {
        QString status; // submitted, captcha, no_form, failed, dry_run, blocked
        QString url;
        QString formUrl;
        QString confirmation;
        QString error;
        QStringList captchas;
        QList<FilledField> fields;
        int httpStatus = 0; // of the submission, when seen
        int steps = 1; // of a multi-step form
        QStringList pages; // loaded, in order
        QImage screenshot;
        QJsonObject toJson() const;
    };

    // An off-the-record profile with the form script installed; share one per process.
    static QWebEngineProfile* createProfile(QObject* parent);
    // What the Chromium engine needs before the application object exists: no sandbox as root,
    // software rendering without a display, host rules from --connect-to entries (tests). Call from
    // main() before the QApplication.
    static void prepareProcess(const QStringList& connectTo = {});

    // Without a profile the filler makes its own; a shared one must outlive every filler using it.
    explicit FormFiller(QWebEngineProfile* profile = nullptr, QObject* parent = nullptr);
    ~FormFiller() override;

    void start(const QUrl& url, const Options& options);
    QWebEnginePage* page() const { return m_page; }
    // The page leaves with its filled form (a CAPTCHA for the rep to solve in a window).
    QWebEnginePage* takePage();

Q_SIGNALS:
    void progress(const QString& step);
    void finished(const sc::agents::formfiller::FormFiller::Result& result);

private:
    void checkRobotsThenLoad(const QUrl& url);
    void load(const QUrl& url);
    void onLoadFinished(bool ok);
    void scan();
    void onScan(const PageScan& scan);
    void fillStep(const PageScan& scan, int formIndex);
    void afterNext(const QString& formSignature);
    void submit(const FormPlan& plan);
    void watchSubmission();
    void finish(const QString& status, const QString& error = {});
    void grabScreenshot(int attempt);
    void runJs(const QString& script, const std::function<void(const QVariant&)>& then);
    void recordPlan(const FormPlan& plan, const QList<QVariant>& fillResults);

    QWebEngineProfile* m_profile = nullptr;
    QPointer<QWebEnginePage> m_page;
    QWebEngineView* m_view = nullptr;
    Options m_options;
    Result m_result;
    QList<QUrl> m_queue;
    QElapsedTimer m_sinceLoad;
    QElapsedTimer m_sinceSubmit;
    bool m_loading = false;
    bool m_navigating = false; // the main frame is between loadStarted and its end (ours or the site's)
    bool m_finished = false;
    bool m_submitted = false;
    int m_netBefore = 0;
    QString m_textBefore;
    QString m_urlBefore;
    int m_lastHttpStatus = 0;
    int m_formKey = -1;
    int m_generation = 0; // bumped by each load, so late callbacks of an old page are ignored
};

} // namespace sc::agents::formfiller

Q_DECLARE_METATYPE(sc::agents::formfiller::FormFiller::Result)
