// The fee a dossier owes when filed online: the version's fee lines for the online channel,
// chosen and counted by the form's fee rules when the amount depends on the answers.
import { conditionHolds, type FormValues } from "@/lib/forms/compile";
import type { FeeRule } from "@/lib/forms/definition";

export type FeeLineForChannel = {
  sortOrder: number;
  channel: "COUNTER" | "ONLINE" | "POSTAL" | null;
  labelVi: string;
  labelEn: string;
  amountVnd: number | null;
};
export type FeeItem = { labelVi: string; labelEn: string; unitVnd: number; quantity: number; amountVnd: number };
export type FeeDue = { totalVnd: number; items: FeeItem[] };

/**
 * Lines whose amount is set elsewhere (a separate fee table, `amountVnd` null) are never
 * charged here: the agency asks for them later, in status 6, once it knows the amount.
 */
export function feeDue(lines: FeeLineForChannel[], rules: FeeRule[] | undefined, values: FormValues): FeeDue {
  const online = lines
    .filter((l) => l.channel === null || l.channel === "ONLINE")
    .sort((a, b) => a.sortOrder - b.sortOrder);
  const byOrder = new Map(online.map((l, index) => [index, l]));
  const chosen: { line: FeeLineForChannel; quantity: number }[] = rules
    ? rules.flatMap((rule) => {
        const line = byOrder.get(rule.line);
        if (!line || !conditionHolds(rule.when, values)) return [];
        const quantity = rule.perUnitOf
          ? Math.max(0, Math.floor(Number(values[rule.perUnitOf] ?? 0)) - rule.beyond)
          : 1;
        return [{ line, quantity }];
      })
    : online.map((line) => ({ line, quantity: 1 }));
  const items = chosen
    .filter(({ line, quantity }) => line.amountVnd !== null && line.amountVnd > 0 && quantity > 0)
    .map(({ line, quantity }) => ({
      labelVi: line.labelVi,
      labelEn: line.labelEn,
      unitVnd: line.amountVnd!,
      quantity,
      amountVnd: line.amountVnd! * quantity,
    }));
  return { totalVnd: items.reduce((sum, item) => sum + item.amountVnd, 0), items };
}

/**
 * The fee lines a payment settled. Lines are only ever appended (a payment asked for during
 * processing adds one) and each payment settles what was outstanding, so payments settle
 * the lines in order.
 */
export function itemsSettledBy(items: FeeItem[], paidBefore: number, amountVnd: number): FeeItem[] {
  let running = 0;
  return items.filter((item) => {
    running += item.amountVnd;
    return running > paidBefore && running <= paidBefore + amountVnd;
  });
}
