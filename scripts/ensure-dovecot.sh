#!/usr/bin/env bash
# The IMAP tests run their own Dovecot (Debian's dovecot-imapd). Each test starts a private
# dovecot on free ports with its own config, so the system service that the package may
# start on ports 143/993 is never used.
exec bash "$(dirname "$0")/ensure-debian-package.sh" "${DOVECOT_PATH:-/usr/sbin/dovecot}" dovecot-imapd "IMAP tests" DOVECOT_PATH
