// Reads a posted form into answers: `field` for scalars, repeated `field` for
// checkboxes, `group.0.field` for rows of a repeatable group.
import type { FormValues, GroupItem } from "./compile";
import type { FormPage } from "./definition";

const MAX_ROWS = 20;

export function readPageValues(page: FormPage, data: FormData): FormValues {
  const values: FormValues = {};
  for (const field of page.fields) {
    if (field.type === "group") {
      const rows: GroupItem[] = [];
      for (let i = 0; i < MAX_ROWS; i++) {
        const row: GroupItem = {};
        let present = false;
        for (const sub of field.fields) {
          const value = data.get(`${field.id}.${i}.${sub.id}`);
          if (value !== null) present = true;
          if (typeof value === "string" && value.trim() !== "") row[sub.id] = value;
        }
        if (!present) break;
        if (Object.keys(row).length > 0) rows.push(row);
      }
      if (data.get("intent") === `add:${field.id}`) rows.push({});
      const removed = /^remove:(\w+):(\d+)$/.exec(String(data.get("intent") ?? ""));
      if (removed && removed[1] === field.id) rows.splice(Number(removed[2]), 1);
      values[field.id] = rows;
    } else if (field.type === "checkboxes") {
      values[field.id] = data.getAll(field.id).filter((v): v is string => typeof v === "string");
    } else {
      const value = data.get(field.id);
      if (typeof value === "string") values[field.id] = value;
    }
  }
  return values;
}

const MAX_TEXT = 5000;
const MAX_LIST = 50;

/**
 * Text PostgreSQL can store and people can read: no NUL or other control characters
 * (tab and line breaks stay), no half of a surrogate pair after cutting to length.
 */
export function cleanText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .slice(0, MAX_TEXT)
    .toWellFormed();
}

/**
 * Keeps only the shapes answers can have (text, lists of text, rows of text), cut to
 * sane sizes: whatever else a hostile client sends never reaches storage.
 */
export function sanitizeValues(input: unknown, page: FormPage): FormValues {
  const out: FormValues = {};
  if (typeof input !== "object" || input === null || Array.isArray(input)) return out;
  const raw = input as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? cleanText(v) : undefined);
  for (const field of page.fields) {
    const value = raw[field.id];
    if (field.type === "group") {
      if (!Array.isArray(value)) continue;
      out[field.id] = value.slice(0, MAX_LIST).flatMap((row) => {
        if (typeof row !== "object" || row === null || Array.isArray(row)) return [];
        const clean: GroupItem = {};
        for (const sub of field.fields) {
          const v = text((row as Record<string, unknown>)[sub.id]);
          if (v !== undefined) clean[sub.id] = v;
        }
        return [clean];
      });
    } else if (Array.isArray(value)) {
      out[field.id] = value
        .slice(0, MAX_LIST)
        .filter((v): v is string => typeof v === "string")
        .map(cleanText);
    } else {
      const v = text(value);
      if (v !== undefined) out[field.id] = v;
    }
  }
  return out;
}
