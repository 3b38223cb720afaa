#pragma once

// GMime 3 for the Inbox agent's sources (parsing and building messages). GMime and GLib are C: their
// type-check and cast macros expand to C casts at the call site, so those warnings are off in the
// files that include this one (and only there).
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wcast-align"
#include <gmime/gmime.h>
#include <mutex>

namespace sc::agents::inbox {

// g_mime_init once per process, from whichever thread first needs it.
inline void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace sc::agents::inbox
