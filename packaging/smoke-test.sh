#!/usr/bin/env bash
# smoke-test.sh: installs the Papershelf .deb, opens its window the way the menu entry does, and
# uninstalls it again, checking that the user's library stays.
#
#   sudo packaging/smoke-test.sh               builds the .deb (mvn -Pinstaller), then tests it
#   sudo packaging/smoke-test.sh --deb FILE    tests a .deb built before
#
# Runs as root on Debian or Ubuntu: it installs what it needs that is missing (xvfb, xdotool,
# libgtk-3-0, imagemagick), installs the package with apt-get, and starts the app as a throwaway
# user with a fresh home on a virtual display (Xvfb). It leaves in target/smoke/ a screenshot of the
# window (installed-window.png) and the app's output. Its last line is PASS or FAIL; the exit code
# is 0 only on PASS. Every wait is bounded; the app, Xvfb and the user are cleaned up on any exit.
set -euo pipefail
umask 022

SESSION_USER=papershelf-smoke
INSTALL_DIR=/opt/papershelf
DESKTOP_FILE=/usr/share/applications/papershelf.desktop

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/.."
# shellcheck source=packaging/desktop-session.sh
. "$here/desktop-session.sh"

deb=
while [ $# -gt 0 ]; do
    case $1 in
        --deb) deb=${2:?}; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

out=target/smoke
started=$(now_ms)
failures=0
app_pid=
home=
installed=no

say() {
    echo "smoke-test: $*"
}

check() {
    local what=$1
    shift
    if "$@"; then
        say "ok    $what"
    else
        say "FAIL  $what"
        failures=$((failures + 1))
    fi
}

finish() {
    local code=$?
    trap - EXIT
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill -KILL "$app_pid" 2>/dev/null || true
    fi
    stop_xvfb
    remove_session_user "$SESSION_USER"
    [ -z "$home" ] || rm -rf "$(dirname "$home")"
    if [ "$installed" = yes ]; then
        say "removing the package left installed by the failed run"
        apt_get purge papershelf >/dev/null 2>&1 || true
    fi
    local seconds=$(( ($(now_ms) - started) / 1000 ))
    if [ "$code" = 0 ] && [ "$failures" = 0 ]; then
        echo "PASS smoke-test: installed, opened the window, uninstalled, library kept (${seconds} s)"
        exit 0
    fi
    echo "FAIL smoke-test: $failures check(s) failed (exit $code, ${seconds} s; see $out/)"
    exit 1
}
trap finish EXIT

quietly() {
    "$@" >/dev/null 2>&1
}

fail_now() {
    say "FAIL  $*"
    failures=$((failures + 1))
    exit 1
}

apt_get() {
    DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=120 "$@"
}

[ "$(id -u)" = 0 ] || fail_now "must run as root (it installs packages): sudo $0"
rm -rf "$out"
mkdir -p "$out"

# ---- What the test itself needs -----------------------------------------------------------------
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
dpkg-query -W -f='${Status}' libgtk-3-0 2>/dev/null | grep -q "ok installed" || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
    say "installing ${need[*]}"
    apt_get update >/dev/null
    apt_get install --no-install-recommends "${need[@]}" >/dev/null
fi

# ---- The package --------------------------------------------------------------------------------
if [ -z "$deb" ]; then
    say "building the .deb (mvn -Pinstaller -DskipTests package)"
    mvn -B -q -ntp -Pinstaller -DskipTests package > "$out/build.log" 2>&1 \
        || { tail -n 30 "$out/build.log"; fail_now "the build failed (see $out/build.log)"; }
    sed 's/\x1b\[[0-9;]*m//g' "$out/build.log" | grep "^build-installer:" | sed 's/^/smoke-test: /' || true
    deb=$(ls target/installer/papershelf_*.deb)
fi
[ -f "$deb" ] || fail_now "no package $deb"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
say "package: $deb ($(du -h "$deb" | cut -f1))"
pom_version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)

if dpkg-query -W -f='${Status}' papershelf 2>/dev/null | grep -q "ok installed"; then
    say "removing the papershelf already installed, to test a fresh install"
    apt_get purge papershelf >/dev/null
fi
installed=yes
if ! apt_get install "$deb" > "$out/install.log" 2>&1; then
    say "apt-get install failed; updating the package lists and trying again"
    apt_get update >/dev/null
    apt_get install "$deb" > "$out/install.log" 2>&1 || { cat "$out/install.log"; fail_now "apt-get install"; }
fi
say "installed $(dpkg-query -W -f='${Package} ${Version}' papershelf)"

# ---- What the package put where ---------------------------------------------------------------
desktop_has() {
    grep -qx "$1" "$DESKTOP_FILE"
}
check "launcher $INSTALL_DIR/bin/Papershelf" test -x "$INSTALL_DIR/bin/Papershelf"
check "command-line launcher $INSTALL_DIR/bin/papershelf-cli" test -x "$INSTALL_DIR/bin/papershelf-cli"
check "/usr/bin/papershelf runs the command-line launcher" \
    test "$(readlink -f /usr/bin/papershelf)" = "$INSTALL_DIR/bin/papershelf-cli"
