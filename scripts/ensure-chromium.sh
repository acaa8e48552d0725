#!/usr/bin/env bash
# The browser tests drive Debian's Chromium.
exec bash "$(dirname "$0")/ensure-debian-package.sh" "${CHROMIUM_PATH:-/usr/bin/chromium}" chromium "browser tests" CHROMIUM_PATH
