#!/usr/bin/env bash
# measure-startup.sh: how long the installed Papershelf takes from starting its launcher to showing
# its window, with and without class-data sharing (CDS).
#
#   sudo packaging/measure-startup.sh [-n RUNS]       (default 5 runs of each variant)
#
# Needs the .deb installed (apt-get install ./target/installer/papershelf_*.deb), Xvfb and xdotool.
# Each run starts the launcher as a throwaway user with an empty home (so every run creates its
# library, as a first start does) on a virtual display, and stops the clock when a visible window
# titled "Papershelf..." is mapped (polled every 20 ms). The variants:
#   app CDS        the installed app as it is: its archive of the app's classes on top of the JDK's
#   JDK CDS only   a copy without the app's archive (the runtime's own archive of JDK classes)
#   no CDS         a copy with -Xshare:off
# The copies live in a temporary folder; the installed files are not changed.
set -euo pipefail

RUNS=5
SESSION_USER=papershelf-measure
INSTALL_DIR=/opt/papershelf

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=packaging/desktop-session.sh
. "$here/desktop-session.sh"

while [ $# -gt 0 ]; do
    case $1 in
        -n) RUNS=${2:?}; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

[ "$(id -u)" = 0 ] || { echo "run as root (it creates a throwaway user): sudo $0" >&2; exit 1; }
[ -x "$INSTALL_DIR/bin/Papershelf" ] || { echo "Papershelf is not installed in $INSTALL_DIR" >&2; exit 1; }
command -v Xvfb >/dev/null && command -v xdotool >/dev/null \
    || { echo "needs Xvfb and xdotool: apt-get install xvfb xdotool" >&2; exit 1; }

tmp=$(mktemp -d /tmp/papershelf-measure.XXXXXX)
chmod 755 "$tmp"
app_pid=
cleanup() {
    [ -z "$app_pid" ] || kill -KILL "$app_pid" 2>/dev/null || true
    stop_xvfb
    remove_session_user "$SESSION_USER"
    rm -rf "$tmp"
}
trap cleanup EXIT

home=$tmp/home
make_session_user "$SESSION_USER" "$home"
start_xvfb

# A copy of the installed app whose configuration drops the app's archive and adds $1 (if any).
variant() {
    local dir=$tmp/$1 cfg
    cp -a "$INSTALL_DIR" "$dir"
    cfg=$dir/lib/app/Papershelf.cfg
    sed -i '/SharedArchiveFile/d' "$cfg"
    rm -f "$dir/lib/app/papershelf.jsa"
    [ -z "${2:-}" ] || echo "java-options=$2" >> "$cfg"
    echo "$dir/bin/Papershelf"
}

# CPU time the app has used so far, in ms (user + system, all its threads).
cpu_ms() {
    local ticks
    ticks=$(sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}')
    echo $(( ticks * 1000 / $(getconf CLK_TCK) ))
}

# Prints "WALL CPU": the milliseconds from start to window of one run of launcher $1, and the CPU
# time the app used by then. On a busy machine the wall time scatters; the CPU time much less.
one_run() {
    local t0 ms cpu window
    find "$home" -mindepth 1 -delete
    t0=$(now_ms)
    run_as_session_user "$SESSION_USER" "$1" > "$tmp/app.log" 2>&1 &
    app_pid=$!
    if window=$(wait_for_window 60); then
        ms=$(( $(now_ms) - t0 ))
        cpu=$(cpu_ms "$app_pid")
    else
        ms=timeout
        cpu=timeout
    fi
    # Let the window settle, as a user would, before quitting it.
    sleep 1
    quit_app "$window" "$app_pid" 10 || true
    app_pid=
    echo "$ms $cpu"
}

median() {
    printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"
}

# The variants take turns, so that a change in the machine's load hits all of them alike.
names=()
launchers=()
if [ -f "$INSTALL_DIR/lib/app/papershelf.jsa" ]; then
    names+=("app CDS")
    launchers+=("$INSTALL_DIR/bin/Papershelf")
else
    echo "(the installed package has no class-data-sharing archive of its own)"
fi
names+=("JDK CDS only" "no CDS")
launchers+=("$(variant jdk-cds)" "$(variant no-cds -Xshare:off)")

echo "Papershelf $(dpkg-query -W -f='${Version}' papershelf 2>/dev/null || echo '?'), $RUNS runs each," \
    "$(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
walls=()
cpus=()
for v in "${!launchers[@]}"; do
    one_run "${launchers[$v]}" >/dev/null # fills the page cache, as any start but the very first has it
    walls[$v]=
    cpus[$v]=
done
for i in $(seq 1 "$RUNS"); do
    for v in "${!launchers[@]}"; do
        read -r wall cpu < <(one_run "${launchers[$v]}")
        walls[$v]="${walls[$v]} $wall"
        cpus[$v]="${cpus[$v]} $cpu"
    done
done
printf '%-14s %22s %22s\n' "" "start to window, ms" "CPU used by then, ms"
for v in "${!launchers[@]}"; do
    # shellcheck disable=SC2086
    printf '%-14s %22s %22s   runs:%s | CPU:%s\n' "${names[$v]}" "median $(median ${walls[$v]})" \
        "median $(median ${cpus[$v]})" "${walls[$v]}" "${cpus[$v]}"
done
