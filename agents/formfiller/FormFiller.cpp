#include "FormFiller.h"

#include "agents/research/HttpFetcher.h"
#include "agents/research/Robots.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <QtConcurrent>
#include <unistd.h>

namespace sc::agents::formfiller {

namespace {

constexpr int PollMs = 60;
constexpr int MaxSteps = 6;
constexpr const char* UserAgentToken = " SalesCopilot-FormFiller/1.0";

QString formScript()
{
    QFile file(QStringLiteral(":/formfiller/forms.js"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("the form script is missing from the resources");
    }
    return QString::fromUtf8(file.readAll());
}

// A sentence of the page that says the message arrived, in English or French.
QString confirmationIn(const QString& text, const QString& before)
{
    static const QRegularExpression phrases(
        QStringLiteral(
            "(thank you|thanks for|thank-you|message (has been|was) sent|message sent|we('| wi)ll (be in touch|"
            "get back)|we have received|received your|merci|bien (été )?(envoyé|reçu)|a (bien )?été envoyé|"
            "message envoyé|nous vous répondrons|nous reviendrons vers vous|demande a bien été|votre demande a "
            "été|nous avons (bien )?reçu)"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator it = phrases.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Words that were already there before the click (a "Thanks for visiting" footer) do not count.
        const qsizetype start = std::max<qsizetype>(
            0, text.lastIndexOf(QRegularExpression(QStringLiteral("[.!?\\n]")), m.capturedStart()) + 1);
        qsizetype end = text.indexOf(QRegularExpression(QStringLiteral("[.!?\\n]")), m.capturedEnd());
        end = end < 0 ? text.size() : end + 1;
        const QString sentence = text.mid(start, std::min<qsizetype>(end - start, 240)).trimmed();
        if (!before.contains(sentence)) {
            return sentence;
        }
    }
    return {};
}

QString hostRules(const QStringList& connectTo)
{
    QStringList rules;
    for (const QString& entry : connectTo) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        // An empty HOST means every host, as in curl's CONNECT_TO.
        if (parts.size() == 4) {
            rules << QStringLiteral("MAP %1 %2:%3")
                         .arg(parts.at(0).isEmpty() ? QStringLiteral("*") : parts.at(0), parts.at(2), parts.at(3));
        }
    }
    return rules.join(QStringLiteral(", "));
}

} // namespace

QJsonObject FormFiller::Result::toJson() const
{
    QJsonArray list;
    for (const FilledField& f : fields) {
        QJsonObject o {
            {QStringLiteral("name"), f.name}, {QStringLiteral("kind"), f.kind}, {QStringLiteral("value"), f.value}};
        if (!f.label.isEmpty()) {
            o.insert(QStringLiteral("label"), f.label);
        }
        o.insert(QStringLiteral("filled"), f.filled);
        if (!f.note.isEmpty()) {
            o.insert(QStringLiteral("note"), f.note);
        }
        list.append(o);
    }
    QJsonObject json {
        {QStringLiteral("url"), url},
        {QStringLiteral("form_url"), formUrl.isEmpty() ? QJsonValue() : QJsonValue(formUrl)},
        {QStringLiteral("status"), status},
        {QStringLiteral("fields"), list},
        {QStringLiteral("confirmation"), confirmation.isEmpty() ? QJsonValue() : QJsonValue(confirmation)}};
    if (!error.isEmpty()) {
        json.insert(QStringLiteral("error"), error);
    }
    if (!captchas.isEmpty()) {
        json.insert(QStringLiteral("captchas"), QJsonArray::fromStringList(captchas));
    }
    if (httpStatus != 0) {
        json.insert(QStringLiteral("http_status"), httpStatus);
    }
    json.insert(QStringLiteral("steps"), steps);
    json.insert(QStringLiteral("pages"), QJsonArray::fromStringList(pages));
    return json;
}

void FormFiller::prepareProcess(const QStringList& connectTo)
{
    // Chromium refuses to start its sandbox as root; the rep's desktop never runs as root, a server or
    // a CI container often does. Without a display the pages render in software.
    if (::geteuid() == 0) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen"
        || (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        flags += " --disable-gpu --disable-gpu-compositing";
    }
    // A page with no window is a background tab to Chromium, whose timers it slows to one a second: a
    // form a script draws 250 ms after the load would take a second and more to appear.
    flags += " --disable-features=Translate,MediaRouter --mute-audio --no-first-run"
             " --disable-background-timer-throttling --disable-renderer-backgrounding"
             " --disable-backgrounding-occluded-windows";
    // With this variable set, Qt WebEngine ignores the program's own arguments and reads Chromium's
    // switches from here (quotes group words).
    if (const QString rules = hostRules(connectTo); !rules.isEmpty()) {
        flags += " \"--host-resolver-rules=" + rules.toUtf8() + "\"";
    }
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
    // Qt WebEngine lists its start-up switches on stderr: noise for a rep's terminal or a CI log.
    QByteArray rules = qgetenv("QT_LOGGING_RULES");
    qputenv("QT_LOGGING_RULES", (rules.isEmpty() ? QByteArray() : rules + ';') + "qt.webenginecontext.info=false");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

QWebEngineProfile* FormFiller::createProfile(QObject* parent)
{
    auto* profile = new QWebEngineProfile(parent); // off the record: no cookies or cache kept
    profile->setHttpUserAgent(profile->httpUserAgent() + QLatin1String(UserAgentToken));
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    QWebEngineScript script;
    script.setName(QStringLiteral("sales-copilot-forms"));
    script.setSourceCode(formScript());
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::MainWorld); // it must see the page's own fetch()
    script.setRunsOnSubFrames(true);
    profile->scripts()->insert(script);
    return profile;
}

FormFiller::FormFiller(QWebEngineProfile* profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile != nullptr ? profile : createProfile(this))
{
    qRegisterMetaType<Result>();
    m_page = new QWebEnginePage(m_profile, this);
    m_page->setVisible(true); // the Web API's view of it: a visible page, not a throttled background tab
    QWebEngineSettings* settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::ShowScrollBars, false);
    connect(m_page, &QWebEnginePage::loadFinished, this, &FormFiller::onLoadFinished);
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo& info) {
        m_navigating = info.status() == QWebEngineLoadingInfo::LoadStartedStatus;
        // The main frame's HTTP status, error page or not (a 500 with a body "loads" fine).
        if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain
            || (info.status() == QWebEngineLoadingInfo::LoadFailedStatus
                && info.errorDomain() == QWebEngineLoadingInfo::HttpErrorDomain)) {
            m_lastHttpStatus = info.errorCode();
        }
    });
}

