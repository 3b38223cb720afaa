#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Sales Copilot needs. Idempotent: only missing packages are
# installed, so `make run` / `make test` stay fast once a machine is set up.
#   installer/deps/debian.sh          build + run dependencies
#   installer/deps/debian.sh --test   the same plus what the test suite needs (keyring, Xvfb, servers)
#   installer/deps/debian.sh --fuzz   the same plus clang's libFuzzer and sanitizers (make fuzz)
set -euo pipefail

build_pkgs=(
  cmake g++ make ccache pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-webengine-dev qt6-webengine-dev-tools libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n
  qtkeychain-qt6-dev nlohmann-json3-dev libcurl4-openssl-dev libpsl-dev libgmime-3.0-dev libical-dev libxml2-dev libphonenumber-dev libsqlite3-dev libjwt-dev libmicrohttpd-dev libkainjow-mustache-dev libpoppler-qt6-dev libzip-dev libssl-dev publicsuffix libgl-dev libxkbcommon-dev
  libqt6svg6 libsecret-1-0 gnome-keyring dbus dbus-x11 xvfb xauth
  curl jq
)
test_pkgs=(
  libsecret-tools sqlite3 dovecot-imapd isync python3-aiosmtpd chromium nodejs wrk nginx-light
)

fuzz_pkgs=(
  clang libclang-rt-14-dev llvm
)

want=("${build_pkgs[@]}")
if [ "${1:-}" = "--test" ]; then
  want+=("${test_pkgs[@]}")
fi
if [ "${1:-}" = "--fuzz" ]; then
  want+=("${fuzz_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
  fi
  echo "Installing missing packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Form Filler benchmark's other side: playwright-core (pinned in its package-lock.json) driving
# Debian's chromium. Installed once per clone, never its own browsers.
# The OpenAPI linter (@redocly/cli, pinned in tests/api/node/package-lock.json) the same way.
if [ "${1:-}" = "--test" ]; then
  root="$(cd "$(dirname "$0")/../.." && pwd)"
  if [ ! -d "$root/tests/bench/node/node_modules/playwright-core" ]; then
    echo "Installing playwright-core for the forms benchmark"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$root/tests/bench/node" --no-audit --no-fund --silent
  fi
  if [ ! -d "$root/tests/api/node/node_modules/@redocly/cli" ]; then
    echo "Installing @redocly/cli for the OpenAPI lint"
    npm ci --prefix "$root/tests/api/node" --no-audit --no-fund --silent
  fi
fi
