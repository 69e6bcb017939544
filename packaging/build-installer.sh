#!/usr/bin/env bash
# build-installer.sh: builds Papershelf's app image and native installer with jdeps, jlink and jpackage.
#
# Maven runs it in the `installer` profile, after the fat jar is built:
#     mvn -Pinstaller -DskipTests package
# It can also be run by hand from any directory after `mvn package`:
#     packaging/build-installer.sh --version 0.1.0
#
# Outputs, in target/installer/:
#   Linux    Papershelf/ (the app image)      papershelf_<version>-1_<arch>.deb
#   Windows  Papershelf/                      Papershelf-<version>.msi   (Git Bash; WiX 3 on PATH)
#   macOS    Papershelf.app                   Papershelf-<version>.dmg   (Xcode command line tools)
# docs/packaging.md says what each one installs where, and why it is built the way it is.
#
# Options:
#   --version V   the version from pom.xml (required; Maven passes ${project.version})
#   --jar FILE    the fat jar (default target/papershelf.jar)
#   --cds MODE    Linux: the application class-data-sharing archive that halves the start-up time.
#                 auto (default) makes it when Xvfb, xdotool and a private mount namespace are
#                 available and says so when not; on insists; off skips it.
set -euo pipefail
umask 022

# ---- Settings, for every system --------------------------------------------------------------
APP_NAME=Papershelf
VENDOR=Papershelf
DESCRIPTION="A desktop reading-list manager for research papers."
COPYRIGHT="Copyright (C) the Papershelf authors"
MAIN_CLASS=io.papershelf.app.Main
JAVA_OPTIONS=(
    -Xmx512m
    # A small young generation with the serial collector keeps a 100,000-paper window under 300 MB
    # resident (docs/performance.md, Memory); G1's defaults held 330-405 MB. Survivor spaces of 4 MB, so
    # that the ranking's first build promotes nothing early; an old generation that starts small and grows
    # with what is live, so that a model trained again leaves no resident garbage (decision 0027).
    -Xms96m -Xmn24m -XX:SurvivorRatio=4 -XX:+UseSerialGC
    # The client compiler only, as the command line: the optimising compiler's work areas made the
    # window's peak resident size (decision 0027).
    -XX:TieredStopAtLevel=1
    # The window's classes pass the JVM's first 21 MB metadata threshold: without this, a full collection
    # in the middle of every start (docs/performance.md, Start-up).
    -XX:MetaspaceSize=48m
    # Freed native memory (glibc's malloc arenas) given back to the system every 2 s: 20-30 MB less
    # resident once a 100,000-paper window settles (docs/performance.md, Memory). JDK 17.0.9 or newer.
    -XX:TrimNativeHeapInterval=2000
    # JVM warnings (from class-data sharing, say) go to stderr: stdout carries the command line's results.
    -Xlog:disable -Xlog:all=warning:stderr
)
# The command line's launcher (decision 0025), which /usr/bin/papershelf runs: the same options, and the client
# compiler only (the window's options have it too since decision 0027; kept here so that the command line's stays so).
# A command lasts seconds, too short for the optimising compiler's work to pay back (keep in step with pom.xml's
# app.cliOptions). For the window, and the daily backup, it runs the window's launcher beside it (WindowLauncher),
# named here.
CLI_LAUNCHER=papershelf-cli
CLI_JAVA_OPTIONS=(-XX:TieredStopAtLevel=1 "-Dpapershelf.windowLauncher=$APP_NAME")
# Modules the app loads by name, which jdeps cannot see. None so far.
EXTRA_MODULES=

# Linux: the .deb. Its dependencies are in packaging/linux/control (docs/packaging.md says why
# those): jpackage would otherwise list every library the whole runtime links, AWT and sound included.
LINUX_ICON=icons/papershelf-256.png
LINUX_JAVA_OPTIONS=(-Dorg.sqlite.lib.path='$APPDIR')
LINUX_PACKAGE=(
    --linux-package-name papershelf
    --linux-app-category science
    --resource-dir packaging/linux
)
LINUX_INSTALL_DIR=/opt/papershelf

# Windows: the .msi. The upgrade UUID must never change: it is how Windows knows a newer .msi
# replaces an installed Papershelf.
WINDOWS_ICON=icons/papershelf.ico
WINDOWS_PACKAGE=(
    --win-menu
    --win-menu-group Papershelf
    --win-shortcut
    --win-dir-chooser
    --win-upgrade-uuid f0767f59-dd11-4527-ab75-9b3e78972868
)

