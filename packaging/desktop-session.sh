# desktop-session.sh: shell functions for starting Papershelf's window on a virtual X display.
#
# Sourced (not run) by build-installer.sh (the class-data-sharing training run), smoke-test.sh and
# measure-startup.sh. Needs Xvfb (Debian package xvfb) and xdotool.
#
#   start_xvfb                 starts Xvfb on a free display and exports DISPLAY; XVFB_PID is set
#   stop_xvfb                  stops it (safe to call twice, and when it never started)
#   wait_for_window SECONDS    waits until a visible window titled "Papershelf..." is mapped;
#                              prints its id, returns 1 on timeout
#   make_session_user NAME DIR creates a throwaway user whose home is DIR (root only)
#   run_as_session_user NAME CMD...
#                              runs CMD as that user in a clean desktop-like environment; meant to
#                              be started with & so that $! is the app's own process id (it execs:
#                              in the script's own shell, run it in a subshell)
#   quit_app WINDOW PID SECS   Ctrl+Q to the window, waits for the app; returns 1 (and kills it) if it stays
#   remove_session_user NAME   deletes the user and whatever the app left running under it
#   now_ms                     milliseconds since the epoch
#
# A fresh home for the app is a fresh user, not just another HOME: Papershelf reads $HOME, but Java's
# user.home, which JavaFX and the JDK use, comes from the password database.

WINDOW_TITLE_REGEX='^Papershelf'

start_xvfb() {
    local n
    for n in $(seq 90 130); do
        if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
            # -ac: the app runs as another user than this script; the display is local and throwaway.
            Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp -ac >/dev/null 2>&1 &
            XVFB_PID=$!
            local i
            for i in $(seq 1 50); do
                if [ -e "/tmp/.X11-unix/X$n" ]; then
                    export DISPLAY=":$n"
                    return 0
                fi
                kill -0 "$XVFB_PID" 2>/dev/null || break
                sleep 0.1
            done
            kill "$XVFB_PID" 2>/dev/null || true
            wait "$XVFB_PID" 2>/dev/null || true
            XVFB_PID=
        fi
    done
    echo "Could not start Xvfb on any display from :90 to :130" >&2
    return 1
}

stop_xvfb() {
    if [ -n "${XVFB_PID:-}" ]; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
        XVFB_PID=
    fi
}

now_ms() {
    echo $(( $(date +%s%N) / 1000000 ))
}

# Polls every 20 ms (xdotool's own --sync polls every 500 ms, too coarse to time a start-up).
wait_for_window() {
    local limit=$(( $(now_ms) + $1 * 1000 )) id
    while [ "$(now_ms)" -lt "$limit" ]; do
        id=$(xdotool search --onlyvisible --name "$WINDOW_TITLE_REGEX" 2>/dev/null | head -n 1)
        if [ -n "$id" ]; then
            echo "$id"
            return 0
        fi
        sleep 0.02
    done
    return 1
}

make_session_user() {
    remove_session_user "$1"
    mkdir -p "$(dirname "$2")"
    useradd --create-home --home-dir "$2" --shell /bin/sh --user-group "$1"
}

# The environment is what a desktop session gives: a UTF-8 locale (without one GTK leaves the
# window's WM_NAME empty, the title having an em dash, and xdotool finds nothing), the display, a PATH.
run_as_session_user() {
    local user=$1 home
    shift
    home=$(getent passwd "$user" | cut -d: -f6)
    exec setpriv --reuid="$user" --regid="$user" --init-groups \
        env -i HOME="$home" USER="$user" LOGNAME="$user" LANG=C.UTF-8 DISPLAY="${DISPLAY:-}" \
        PATH=/usr/local/bin:/usr/bin:/bin "$@"
}

# Quits the app of window $1 (process $2) with Ctrl+Q and waits for it up to $3 seconds; returns 1 if it was still
# running then (it is killed). The key's release can find no window once the app has gone; that says nothing.
quit_app() {
    local window=$1 pid=$2 seconds=$3 _
    [ -z "$window" ] || xdotool key --window "$window" ctrl+q 2>/dev/null || true
    for _ in $(seq 1 $((seconds * 10))); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        return 1
    fi
    wait "$pid" 2>/dev/null || true
}

# Kills by user, not by name: the user exists only for this run, so everything it runs is the app
# and what the app started (GTK may start an accessibility bus). userdel refuses while they live.
remove_session_user() {
    if id "$1" >/dev/null 2>&1; then
        pkill -KILL -u "$1" 2>/dev/null || true
        sleep 0.2
        userdel "$1" 2>/dev/null || true
        rm -rf "/tmp/hsperfdata_$1"
    fi
}
