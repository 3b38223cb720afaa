#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sc::tests {

// The labelled reply corpora: the training one that ships with the app
// (resources/classifier/replies.tsv: label, language, text) and the one held apart, never trained
// on (tests/data/replies/heldout.tsv: label, language, referral_name, referral_email, left_company,
// follow_up, text). "\n" in a text is a line break.
struct LabelledReply
{
    QString label;
    QString language;
    QString referralName;
    QString referralEmail;
    bool leftCompany = false;
    QString followUp; // ISO date or empty
    QString text;
};

QList<LabelledReply> readReplyCorpus(const QString& path);

// The data lines of a tab-separated fixture (after its header, blank lines skipped), each with its
// 1-based line number for messages; empty when the file cannot be read.
struct TsvRow
{
    int line = 0;
    QStringList fields;
};
QList<TsvRow> readTsv(const QString& path);

// Expected label x label given, printed as the README's table.
class Confusion
{
public:
    void add(const QString& expected, const QString& got);
    int total() const { return m_total; }
    int right() const { return m_right; }
    double accuracy() const { return m_total == 0 ? 0 : double(m_right) / m_total; }
    // A Markdown table: one row per expected label, one column per label given, then recall.
    QString table() const;

private:
    QMap<QString, QMap<QString, int>> m_cells;
    int m_total = 0;
    int m_right = 0;
};

} // namespace sc::tests
