#include "TestWorkspace.h"

namespace sc::tests {

TestWorkspace::TestWorkspace()
    : m_workspace(models::Workspace::open(m_dir.path() + QStringLiteral("/ws")))
{
}

TestWorkspace::~TestWorkspace()
{
    m_workspace.releaseConnection();
}

} // namespace sc::tests
