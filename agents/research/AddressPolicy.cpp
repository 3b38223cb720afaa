#include "AddressPolicy.h"

#include <QPair>

namespace sc::agents::research {

namespace {

bool inAny(const QHostAddress& address, std::initializer_list<const char*> subnets)
{
    for (const char* subnet : subnets) {
        const QPair<QHostAddress, int> range = QHostAddress::parseSubnet(QLatin1String(subnet));
        if (address.isInSubnet(range)) {
            return true;
        }
    }
    return false;
}

} // namespace

AddressPolicy::Kind AddressPolicy::classify(const QHostAddress& given)
{
    QHostAddress address = given;
    bool mapped = false;
    // ::ffff:169.254.169.254 is 169.254.169.254.
    if (const quint32 v4 = address.toIPv4Address(&mapped); mapped) {
        address = QHostAddress(v4);
    }
    if (address.isNull()) {
        return Kind::Unusable;
    }
    if (inAny(address, {"169.254.0.0/16", "fe80::/10"})) {
        return Kind::LinkLocal;
    }
    if (address.isMulticast() || address.isBroadcast() || inAny(address, {"240.0.0.0/4", "ff00::/8"})) {
        return Kind::Unusable;
    }
    if (address.isLoopback()
        || inAny(address,
                 {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "172.16.0.0/12", "192.168.0.0/16", "192.0.0.0/24",
                  "198.18.0.0/15", "::/128", "fc00::/7", "fec0::/10"})) {
        return Kind::Local;
    }
    return Kind::Public;
}

QString AddressPolicy::refusal(const QHostAddress& address, bool allowLocalNetwork)
{
    switch (classify(address)) {
    case Kind::Public:
        return {};
    case Kind::Local:
        return allowLocalNetwork ? QString()
                                 : QStringLiteral("%1 is on this computer or the local network, which is not "
                                                  "read unless the local network is allowed (Settings, or "
                                                  "--allow-local)")
                                       .arg(address.toString());
    case Kind::LinkLocal:
        return QStringLiteral("%1 is a link-local address (where cloud metadata services answer), never read")
            .arg(address.toString());
    case Kind::Unusable:
        break;
    }
    return QStringLiteral("%1 is not an address a website is served from").arg(address.toString());
}

} // namespace sc::agents::research
