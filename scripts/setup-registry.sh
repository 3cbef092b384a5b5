#!/usr/bin/env bash
# Installs what the registry tests (test/registry/) need: Debian's docker-registry
# (the distribution registry, started by the tests on a free 127.0.0.1 port),
# skopeo (pushes the OCI layouts the tests build) and apache2-utils (htpasswd for
# the basic-auth registry). Nothing is started here and nothing leaves loopback.
# Prints nothing but progress; exits non-zero with the reason when something cannot be installed.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

log() { echo "[setup-registry] $*" >&2; }
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v docker-registry >/dev/null 2>&1 || missing+=(docker-registry)
command -v skopeo >/dev/null 2>&1 || missing+=(skopeo)
command -v htpasswd >/dev/null 2>&1 || missing+=(apache2-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

log "installing Debian packages: ${missing[*]}"
apt=(apt-get -o DPkg::Lock::Timeout=600 -y -q)
sudo_if_needed "${apt[@]}" update </dev/null >/dev/null || { log "apt-get update failed"; exit 1; }
sudo_if_needed "${apt[@]}" install --no-install-recommends "${missing[@]}" </dev/null >/dev/null \
  || { log "apt-get install ${missing[*]} failed"; exit 1; }
