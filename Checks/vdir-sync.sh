#!/usr/bin/env bash
# The whole phone loop against the real tools: Kith writes vdirs, vdirsyncer uploads them to a
# real CardDAV/CalDAV server (Radicale, on 127.0.0.1), a second pair of vdirs synced from the
# same collections stands for a phone; khard and todoman work on the phone's side; changes made
# there travel back through the server into Kith. Radicale, vdirsyncer, khard and todoman are
# installed from PyPI into a throwaway folder; the server is stopped at the end, whatever happens.
# Usage: Checks/vdir-sync.sh   (after `swift build` or `swift test`)
set -euo pipefail
cd "$(dirname "$0")/.."
kith=$(pwd)/${KITH:-.build/debug/kith}
[[ -x $kith ]] || swift build
work=$(mktemp -d)
server=
cleanup() {
    [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "vdir-sync: $*" >&2; exit 1; }

source Checks/tools.sh
pip_install "$work/python" radicale vdirsyncer khard todoman
export PYTHONPATH="$work/python" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" KITH_DB="$work/kith.db"
export KITH_TODAY=2026-11-23
bin="$work/python/bin"

# Radicale on a free port, with its storage in the throwaway folder.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/radicale.conf" <<CONF
[server]
hosts = 127.0.0.1:$port
[auth]
type = none
[rights]
type = owner_write
[storage]
filesystem_folder = $work/radicale
CONF
python3 "$bin/radicale" --config "$work/radicale.conf" >"$work/radicale.log" 2>&1 &
server=$!
python3 - "$port" <<'PY'
import base64, sys, time, urllib.request
port = sys.argv[1]
auth = "Basic " + base64.b64encode(b"alex:x").decode()
def mkcol(path, body=None):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method="MKCOL",
                                     headers={"Authorization": auth, "Content-Type": "application/xml"})
    urllib.request.urlopen(request).read()
for attempt in range(100):
    try:
        urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/", headers={"Authorization": auth}))
        break
    except Exception:
        time.sleep(0.1)
# The user's own collection is made by Radicale on their first request.
mkcol("/alex/contacts/", b'<?xml version="1.0"?><mkcol xmlns="DAV:" xmlns:CR="urn:ietf:params:xml:ns:carddav"><set><prop>'
      b'<resourcetype><collection/><CR:addressbook/></resourcetype></prop></set></mkcol>')
mkcol("/alex/calendar/", b'<?xml version="1.0"?><mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><set><prop>'
      b'<resourcetype><collection/><C:calendar/></resourcetype><C:supported-calendar-component-set>'
      b'<C:comp name="VTODO"/><C:comp name="VEVENT"/></C:supported-calendar-component-set></prop></set></mkcol>')
PY

# Two sides of the same collections: Kith's vdirs, and the phone's.
mkdir -p "$work/config/kith" "$work/status" "$work/kith/contacts" "$work/kith/calendar" \
    "$work/phone/contacts" "$work/phone/calendars/kith"
# pair NAME TYPE FOLDER EXTENSION COLLECTION: a vdir and a server collection, kept in step.
pair() {
    cat <<CONF
[pair $1]
a = "$1_local"
b = "$1_server"
collections = null
[storage $1_local]
type = "filesystem"
path = "$3"
fileext = ".$4"
[storage $1_server]
type = "$2"
url = "http://127.0.0.1:$port/alex/$5/"
username = "alex"
password = "x"
CONF
    [[ $2 == caldav ]] && echo 'item_types = ["VTODO", "VEVENT"]'
    return 0
}
{
    echo '[general]'
    echo "status_path = \"$work/status/\""
    for side in kith phone; do
        calendar="$work/$side/calendar/"
        [[ $side == phone ]] && calendar="$work/phone/calendars/kith/"
        pair "${side}_contacts" carddav "$work/$side/contacts/" vcf contacts
        pair "${side}_calendar" caldav "$calendar" ics calendar
    done
} > "$work/vdirsyncer.conf"
vdirsyncer() { python3 "$bin/vdirsyncer" -c "$work/vdirsyncer.conf" "$@" >>"$work/vdirsyncer.log" 2>&1 \
    || { cat "$work/vdirsyncer.log" >&2; fail "vdirsyncer $* failed"; }; }
# Kith's side is synced by name: the configured folders.
printf 'contacts = %s\ncalendar = %s\n' "$work/kith/contacts" "$work/kith/calendar" > "$work/config/kith/config"

"$kith" add "Ann Lake" --org Acme --email ann@acme.example --tag friend >/dev/null
"$kith" add "Bo Chen" --phone "+44 20 7946 0002" --birthday 1990-11-25 >/dev/null
"$kith" add "Cy Reed" --title Chef >/dev/null
"$kith" owe Ann "send the deck" --due 2026-11-24 >/dev/null
"$kith" expect Bo "the intro to Di" --due 2026-11-25 >/dev/null
"$kith" sync >/dev/null
vdirsyncer discover
vdirsyncer sync kith_contacts kith_calendar
vdirsyncer sync phone_contacts phone_calendar