check "the command-line launcher has C1 only" grep -qx "java-options=-XX:TieredStopAtLevel=1" \
    "$INSTALL_DIR/lib/app/papershelf-cli.cfg"
check "the window's launcher has C1 only (decision 0027)" \
    grep -qx "java-options=-XX:TieredStopAtLevel=1" "$INSTALL_DIR/lib/app/Papershelf.cfg"
check "the window's launcher has the small initial heap (decision 0027)" \
    grep -qx "java-options=-Xms96m" "$INSTALL_DIR/lib/app/Papershelf.cfg"
check "menu entry $DESKTOP_FILE" test -f "$DESKTOP_FILE"
check "menu entry: Name=Papershelf" desktop_has "Name=Papershelf"
check "menu entry: GenericName=Reading list" desktop_has "GenericName=Reading list"
check "menu entry: Comment" grep -q "^Comment=." "$DESKTOP_FILE"
check "menu entry: Icon=papershelf" desktop_has "Icon=papershelf"
check "menu entry: Categories=Office;Education;Science;" desktop_has "Categories=Office;Education;Science;"
check "menu entry: opens files (Exec ... %F)" desktop_has "Exec=$INSTALL_DIR/bin/Papershelf %F"
check "menu entry: MimeType lists the shapes Papershelf reads" grep -q "^MimeType=text/plain;text/html;" "$DESKTOP_FILE"
if command -v desktop-file-validate >/dev/null; then
    # It hints that three main categories may list the app three times: that is what the issue asks.
    check "menu entry passes desktop-file-validate" quietly desktop-file-validate "$DESKTOP_FILE"
fi
for size in 16x16 32x32 48x48 128x128 256x256 512x512; do
    check "icon in hicolor $size" test -f "/usr/share/icons/hicolor/$size/apps/papershelf.png"
done
check "icon in hicolor scalable" test -f /usr/share/icons/hicolor/scalable/apps/papershelf.svg
check "the menu entry and icons are dpkg's (dpkg -S)" \
    quietly dpkg -S "$DESKTOP_FILE" /usr/share/icons/hicolor/48x48/apps/papershelf.png
package_version=$(dpkg-query -W -f='${Version}' papershelf)
check "package version $package_version is pom.xml's $pom_version" \
    test "${package_version%-*}" = "$(echo "$pom_version" | tr - '~')"
missing_libs() {
    local f
    for f in "$INSTALL_DIR"/lib/app/*.so "$INSTALL_DIR"/lib/runtime/lib/server/libjvm.so; do
        # libprism_es2 needs libGL, a Recommends: without it JavaFX draws in software.
        case $f in */libprism_es2.so) continue ;; esac
        ldd "$f" | grep "not found" | sed "s|^|$f: |"
    done
}
check "every library the app's natives link is installed" test -z "$(missing_libs)"
if [ -f "$INSTALL_DIR/lib/app/papershelf.jsa" ]; then
    say "class-data-sharing archive: installed"
else
    say "class-data-sharing archive: none (the build could not make it; start-up is slower)"
fi
if [ -f "$INSTALL_DIR/lib/app/papershelf-cli.jsa" ]; then
    say "class-data-sharing archive of the command line: installed"
else
    say "class-data-sharing archive of the command line: none (the build could not make it)"
fi

