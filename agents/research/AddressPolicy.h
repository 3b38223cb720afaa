#pragma once

#include <QHostAddress>
#include <QString>

namespace sc::agents::research {

// Which addresses the agents may fetch a web page from. A company's website is on the public internet:
// link-local addresses (169.254.0.0/16 — where cloud metadata services answer — and fe80::/10) are never
// a target, and loopback, private, shared (CGNAT) and unique-local ranges only when the rep allows the
// local network. Checked on the address a connection is about to be made to, after DNS resolution and
// on every redirect hop, so neither a name that resolves inward nor a redirect gets around it.
class AddressPolicy
{
public:
    enum class Kind { Public, Local, LinkLocal, Unusable };

    static Kind classify(const QHostAddress& address);
    // Empty when allowed, else why not, in words for the rep ("169.254.169.254 is a link-local address…").
    static QString refusal(const QHostAddress& address, bool allowLocalNetwork);
};

} // namespace sc::agents::research