# macOS: the .dmg.
MAC_ICON=icons/papershelf.icns
MAC_IMAGE=(
    --mac-package-identifier io.papershelf
    --mac-package-name Papershelf
)
MAC_PACKAGE=()
# ----------------------------------------------------------------------------------------------

die() {
    echo "build-installer: $*" >&2
    exit 1
}

note() {
    echo "build-installer: $*"
}

version=
jar=target/papershelf.jar
cds=auto
while [ $# -gt 0 ]; do
    case $1 in
        --version) version=${2:?}; shift 2 ;;
        --jar) jar=${2:?}; case $jar in /*) ;; *) jar=$PWD/$jar ;; esac; shift 2 ;;
        --cds) cds=${2:?}; shift 2 ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[ -n "$version" ] || die "--version is required (Maven passes \${project.version})"
case $cds in auto|on|off) ;; *) die "--cds takes auto, on or off" ;; esac

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/.."
[ -f "$jar" ] || die "$jar is missing: run mvn package first"
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")

case $(uname -s) in
    Linux) os=linux ;;
    Darwin) os=mac ;;
    MINGW*|MSYS*|CYGWIN*) os=windows ;;
    *) die "no installer for $(uname -s)" ;;
esac

tool() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" -o -x "$JAVA_HOME/bin/$1.exe" ]; then
        echo "$JAVA_HOME/bin/$1"
    elif command -v "$1" >/dev/null; then
        command -v "$1"
    else
        die "$1 not found: it comes with JDK 17 or newer (set JAVA_HOME)"
    fi
}
JDEPS=$(tool jdeps)
JLINK=$(tool jlink)
JPACKAGE=$(tool jpackage)
JAR=$(tool jar)

# Versions: 0.2.0-SNAPSHOT is 0.2.0~SNAPSHOT for Debian (sorts before 0.2.0) and 0.2.0 for Windows
# and macOS, which take numbers only.
numeric=$(echo "$version" | sed 's/[^0-9.].*//; s/\.$//')
[ -n "$numeric" ] || die "version $version does not start with a number"
deb_version=$(echo "$version" | tr - '~')

dest=target/installer
work=target/installer-work
rm -rf "$dest" "$work"
mkdir -p "$dest" "$work/input"
input=$work/input