# The phone sees everyone, in khard.
khard_config "$work/khard.conf" "$work/phone/contacts/"
khard() { python3 "$bin/khard" -c "$work/khard.conf" "$@"; }
listed=$(khard list --parsable | cut -f2 | sort | tr '\n' ',')
[[ $listed == "Ann Lake,Bo Chen,Cy Reed," ]] || fail "khard lists '$listed', not the three people Kith synced"

# Nothing changed: Kith writes nothing, and vdirsyncer has nothing to upload.
out=$("$kith" sync contacts)
[[ $out == *": 0 in Kith, 0 in the folder, 3 unchanged" ]] || fail "a second sync changed something: $out"

# The phone edits Ann's card and adds a person; the changes come back into Kith.
ann=$(grep -l "FN:Ann Lake" "$work/phone/contacts/"*.vcf)
python3 - "$ann" "$work/phone/contacts/dana.vcf" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8", newline="").read()
text = text.replace("ORG:Acme", "ORG:Globex")
open(sys.argv[1] + ".tmp", "w", encoding="utf-8", newline="").write(text)
import os; os.replace(sys.argv[1] + ".tmp", sys.argv[1])
open(sys.argv[2], "w", encoding="utf-8", newline="").write(
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:dana-from-the-phone\r\nFN:Dana Fox\r\nN:Fox;Dana;;;\r\n"
    "EMAIL:dana@example.org\r\nX-PHONE-ONLY:kept\r\nEND:VCARD\r\n")
PY
vdirsyncer sync phone_contacts
vdirsyncer sync kith_contacts
out=$("$kith" sync contacts)
[[ $out == *"1 in Kith"* || $out == *"2 in Kith"* ]] || fail "the phone's changes did not come in: $out"
"$kith" show Ann | grep -q Globex || fail "Ann's new organisation did not come in: $("$kith" show Ann)"
"$kith" show Dana | grep -q dana@example.org || fail "Dana, added on the phone, is not in Kith"
[[ $("$kith" list --json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))') == 4 ]] \
    || fail "someone was doubled: $("$kith" list)"
# What came in is not written back: no churn for vdirsyncer.
out=$("$kith" sync contacts)
[[ $out == *": 0 in Kith, 0 in the folder, 4 unchanged" ]] || fail "the sync after the phone's changes changed something: $out"

# A change in Kith goes out, and what the phone added that Kith does not model survives.
"$kith" edit Dana --title Designer >/dev/null
"$kith" sync contacts >/dev/null
vdirsyncer sync kith_contacts
vdirsyncer sync phone_contacts
dana=$(grep -l "FN:Dana Fox" "$work/phone/contacts/"*.vcf)
grep -q "TITLE:Designer" "$dana" && grep -q "X-PHONE-ONLY:kept" "$dana" || fail "Dana's card on the phone: $(cat "$dana")"
khard list --parsable | grep -q "Dana Fox" || fail "khard does not list Dana"

# The to-dos on the phone, in todoman; completing one there marks the promise done in Kith.
cat > "$work/config/todoman.py" <<CONF
path = "$work/phone/calendars/*"
date_format = "%Y-%m-%d"
time_format = "%H:%M"
default_list = "kith"
CONF
mkdir -p "$work/config/todoman" && mv "$work/config/todoman.py" "$work/config/todoman/config.py"
todo() { python3 "$bin/todo" "$@"; }
todos=$(todo --porcelain list)
id=$(python3 -c 'import json, sys; print(next(t["id"] for t in json.loads(sys.argv[1]) if "send the deck" in t["summary"]))' "$todos") \
    || fail "todoman does not list the promise: $todos"
python3 -c 'import json, sys; assert any("the intro to Di" in t["summary"] for t in json.loads(sys.argv[1]))' "$todos" \
    || fail "todoman does not list what Bo owes: $todos"
todo done "$id" >/dev/null
vdirsyncer sync phone_calendar
vdirsyncer sync kith_calendar
out=$("$kith" sync calendar)
[[ $out == *"done"*"send the deck"* ]] || fail "completing the to-do did not mark the promise done: $out"
[[ $("$kith" commitments --json | python3 -c 'import json, sys; print([c["status"] for c in json.load(sys.stdin) if c["what"] == "send the deck"][0])') == done ]] \
    || fail "the promise is not done in Kith"

# Done in Kith: completed on the phone.
"$kith" done 2 >/dev/null
"$kith" sync calendar >/dev/null
vdirsyncer sync kith_calendar
vdirsyncer sync phone_calendar
todo --porcelain list --status COMPLETED | grep -q "the intro to Di" || fail "the promise done in Kith is not completed on the phone"
echo "vdir-sync: Kith, vdirsyncer, Radicale, khard and todoman agree"
