# Shared by the checks (sourced, not run): the address-book world's tools, installed from PyPI
# into a throwaway folder, and khard set up over one vdir.

# pip_install FOLDER PACKAGE…: quietly, unless it fails, when it says why.
pip_install() {
    local target=$1
    shift
    python3 -m pip install --quiet --disable-pip-version-check --target "$target" "$@" >/dev/null 2>&1 \
        || python3 -m pip install --quiet --disable-pip-version-check --target "$target" "$@"
}

# khard_config FILE VDIR: khard reading the vdir VDIR, strictly (an unparsable card is an error),
# listing names with UIDs, never opening an editor.
khard_config() {
    cat > "$1" <<CONF
[addressbooks]
[[cards]]
path = $2
[general]
default_action = list
editor = /bin/true
merge_editor = /bin/true
[contact table]
display = formatted_name
show_uids = yes
[vcard]
skip_unparsable = no
CONF
}