# ---- 1. The app's own files ----------------------------------------------------------------------
# On Linux the natives move out of the jar into the app folder, where they are loaded as they are:
# JavaFX's loader looks beside its jar before it would unpack them into ~/.openjfx, and sqlite-jdbc
# loads from org.sqlite.lib.path instead of unpacking into /tmp at every start (which fails where
# /tmp is noexec). Only this machine's sqlite native is kept. The jar is stored, not deflated: the
# .deb's xz then compresses it to 6 MB instead of 13.
stage_linux_input() {
    local unpacked=$work/jar arch
    mkdir -p "$unpacked"
    (cd "$unpacked" && "$JAR" xf "$jar")
    ls "$unpacked"/*.so >/dev/null 2>&1 || die "no JavaFX natives (*.so) at the top of $jar"
    mv "$unpacked"/*.so "$input/"
    case $(uname -m) in
        x86_64) arch=x86_64 ;;
        aarch64|arm64) arch=aarch64 ;;
        *) die "no sqlite-jdbc native chosen for $(uname -m)" ;;
    esac
    cp "$unpacked/org/sqlite/native/Linux/$arch/libsqlitejdbc.so" "$input/"
    rm -rf "$unpacked/org/sqlite/native"
    mv "$unpacked/META-INF/MANIFEST.MF" "$work/MANIFEST.MF"
    "$JAR" --create --no-compress --file "$input/papershelf.jar" --manifest "$work/MANIFEST.MF" -C "$unpacked" .
    rm -rf "$unpacked"
}

if [ "$os" = linux ]; then
    stage_linux_input
else
    cp "$jar" "$input/papershelf.jar"
fi

# ---- 2. A runtime with only the modules the app uses -------------------------------------------
# JavaFX is on the class path inside the jar, so its modules are not in the runtime; jdeps sees the
# JDK modules the app and its libraries use.
modules=$("$JDEPS" --multi-release 17 --ignore-missing-deps --print-module-deps "$input/papershelf.jar")
[ -z "$EXTRA_MODULES" ] || modules="$modules,$EXTRA_MODULES"
note "runtime modules: $modules"
# Linux: uncompressed, because the .deb's xz shrinks the runtime to 20 MB where jlink's own zip
# leaves 31 MB (and the JVM reads classes faster). The .msi and .dmg keep jlink's compression.
compress=2
[ "$os" = linux ] && compress=0
"$JLINK" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress="$compress" --generate-cds-archive --output "$work/runtime" >/dev/null
# The second archive serves heaps over 32 GB only.
find "$work/runtime" -name classes_nocoops.jsa -delete

# ---- 3. The app image ------------------------------------------------------------------------------
java_options=("${JAVA_OPTIONS[@]}")
case $os in
    linux)
        icon=$LINUX_ICON
        image_version=$version
        image_extra=()
        java_options+=("${LINUX_JAVA_OPTIONS[@]}")
        ;;
    windows)
        icon=$WINDOWS_ICON
        image_version=$numeric
        image_extra=()
        ;;
    mac)
        icon=$MAC_ICON
        image_extra=("${MAC_IMAGE[@]}")
        # jpackage 17 refuses a macOS version whose first number is 0 (its CFBundleVersion rule,
        # which Apple no longer has): a 0.x bundle is made as 1.x and given its real version below.
        image_version=$numeric
        case $numeric in 0.*) image_version=1.${numeric#0.} ;; esac
        ;;
esac
java_args=()
for o in "${java_options[@]}"; do
    java_args+=(--java-options "$o")
done
# The command line's launcher: its java-options replace the main launcher's, so it is given them all. On Windows it
# is a console program, so that a terminal waits for it and shows its output.
cli_options=("${java_options[@]}" "${CLI_JAVA_OPTIONS[@]}")
{
    echo "java-options=${cli_options[*]}"
    [ "$os" != windows ] || echo "win-console=true"
} > "$work/$CLI_LAUNCHER.properties"
"$JPACKAGE" --type app-image --dest "$dest" --name "$APP_NAME" --app-version "$image_version" \
    --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "$COPYRIGHT" --icon "$icon" \
    --input "$input" --main-jar papershelf.jar --main-class "$MAIN_CLASS" \
    --add-launcher "$CLI_LAUNCHER=$work/$CLI_LAUNCHER.properties" \
    --runtime-image "$work/runtime" "${java_args[@]}" ${image_extra[@]+"${image_extra[@]}"}
note "app image: $(ls -d "$dest"/"$APP_NAME"*)"

# ---- 4. The installer ------------------------------------------------------------------------------
# Linux, the class-data-sharing archive: the JVM maps the classes a start-up loads from one file
# instead of reading and verifying them one by one. Java 17 accepts an archive only for the exact jar
# path it was made with, so the training run must see the app at its installed place: a private mount
# namespace puts the package's files at /opt/papershelf for that one process, without touching the
# real /opt. The run opens the window under Xvfb with a throwaway home, waits until it shows, quits;
# the JVM writes the archive as it exits. dpkg keeps the jar's modification time, which the JVM checks.
make_cds_archive() {
    local app=$1 cfg=$1/lib/app/$APP_NAME.cfg ns log=target/installer-cds-training.log pid id i
    if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
        cds_unavailable "Xvfb and xdotool are not installed (apt-get install xvfb xdotool)"
        return 0
    fi
    if [ "$(id -u)" = 0 ]; then ns=(unshare --mount); else ns=(unshare --map-root-user --mount); fi
    if ! "${ns[@]}" true 2>/dev/null; then
        cds_unavailable "this machine allows no private mount namespace (${ns[*]})"
        return 0
    fi
    # shellcheck source=packaging/desktop-session.sh
    . "$here/desktop-session.sh"
    start_xvfb || { cds_unavailable "Xvfb did not start"; return 0; }
    cp "$cfg" "$work/$APP_NAME.cfg"
    mkdir -p "$work/cds-home"
    printf '%s\n' "java-options=-XX:ArchiveClassesAtExit=\$APPDIR/papershelf.jsa" \
        "java-options=-Duser.home=$(pwd)/$work/cds-home" >> "$cfg"
    # The app takes its data folder from HOME (and XDG_DATA_HOME, PAPERSHELF_LIBRARY): the throwaway
    # home keeps the training run away from the library of whoever builds.
    # shellcheck disable=SC2016
    local at_install='mount -t tmpfs tmpfs /opt && mkdir "$2" && mount --bind "$1" "$2" && shift 2 && exec "$@"'
    env -u XDG_DATA_HOME -u PAPERSHELF_LIBRARY HOME="$(pwd)/$work/cds-home" \
        "${ns[@]}" sh -c "$at_install" sh "$app" "$LINUX_INSTALL_DIR" "$LINUX_INSTALL_DIR/bin/$APP_NAME" \
        > "$log" 2>&1 &
    pid=$!
    if id=$(wait_for_window 90); then
        sleep 3
        # The window goes at once on Ctrl+Q, before the key's release: xdotool may then fail (BadWindow).
        xdotool key --window "$id" ctrl+q 2>/dev/null || true
    else
        note "the training run showed no window in 90 s (see $log)"
    fi
    for i in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || break
        [ "$i" = 200 ] && kill -TERM "$pid" 2>/dev/null
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    stop_xvfb
    cp "$work/$APP_NAME.cfg" "$cfg"
    keep_cds_archive "$cfg" "$app/lib/app/papershelf.jsa" "$log" "the window's" env -u XDG_DATA_HOME \
        -u PAPERSHELF_LIBRARY HOME="$(pwd)/$work/cds-home" "${ns[@]}" sh -c "$at_install" sh "$app" \
        "$LINUX_INSTALL_DIR" "$LINUX_INSTALL_DIR/bin/$APP_NAME"
}

# Keeps the archive a training run wrote if the JVM takes it at the installed path: -Xshare:on stops if it cannot.
# keep_cds_archive CFG JSA LOG WHOSE LAUNCH...: CFG is the launcher's settings as before the training (they get the
# archive), LAUNCH the command that starts that launcher at its installed place.
keep_cds_archive() {
    local cfg=$1 jsa=$2 log=$3 whose=$4 saved
    shift 4
    saved=$(cat "$cfg")
    if [ ! -s "$jsa" ]; then
        rm -f "$jsa"
        cds_unavailable "$whose training run wrote no archive (see $log)"
        return 0
    fi
    printf '%s\n' "java-options=-XX:SharedArchiveFile=\$APPDIR/$(basename "$jsa")" "java-options=-Xshare:on" >> "$cfg"
    if ! "$@" --version >> "$log" 2>&1; then
        printf '%s\n' "$saved" > "$cfg"
        rm -f "$jsa"
        cds_unavailable "the JVM refuses $whose archive (see $log)"
        return 0
    fi
    printf '%s\n' "$saved" "java-options=-XX:SharedArchiveFile=\$APPDIR/$(basename "$jsa")" > "$cfg"
    note "class-data-sharing archive of $whose launcher: $(du -h "$jsa" | cut -f1)"
}

# The command line's archive, made the same way by one import of the test listing through the command line's
# launcher (no display needed). The import starts the day's backup through the window's launcher in the background:
# the training waits for it (it names the training library), so that nothing writes to the work folder afterwards.
make_cli_cds_archive() {
    local app=$1 cfg=$1/lib/app/$CLI_LAUNCHER.cfg jsa=$1/lib/app/$CLI_LAUNCHER.jsa log=target/installer-cds-training-cli.log
    local home ns i listing=src/test/resources/listings/daily-papers-search-2026-05-20.txt
    home=$(pwd)/$work/cds-home-cli
    if [ "$(id -u)" = 0 ]; then ns=(unshare --mount); else ns=(unshare --map-root-user --mount); fi
    if ! "${ns[@]}" true 2>/dev/null; then
        cds_unavailable "this machine allows no private mount namespace (${ns[*]}), for the command line"
        return 0
    fi
    mkdir -p "$home"
    cp "$listing" "$home/listing.txt"
    cp "$cfg" "$work/$CLI_LAUNCHER.cfg"
    printf '%s\n' "java-options=-XX:ArchiveClassesAtExit=\$APPDIR/$CLI_LAUNCHER.jsa" \
        "java-options=-Duser.home=$home" >> "$cfg"
    # shellcheck disable=SC2016
    local at_install='mount -t tmpfs tmpfs /opt && mkdir "$2" && mount --bind "$1" "$2" && shift 2 && exec "$@"'
    local cli=("${ns[@]}" sh -c "$at_install" sh "$app" "$LINUX_INSTALL_DIR" "$LINUX_INSTALL_DIR/bin/$CLI_LAUNCHER")
    env -u XDG_DATA_HOME -u PAPERSHELF_LIBRARY HOME="$home" \
        "${cli[@]}" --library "$home/training.db" import "$home/listing.txt" > "$log" 2>&1 || true
    for i in $(seq 1 600); do
        pgrep -f -- "$home/training.db" >/dev/null || break
        sleep 0.1
    done
    cp "$work/$CLI_LAUNCHER.cfg" "$cfg"
    keep_cds_archive "$cfg" "$jsa" "$log" "the command line's" \
        env -u XDG_DATA_HOME -u PAPERSHELF_LIBRARY HOME="$home" "${cli[@]}"
}

cds_unavailable() {
    [ "$cds" = on ] && die "no class-data-sharing archive: $1"
    note "WARNING: building without the class-data-sharing archive (start-up is slower): $1"
}

# jpackage makes the package from the app image; its own menu entry would make the package depend
# on xdg-utils (and run its scripts at install), so the .deb is opened again and given, as plain
# files that dpkg owns and removes, the menu entry, the icon in each size of the hicolor theme, a
# `papershelf` command (the command line's launcher), and the class-data-sharing archives. Debian's triggers refresh the menu and
# icon caches.
build_deb() {
    local jp=$work/jpackage-deb root=$work/deb-root size s
    "$JPACKAGE" --type deb --app-image "$dest/$APP_NAME" --dest "$jp" --name "$APP_NAME" \
        --app-version "$deb_version" --vendor "$VENDOR" --description "$DESCRIPTION" \
        --copyright "$COPYRIGHT" "${LINUX_PACKAGE[@]}"
    dpkg-deb -R "$jp"/*.deb "$root"
    # jpackage's maintainer scripts do nothing without its menu integration: without them there is
    # provably nothing that runs at install or removal.
    rm -f "$root"/DEBIAN/preinst "$root"/DEBIAN/postinst "$root"/DEBIAN/prerm "$root"/DEBIAN/postrm
    install -D -m 0644 packaging/linux/papershelf.desktop "$root/usr/share/applications/papershelf.desktop"
    for s in 16 24 32 48 64 128 256 512; do
        install -D -m 0644 "icons/papershelf-$s.png" "$root/usr/share/icons/hicolor/${s}x$s/apps/papershelf.png"
    done
    install -D -m 0644 icons/papershelf.svg "$root/usr/share/icons/hicolor/scalable/apps/papershelf.svg"
    mkdir -p "$root/usr/bin"
    # The command line's launcher; the menu entry and "Open with" start the window's (packaging/linux/papershelf.desktop).
    ln -s "$LINUX_INSTALL_DIR/bin/$CLI_LAUNCHER" "$root/usr/bin/papershelf"
    [ "$cds" = off ] || make_cds_archive "$root$LINUX_INSTALL_DIR"
    [ "$cds" = off ] || make_cli_cds_archive "$root$LINUX_INSTALL_DIR"
    size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
    sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"
    (cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
        | xargs -0 md5sum > DEBIAN/md5sums)
    dpkg-deb --root-owner-group -Zxz --build "$root" "$dest/" >/dev/null
}

case $os in
    linux)
        build_deb
        ;;
    windows)
        "$JPACKAGE" --type msi --app-image "$dest/$APP_NAME" --dest "$dest" --name "$APP_NAME" \
            --app-version "$numeric" --vendor "$VENDOR" --description "$DESCRIPTION" \
            --copyright "$COPYRIGHT" "${WINDOWS_PACKAGE[@]}"
        ;;
    mac)
        plist=$dest/$APP_NAME.app/Contents/Info.plist
        /usr/libexec/PlistBuddy -c "Set :CFBundleShortVersionString $numeric" \
            -c "Set :CFBundleVersion $numeric" "$plist"
        "$JPACKAGE" --type dmg --app-image "$dest/$APP_NAME.app" --dest "$dest" --name "$APP_NAME" \
            --app-version "$image_version" --vendor "$VENDOR" --description "$DESCRIPTION" \
            --copyright "$COPYRIGHT" ${MAC_PACKAGE[@]+"${MAC_PACKAGE[@]}"}
        [ "$image_version" = "$numeric" ] || mv "$dest/$APP_NAME-$image_version.dmg" "$dest/$APP_NAME-$numeric.dmg"
        ;;
esac
rm -rf "$work"
for f in "$dest"/*.deb "$dest"/*.msi "$dest"/*.dmg; do
    [ -e "$f" ] && note "installer: $f ($(du -h "$f" | cut -f1))"
done
exit 0
