#pragma once

namespace sc::tests {

// A free TCP port on 127.0.0.1, known before any Qt object exists (Chromium's host rules are fixed
// when the application starts). The port is released at once: a server started next takes it.
int freePort();

} // namespace sc::tests
