#!/usr/bin/env bash
# Tests drive real programs from Debian (Chromium, Dovecot). Installs one when it is missing
# and we may (as root), else says what to do.
#   ensure-debian-package.sh PATH PACKAGE PURPOSE OVERRIDE_VARIABLE
set -euo pipefail
program=$1 package=$2 purpose=$3 variable=$4
if [ -x "$program" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The $purpose need $program, which is missing." >&2
  echo "Install it as root (Debian: sudo apt-get install -y $package), or set $variable." >&2
  exit 1
fi
echo "Installing Debian's $package for the $purpose…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$package" >/dev/null
[ -x "$program" ] || { echo "$package was installed but $program is still missing" >&2; exit 1; }
