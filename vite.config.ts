import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";

export default defineConfig({
  plugins: [
    react(),
    // Installable and offline after the first load: the service worker precaches the whole
    // build (app, extraction worker, bundled seed articles). Registered from the app's own
    // code (src/app/workspace/UpdateNotice.tsx), never by an inline script: the CSP forbids one.
    VitePWA({
      registerType: "prompt",
      injectRegister: null,
      includeAssets: ["favicon.svg", "icon.svg"],
      manifest: {
        name: "claimbench — fact-claim verification workbench",
        short_name: "claimbench",
        description: "Split news articles into check-worthy claims and review them, entirely in your browser.",
        start_url: ".",
        scope: ".",
        display: "standalone",
        background_color: "#f5f5f2",
        theme_color: "#2c4a78",
        icons: [{ src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,webmanifest}"],
        // The app bundle carries the extractor and the seed articles.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { target: "es2022", sourcemap: true },
  worker: { format: "es" },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/db/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
