#!/usr/bin/env bash
# The IMAP tests run their own Dovecot (Debian's dovecot-imapd); install it when it is missing and we may.
# Each test starts a private dovecot on free ports with its own config, so the system service that
# the package may start on ports 143/993 is never used.
set -euo pipefail
DOVECOT=${DOVECOT_PATH:-/usr/sbin/dovecot}
if [ -x "$DOVECOT" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The IMAP tests need Dovecot at $DOVECOT, which is missing." >&2
  echo "Install it as root (Debian: sudo apt-get install -y dovecot-imapd), or set DOVECOT_PATH." >&2
  exit 1
fi
echo "Installing Debian's dovecot-imapd for the IMAP tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq dovecot-imapd >/dev/null
[ -x "$DOVECOT" ] || { echo "dovecot-imapd was installed but $DOVECOT is still missing" >&2; exit 1; }
