// The result every form action returns: nothing yet, done, or messages per field (and
// the values typed, so the form shows them again).
export type ActionState = {
  ok?: boolean;
  message?: { vi: string; en: string };
  fieldErrors?: Record<string, { vi: string; en: string }>;
  values?: Record<string, string>;
  /** On a page of several forms, the one the state belongs to: only that one shows it. */
  form?: string;
};

/** The state for one form of a page: empty when it belongs to another. */
export const stateFor = (state: ActionState, form: string): ActionState => (state.form === form ? state : {});
