#!/usr/bin/env bash
# The check step of action.yml, in a file so that a test can run it with a fake GITHUB_*
# environment. It runs in the working-directory input, checks every roadmap once and writes
# every format in that one run: annotations (github) on stdout, the job summary (markdown),
# and SARIF and JUnit files when asked. It records the exit code in GITHUB_OUTPUT and exits 0,
# so that the SARIF upload still runs; the action's last step fails the job.
#
# Inputs, from action.yml: ROADMAPS (separated by spaces or new lines), RULES, FAIL_ON,
# UPLOAD_SARIF, SARIF_FILE, JUNIT_FILE. Paths in findings are relative to GITHUB_WORKSPACE
# (the CLI does that), so GitHub maps them to files from any working-directory.
set -uo pipefail
root="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set: this script runs inside the outsource action}"
: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"

# An output path as an absolute path, so later steps find it whatever their directory.
absolute() { case "$1" in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$PWD" "$1" ;; esac; }

read -r -d '' -a files <<< "${ROADMAPS:-}" || true
if [ "${#files[@]}" -eq 0 ]; then
  echo "::error title=outsource::the roadmap input is empty: name one or more roadmap files"
  echo "exit-code=2" >> "$GITHUB_OUTPUT"
  exit 0
fi

args=(check "${files[@]}" --fail-on "${FAIL_ON:-error}")
if [ -n "${RULES:-}" ]; then args+=(--rules "$RULES"); fi

# The files are this action's own outputs: a stale one from an earlier step is replaced.
summary="${RUNNER_TEMP:-$(mktemp -d)}/outsource-summary.md"
rm -f "$summary"
args+=(-f markdown -o "$summary")
sarif=''
if [ "${UPLOAD_SARIF:-false}" = 'true' ]; then
  sarif="$(absolute "${SARIF_FILE:-outsource.sarif}")"
  rm -f "$sarif"
  args+=(-f sarif -o "$sarif")
fi
junit=''
if [ -n "${JUNIT_FILE:-}" ]; then
  junit="$(absolute "$JUNIT_FILE")"
  rm -f "$junit"
  args+=(-f junit -o "$junit")
fi
args+=(-f github)

node "$root/bin/outsource.js" "${args[@]}"
code=$?

if [ -s "$summary" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$summary" >> "$GITHUB_STEP_SUMMARY"; fi
if [ -n "$sarif" ] && [ -s "$sarif" ]; then echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"; fi
if [ -n "$junit" ] && [ -s "$junit" ]; then echo "junit-file=$junit" >> "$GITHUB_OUTPUT"; fi
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
exit 0