FormFiller::~FormFiller()
{
    // The page goes before its profile (Chromium insists), whoever owns the profile.
    delete m_view;
    delete m_page.data();
}

QWebEnginePage* FormFiller::takePage()
{
    QWebEnginePage* page = m_page;
    if (page != nullptr) {
        disconnect(page, nullptr, this, nullptr);
        page->setParent(nullptr);
        m_page = nullptr;
    }
    return page;
}

void FormFiller::start(const QUrl& url, const Options& options)
{
    m_options = options;
    m_result = {};
    m_result.url = url.toString();
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        QTimer::singleShot(0, this, [this] { finish(QStringLiteral("failed"), QStringLiteral("not a web address")); });
        return;
    }
    checkRobotsThenLoad(url);
}

void FormFiller::checkRobotsThenLoad(const QUrl& url)
{
    if (!m_options.checkRobots) {
        load(url);
        return;
    }
    Q_EMIT progress(tr("Reading %1/robots.txt").arg(url.host()));
    research::HttpFetcher::Settings settings;
    settings.timeoutMs = 8000;
    settings.connectTimeoutMs = 5000;
    settings.maxBytes = 512 * 1024;
    settings.connectTo = m_options.connectTo;
    settings.allowLocalNetwork = m_options.allowLocalNetwork;
    QUrl robotsUrl = url;
    robotsUrl.setPath(QStringLiteral("/robots.txt"));
    robotsUrl.setQuery(QString());
    robotsUrl.setFragment(QString());
    auto* watcher = new QFutureWatcher<research::HttpFetcher::Response>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, url] {
        watcher->deleteLater();
        const research::HttpFetcher::Response response = watcher->result();
        research::Robots robots = research::Robots::allowAll();
        if (response.ok && response.status >= 200 && response.status < 300) {
            robots = research::Robots::parse(response.body, QLatin1String(research::HttpFetcher::RobotsToken));
        } else if (!response.ok || response.status >= 500) {
            robots = research::Robots::disallowAll(); // unreachable or failing: not now
        }
        const QString path
            = url.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : url.path(QUrl::FullyEncoded);
        if (!robots.allows(path + (url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString()))) {
            m_result.pages.append(url.toString());
            finish(QStringLiteral("blocked"),
                   response.ok ? tr("robots.txt of %1 does not allow %2").arg(url.host(), path)
                               : tr("robots.txt of %1 could not be read (%2)").arg(url.host(), response.error));
            return;
        }
        load(url);
    });
    watcher->setFuture(
        QtConcurrent::run([settings, robotsUrl] { return research::HttpFetcher(settings).get(robotsUrl.toString()); }));
}

