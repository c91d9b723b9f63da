import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // What people type reaches pages only as React text, which is escaped: no page, for
      // citizens, staff, leaders or the public, may put a string into the document as HTML.
      "react/no-danger": "error",
      "no-restricted-properties": ["error",
        { property: "innerHTML", message: "Set text (textContent) or render with React; HTML from data is a stored-XSS path." },
        { property: "outerHTML", message: "Set text (textContent) or render with React; HTML from data is a stored-XSS path." },
        { property: "insertAdjacentHTML", message: "Set text (textContent) or render with React; HTML from data is a stored-XSS path." },
      ],
    },
  },
  {
    // One clock (lib/time.ts): the portal's code never reads the system's time on its own,
    // so tests and the benchmark can set the instant every decision sees.
    files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["lib/time.ts"],
    rules: {
      "no-restricted-syntax": ["error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Read the time from lib/time.ts (currentTime())." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Read the time from lib/time.ts (currentTimeMs())." },
      ],
    },
  },
  { ignores: [".next/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
