#!/bin/sh
# Install CallBot Desktop for the current user, from the unpacked bundle this script sits in.
#
#   ./install.sh                 copy the bundle to ~/.local/opt/callbot-desktop, link callbot-desktop
#                                and callbot into ~/.local/bin, add the menu entry, icons, metainfo
#   ./install.sh --autostart     the same, and start CallBot Desktop (in the tray) at login
#   ./install.sh --no-autostart  remove the login entry only
#   ./install.sh --uninstall     remove everything installed here (the history and settings stay)
#
# No root needed. Honours XDG_DATA_HOME, XDG_CONFIG_HOME; PREFIX_OPT (default ~/.local/opt) and
# BIN_DIR (default ~/.local/bin) may be set too.
set -eu

APP_ID=callbot-desktop
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
CONFIG_HOME=${XDG_CONFIG_HOME:-$HOME/.config}
OPT_DIR=${PREFIX_OPT:-$HOME/.local/opt}
BIN_DIR=${BIN_DIR:-$HOME/.local/bin}
TARGET=$OPT_DIR/$APP_ID
APPLICATIONS=$DATA_HOME/applications
METAINFO=$DATA_HOME/metainfo
ICONS=$DATA_HOME/icons/hicolor
AUTOSTART=$CONFIG_HOME/autostart/$APP_ID.desktop

usage() { sed -n '2,12s/^# \{0,1\}//p' "$0"; }

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$APPLICATIONS" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
}

# The .desktop file with Exec/TryExec pointing at the installed executable, plus extra lines.
desktop_entry() {
    exec_line=$1
    shift
    sed -e "s|^Exec=.*|Exec=$exec_line|" -e "s|^TryExec=.*|TryExec=$TARGET/$APP_ID|" \
        "$HERE/share/applications/$APP_ID.desktop"
    for line in "$@"; do printf '%s\n' "$line"; done
}

# Start in the tray when the installed app accepts --start-in-tray (else it opens its window).
tray_command() {
    if "$TARGET/$APP_ID" --help 2>/dev/null | grep -q -- '--start-in-tray'; then
        printf '%s --start-in-tray' "$TARGET/$APP_ID"
    else
        printf '%s' "$TARGET/$APP_ID"
    fi
}

install_autostart() {
    mkdir -p "$(dirname "$AUTOSTART")"
    desktop_entry "$(tray_command)" "X-GNOME-Autostart-enabled=true" >"$AUTOSTART.tmp"
    mv "$AUTOSTART.tmp" "$AUTOSTART"
    echo "Autostart: $AUTOSTART"
}

remove_autostart() {
    rm -f "$AUTOSTART"
}

install_all() {
    for file in "$APP_ID" callbot "share/applications/$APP_ID.desktop"; do
        if [ ! -e "$HERE/$file" ]; then
            echo "error: $HERE/$file is missing: run this script from an unpacked bundle" >&2
            exit 1
        fi
    done
    if [ "$HERE" != "$TARGET" ]; then
        mkdir -p "$OPT_DIR"
        rm -rf "$TARGET.new"
        cp -a "$HERE" "$TARGET.new"
        rm -rf "$TARGET"
        mv "$TARGET.new" "$TARGET"
    fi
    mkdir -p "$BIN_DIR" "$APPLICATIONS" "$METAINFO" "$ICONS"
    ln -sfn "$TARGET/$APP_ID" "$BIN_DIR/$APP_ID"
    ln -sfn "$TARGET/callbot" "$BIN_DIR/callbot"
    desktop_entry "$TARGET/$APP_ID" >"$APPLICATIONS/$APP_ID.desktop"
    cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$METAINFO/"
    (cd "$HERE/share/icons/hicolor" && find . -name "$APP_ID.*" -type f) | while read -r icon; do
        mkdir -p "$ICONS/$(dirname "$icon")"
        cp "$HERE/share/icons/hicolor/$icon" "$ICONS/$icon"
    done
    refresh_caches
    echo "Installed CallBot Desktop in $TARGET"
    case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) echo "Note: $BIN_DIR is not on your PATH; add it to run callbot-desktop and callbot." ;;
    esac
}

uninstall_all() {
    remove_autostart
    rm -f "$APPLICATIONS/$APP_ID.desktop" "$METAINFO/$APP_ID.metainfo.xml"
    find "$ICONS" -name "$APP_ID.*" -type f -delete 2>/dev/null || true
    for exe in "$APP_ID" callbot; do
        # Only our own links: never a callbot of some other program.
        if [ -L "$BIN_DIR/$exe" ] && [ "$(readlink "$BIN_DIR/$exe")" = "$TARGET/$exe" ]; then
            rm -f "$BIN_DIR/$exe"
        fi
    done
    rm -rf "$TARGET"
    refresh_caches
    echo "Uninstalled CallBot Desktop (your settings and history are kept)."
}

action=install
autostart=keep
for arg in "$@"; do
    case $arg in
    --uninstall) action=uninstall ;;
    --autostart) autostart=on ;;
    --no-autostart) autostart=off ;;
    -h | --help) usage; exit 0 ;;
    *) echo "error: unknown option $arg" >&2; usage >&2; exit 2 ;;
    esac
done

if [ "$action" = uninstall ]; then
    uninstall_all
    exit 0
fi
if [ "$autostart" = off ]; then
    remove_autostart
    echo "Autostart removed."
    exit 0
fi
install_all
if [ "$autostart" = on ]; then
    install_autostart
fi
