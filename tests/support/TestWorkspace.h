#pragma once

#include "models/Workspace.h"

#include <QTemporaryDir>

namespace sc::tests {

// A workspace in a fresh temporary folder, removed with the object.
class TestWorkspace
{
public:
    TestWorkspace();
    ~TestWorkspace();
    TestWorkspace(const TestWorkspace&) = delete;
    TestWorkspace& operator=(const TestWorkspace&) = delete;

    const models::Workspace& operator*() const { return m_workspace; }
    const models::Workspace* operator->() const { return &m_workspace; }
    QString dir() const { return m_workspace.directory(); }

private:
    QTemporaryDir m_dir;
    models::Workspace m_workspace;
};

} // namespace sc::tests
