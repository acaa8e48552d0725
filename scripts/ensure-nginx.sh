#!/usr/bin/env bash
# The reverse-proxy test runs Debian's nginx (nginx-light) with deploy/nginx/aitima.conf in
# front of a real server, on free ports with its own config: the system service is never used.
exec bash "$(dirname "$0")/ensure-debian-package.sh" "${NGINX_PATH:-/usr/sbin/nginx}" nginx-light "reverse-proxy test" NGINX_PATH
