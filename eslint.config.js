// Lint rules, including the direction of imports (STYLE.md "The shape of the house"):
// src/core is pure — it may import claim-schemas and zod, never React, Dexie, the DOM or
// another src/ folder. A wrong arrow fails `npm test`.
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const otherSrcFolders = ["db", "app", "io", "cli"].flatMap((folder) => [
  `../${folder}/*`,
  `../../${folder}/*`,
  `../../../${folder}/*`,
  `**/src/${folder}/*`,
]);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", message: "src/core is pure: no React." },
            { name: "react-dom", message: "src/core is pure: no React." },
            { name: "dexie", message: "src/core is pure: no IndexedDB." },
            { name: "dexie-react-hooks", message: "src/core is pure: no IndexedDB." },
          ],
          patterns: [
            { group: otherSrcFolders, message: "src/core must not import db, app, io or cli." },
            { group: ["react/*", "react-dom/*", "dexie/*"], message: "src/core is pure." },
            { group: ["node:*"], message: "src/core runs in a Web Worker too: no Node built-ins." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "indexedDB", "localStorage", "navigator", "fetch", "XMLHttpRequest", "DOMParser"].map(
          (name) => ({ name, message: `src/core is pure: no ${name}.` }),
        ),
      ],
    },
  },
);
