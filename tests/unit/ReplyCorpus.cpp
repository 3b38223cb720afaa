#include "ReplyCorpus.h"

#include <QFile>
#include <QSet>
#include <QStringList>

namespace sc::tests {

QList<TsvRow> readTsv(const QString& path)
{
    QList<TsvRow> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return rows;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty()) {
            rows.append({int(i + 1), QString::fromUtf8(lines.at(i)).split(QLatin1Char('\t'))});
        }
    }
    return rows;
}

QList<LabelledReply> readReplyCorpus(const QString& path)
{
    QList<LabelledReply> out;
    for (const TsvRow& row : readTsv(path)) {
        const QStringList& f = row.fields;
        auto text = [](QString t) {
            return t.replace(QLatin1String("\\n"), QLatin1String("\n"));
        };
        if (f.size() == 3) {
            out.append({f.at(0), f.at(1), {}, {}, false, {}, text(f.at(2))});
        } else if (f.size() == 7) {
            out.append({f.at(0), f.at(1), f.at(2), f.at(3), f.at(4) == QLatin1String("yes"), f.at(5), text(f.at(6))});
        }
    }
    return out;
}

void Confusion::add(const QString& expected, const QString& got)
{
    ++m_cells[expected][got];
    ++m_total;
    m_right += expected == got ? 1 : 0;
}

QString Confusion::table() const
{
    QSet<QString> labelSet;
    for (auto row = m_cells.cbegin(); row != m_cells.cend(); ++row) {
        labelSet.insert(row.key());
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell) {
            labelSet.insert(cell.key());
        }
    }
    QStringList labels(labelSet.cbegin(), labelSet.cend());
    labels.sort();
    QString out = QStringLiteral("| expected \\ given |");
    QString rule = QStringLiteral("|---|");
    for (const QString& l : std::as_const(labels)) {
        out += QLatin1Char(' ') + l + QStringLiteral(" |");
        rule += QStringLiteral("---:|");
    }
    out += QStringLiteral(" recall |\n") + rule + QStringLiteral("---:|\n");
    for (auto row = m_cells.cbegin(); row != m_cells.cend(); ++row) {
        int n = 0;
        for (const int c : *row) {
            n += c;
        }
        out += QStringLiteral("| ") + row.key() + QStringLiteral(" |");
        for (const QString& l : std::as_const(labels)) {
            const int c = row->value(l);
            out += c == 0 ? QStringLiteral(" · |") : QStringLiteral(" %1 |").arg(c);
        }
        out += QStringLiteral(" %1% |\n").arg(100.0 * row->value(row.key()) / n, 0, 'f', 1);
    }
    return out;
}

} // namespace sc::tests
