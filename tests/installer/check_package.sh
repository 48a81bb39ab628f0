#!/usr/bin/env bash
# usage: check_package.sh BUILD_DIR VERSION
# Exits non-zero on the first failed check, printing what failed.
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

# A private CPack run: its own package directory, so the build tree is not touched.
(cd "$build" && cpack -G DEB -B "$work/pkg" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$work"/pkg/fleetroi_"$version"_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] && [ -s "$deb" ] || fail "no package fleetroi_${version}_*.deb written"
pass "package $(basename "$deb")"

# Metadata.
[ "$(dpkg-deb -f "$deb" Package)" = fleetroi ] || fail "Package field"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version field"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6sql6-sqlite libqt6core6 libqt6widgets6 libc6 libstdc++6; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
pass "Depends: $depends"

# File list.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$work/files"
for f in /usr/bin/fleetroi \
         /usr/libexec/fleetroi/fleetroi-gui \
         /usr/share/applications/fleetroi.desktop \
         /usr/share/mime/packages/fleetroi.xml \
         /usr/share/metainfo/io.github.fleetroi.FleetROI.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/fleetroi.svg \
         /usr/share/icons/hicolor/48x48/apps/fleetroi.png \
         /usr/share/icons/hicolor/256x256/apps/fleetroi.png \
         /usr/share/fleetroi/examples/hyperscaler-surplus-leasing.fleetroi.json \
         /usr/share/fleetroi/examples/neocloud-h100-lessor.fleetroi.json \
         /usr/share/fleetroi/examples/hyperscaler-h100-peak-impairment.fleetroi.json \
         /usr/share/man/man1/fleetroi.1.gz \
         /usr/share/doc/fleetroi/copyright; do
  grep -qx "$f" "$work/files" || fail "package lacks $f"
done
pass "$(wc -l < "$work/files") entries, all expected files present"

# Contents.
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/fleetroi.desktop" || fail "desktop-file-validate"
grep -q '^MimeType=application/x-fleetroi-scenario;' "$work/root/usr/share/applications/fleetroi.desktop" || fail "desktop entry not associated with the MIME type"
xmllint --noout "$work/root/usr/share/mime/packages/fleetroi.xml" || fail "MIME XML not well-formed"
grep -q 'type="application/x-fleetroi-scenario"' "$work/root/usr/share/mime/packages/fleetroi.xml" || fail "MIME type missing"
grep -q 'pattern="\*.fleetroi.json"' "$work/root/usr/share/mime/packages/fleetroi.xml" || fail "MIME glob missing"
xmllint --noout "$work/root/usr/share/metainfo/io.github.fleetroi.FleetROI.metainfo.xml" || fail "metainfo XML not well-formed"
gzip -t "$work/root/usr/share/man/man1/fleetroi.1.gz" || fail "man page not gzip"
for cmd in compute sensitivity validate montecarlo report export workspace; do
  zcat "$work/root/usr/share/man/man1/fleetroi.1.gz" | grep -q "^\.B.*$cmd\|fleetroi $cmd\|^\.B $cmd" || fail "man page does not cover $cmd"
done
pass "desktop entry, MIME type, metainfo and man page"

# The packaged binary runs with no display.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$work/root/usr/bin/fleetroi" --version) || fail "--version failed"
[ "$out" = "FleetROI $version" ] || fail "--version printed '$out'"
"$work/root/usr/bin/fleetroi" validate "$work/root/usr/share/fleetroi/examples/"*.fleetroi.json > /dev/null || fail "packaged examples do not validate"
pass "packaged fleetroi --version: $out"

# fleetroi links no GUI library (the commands start fast) and hands export/report to
# libexec/fleetroi/fleetroi-gui.
if ldd "$work/root/usr/bin/fleetroi" | grep -q 'libQt6Widgets\|libQt6Gui'; then
  fail "usr/bin/fleetroi links a GUI library"
fi
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$work/root/usr/bin/fleetroi" export \
  "$work/root/usr/share/fleetroi/examples/neocloud-h100-lessor.fleetroi.json" --csv "$work/export.csv" \
  || fail "export through fleetroi-gui failed"
[ -s "$work/export.csv" ] || fail "export through fleetroi-gui wrote nothing"
pass "fleetroi without GUI libraries; export runs through fleetroi-gui"
