#include "SisimaiCorpus.h"

#include <QDir>
#include <QFileInfo>

namespace sc::tests {

namespace {

constexpr const char* Relative = "../shared/data/sisimai-set-of-emails";

} // namespace

QString SisimaiCorpus::path()
{
    return QDir::cleanPath(QStringLiteral(SC_SOURCE_DIR "/") + QLatin1String(Relative));
}

bool SisimaiCorpus::available()
{
    return QFileInfo::exists(path() + QStringLiteral("/expected.tsv"))
        && QFileInfo(path() + QStringLiteral("/maildir/bsd")).isDir();
}

QString SisimaiCorpus::skipReason(const QString& skipped)
{
    return QStringLiteral("%1 not found at %2: %3").arg(QLatin1String(Relative), path(), skipped);
}

} // namespace sc::tests
