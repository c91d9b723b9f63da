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
