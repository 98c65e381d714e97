#!/bin/sh
# tools/test/dist.sh: builds the PGXN distribution (make dist) and checks it: META.json is valid
# and agrees with bilateral.control, and the zip holds what a build from it needs.
set -eu
. "$(dirname "$0")/../lib.sh"
cd "$here"
if [ ! -e .git ]; then
  echo "dist: skipped (make dist archives a git checkout; this is not one)"
  exit 0
fi
make_tmpdir
meta() { python3 -c 'import json, sys; m = json.load(open("META.json")); print(eval(sys.argv[1]))' "$1"; }
default=$(default_version)
for key in name abstract version maintainer license provides meta-spec; do
  [ "$(meta "'$key' in m")" = True ] && ok "META.json has $key" || notok "META.json lacks $key"
done
version=$(meta 'm["version"]')
case $version in
  "$default".*) ok "META.json version $version is default_version $default" ;;
  *) notok "META.json version $version does not match default_version $default" ;;
esac
make -s dist >/dev/null
zip=bilateral-$version.zip
python3 -c 'import zipfile, sys; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$zip" > "$tmp/files"
rm -f "$zip"
for need in META.json bilateral.control Makefile README.md src/bilateral.c src/core/bl_core.h \
            "$(meta 'm["provides"]["bilateral"]["file"]')" $(cd "$here" && ls extension/*.sql); do
  grep -qxF "bilateral-$version/$need" "$tmp/files" && ok "the distribution has $need" || notok "the distribution lacks $need"
done
tap_summary dist
