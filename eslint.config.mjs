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
  { ignores: [".next/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
