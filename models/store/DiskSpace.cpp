#include "DiskSpace.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QStorageInfo>
#include <algorithm>

namespace sc::models::DiskSpace {

qint64 freeBytes(const QString& folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

QString fullMessage(const QString& folder, qint64 neededBytes)
{
    const QLocale locale;
    const qint64 free = freeBytes(folder);
    // Whole megabytes at least: "free 312 bytes" helps nobody.
    const qint64 needed = std::max<qint64>(neededBytes, 1024 * 1024);
    const QString where = QDir::toNativeSeparators(folder);
    if (free < 0) {
        return QCoreApplication::translate("sc::models::DiskSpace",
                                           "The disk holding your workspace (%1) is full. Free at least %2 on it, "
                                           "then retry.")
            .arg(where, locale.formattedDataSize(needed, 0));
    }
    return QCoreApplication::translate("sc::models::DiskSpace",
                                       "The disk holding your workspace (%1) is full: %2 free there. Free at least "
                                       "%3 on it, then retry.")
        .arg(where, locale.formattedDataSize(free, 1), locale.formattedDataSize(needed, 0));
}

} // namespace sc::models::DiskSpace
