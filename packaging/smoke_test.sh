#!/usr/bin/env bash
# The bundle as a release engineer runs it: `env -i` (no venv, no developer settings on PATH), a
# scratch data folder, every proxy pointed at a dead port. Checks selftest, a CLI round (ask,
# import + cited answer, say, transcribe), `hub serve` with 2 workers answering /health, the window
# alive under Xvfb for 20 s, and that nothing was written into the bundle folder.
#   packaging/smoke_test.sh [dist/lantern]          (`make bundle-test` builds first, then runs this)
# Prefix with RUNNER="qemu-x86_64 -cpu Haswell" to run the CLI steps on an emulated older CPU.
set -uo pipefail
TOP=$(cd "${1:-dist/lantern}" && pwd)
EXE="$TOP/lantern"
T=$(mktemp -d /tmp/lantern-smoke-XXXXXX)
RUNNER=${RUNNER:-}
DEAD=http://127.0.0.1:9
CLEAN=(env -i PATH=/usr/bin:/bin HOME="$T/home" LANG=C.UTF-8 LANTERN_HOME="$T/data"
       http_proxy=$DEAD https_proxy=$DEAD HTTP_PROXY=$DEAD HTTPS_PROXY=$DEAD ALL_PROXY=$DEAD all_proxy=$DEAD)
mkdir -p "$T/home" "$T/data"
touch "$T/marker"
FAILED=0
t_all=$(date +%s)

step() {   # step NAME COMMAND... : runs it, logs to $T/NAME.log, prints ok/FAIL and seconds
  local name=$1; shift
  local s; s=$(date +%s.%N)
  if "$@" > "$T/$name.log" 2>&1; then
    printf 'ok    %-12s %6.1f s\n' "$name" "$(echo "$(date +%s.%N) - $s" | bc)"
  else
    printf 'FAIL  %-12s %6.1f s  (log: %s)\n' "$name" "$(echo "$(date +%s.%N) - $s" | bc)" "$T/$name.log"
    tail -5 "$T/$name.log" | sed 's/^/      /'
    FAILED=1
  fi
}
# `L` runs the bundle the clean way; every step below goes through it.
L="$T/lantern"
{ echo '#!/bin/bash'; printf 'exec'; printf ' %q' "${CLEAN[@]}"; [ -n "$RUNNER" ] && printf ' %s' "$RUNNER"
  printf ' %q "$@"\n' "$EXE"; } > "$L"
chmod +x "$L"

cat > "$T/saturn.txt" <<'TXT'
Saturn is the sixth planet from the Sun. It has bright rings made of ice and rock.
TXT
cat > "$T/volcanoes.md" <<'TXT'
# Volcanoes

A volcano is an opening in the Earth's crust. Hot melted rock called magma rises from deep below.
When magma reaches the surface it is called lava. Some volcanoes erupt often; others sleep for centuries.
TXT

step selftest    bash -c "$L selftest --json > $T/selftest.json"
step ask         bash -c "$L ask --context $T/saturn.txt 'What are Saturn rings made of?' | grep -i ice"
step import      bash -c "$L import $T/volcanoes.md --course Science && $L library list | grep -i volcanoes"
step ask-library bash -c "$L ask 'What is lava?' | grep -i sources"
# the material check reads each passage's level (pyphen's hyphenation dictionaries, trimmed in the bundle)
step check       bash -c "$L teacher check --course Science --grade 1 --json > $T/check.json && grep -q 'reading grade' $T/check.json"
step say         bash -c "$L say 'Good morning, everyone. Today we learn about volcanoes.' -o $T/hello.wav && test -s $T/hello.wav"
# the clip written back: at least 5 of its 8 words (the selftest's round trip asks for 60 %), and
# what was heard stays in the log (model numerics differ a little between CPUs)
transcribe_check() {
  local heard hits=0 w
  heard=$("$L" transcribe "$T/hello.wav" --language en) || return 1
  echo "heard: $heard"
  heard=$(echo "$heard" | tr '[:upper:]' '[:lower:]' | tr -c 'a-z\n' ' ')
  for w in good morning everyone today we learn about volcanoes; do
    [[ " $heard " == *" $w "* ]] && hits=$((hits + 1))
  done
  echo "words heard: $hits of 8"
  [ "$hits" -ge 5 ]
}
step transcribe  transcribe_check

