// The send-time heat map painted offscreen: the hot cell darker than the rest, weekday rows in the
// widget's locale, the empty state's sentence; the dialog's scopes read from a real workspace. The
// renders are saved as PNGs in the build folder (tests/sendtime-*.png) to be looked at.
#include "TestWorkspace.h"
#include "agents/decision/SendTimeModel.h"
#include "models/store/Sql.h"
#include "ui/dialogs/SendTimesDialog.h"
#include "ui/widgets/SendTimeHeatmap.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QTest>

using namespace sc;
using agents::decision::SendTimeModel;
namespace Sql = sc::models::Sql;

namespace {

QString pngPath(const QString& name)
{
    const QString dir = QStringLiteral(SC_BINARY_DIR) + QStringLiteral("/tests");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/sendtime-") + name + QStringLiteral(".png");
}

// Darkness of a colour: 0 white .. 765 black.
int darkness(const QColor& c)
{
    return 765 - c.red() - c.green() - c.blue();
}

// The centre of the cell (row, hour) in widget coordinates, found through cellAt.
QPoint cellCentre(const ui::SendTimeHeatmap& map, int weekday, int hour)
{
    for (int y = 0; y < map.height(); ++y) {
        for (int x = 0; x < map.width(); ++x) {
            if (map.cellAt({x, y}) == std::pair<int, int> {weekday, hour}) {
                int right = x;
                while (map.cellAt({right + 1, y}) == std::pair<int, int> {weekday, hour}) {
                    ++right;
                }
                int bottom = y;
                while (map.cellAt({x, bottom + 1}) == std::pair<int, int> {weekday, hour}) {
                    ++bottom;
                }
                return {(x + right) / 2, (y + bottom) / 2};
            }
        }
    }
    return {-1, -1};
}

} // namespace

class TestSendTimeHeatmap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsThePattern()
    {
        QList<SendTimeModel::Reply> replies;
        for (int i = 0; i < 60; ++i) {
            replies.append({2, 10, QStringLiteral("FR"), 0});
        }
        for (int i = 0; i < 20; ++i) {
            replies.append({4, 14 + i % 2, QStringLiteral("FR"), 0});
        }
        const SendTimeModel model(replies);
        ui::SendTimeHeatmap map;
        map.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        map.setGrid(model.grid(), model.priorMask());
        map.setState(model.replies(), SendTimeModel::MinReplies, model.hasPattern());
        map.resize(760, 300);
        const QImage image = map.grab().toImage();
        QVERIFY(image.save(pngPath(QStringLiteral("pattern"))));
        QVERIFY(map.emptyText().isEmpty());
        QCOMPARE(map.weekdayOfRow(0), 1); // Monday first in the UK
        const QPoint hot = cellCentre(map, 2, 10);
        const QPoint warm = cellCentre(map, 4, 14);
        const QPoint cold = cellCentre(map, 1, 12);
        const QPoint night = cellCentre(map, 6, 3);
        QVERIFY(hot.x() >= 0 && warm.x() >= 0 && cold.x() >= 0 && night.x() >= 0);
        QVERIFY(darkness(image.pixelColor(hot)) > darkness(image.pixelColor(warm)));
        QVERIFY(darkness(image.pixelColor(warm)) > darkness(image.pixelColor(cold)));
        QVERIFY(darkness(image.pixelColor(cold)) >= darkness(image.pixelColor(night)));
    }

    void weekdaysFollowTheLocale()
    {
        ui::SendTimeHeatmap map;
        map.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(map.weekdayOfRow(0), 7); // Sunday first
        QCOMPARE(map.weekdayOfRow(1), 1);
        map.setLocale(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(map.weekdayOfRow(0), 1);
        QCOMPARE(map.weekdayOfRow(6), 7);
        map.resize(760, 300);
        map.setState(12, SendTimeModel::MinReplies, false);
        QVERIFY(map.grab().toImage().save(pngPath(QStringLiteral("empty-fr"))));
    }

    void emptyState()
    {
        ui::SendTimeHeatmap map;
        map.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        map.setState(12, SendTimeModel::MinReplies, false);
        QCOMPARE(map.emptyText(),
                 QStringLiteral("Not enough replies yet: 12 of 50 — sending at the first business hour"));
        map.resize(760, 300);
        QVERIFY(map.grab().toImage().save(pngPath(QStringLiteral("empty"))));
    }

    // The dialog reads the workspace's replies and offers the workspace, each country and each company.
    void dialogScopes()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        Sql::run(db,
                 QStringLiteral("INSERT INTO companies (id, name, country, created_at, updated_at) VALUES (1, "
                                "'Acme', 'France', 0, 0), (2, 'Globex', 'DE', 0, 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO prospects (id, company_id, first_name, email, created_at, "
                                "updated_at) VALUES (1, 1, 'Ada', 'ada@acme.example', 0, 0), (2, 2, 'Ben', "
                                "'ben@globex.example', 0, 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO threads (id, prospect_id, subject, created_at) VALUES (1, 1, 'a', "
                                "0), (2, 2, 'b', 0)"));
        // Tuesdays 10:10 Paris (09:10Z in winter) for Acme, Thursdays 15:10 Berlin for Globex.
        const qint64 tuesday = QDateTime(QDate(2026, 11, 3), QTime(9, 10), QTimeZone::utc()).toMSecsSinceEpoch();
        for (int i = 0; i < 40; ++i) {
            Sql::run(db,
                     QStringLiteral("INSERT INTO messages (thread_id, direction, classification, sent_at, "
                                    "created_at) VALUES (:t, 'inbound', 'interested', :s, 0)"),
                     {{":t", i < 25 ? 1 : 2}, {":s", tuesday + (i < 25 ? 0 : 2 * 86400000LL + 5 * 3600000LL)}});
        }
        {
            ui::SendTimesDialog dialog(db);
            QVERIFY(!dialog.heatmap()->hasPattern());
            QCOMPARE(dialog.scopePicker()->count(), 5); // workspace, DE, FR, Acme, Globex
            QVERIFY(dialog.summary().contains(QStringLiteral("40 of 50")));
        }
        for (int i = 0; i < 20; ++i) {
            Sql::run(db,
                     QStringLiteral("INSERT INTO messages (thread_id, direction, classification, sent_at, "
                                    "created_at) VALUES (1, 'inbound', 'question', :s, 0)"),
                     {{":s", tuesday}});
        }
        ui::SendTimesDialog dialog(db);
        dialog.resize(820, 460);
        QVERIFY(dialog.heatmap()->hasPattern());
        QVERIFY(dialog.showScope(QStringLiteral("Allemagne")));
        QVERIFY2(dialog.summary().startsWith(QStringLiteral("Best hours: ") + QLocale().dayName(4, QLocale::ShortFormat)
                                             + QStringLiteral(" 15:00")),
                 qPrintable(dialog.summary()));
        QVERIFY(dialog.showScope({}, 1));
        QVERIFY2(dialog.summary().contains(QLocale().dayName(2, QLocale::ShortFormat) + QStringLiteral(" 10:00")),
                 qPrintable(dialog.summary()));
        QVERIFY(!dialog.showScope(QStringLiteral("JP")));
        QVERIFY(dialog.showScope({}));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().toImage().save(pngPath(QStringLiteral("dialog"))));
    }
};

QTEST_MAIN(TestSendTimeHeatmap)
#include "test_sendtime_heatmap.moc"
