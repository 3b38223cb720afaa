#pragma once

#include <QString>
#include <stdexcept>

namespace sc::models {

// Raised by the store when SQLite refuses something (full disk, corrupt file, a bug in a statement).
// Callers at the edges (an agent's job, a UI action, a CLI command) catch it and show its message.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

// The workspace was written by a newer version of the app; opening it could corrupt it.
class SchemaTooNewError : public StoreError
{
public:
    using StoreError::StoreError;
};

} // namespace sc::models