void FormFiller::load(const QUrl& url)
{
    ++m_generation;
    m_result.pages.append(url.toString());
    Q_EMIT progress(tr("Opening %1").arg(url.toString()));
    m_loading = true;
    m_lastHttpStatus = 0;
    m_sinceLoad.start();
    m_page->load(url);
    const int generation = m_generation;
    QTimer::singleShot(m_options.pageTimeoutMs, this, [this, generation] {
        if (generation == m_generation && m_loading && !m_finished) {
            m_page->triggerAction(QWebEnginePage::Stop);
            finish(QStringLiteral("failed"),
                   tr("the page did not load within %1 s").arg(m_options.pageTimeoutMs / 1000));
        }
    });
}

void FormFiller::onLoadFinished(bool ok)
{
    if (m_finished || !m_loading) {
        return;
    }
    m_loading = false;
    if (m_submitted) {
        return; // the page after a submission: watchSubmission() reads it
    }
    if (!ok || m_lastHttpStatus >= 400) {
        if (!m_queue.isEmpty() && m_result.pages.size() < m_options.maxPages) {
            checkRobotsThenLoad(m_queue.takeFirst());
            return;
        }
        finish(m_result.formUrl.isEmpty() && m_result.pages.size() > 1 ? QStringLiteral("no_form")
                                                                       : QStringLiteral("failed"),
               m_lastHttpStatus >= 400 ? tr("the page answered HTTP %1").arg(m_lastHttpStatus)
                                       : tr("the page could not be loaded"));
        return;
    }
    m_sinceLoad.start();
    scan();
}

void FormFiller::runJs(const QString& script, const std::function<void(const QVariant&)>& then)
{
    const int generation = m_generation;
    QPointer<FormFiller> self(this);
    m_page->runJavaScript(script, QWebEngineScript::MainWorld, [self, generation, then](const QVariant& value) {
        if (self && !self->m_finished && generation == self->m_generation) {
            then(value);
        }
    });
}

void FormFiller::scan()
{
    runJs(QStringLiteral("window.__scForms ? window.__scForms.analyze() : ''"), [this](const QVariant& value) {
        const QJsonObject json = QJsonDocument::fromJson(value.toString().toUtf8()).object();
        onScan(PageScan::fromJson(json));
    });
}

