// A form's condition ("shown when", "charged when") in words, with the fields' labels and the
// options' labels, never ids: what the preview and the fee rules say to editors.
import { locate } from "@/lib/forms/builder";
import type { BilingualText, Condition, FormDefinition } from "@/lib/forms/definition";

/** A field's label by id (a page's field, or a group's as "group.field"), or the id when the form has none. */
export function fieldLabel(definition: FormDefinition | null, id: string): BilingualText {
  return (definition && locate(definition, id)?.field.label) || { vi: id, en: id };
}

/** An answer as the field's options name it ("Có" for true, an option's label for its value). */
function answerOf(definition: FormDefinition | null, id: string, value: string | boolean): BilingualText {
  if (value === true) return { vi: "Có", en: "Yes" };
  if (value === false) return { vi: "Không", en: "No" };
  const field = definition ? locate(definition, id)?.field : undefined;
  const option = field && "options" in field ? field.options.find((o) => o.value === value) : undefined;
  return option?.label ?? { vi: value, en: value };
}

/** A condition as people read it: "khi "Mức phí" là "Thông thường"". */
export function describeCondition(condition: Condition, definition: FormDefinition | null): BilingualText {
  if ("all" in condition || "any" in condition) {
    const parts = ("all" in condition ? condition.all : condition.any).map((c) => describeCondition(c, definition));
    const [vi, en] = "all" in condition ? [" và ", " and "] : [" hoặc ", " or "];
    return { vi: parts.map((p) => p.vi).join(vi), en: parts.map((p) => p.en).join(en) };
  }
  const field = fieldLabel(definition, condition.field);
  if ("equals" in condition) {
    const answer = answerOf(definition, condition.field, condition.equals);
    return { vi: `khi "${field.vi}" là "${answer.vi}"`, en: `when "${field.en}" is "${answer.en}"` };
  }
  if ("filled" in condition)
    return condition.filled
      ? { vi: `khi "${field.vi}" được trả lời`, en: `when "${field.en}" is answered` }
      : { vi: `khi "${field.vi}" để trống`, en: `when "${field.en}" is left empty` };
  const answers = condition.in.map((value) => answerOf(definition, condition.field, value));
  return {
    vi: `khi "${field.vi}" là một trong: ${answers.map((a) => `"${a.vi}"`).join(", ")}`,
    en: `when "${field.en}" is one of: ${answers.map((a) => `"${a.en}"`).join(", ")}`,
  };
}
