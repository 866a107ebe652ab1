#!/bin/sh
# Runs the built server (dist/server/main.mjs) as it runs in service. `npm start` and the
# benchmark both start it through here, so what is measured is what is run.
#
# Memory settings, each measured with `npm run bench` (docs/ARCHITECTURE.md, "Memory"):
# - MALLOC_ARENA_MAX=2: glibc otherwise gives threads heaps of their own, and what compiling the
#   Word, PDF and Excel libraries leaves in them is never returned (about 40 MB at the dossier).
# - --max-semi-space-size=4: V8's young generation stops at 8 MB instead of 32 MB.
# - --v8-pool-size=1: one background V8 thread instead of four.
# - --expose-gc: the heavy-work queue collects what a workbook or a report left behind before the
#   next one starts (four large uploads at once peaked at 309 MB without it, 169 MB with it).
# A MALLOC_ARENA_MAX already set is kept. NODE names another Node.js binary.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec "${NODE:-node}" --max-semi-space-size=4 --v8-pool-size=1 --expose-gc "$(dirname "$0")/../dist/server/main.mjs" "$@"
