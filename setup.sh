#!/usr/bin/env bash
# One-time set-up on a fresh machine: the system libraries Qt's window needs (Debian/Ubuntu),
# the tools the tests use, and a virtual environment in .venv with the reader installed.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(
  # Qt's xcb platform plugin (a fresh Debian lacks these)
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
  # reading aloud: espeak-ng's Urdu voice (its library, data and command line) and an audio
  # player for its sound (aplay; paplay or pw-play are used instead when they are here)
  espeak-ng alsa-utils
  # tests: PDF read-back (pdftotext), the desktop entry's and the AppStream metainfo's
  # validators, and the real-window test (a virtual screen, typing into it, a screenshot)
  poppler-utils desktop-file-utils appstream xvfb xdotool imagemagick
)

# Another apt or dpkg may be running (unattended-upgrades right after a first boot, a software
# centre): wait for it, up to APT_LOCK_WAIT seconds, instead of failing at once. apt >= 1.9
# waits for dpkg's lock itself (DPkg::Lock::Timeout); `apt-get update` takes the package
# lists' lock, which apt 2.6 does not wait for, so a refusal naming a lock is retried here.
APT_LOCK_WAIT=${APT_LOCK_WAIT:-300}

apt_get() {
  local deadline=$((SECONDS + APT_LOCK_WAIT)) err
  err=$(mktemp)
  while ! $SUDO env DEBIAN_FRONTEND=noninteractive \
      apt-get -o "DPkg::Lock::Timeout=$APT_LOCK_WAIT" "$@" 2>"$err"; do
    cat "$err" >&2
    if grep -Eq '/var/lib/(apt/lists|dpkg)/lock' "$err" && [ "$SECONDS" -lt "$deadline" ]; then
      echo "Another apt or dpkg is running: waiting for it to finish..." >&2
      sleep 5
    else
      rm -f "$err"
      return 1
    fi
  done
  cat "$err" >&2
  rm -f "$err"
}

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt_get update
    apt_get install -y "${missing[@]}"
  fi
else
  echo "Not a Debian-like system: install Qt's xcb libraries and poppler-utils yourself." >&2
fi

PYTHON=${PYTHON:-python3}
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
  { echo "Python 3.11 or newer is needed (set PYTHON=...)." >&2; exit 1; }
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
echo "Ready: run the app with .venv/bin/reader-app, the tests with .venv/bin/python -m pytest"