void FormFiller::onScan(const PageScan& page)
{
    const int formIndex = FieldClassifier::pickForm(page);
    if (formIndex >= 0) {
        m_result.formUrl = page.url;
        m_result.captchas = page.captchas;
        fillStep(page, formIndex);
        return;
    }
    if (m_result.pages.size() == 1 && m_queue.isEmpty()) {
        m_queue = FieldClassifier::contactLinks(page, m_options.maxPages - 1);
    }
    // A script may still be drawing the form: a contact page gets the whole wait, a page with
    // contact links to try only a moment.
    static const QRegularExpression contactPage(QStringLiteral("contact|nous-contacter|contactez|get-in-touch"),
                                                QRegularExpression::CaseInsensitiveOption);
    const bool looksLikeContact = contactPage.match(page.url).hasMatch() || contactPage.match(page.title).hasMatch();
    const int wait = looksLikeContact || m_queue.isEmpty() ? m_options.formWaitMs : std::min(m_options.formWaitMs, 600);
    if (m_sinceLoad.elapsed() < wait) {
        const int generation = m_generation;
        QTimer::singleShot(PollMs, this, [this, generation] {
            if (generation == m_generation && !m_finished) {
                scan();
            }
        });
        return;
    }
    while (!m_queue.isEmpty() && m_result.pages.size() < m_options.maxPages) {
        const QUrl next = m_queue.takeFirst();
        if (!m_result.pages.contains(next.toString())) {
            checkRobotsThenLoad(next);
            return;
        }
    }
    if (!page.captchas.isEmpty()) {
        m_result.captchas = page.captchas;
    }
    finish(QStringLiteral("no_form"),
           tr("no contact form on the %n page(s) read", nullptr, int(m_result.pages.size())));
}

void FormFiller::recordPlan(const FormPlan& plan, const QList<QVariant>& fillResults)
{
    QHash<int, bool> ok;
    for (const QVariant& v : fillResults) {
        const QVariantMap m = v.toMap();
        ok.insert(m.value(QStringLiteral("key")).toInt(), m.value(QStringLiteral("ok")).toBool());
    }
    for (const FieldPlan& p : plan.fields) {
        const bool filled = p.fill && ok.value(p.key, false);
        // A later step shows the same field again: the newest word wins, nothing is listed twice.
        auto same = std::find_if(m_result.fields.begin(), m_result.fields.end(),
                                 [&](const FilledField& f) { return !p.name.isEmpty() && f.name == p.name; });
        if (same != m_result.fields.end()) {
            if (!filled && same->filled) {
                continue;
            }
            m_result.fields.erase(same);
        }
        m_result.fields.append({p.name, p.label, kindName(p.kind), p.value, filled, p.note});
    }
}

void FormFiller::fillStep(const PageScan& scan, int formIndex)
{
    const PageForm& form = scan.forms.at(formIndex);
    m_formKey = form.key;
    FieldClassifier::Options options;
    options.tickConsent = m_options.tickConsent;
    options.pageLanguage = scan.language;
    const FormPlan plan = FieldClassifier::plan(form, m_options.sender, options);
    QJsonArray entries;
    QString signature;
    for (const FieldPlan& p : plan.fields) {
        if (p.fill) {
            entries.append(QJsonObject {{QStringLiteral("key"), p.key}, {QStringLiteral("value"), p.value}});
        }
    }
    for (const PageField& f : form.fields) {
        if (f.visible()) {
            signature += f.name + QLatin1Char('|');
        }
    }
    Q_EMIT progress(tr("Filling the form on %1").arg(scan.url));
    const QString call = QStringLiteral("window.__scForms.fill(%1)")
                             .arg(QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact)));
    runJs(call, [this, plan, scan, signature](const QVariant& value) {
        const QJsonArray results = QJsonDocument::fromJson(value.toString().toUtf8()).array();
        recordPlan(plan, results.toVariantList());
        if (!scan.captchas.isEmpty()) {
            // Never solved, never worked around: the rep finishes this one.
            finish(QStringLiteral("captcha"),
                   tr("the form is protected by %1: it is filled and waits for you")
                       .arg(scan.captchas.join(QStringLiteral(", "))));
            return;
        }
        if (!plan.unfilledRequired.isEmpty()) {
            finish(QStringLiteral("failed"),
                   tr("required fields we cannot answer: %1").arg(plan.unfilledRequired.join(QStringLiteral(", "))));
            return;
        }
        if (plan.nextButton >= 0 && plan.submitButton < 0) {
            if (m_result.steps >= MaxSteps) {
                finish(QStringLiteral("failed"), tr("the form has more than %1 steps").arg(MaxSteps));
                return;
            }
            ++m_result.steps;
            Q_EMIT progress(tr("Next step of the form"));
            runJs(QStringLiteral("window.__scForms.click(%1)").arg(plan.nextButton),
                  [this, signature](const QVariant&) {
                      m_sinceLoad.start();
                      afterNext(signature);
                  });
            return;
        }
        if (m_options.dryRun) {
            finish(QStringLiteral("dry_run"));
            return;
        }
        submit(plan);
    });
}

