#pragma once

#include <QRegularExpression>
#include <QString>

namespace sc::models {

// Where a secret comes from on a machine with no keychain (CI, a server): SALES_COPILOT_SECRET_ and the
// name (a mailbox's, a model provider's) upper-cased, anything but letters and digits as '_'.
inline QString secretEnvironmentVariable(const QString& name)
{
    static const QRegularExpression other(QStringLiteral("[^A-Z0-9]"));
    QString upper = name.toUpper();
    upper.replace(other, QStringLiteral("_"));
    return QStringLiteral("SALES_COPILOT_SECRET_") + upper;
}

} // namespace sc::models
