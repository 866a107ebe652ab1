// Builds the web interface (src/web) into dist/web, which the Fastify server serves.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL("./src/web", import.meta.url));

// Vite 8 bundles with Rolldown: `output.manualChunks` still works but is deprecated and only
// takes a function; `output.codeSplitting.groups` is the supported way to name vendor chunks.
// Pages are split by route with React.lazy; these groups keep big libraries apart so that a
// page's own chunk stays small and library chunks stay cached across releases.
const vendorGroups = [
  {
    name: "vendor-react",
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
  },
  { name: "vendor-antd-icons", test: /node_modules[\\/]@ant-design[\\/]icons/ },
  // antd alone is about 950 kB; split by which pages use which components, so that the login
  // page does not load the table and date picker.
  {
    name: "vendor-antd",
    test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+)[\\/]/,
    entriesAware: true,
    entriesAwareMergeThreshold: 40_000,
  },
  { name: "vendor-zod", test: /node_modules[\\/]zod[\\/]/ },
  { name: "vendor", test: /node_modules[\\/]/ },
];

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Entries-aware groups are named after every page that shares them; keep file names short.
        strictExecutionOrder: true,
        chunkFileNames: (chunk) =>
          chunk.name.startsWith("vendor-antd~") ? "assets/vendor-antd-[hash].js" : "assets/[name]-[hash].js",
        codeSplitting: {
          groups: vendorGroups.map((group, index) => ({ ...group, priority: vendorGroups.length - index })),
        },
      },
    },
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
