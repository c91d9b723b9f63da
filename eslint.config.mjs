import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** lib/'s folders by layer, lowest first: base, services, catalogue, the dossier core, the work on dossiers,
 * statistics,
 * the web edge. */
const LAYERS = [
  ["generated", "time", "env", "errors", "http", "db", "i18n"],
  [
    "security",
    "audit",
    "clock",
    "signing",
    "documents",
    "notifications",
    "identity",
    "registries",
    "accounts",
    "forms",
  ],
  ["procedures"],
  ["dossiers"],
  ["processing", "payments", "feedback", "results"],
  ["statistics"],
  ["web"],
];

/** Import patterns of the folders above a layer, by alias and by relative path. */
const aboveOf = (rank) =>
  LAYERS.slice(rank + 1)
    .flat()
    .map((folder) => ({
      group: [
        `@/lib/${folder}`,
        `@/lib/${folder}/*`,
        ...["./", "../", "../../", "../../../"].flatMap((up) => [`${up}${folder}`, `${up}${folder}/*`]),
      ],
      message:
        `lib/${folder} is in a higher layer (docs/architecture.md): move what you need down, or invert the ` +
        `dependency.`,
    }));

const OUTSIDE_LIB = [
  {
    group: ["@/app/*", "@/components/*", "@/scripts/*", "@/stand-ins/*"],
    message: "lib/ is imported by the pages, components and scripts, never the other way round.",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // What people type reaches pages only as React text, which is escaped: no page, for
      // citizens, staff, leaders or the public, may put a string into the document as HTML.
      "react/no-danger": "error",
      // Prettier lays the code out at 120 characters; what it cannot break (a long string, a
      // comment) is broken by hand, so that no line needs a wide screen to read.
      "max-len": ["error", { code: 120, tabWidth: 2 }],
      "no-restricted-properties": [
        "error",
        {
          property: "innerHTML",
          message: "Set text (textContent) or render with React; HTML from data is a stored-XSS path.",
        },
        {
          property: "outerHTML",
          message: "Set text (textContent) or render with React; HTML from data is a stored-XSS path.",
        },
        {
          property: "insertAdjacentHTML",
          message: "Set text (textContent) or render with React; HTML from data is a stored-XSS path.",
        },
      ],
    },
  },
  {
    // One clock (lib/time.ts): the portal's code never reads the system's time on its own,
    // so tests and the benchmark can set the instant every decision sees.
    files: [
      "lib/**/*.{ts,tsx}",
      "app/**/*.{ts,tsx}",
      "components/**/*.{ts,tsx}",
      "scripts/**/*.ts",
      "stand-ins/**/*.ts",
      "proxy.ts",
    ],
    ignores: ["lib/time.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Read the time from lib/time.ts (currentTime()).",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Read the time from lib/time.ts (currentTimeMs()).",
        },
      ],
    },
  },
  // The layers of lib/ (docs/architecture.md), lowest first: a folder imports its own layer
  // and those below, never one above; lib/ never imports the pages, components, scripts or
  // stand-ins; only lib/ reaches the database.
  ...LAYERS.flatMap((layer, rank) =>
    layer.map((folder) => ({
      files: [`lib/${folder}/**/*.{ts,tsx}`, `lib/${folder}.ts`],
      rules: { "no-restricted-imports": ["error", { patterns: [...aboveOf(rank), ...OUTSIDE_LIB] }] },
    })),
  ),
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/db/*", "@/lib/generated/prisma/client"],
              message:
                "Pages and components read and write through lib/ (queries and mutations that check the " +
                "actor), never the database itself.",
            },
            {
              group: ["@/scripts/*", "@/stand-ins/*"],
              message: "The web app does not import the start command or the stand-ins.",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
