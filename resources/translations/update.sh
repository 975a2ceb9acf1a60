#!/usr/bin/env sh
# Refresh the .ts sources from the code, then build the .qm files the app loads.
# Translate new or changed texts (type="unfinished") with pyside6-linguist in between.
set -eu
cd "$(dirname "$0")/../.."
bin=${BIN:-.venv/bin}  # BIN=/path/to/venv/bin from a worktree without its own .venv
"$bin/pyside6-lupdate" -locations none -no-obsolete reader_app/cli.py \
    reader_app/ui/*.py reader_app/ui/models/*.py \
    reader_app/core/*.py reader_app/core/*/*.py \
    -ts resources/translations/reader_ur.ts resources/translations/reader_en.ts
for ts in resources/translations/*.ts; do
    "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
