// What `npm start` builds before it runs: the web interface and the server bundle, each only
// when its sources changed (`--force` rebuilds both).
import { buildServerIfStale } from "./build-server-if-stale.js";
import { buildWebIfStale } from "./build-web-if-stale.js";

const force = process.argv.includes("--force");
await buildWebIfStale(force);
await buildServerIfStale(force);