# ---- The window, as the menu entry starts it -----------------------------------------------------
# Starts the menu entry's command (or $2) as the session user, waits for the window, checks it, takes a
# screenshot into $out/$1.png and quits with Ctrl+Q. The window always runs in the window's launcher (with the
# window's class-data archive): started through the command line's, that one starts the window's beside it (decision
# 0025).
open_window() {
    local shot=$out/$1.png log=$out/$1.log command=${2:-$exec_line} t0 window title window_pid child
    t0=$(now_ms)
    # shellcheck disable=SC2086
    run_as_session_user "$SESSION_USER" $command > "$log" 2>&1 &
    app_pid=$!
    if ! window=$(wait_for_window 60); then
        import -window root "$shot" 2>/dev/null || true
        tail -n 20 "$log"
        fail_now "no Papershelf window within 60 s"
    fi
    say "window shown $(( $(now_ms) - t0 )) ms after the start"
    title=$(xdotool getwindowname "$window")
    check "window title '$title'" test "$title" = "Papershelf — library.db"
    check "window class is the menu entry's StartupWMClass" test "$(xprop -id "$window" WM_CLASS \
        | sed 's/.*= "\([^"]*\)".*/\1/')" = "$(sed -n 's/^StartupWMClass=//p' "$DESKTOP_FILE")"
    window_pid=$app_pid
    for child in $(pgrep -P "$app_pid"); do
        [ "$(readlink "/proc/$child/exe")" != "$INSTALL_DIR/bin/Papershelf" ] || window_pid=$child
    done
    check "the window runs in the window's launcher $INSTALL_DIR/bin/Papershelf" \
        test "$(readlink "/proc/$window_pid/exe")" = "$INSTALL_DIR/bin/Papershelf"
    if [ -f "$INSTALL_DIR/lib/app/papershelf.jsa" ]; then
        check "the JVM maps the class-data-sharing archive" grep -q "/papershelf\.jsa" "/proc/$window_pid/maps"
    fi
    sleep 2
    import -window root "$shot"
    say "screenshot: $shot"
    # The window goes at once on Ctrl+Q (the library is put away behind the scenes).
    if quit_app "$window" "$app_pid" 15; then
        say "ok    the app quits on Ctrl+Q"
    else
        check "the app quits on Ctrl+Q within 15 s" false
    fi
    app_pid=
}

# The first listing of an empty library, handed to its open window as "Open with" does: the papers must show.
# (They did not: the window stayed blank behind the import's notice until the notice went, which the headless window
# tests cannot see, since they look at nodes, not at pixels.) Checks that the middle of the window is not one colour.
first_listing_shows() {
    local shot=$out/first-listing.png log=$out/first-listing.log first=$home/first.db window spread
    run_as_session_user "$SESSION_USER" papershelf --library "$first" > "$log" 2>&1 &
    app_pid=$!
    window=$(wait_for_window 60) || fail_now "no Papershelf window on an empty library within 60 s"
    sleep 2
    (run_as_session_user "$SESSION_USER" papershelf --library "$first" "$home/first-listing.json") >> "$log" 2>&1 \
        || fail_now "handing a listing to the open window failed"
    sleep 4
    import -window root "$shot"
    spread=$(convert "$shot" -crop 660x540+210+140 -colorspace Gray -format '%[fx:standard_deviation]' info:)
    say "first listing handed to an empty library's window: screenshot $shot, spread of the list's area $spread"
    check "the window shows the papers of its first listing (not a blank area)" \
        awk -v s="$spread" 'BEGIN { exit !(s > 0.05) }'
    quit_app "$window" "$app_pid" 15 || check "the app quits on Ctrl+Q within 15 s" false
    app_pid=
}

home=$(mktemp -d /tmp/papershelf-smoke.XXXXXX)/home
chmod 755 "$(dirname "$home")"
make_session_user "$SESSION_USER" "$home"
library=$home/.local/share/papershelf/library.db
exec_line=$(sed -n 's/^Exec=//p' "$DESKTOP_FILE" | head -n 1 | sed 's/ *%[fFuUick]//g')
start_xvfb || fail_now "Xvfb did not start"
say "starting '$exec_line' as $SESSION_USER (fresh home, XDG_DATA_HOME unset) on Xvfb"
open_window installed-window
check "the window created the default library $library" test -f "$library"

# The command line through the installed runtime: reading a listing, SQLite, the JSON export.
cli_version=$(run_as_session_user "$SESSION_USER" papershelf --version 2>&1 || true)
check "papershelf --version says '$cli_version'" test "$cli_version" = "Papershelf $pom_version"
listing=daily-papers-search-2026-05-20.txt
install -m 0644 -o "$SESSION_USER" "src/test/resources/listings/$listing" "$home/$listing"
imported=$(cd "$home" && run_as_session_user "$SESSION_USER" papershelf import "$home/$listing" 2>&1 || true)
check "papershelf import: '$imported'" test "$imported" = "Imported $listing: 50 papers (50 new, 0 updated, 0 unchanged)"
listed=$(run_as_session_user "$SESSION_USER" papershelf list 2>/dev/null | wc -l)
check "papershelf list lists the 50 papers ($listed lines)" test "$listed" = 50
# The day's backup, started by the import in the background through the window's launcher.
backed_up() {
    local i
    for i in $(seq 1 600); do
        ls "$home"/.local/share/papershelf/backups/*daily*.backup >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    return 1
}
check "the import's background backup was taken" backed_up
exported=$(run_as_session_user "$SESSION_USER" papershelf export --format json 2>&1 | wc -c)
check "papershelf export --format json writes the library ($exported bytes)" test "$exported" -gt 10000

install -m 0644 -o "$SESSION_USER" src/test/resources/listings/api-daily-papers.json "$home/first-listing.json"
first_listing_shows

say "starting it again on the library with 50 papers"
open_window installed-window-with-papers
say "starting 'papershelf' (the command-line launcher, no command) as a terminal would"
open_window installed-window-from-terminal papershelf

# ---- Uninstall: the program goes, the library stays ---------------------------------------------
apt_get purge papershelf > "$out/remove.log" 2>&1 || { cat "$out/remove.log"; fail_now "apt-get purge"; }
installed=no
say "uninstalled (apt-get purge papershelf)"
check "$INSTALL_DIR is gone" test ! -e "$INSTALL_DIR"
check "the menu entry is gone" test ! -e "$DESKTOP_FILE"
check "the icons are gone" test ! -e /usr/share/icons/hicolor/48x48/apps/papershelf.png
check "the papershelf command is gone" test ! -e /usr/bin/papershelf
check "the library $library is still there" test -s "$library"
kept=$(run_as_session_user "$SESSION_USER" sh -c 'cd && ls -A .local/share/papershelf | tr "\n" " "')
say "the user's Papershelf folder after uninstalling: $kept"
check "its folder (logs, backups) is still there" test -d "$home/.local/share/papershelf/logs"
exit 0
