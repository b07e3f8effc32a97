#!/usr/bin/env bash
# Build the Linux bundle: dist/telesales/ (run dist/telesales/telesales), and a .deb when dpkg-deb is here.
#   bash packaging/build_linux.sh            # bundle + .deb
#   bash packaging/build_linux.sh --no-deb   # bundle only
#   bash packaging/build_linux.sh --out DIR  # build in DIR/build, the bundle in DIR/dist (default: the repo's)
# Uses the current Python environment ($PYTHON, else python3: the one with telesales installed); installs
# PyInstaller into it from PyPI when missing. Build files go to build/pyinstaller/, the result to dist/ (both
# ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
python=${PYTHON:-python3}
make_deb=1
out=$root
while [ $# -gt 0 ]; do
  case "$1" in
    --no-deb) make_deb=0 ;;
    --out) shift; out=$(mkdir -p "$1" && cd "$1" && pwd) ;;
    *) echo "usage: $0 [--no-deb] [--out DIR]" >&2; exit 1 ;;
  esac
  shift
done

if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  echo "installing PyInstaller into $("$python" -c 'import sys; print(sys.prefix)')"
  "$python" -m pip install -q "pyinstaller>=6.10"
fi
"$python" -c "import telesales" 2>/dev/null || { echo "telesales is not installed in $python (pip install -e .)" >&2; exit 1; }

started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$out/build/pyinstaller" --distpath "$out/dist" "$root/packaging/telesales.spec"
bundle="$out/dist/telesales"
echo "bundle: $bundle ($(du -sm "$bundle" | cut -f1) MB, built in $(( $(date +%s) - started )) s)"

if [ "$make_deb" = 1 ]; then
  if command -v dpkg-deb >/dev/null 2>&1; then
    bash "$root/packaging/linux/make_deb.sh" "$bundle"
  else
    echo "dpkg-deb not found: no .deb made (the bundle is complete without it)"
  fi
fi
