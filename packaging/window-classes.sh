#!/usr/bin/env bash
# window-classes.sh: writes src/main/resources/io/papershelf/app/window-classes.txt, the classes the window loads
# from the jar and the JDK when it starts on a library with papers, in the order it loads them. While JavaFX
# starts, a thread of the app loads these ahead of the window's thread (io.papershelf.app.WindowClasses), so
# that reading and parsing them is done on the second core.
#
#   packaging/window-classes.sh            (after mvn -DskipTests package; needs Xvfb)
#
# Run it again after large changes to the window; a name that no longer exists is skipped at start, and
# WindowClassesTest fails for a Papershelf class that was renamed or deleted.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar=target/papershelf.jar
out=src/main/resources/io/papershelf/app/window-classes.txt
[ -f "$jar" ] || { echo "no $jar: run mvn -DskipTests package first" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "needs Xvfb: apt-get install xvfb" >&2; exit 1; }

tmp=$(mktemp -d)
display=$((RANDOM % 300 + 500))
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp 2>/dev/null &
xvfb=$!
trap 'kill $xvfb $app 2>/dev/null || true; rm -rf "$tmp"' EXIT
app=
sleep 1
# A library with papers: the first row is selected at start, so the detail pane is made too.
HOME=$tmp java -jar "$jar" --library "$tmp/library.db" import \
    src/test/resources/listings/daily-papers-search-2026-05-20.txt >/dev/null
: > "$tmp/out.txt"
DISPLAY=":$display" HOME=$tmp java -Dpapershelf.startupProbe=true "-Xlog:class+load=info:file=$tmp/classes.log" \
    -jar "$jar" --library "$tmp/library.db" >"$tmp/out.txt" 2>&1 &
app=$!
for _ in $(seq 300); do
    grep -q "startup-probe complete" "$tmp/out.txt" && break
    sleep 0.1
done
grep -q "startup-probe complete" "$tmp/out.txt" || { echo "the window did not load its rows; its output:" >&2; cat "$tmp/out.txt" >&2; exit 1; }
sleep 2 # the detail pane is made after the first rows are shown
kill "$app"; wait "$app" 2>/dev/null || true
# Classes read from the jar or the JDK's modules (not the JDK's shared archive, not generated lambda classes),
# from Main on: what JVM start loaded before Main is loaded already.
sed -nE 's/^\[[^]]*\]\[[^]]*\]\[[^]]*\] ([^ ]+) source: (jar:|file:|jrt:).*/\1/p' "$tmp/classes.log" \
    | sed -n '/^io\.papershelf\.app\.Main$/,$p' | tail -n +2 > "$out"
echo "$(wc -l < "$out") classes in $out"