void FormFiller::afterNext(const QString& formSignature)
{
    runJs(QStringLiteral("window.__scForms.analyze()"), [this, formSignature](const QVariant& value) {
        const PageScan scan = PageScan::fromJson(QJsonDocument::fromJson(value.toString().toUtf8()).object());
        const int formIndex = FieldClassifier::pickForm(scan);
        QString signature;
        if (formIndex >= 0) {
            for (const PageField& f : scan.forms.at(formIndex).fields) {
                if (f.visible()) {
                    signature += f.name + QLatin1Char('|');
                }
            }
        }
        if (formIndex >= 0 && signature != formSignature) {
            fillStep(scan, formIndex);
            return;
        }
        if (m_sinceLoad.elapsed() > 3000) {
            finish(QStringLiteral("failed"), tr("the form's next step did not appear (a field may be refused)"));
            return;
        }
        const int generation = m_generation;
        QTimer::singleShot(PollMs, this, [this, generation, formSignature] {
            if (generation == m_generation && !m_finished) {
                afterNext(formSignature);
            }
        });
    });
}

void FormFiller::submit(const FormPlan& plan)
{
    runJs(QStringLiteral("window.__scForms.state(%1)").arg(m_formKey), [this, plan](const QVariant& value) {
        const QJsonObject state = QJsonDocument::fromJson(value.toString().toUtf8()).object();
        m_netBefore = int(state.value(QStringLiteral("net")).toArray().size());
        m_textBefore = state.value(QStringLiteral("text")).toString();
        m_urlBefore = state.value(QStringLiteral("url")).toString();
        Q_EMIT progress(tr("Sending the form"));
        const QString click = plan.submitButton >= 0
            ? QStringLiteral("window.__scForms.click(%1)").arg(plan.submitButton)
            : QStringLiteral("window.__scForms.requestSubmit(%1)").arg(m_formKey);
        m_submitted = true;
        m_lastHttpStatus = 0; // from here on: the answer to the form
        m_sinceSubmit.start();
        runJs(click, [this](const QVariant&) {
            const int generation = m_generation;
            QTimer::singleShot(PollMs, this, [this, generation] {
                if (generation == m_generation) {
                    watchSubmission();
                }
            });
        });
    });
}