# hub: 2 workers (spawned children of the frozen executable: needs freeze_support) answer /health
hub_check() {
  local port=$(( 20000 + RANDOM % 20000 ))
  "${CLEAN[@]}" LANTERN_HOME="$T/hub" "$EXE" hub serve --host 127.0.0.1 --port "$port" --workers 2 &
  local pid=$! ok=1
  for _ in $(seq 1 120); do
    if curl -sf --noproxy '*' "http://127.0.0.1:$port/health"; then ok=0; break; fi
    sleep 1
  done
  echo; echo "children: $(pgrep -P "$pid" | wc -l)"
  # what a worker inherited from the frozen entry point (the language pack step reads it)
  local child; child=$(pgrep -P "$pid" | head -1)
  [ -n "$child" ] && tr '\0' '\n' < "/proc/$child/environ" > "$T/hub-worker.environ"
  kill -TERM "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then echo "hub did not stop within 30 s"; kill -KILL "$pid"; return 1; fi
  return $ok
}
step hub hub_check

# the optional language pack beside the bundle (dist/lantern-langpack): the entry point found it and
# pointed fontconfig at it; the window step below then runs with it
langpack_check() {
  local pack; pack=$(cd "$TOP/.." && pwd)/lantern-langpack
  [ -f "$pack/fonts.conf" ] || { echo "no language pack at $pack (packaging/build_langpack.sh)"; return 1; }
  grep -x "LANTERN_LANGPACK=$pack" "$T/hub-worker.environ" && grep -x "FONTCONFIG_FILE=$pack/fonts.conf" "$T/hub-worker.environ"
}
step langpack langpack_check

# sound: a private PulseAudio with a null speaker and a null microphone; Qt's own PulseAudio backend
# (libQt6Multimedia, no FFmpeg media plugin in the bundle) must list both (`doctor`, voice section)
audio_check() {
  command -v pulseaudio > /dev/null || { echo "pulseaudio not installed: cannot check"; return 1; }
  mkdir -p "$T/pulse"
  env -i PATH=/usr/bin:/bin HOME="$T/home" XDG_RUNTIME_DIR="$T/pulse" pulseaudio -n --daemonize=no \
    --exit-idle-time=-1 -L "module-native-protocol-unix socket=$T/pulse/native auth-anonymous=1" \
    -L "module-null-sink sink_name=lantern_speaker" -L "module-null-source source_name=lantern_mic" &
  local pa=$! rc=1
  for _ in $(seq 1 30); do [ -S "$T/pulse/native" ] && break; sleep 1; done
  "${CLEAN[@]}" PULSE_SERVER="unix:$T/pulse/native" "$EXE" doctor --json > "$T/doctor.json"
  python3 -c "import json,sys; v=json.load(open(sys.argv[1]))['voice']; print(v); sys.exit(not (v['speakers'] and v['microphones']))" \
    "$T/doctor.json" && rc=0
  kill -TERM "$pa"; wait "$pa" 2>/dev/null
  return $rc
}
step audio audio_check

# the window: must still be running after 20 s under Xvfb (timeout's exit 124 = it was alive)
window_check() {
  # env -i would drop the display xvfb-run sets up: pass DISPLAY and XAUTHORITY through, nothing else
  { echo '#!/bin/bash'; printf 'exec env -i DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY"'
    printf ' %q' "${CLEAN[@]:2}"; printf ' timeout 20 %q\n' "$EXE"; } > "$T/window.sh"
  chmod +x "$T/window.sh"
  xvfb-run -a -s "-screen 0 1280x800x24" "$T/window.sh"
  local rc=$?
  echo "exit $rc"; [ "$rc" -eq 124 ]
}
step window window_check

# nothing written into the bundle folder
step read-only bash -c "test -z \"\$(find '$TOP' -newer '$T/marker' -print -quit)\" || { find '$TOP' -newer '$T/marker' | head; exit 1; }"
# the data folder holds no copy of the bundled models
step no-copy bash -c "test -z \"\$(find '$T/data' -size +20M -print -quit)\" || { find '$T/data' -size +20M; exit 1; }"

echo "smoke test: $([ $FAILED -eq 0 ] && echo PASSED || echo FAILED) in $(( $(date +%s) - t_all )) s (logs: $T)"
exit $FAILED
