// The result every form action returns: nothing yet, done, or messages per field (and
// the values typed, so the form shows them again).
export type ActionState = {
  ok?: boolean;
  message?: { vi: string; en: string };
  fieldErrors?: Record<string, { vi: string; en: string }>;
  values?: Record<string, string>;
};

