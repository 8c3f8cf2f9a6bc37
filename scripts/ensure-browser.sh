#!/usr/bin/env bash
# The browser tests drive a real headless Chromium: the Debian «chromium» package.
# Installs it when it is missing and we may (root with apt-get); otherwise says how, and fails.
set -euo pipefail
BROWSER="${NASTAVNIK_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$BROWSER" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Устанавливаю Chromium для браузерных тестов (apt-get install chromium)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium >/dev/null
fi
if [ ! -x "$BROWSER" ]; then
  echo "Для тестов нужен Chromium: выполните «sudo apt-get install chromium»" \
    "(или укажите путь к нему в NASTAVNIK_CHROMIUM)." >&2
  exit 1
fi
