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

// A refusal in the rep's words (an invalid address, a stage that does not exist, a record gone):
// nothing is wrong with the store, the request is. The API answers it 422; a plain StoreError is a
// fault and answers 500 without its message.
class ValidationError : public StoreError
{
public:
    using StoreError::StoreError;
};

// SQLite could not write for want of space (SQLITE_FULL: the disk, or the quota, is full). Retrying
// will not help until the rep frees space: an edge says so in the rep's words (DiskSpace).
class DiskFullError : public StoreError
{
public:
    using StoreError::StoreError;
};

// The workspace was written by a newer version of the app; opening it could corrupt it.
class SchemaTooNewError : public StoreError
{
public:
    using StoreError::StoreError;
};

} // namespace sc::models
