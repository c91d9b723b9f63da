// The accessibility statement.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  title: "Tuyên bố về khả năng tiếp cận",
};

const en: typeof vi = {
  title: "Accessibility statement",
};

export const accessibilityMessages = { vi, en };
