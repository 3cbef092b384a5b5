#!/usr/bin/env bash
# Installs what the editor suites (test:vscode, test:ui, test:nvim, test:vsix) need:
#   - Debian packages: chromium (Playwright drives it), neovim (LSP client), ripgrep and libkrb5-dev (code-server's install)
#   - code-server (a real VS Code 1.100 from the npm registry) into a cache outside the repository, reused when present
# Usage: scripts/setup-editors.sh [apt] [code-server]     (no argument = both)
# Prints nothing but progress; exits non-zero with the reason when something cannot be installed.
# Env: SHIPSHAPE_CACHE (default ~/.cache/shipshape), CS_VERSION (default 4.100.3).
set -euo pipefail

CACHE=${SHIPSHAPE_CACHE:-${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}/.cache/shipshape}
CS_VERSION=${CS_VERSION:-4.100.3}
CS_DIR=$CACHE/code-server-$CS_VERSION
export DEBIAN_FRONTEND=noninteractive

want() { local c; for c in "${WANTED[@]}"; do [ "$c" = "$1" ] && return 0; done; return 1; }
WANTED=("$@")
[ ${#WANTED[@]} -eq 0 ] && WANTED=(apt code-server)

log() { echo "[setup-editors] $*" >&2; }

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_apt() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v nvim >/dev/null 2>&1 || missing+=(neovim)
  command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local apt=(apt-get -o DPkg::Lock::Timeout=600 -y -q)
  # the package lists may be empty or old on a fresh machine: update once, then install
  sudo_if_needed "${apt[@]}" update </dev/null >/dev/null \
    || { log "apt-get update failed"; exit 1; }
  sudo_if_needed "${apt[@]}" install --no-install-recommends "${missing[@]}" </dev/null >/dev/null \
    || { log "apt-get install ${missing[*]} failed"; exit 1; }
}

install_code_server() {
  if [ -x "$CS_DIR/node_modules/.bin/code-server" ] && [ -f "$CS_DIR/.complete" ]; then return 0; fi
  command -v rg >/dev/null 2>&1 || { log "ripgrep is missing: run scripts/setup-editors.sh apt"; exit 1; }
  log "installing code-server $CS_VERSION into $CS_DIR (about a minute)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  local work
  work=$(mktemp -d)
  # @vscode/ripgrep's postinstall downloads rg: seed its download cache with Debian's rg
  local rgc=$work/vscode-ripgrep-cache-1.15.11
  mkdir -p "$rgc" "$work/rg"
  cp "$(command -v rg)" "$work/rg/rg"
  tar czf "$rgc/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$work/rg" rg
  (
    cd "$CS_DIR"
    echo '{"name":"code-server-host","private":true}' > package.json
    # node-gyp builds native modules against the machine's Node headers instead of downloading them;
    # node-pty's postinstall runs npx, which must not ask; code-server's postinstall refuses to run as root without --unsafe-perm
    TMPDIR=$work npm_config_nodedir=${NODEDIR:-/usr} npm_config_yes=true \
      npm install --no-audit --no-fund --no-save --foreground-scripts --unsafe-perm "code-server@$CS_VERSION" </dev/null >"$work/install.log" 2>&1 \
      || { tail -40 "$work/install.log" >&2; exit 1; }
  )
  rm -rf "$work"
  touch "$CS_DIR/.complete"
}

want apt && install_apt
want code-server && install_code_server
log "ready: code-server $CS_DIR/node_modules/.bin/code-server, chromium $(command -v chromium || echo missing), nvim $(command -v nvim || echo missing)"