void FormFiller::watchSubmission()
{
    if (m_finished) {
        return;
    }
    const int generation = m_generation;
    auto again = [this, generation] {
        QTimer::singleShot(PollMs, this, [this, generation] {
            if (generation == m_generation) {
                watchSubmission();
            }
        });
    };
    runJs(QStringLiteral("window.__scForms ? window.__scForms.state(%1) : ''").arg(m_formKey),
          [this, again](const QVariant& value) {
              const QJsonObject state = QJsonDocument::fromJson(value.toString().toUtf8()).object();
              const bool timedOut = m_sinceSubmit.elapsed() > m_options.confirmWaitMs;
              if (state.isEmpty()) {
                  if (timedOut) {
                      finish(QStringLiteral("failed"), tr("no answer after sending the form"));
                  } else {
                      again(); // between two pages
                  }
                  return;
              }
              // The page's own requests since the click (a form sent by fetch()); a navigation's status
              // comes from the load.
              int postStatus = 0;
              const QJsonArray net = state.value(QStringLiteral("net")).toArray();
              const bool newDocument = state.value(QStringLiteral("url")).toString() != m_urlBefore;
              for (qsizetype i = newDocument ? 0 : m_netBefore; i < net.size(); ++i) {
                  const QJsonObject request = net.at(i).toObject();
                  const QString method = request.value(QStringLiteral("method")).toString();
                  if (method == QLatin1String("POST") || method == QLatin1String("PUT")) {
                      postStatus = request.value(QStringLiteral("status")).toInt();
                  }
              }
              if (m_lastHttpStatus >= 400 || postStatus >= 400 || postStatus < 0) {
                  m_result.httpStatus = m_lastHttpStatus >= 400 ? m_lastHttpStatus : postStatus;
                  finish(QStringLiteral("failed"),
                         postStatus < 0 ? tr("the site did not answer the form")
                                        : tr("the site answered HTTP %1").arg(m_result.httpStatus));
                  return;
              }
              if (postStatus > 0) {
                  m_result.httpStatus = postStatus;
              }
              // A page the form's answer navigates to may show its words before its load ends, and the load's
              // end is what carries its HTTP status (a 500 with a friendly body).
              if ((m_loading || (newDocument && m_navigating)) && !timedOut) {
                  again();
                  return;
              }
              const QString text = state.value(QStringLiteral("text")).toString();
              const QString confirmation = confirmationIn(text, m_textBefore);
              const bool formVisible = state.value(QStringLiteral("formVisible")).toBool();
              if (!confirmation.isEmpty()) {
                  if (m_result.httpStatus == 0 && m_lastHttpStatus > 0) {
                      m_result.httpStatus = m_lastHttpStatus;
                  }
                  m_result.confirmation = confirmation;
                  finish(QStringLiteral("submitted"));
                  return;
              }
              if (newDocument) {
                  if (text.trimmed().isEmpty() && !timedOut) {
                      again(); // the next page is there but not its words yet (a busy machine)
                      return;
                  }
                  if (m_result.httpStatus == 0 && m_lastHttpStatus > 0) {
                      m_result.httpStatus = m_lastHttpStatus;
                  }
                  m_result.confirmation = text.left(200);
                  finish(QStringLiteral("submitted"));
                  return;
              }
              if (postStatus >= 200 && !formVisible) {
                  finish(QStringLiteral("submitted"));
                  return;
              }
              if (!timedOut) {
                  again();
                  return;
              }
              if (postStatus >= 200) {
                  finish(QStringLiteral("submitted")); // accepted by the server, without a word on the page
                  return;
              }
              const QJsonArray invalid = state.value(QStringLiteral("invalid")).toArray();
              QStringList names;
              for (const QJsonValue& v : invalid) {
                  names << v.toString();
              }
              // What the page started saying after the click is most likely why (a refused field).
              QStringList said;
              for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                  if (!m_textBefore.contains(line.trimmed())) {
                      said << line.trimmed();
                  }
              }
              QString error = names.isEmpty()
                  ? tr("no sign that the site received the message")
                  : tr("the form refused these fields: %1").arg(names.join(QStringLiteral(", ")));
              if (!said.isEmpty()) {
                  error += tr("; the page says: %1").arg(said.join(QLatin1Char(' ')).left(300));
              }
              finish(QStringLiteral("failed"), error);
          });
}

void FormFiller::finish(const QString& status, const QString& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_result.status = status;
    m_result.error = error;
    if (!m_options.screenshot || m_page == nullptr || m_result.pages.isEmpty()) {
        Q_EMIT finished(m_result);
        return;
    }
    // The page as it stands, drawn by a view that is never on screen.
    m_view = new QWebEngineView;
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->setPage(m_page);
    m_view->resize(1280, 960);
    m_view->show();
    QTimer::singleShot(100, this, [this] { grabScreenshot(0); });
}

void FormFiller::grabScreenshot(int attempt)
{
    // The view paints a little after it is shown: try again while it is still blank (2 s at most).
    const QImage image = m_view->grab().toImage();
    const bool blank = image.isNull()
        || (image.pixelColor(image.width() / 2, image.height() / 3) == image.pixelColor(0, 0)
            && image.pixelColor(image.width() / 3, image.height() / 4) == image.pixelColor(0, 0));
    if (blank && attempt < 20) {
        QTimer::singleShot(100, this, [this, attempt] { grabScreenshot(attempt + 1); });
        return;
    }
    m_result.screenshot = image;
    Q_EMIT finished(m_result);
}

} // namespace sc::agents::formfiller
