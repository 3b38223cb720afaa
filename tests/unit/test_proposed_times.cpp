// The meeting times a reply proposes (ProposedTimes), checked on tests/data/proposed_times.tsv: invented
// replies, half French, half English, each with its Date header, the prospect's zone ("-" for none) and the
// candidates expected. Columns are tab-separated; "\n" in the text is a line break; candidates are
// "START END PRECISION" (END "-" when none) separated by " ; ", or "-" when the reply proposes none.
#include "agents/inbox/ProposedTimes.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace sc::agents::inbox;

namespace {

struct Case
{
    int line = 0;
    QDateTime sent;
    QTimeZone zone;
    QString text;
    QString expected;
};

QList<Case> cases()
{
    QList<Case> out;
    QFile file(QStringLiteral(SC_SOURCE_DIR "/tests/data/proposed_times.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    int n = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        ++n;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() != 4) {
            qWarning("line %d: %d columns", n, int(cols.size()));
            Case bad;
            bad.line = n;
            out.append(bad);
            continue;
        }
        Case c {n, QDateTime::fromString(cols.at(0), Qt::RFC2822Date),
                cols.at(1) == QLatin1String("-") ? QTimeZone() : QTimeZone(cols.at(1).toUtf8()),
                QString(cols.at(2)).replace(QLatin1String("\\n"), QLatin1String("\n")), cols.at(3).trimmed()};
        out.append(c);
    }
    return out;
}

QString render(const QList<ProposedTime>& times)
{
    QStringList parts;
    for (const ProposedTime& p : times) {
        parts.append(QStringLiteral("%1 %2 %3")
                         .arg(ProposedTimes::iso(p.start),
                              p.end.isValid() ? ProposedTimes::iso(p.end) : QStringLiteral("-"), p.precision));
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1String(" ; "));
}

} // namespace

class TestProposedTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReply_data()
    {
        QTest::addColumn<QDateTime>("sent");
        QTest::addColumn<QTimeZone>("zone");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QList<Case> all = cases();
        for (const Case& c : all) {
            QTest::addRow("line %d", c.line) << c.sent << c.zone << c.text << c.expected;
        }
    }

    void everyReply()
    {
        QFETCH(QDateTime, sent);
        QFETCH(QTimeZone, zone);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QVERIFY(sent.isValid());
        QCOMPARE(render(ProposedTimes::find(text, sent, zone)), expected);
    }

    void hitRate()
    {
        const QList<Case> all = cases();
        int hits = 0;
        for (const Case& c : all) {
            hits += c.sent.isValid() && render(ProposedTimes::find(c.text, c.sent, c.zone)) == c.expected ? 1 : 0;
        }
        qInfo("proposed times: %d of %d replies exactly right (%.1f%%)", hits, int(all.size()),
              all.isEmpty() ? 0.0 : 100.0 * hits / double(all.size()));
        QVERIFY(all.size() >= 150);
        QCOMPARE(hits, int(all.size()));
    }

    void jsonShape()
    {
        const QDateTime sent
            = QDateTime::fromString(QStringLiteral("Fri, 08 Jan 2027 10:00:00 +0100"), Qt::RFC2822Date);
        const QJsonArray json = ProposedTimes::toJson(ProposedTimes::find(QStringLiteral("Mardi 14h ?"), sent, {}));
        QCOMPARE(json.size(), 1);
        const QJsonObject o = json.at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("start")).toString(), QStringLiteral("2027-01-12T14:00:00+01:00"));
        QVERIFY(o.value(QStringLiteral("end")).isNull());
        QCOMPARE(o.value(QStringLiteral("precision")).toString(), QStringLiteral("time"));
    }
};

QTEST_GUILESS_MAIN(TestProposedTimes)
#include "test_proposed_times.moc"
