#!/usr/bin/env bash
# What the act tier needs besides act itself: strace, which audits every act run's connect() calls
# (__tests__/helpers/act.ts). Installs it from Debian when missing (as root); does nothing otherwise.
set -euo pipefail

command -v strace >/dev/null 2>&1 && exit 0
[ "$(id -u)" = 0 ] || {
  echo "act deps: strace is missing and installing it needs root: apt-get install strace" >&2
  exit 1
}
echo "act deps: apt-get install strace" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends strace >/dev/null 2>&1 || {
  # The package lists may be missing or stale on a fresh machine.
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq --no-install-recommends strace >/dev/null
}
command -v strace >/dev/null
