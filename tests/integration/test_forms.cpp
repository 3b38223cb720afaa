// The Form Filler against fixture sites (tests/data/forms: Contact Form 7, Gravity Forms, HubSpot,
// Webflow, French-only, honeypots, multi-step, iframes, fetch() JSON, CAPTCHAs, placeholder-only forms
// whose back ends refuse an empty field or a filled honeypot...) served by a real
// HTTP server on 127.0.0.1 that records every POST (tests/support/site_server.py), with real Qt
// WebEngine pages (offscreen). What each site received is asserted field by field
// (tests/data/forms/expected.json). The field classification tables alone are
// tests/unit/test_formfields.cpp.
#include "CliRunner.h"
#include "FreePort.h"
#include "SiteServer.h"
#include "agents/core/AgentHost.h"
#include "agents/formfiller/FormBrowser.h"
#include "agents/formfiller/FormFiller.h"
#include "agents/formfiller/FormFillerAgent.h"
#include "app/CaptchaWindow.h"
#include "models/Clock.h"
#include "models/Workspace.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/FormSubmissionRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/SettingsRepository.h"
#include "models/store/Sql.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebEngineProfile>

using sc::agents::formfiller::FormFiller;

namespace {

int g_port = 0;

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString connectTo()
{
    return QStringLiteral("::127.0.0.1:%1").arg(g_port);
}

} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(g_port > 0);
        QVERIFY(m_server.start(QStringLiteral(SC_SOURCE_DIR "/tests/data/forms"), g_port));
        m_expected = readJson(QStringLiteral(SC_SOURCE_DIR "/tests/data/forms/expected.json"));
        QVERIFY(m_expected.value(QStringLiteral("sites")).toArray().size() >= 12);
        m_sender = sc::agents::formfiller::SenderProfile::fromJson(
            readJson(QStringLiteral(SC_SOURCE_DIR "/tests/data/forms/sender.json")));
        QVERIFY(m_sender.missing().isEmpty());
        m_profile = FormFiller::createProfile(this);
    }

    void fixtureSites_data()
    {
        QTest::addColumn<QJsonObject>("site");
        for (const QJsonValue& v : m_expected.value(QStringLiteral("sites")).toArray()) {
            const QJsonObject site = v.toObject();
            QTest::newRow(qPrintable(site.value(QStringLiteral("host")).toString())) << site;
        }
    }

    void fixtureSites()
    {
        QFETCH(QJsonObject, site);
        m_server.reset();
        const QJsonObject options = site.value(QStringLiteral("options")).toObject();
        FormFiller::Options o;
        o.sender = m_sender;
        o.tickConsent = options.value(QStringLiteral("tick_consent")).toBool();
        o.dryRun = options.value(QStringLiteral("dry_run")).toBool();
        o.connectTo = {connectTo()};
        o.allowLocalNetwork = true; // the fixture sites are on 127.0.0.1
        FormFiller filler(m_profile);
        QSignalSpy done(&filler, &FormFiller::finished);
        filler.start(QUrl(site.value(QStringLiteral("start")).toString()), o);
        QVERIFY(done.wait(60000));
        const auto result = done.first().first().value<FormFiller::Result>();
        const QString report = QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
        QVERIFY2(result.status == site.value(QStringLiteral("status")).toString(), qPrintable(report));
        if (const QJsonValue formUrl = site.value(QStringLiteral("form_url")); formUrl.isString()) {
            QCOMPARE(result.formUrl, formUrl.toString());
        }
        const QJsonObject kinds = site.value(QStringLiteral("kinds")).toObject();
        for (auto it = kinds.begin(); it != kinds.end(); ++it) {
            const auto field = std::find_if(result.fields.cbegin(), result.fields.cend(),
                                            [&](const FormFiller::FilledField& f) { return f.name == it.key(); });
            QVERIFY2(field != result.fields.cend(), qPrintable(it.key() + QStringLiteral(" not reported: ") + report));
            QVERIFY2(
                field->kind == it.value().toString(),
                qPrintable(QStringLiteral("%1: %2 instead of %3").arg(it.key(), field->kind, it.value().toString())));
        }
        // Honeypots and boxes no person can see: reported, never filled (the post below shows them empty).
        for (const QJsonValue& name : site.value(QStringLiteral("left_empty")).toArray()) {
            const auto field
                = std::find_if(result.fields.cbegin(), result.fields.cend(),
                               [&](const FormFiller::FilledField& f) { return f.name == name.toString(); });
            QVERIFY2(field != result.fields.cend(), qPrintable(name.toString() + QStringLiteral(" not reported")));
            QVERIFY2(!field->filled && field->value.isEmpty(), qPrintable(name.toString() + QStringLiteral(" filled")));
        }
        if (site.contains(QStringLiteral("http_status"))) {
            QCOMPARE(result.httpStatus, site.value(QStringLiteral("http_status")).toInt());
        }
        if (const QJsonValue confirmation = site.value(QStringLiteral("confirmation_contains"));
            confirmation.isString()) {
            QVERIFY2(result.confirmation.contains(confirmation.toString()), qPrintable(report));
        }
        // What the site received, field by field.
        const QJsonArray posts = m_server.posts().value(QStringLiteral("posts")).toArray();
        const QJsonValue expectedPost = site.value(QStringLiteral("post"));
        if (!expectedPost.isObject()) {
            QVERIFY2(posts.isEmpty(), QJsonDocument(posts).toJson(QJsonDocument::Compact).constData());
            return;
        }
        QCOMPARE(posts.size(), 1);
        const QJsonObject post = posts.first().toObject();
        const QJsonObject expected = expectedPost.toObject();
        QCOMPARE(post.value(QStringLiteral("host")).toString(), site.value(QStringLiteral("host")).toString());
        QCOMPARE(post.value(QStringLiteral("path")).toString(), expected.value(QStringLiteral("path")).toString());
        QCOMPARE(post.value(QStringLiteral("content_type")).toString(),
                 expected.value(QStringLiteral("content_type")).toString());
        const QJsonObject got = post.value(QStringLiteral("fields")).toObject();
        const QJsonObject want = expected.value(QStringLiteral("fields")).toObject();
        QCOMPARE(got.keys(), want.keys());
        for (auto it = want.begin(); it != want.end(); ++it) {
            QVERIFY2(
                got.value(it.key()) == it.value(),
                qPrintable(QStringLiteral("%1: got %2, want %3")
                               .arg(it.key(),
                                    QString::fromUtf8(
                                        QJsonDocument(QJsonArray {got.value(it.key())}).toJson(QJsonDocument::Compact)),
                                    QString::fromUtf8(
                                        QJsonDocument(QJsonArray {it.value()}).toJson(QJsonDocument::Compact)))));
        }
    }

    // The placeholder-only sites' back ends have teeth: the message the filler must send is accepted,
    // and the same message with one real field emptied, or one honeypot filled, is refused.
    void fixtureBackEndsRefuse_data()
    {
        QTest::addColumn<QJsonObject>("site");
        for (const QJsonValue& v : m_expected.value(QStringLiteral("sites")).toArray()) {
            if (v.toObject().contains(QStringLiteral("left_empty"))) {
                QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("host")).toString())) << v.toObject();
            }
        }
    }

    void fixtureBackEndsRefuse()
    {
        QFETCH(QJsonObject, site);
        const QJsonObject post = site.value(QStringLiteral("post")).toObject();
        const QJsonObject fields = post.value(QStringLiteral("fields")).toObject();
        const QJsonObject kinds = site.value(QStringLiteral("kinds")).toObject();
        const QJsonArray leftEmpty = site.value(QStringLiteral("left_empty")).toArray();
        QNetworkAccessManager network;
        auto send = [&](const QJsonObject& values) {
            QUrlQuery body;
            for (auto it = values.begin(); it != values.end(); ++it) {
                body.addQueryItem(it.key(), it.value().toString());
            }
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                                             .arg(g_port)
                                             .arg(post.value(QStringLiteral("path")).toString())));
            request.setRawHeader("Host", site.value(QStringLiteral("host")).toString().toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply* reply = network.post(request, body.toString(QUrl::FullyEncoded).toUtf8());
            QSignalSpy finished(reply, &QNetworkReply::finished);
            const int status
                = finished.wait(10000) ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : -1;
            reply->deleteLater();
            return status;
        };
        const int accepted = send(fields);
        QVERIFY2(accepted > 0 && accepted < 400, qPrintable(QString::number(accepted)));
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QJsonObject changed = fields;
            if (leftEmpty.contains(QJsonValue(it.key()))) {
                changed.insert(it.key(), QStringLiteral("x"));
            } else if (kinds.contains(it.key()) && !it.value().toString().isEmpty()) {
                changed.insert(it.key(), QString());
            } else {
                continue;
            }
            QVERIFY2(send(changed) == 422, qPrintable(it.key()));
        }
        m_server.reset();
    }

    // The command line, as a script runs it: JSON out, a screenshot, exit codes; a dry run posts nothing.
    void commandLine()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("form.png"));
        // The runner leaves out the Chromium flags this process set for itself: the CLI sets its own.
        const sc::tests::CliRunner cli;
        auto run = [&](const QStringList& extra, int* exitCode) {
            const sc::tests::CliRunner::Result result
                = cli.run(QStringList {QStringLiteral("--json"), QStringLiteral("fill-form"),
                                       QStringLiteral("http://cf7-heron.example/"), QStringLiteral("--sender"),
                                       QStringLiteral(SC_SOURCE_DIR "/tests/data/forms/sender.json"),
                                       QStringLiteral("--connect-to"), connectTo(), QStringLiteral("--allow-local")}
                              + extra,
                          {}, 60000);
            *exitCode = result.code;
            return result.json().object();
        };
        m_server.reset();
        int code = -1;
        QJsonObject json
            = run({QStringLiteral("--dry-run"), QStringLiteral("--message"), QStringLiteral("Short note.")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("dry_run"));
        QCOMPARE(json.value(QStringLiteral("form_url")).toString(),
                 QStringLiteral("http://cf7-heron.example/contact/"));
        QVERIFY(m_server.posts().value(QStringLiteral("posts")).toArray().isEmpty());
        bool sawMessage = false;
        for (const QJsonValue& f : json.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject o = f.toObject();
            QVERIFY(o.contains(QStringLiteral("name")) && o.contains(QStringLiteral("kind"))
                    && o.contains(QStringLiteral("value")));
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("message")) {
                QCOMPARE(o.value(QStringLiteral("value")).toString(), QStringLiteral("Short note."));
                sawMessage = true;
            }
        }
        QVERIFY(sawMessage);

        json = run({QStringLiteral("--tick-consent"), QStringLiteral("--screenshot"), png}, &code);
        QCOMPARE(code, 0);
        for (const char* key : {"url", "form_url", "status", "fields", "confirmation"}) {
            QVERIFY2(json.contains(QLatin1String(key)), key);
        }
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
        QVERIFY(json.value(QStringLiteral("confirmation")).toString().contains(QStringLiteral("Thank you")));
        QCOMPARE(m_server.posts().value(QStringLiteral("posts")).toArray().size(), 1);
        const QImage shot(png);
        QCOMPARE(shot.size(), QSize(1280, 960));
        QVERIFY(shot.pixelColor(10, 10) != shot.pixelColor(40, 75)
                || shot.pixelColor(10, 10) != shot.pixelColor(60, 20));

        // Nothing to fill: a clear exit code, nothing posted.
        m_server.reset();
        const sc::tests::CliRunner::Result nothing
            = cli.run({QStringLiteral("fill-form"), QStringLiteral("http://lark-news.example/"),
                       QStringLiteral("--sender"), QStringLiteral(SC_SOURCE_DIR "/tests/data/forms/sender.json"),
                       QStringLiteral("--connect-to"), connectTo(), QStringLiteral("--allow-local")},
                      {}, 60000);
        QVERIFY(!nothing.timedOut);
        QCOMPARE(nothing.code, 4);
        QVERIFY(m_server.posts().value(QStringLiteral("posts")).toArray().isEmpty());
    }

    // The agent as the app runs it: found and filled without sending, approved, sent at the site's
    // pace, on the timeline with a screenshot; never twice, never to the do-not-contact list; a CAPTCHA
    // comes back to the rep.
    void agentPreparesThenSendsAfterApproval()
    {
        namespace Sql = sc::models::Sql;
        using sc::models::FormSubmissionRepository;
        QTemporaryDir dir;
        const sc::models::Workspace ws = sc::models::Workspace::open(dir.path());
        const QSqlDatabase db = ws.connection();
        sc::models::SettingsRepository settings(db);
        QJsonObject sender = m_sender.toJson();
        sender.remove(QStringLiteral("message"));
        sender.remove(QStringLiteral("subject"));
        settings.setValue(QStringLiteral("forms.sender"), QString::fromUtf8(QJsonDocument(sender).toJson()));
        settings.setValue(QStringLiteral("forms.subject"), QStringLiteral("A question for {company}"));
        settings.setValue(QStringLiteral("forms.message"),
                          QStringLiteral("Hello {company} team, could we talk next week? {my_name}"));
        settings.setValue(QStringLiteral("forms.tick_consent"), QStringLiteral("1"));
        settings.setValue(QStringLiteral("forms.connect_to"), connectTo());
        settings.setValue(QStringLiteral("research.allow_local_network"), QStringLiteral("1"));
        const qint64 now = sc::Clock::instance().nowMs();
        Sql::run(db,
                 QStringLiteral("INSERT INTO companies (id, name, domain, website, created_at, updated_at) VALUES "
                                "(1, 'Heron Logistics', 'cf7-heron.example', 'http://cf7-heron.example/', 0, 0), "
                                "(2, 'Heron Secure', 'heron-recaptcha.example', 'http://heron-recaptcha.example/', "
                                "0, 0), (3, 'Gannet Freight', 'gannet-freight.example', "
                                "'http://gannet-freight.example/', 0, 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO prospects (id, company_id, first_name, last_name, email, created_at, "
                                "updated_at) VALUES (1, 1, 'Ada', 'Moreau', 'ada@cf7-heron.example', 0, 0), "
                                "(2, 1, 'Basile', 'Roux', 'basile@cf7-heron.example', 0, 0), "
                                "(3, 2, 'Cleo', 'Martin', NULL, 0, 0), (4, 3, 'Dan', 'Petit', NULL, 0, 0)"));
        QString problem;
        sc::models::DoNotContactRepository(db).add(QStringLiteral("gannet-freight.example"), QStringLiteral("asked"),
                                                   now, &problem);

        sc::agents::formfiller::FormBrowser browser;
        QSignalSpy handedOver(&browser, &sc::agents::formfiller::FormBrowser::needsHuman);
        sc::agents::AgentHost host(ws);
        host.addAgent(std::make_unique<sc::agents::formfiller::FormFillerAgent>(&browser));
        QVERIFY(host.start().ok);
        sc::models::JobRepository jobs(db);
        auto stateOf = [&](qint64 id) {
            return sc::models::jobStateName(jobs.find(id)->state);
        };
        auto lastJob = [&](const char* kind) {
            return Sql::scalar(db, QStringLiteral("SELECT max(id) FROM jobs WHERE kind = :k"),
                               {{":k", QLatin1String(kind)}})
                .toLongLong();
        };
        auto posts = [&] {
            return m_server.posts().value(QStringLiteral("posts")).toArray();
        };
        m_server.reset();

        // Ada: found and filled, not sent; a draft waits.
        qint64 job = host.enqueue(FormSubmissionRepository::prepareJob(1));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), QStringLiteral("succeeded"), 60000);
        QVERIFY(posts().isEmpty());
        QList<sc::models::Draft> drafts = sc::models::DraftRepository(db).pending();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().channel, QStringLiteral("form"));
        QCOMPARE(drafts.first().toAddress, QStringLiteral("http://cf7-heron.example/contact/"));
        QCOMPARE(drafts.first().subject, QStringLiteral("A question for Heron Logistics"));
        QCOMPARE(drafts.first().body,
                 QStringLiteral("Hello Heron Logistics team, could we talk next week? Camille Durand"));
        QVERIFY(drafts.first().rationale.contains(QStringLiteral("your-email"))
                || drafts.first().rationale.contains(QStringLiteral("Your email")));
        const qint64 draftId = drafts.first().id;

        // Approved: sent, proven, on the timeline.
        QVERIFY(FormSubmissionRepository(db).approveDraft(draftId, QStringLiteral("rep"), now));
        QTRY_VERIFY_WITH_TIMEOUT(
            lastJob("forms.submit") > 0 && stateOf(lastJob("forms.submit")) == QLatin1String("succeeded"), 60000);
        QCOMPARE(posts().size(), 1);
        const QJsonObject fields = posts().first().toObject().value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("your-name")).toString(), QStringLiteral("Camille Durand"));
        QCOMPARE(fields.value(QStringLiteral("your-message")).toString(),
                 QStringLiteral("Hello Heron Logistics team, could we talk next week? Camille Durand"));
        QCOMPARE(fields.value(QStringLiteral("acceptance-gdpr")).toString(), QStringLiteral("1"));
        const sc::models::FormSubmission sent = FormSubmissionRepository(db).forProspect(1).first();
        QCOMPARE(sent.status, QStringLiteral("submitted"));
        QVERIFY(sent.confirmation.contains(QStringLiteral("Thank you")));
        QCOMPARE(sent.httpStatus, 200);
        QVERIFY(!QImage(QDir(dir.path()).filePath(sent.screenshot)).isNull());
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT status FROM drafts WHERE id = :d"), {{":d", draftId}}).toString(),
            QStringLiteral("sent"));
        QVERIFY(Sql::scalar(db,
                            QStringLiteral("SELECT summary FROM activities WHERE prospect_id = 1 AND kind = "
                                           "'form_submitted'"))
                    .toString()
                    .startsWith(QStringLiteral("Contact form sent on http://cf7-heron.example/contact/")));

        // Never twice for Ada on this site within the window.
        job = host.enqueue(FormSubmissionRepository::prepareJob(1));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), QStringLiteral("failed"), 30000);
        QVERIFY(jobs.find(job)->lastError.contains(QStringLiteral("already went")));

        // Basile, same site: prepared, approved, then held back by the site's pace (one form per 10 min).
        job = host.enqueue(FormSubmissionRepository::prepareJob(2));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), QStringLiteral("succeeded"), 60000);
        const qint64 basileDraft = sc::models::DraftRepository(db).pending().first().id;
        QVERIFY(FormSubmissionRepository(db).approveDraft(basileDraft, QStringLiteral("rep"), now));
        qint64 held = 0;
        QTRY_VERIFY_WITH_TIMEOUT((held = lastJob("forms.submit")) > 0 && jobs.find(held)->attempts >= 1
                                     && !jobs.find(held)->lastError.isEmpty(),
                                 30000);
        QCOMPARE(stateOf(held), QStringLiteral("queued"));
        QVERIFY(jobs.find(held)->lastError.contains(QStringLiteral("Waiting")));
        QCOMPARE(posts().size(), 1);
        host.cancel(held);

        // Dan's company asked not to be contacted: nothing is even opened.
        job = host.enqueue(FormSubmissionRepository::prepareJob(4));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), QStringLiteral("failed"), 30000);
        QVERIFY(jobs.find(job)->lastError.contains(QStringLiteral("do-not-contact")));
        QVERIFY(FormSubmissionRepository(db).forProspect(4).isEmpty());

        // Cleo's site has a CAPTCHA: the draft says so; after approval the filled page goes to the rep.
        job = host.enqueue(FormSubmissionRepository::prepareJob(3));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), QStringLiteral("succeeded"), 60000);
        drafts = sc::models::DraftRepository(db).pending();
        QCOMPARE(drafts.size(), 1);
        QVERIFY(drafts.first().rationale.contains(QStringLiteral("CAPTCHA")));
        QVERIFY(FormSubmissionRepository(db).approveDraft(drafts.first().id, QStringLiteral("rep"), now));
        QVERIFY(handedOver.wait(60000));
        QCOMPARE(handedOver.first().at(0).toLongLong(), FormSubmissionRepository(db).forProspect(3).first().id);
        QTRY_COMPARE_WITH_TIMEOUT(FormSubmissionRepository(db).forProspect(3).first().status, QStringLiteral("captcha"),
                                  30000);
        {
            // The rep's window on the filled page: they solve the CAPTCHA on the site, send, and say so.
            const qint64 cleo = FormSubmissionRepository(db).forProspect(3).first().id;
            auto* window = new sc::app::CaptchaWindow(ws, cleo, handedOver.first().at(1).value<QWebEnginePage*>());
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QVERIFY(window->windowTitle().contains(QStringLiteral("heron-recaptcha.example")));
            if (const QString shots = qEnvironmentVariable("SC_TEST_SCREENSHOTS"); !shots.isEmpty()) {
                QTest::qWait(500); // let the page paint, for a person to look at
                window->grab().save(QDir(shots).filePath(QStringLiteral("captcha-window.png")));
            }
            QPointer<sc::app::CaptchaWindow> guard(window);
            window->findChild<QPushButton*>(QStringLiteral("captchaSent"))->click();
            QTRY_VERIFY(guard.isNull()); // closed and deleted, with its page
            const sc::models::FormSubmission byRep = FormSubmissionRepository(db).find(cleo).value();
            QCOMPARE(byRep.status, QStringLiteral("sent_by_rep"));
            QVERIFY(!QImage(QDir(dir.path()).filePath(byRep.screenshot)).isNull());
            QVERIFY(Sql::scalar(db,
                                QStringLiteral("SELECT count(*) FROM activities WHERE prospect_id = 3 AND kind = "
                                               "'form_sent_by_rep'"))
                        .toInt()
                    == 1);
        }
        QCOMPARE(posts().size(), 1);
        QVERIFY(jobs.find(lastJob("forms.submit"))->progressText.startsWith(QStringLiteral("Needs you")));

        // A sequence the rep trusts sends without a draft (a site not written to yet: no pace to wait).
        Sql::run(db,
                 QStringLiteral("INSERT INTO sequences (id, name, auto_submit_forms, created_at) VALUES (1, "
                                "'Trusted', 1, 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO companies (id, name, domain, website, created_at, updated_at) VALUES "
                                "(4, 'Kestrel Analytics', 'kestrel-analytics.example', "
                                "'http://kestrel-analytics.example/', 0, 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO prospects (id, company_id, first_name, last_name, created_at, "
                                "updated_at) VALUES (5, 4, 'Eve', 'Lambert', 0, 0)"));
        const int pendingBefore = int(sc::models::DraftRepository(db).pending().size());
        job = host.enqueue(FormSubmissionRepository::prepareJob(5, 1));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), QStringLiteral("succeeded"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(FormSubmissionRepository(db).forProspect(5).first().status,
                                  QStringLiteral("submitted"), 60000);
        QCOMPARE(int(sc::models::DraftRepository(db).pending().size()), pendingBefore);
        QCOMPARE(posts().size(), 2);
        QCOMPARE(posts().last().toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("kestrel-analytics.example"));

        // A run the app's exit interrupted while it was sending is never sent again behind the rep's back.
        sc::models::FormSubmission interrupted;
        interrupted.prospectId = 2;
        interrupted.domain = QStringLiteral("cf7-heron.example");
        interrupted.url = QStringLiteral("http://cf7-heron.example/contact/");
        interrupted.status = QStringLiteral("sending");
        const qint64 interruptedId = FormSubmissionRepository(db).create(interrupted, now);
        job = host.enqueue(FormSubmissionRepository::submitJob(interruptedId));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), QStringLiteral("failed"), 30000);
        QVERIFY(jobs.find(job)->lastError.contains(QStringLiteral("may have reached")));
        QCOMPARE(FormSubmissionRepository(db).find(interruptedId)->status, QStringLiteral("failed"));
        QCOMPARE(posts().size(), 2);
        QVERIFY(host.stop(10000));
        ws.releaseConnection();
    }

private:
    sc::tests::SiteServer m_server;
    QJsonObject m_expected;
    sc::agents::formfiller::SenderProfile m_sender;
    QWebEngineProfile* m_profile = nullptr;
};

int main(int argc, char** argv)
{
    g_port = sc::tests::freePort();
    FormFiller::prepareProcess({QStringLiteral("::127.0.0.1:%1").arg(g_port)});
    QApplication app(argc, argv);
    TestForms test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_forms.moc"
