import type { FeeItem } from "@/lib/procedures/fees";
import type { Locale } from "@/lib/i18n/locales";
import { startPaymentAction } from "../actions";
import { dossierMessages } from "@/lib/i18n/messages/dossier";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

type Outcome = keyof (typeof dossierMessages)["vi"]["fees"]["outcomes"];

/** The address of a payment's receipt (a PDF of the dossier's). */
const receiptPath = (code: string, receiptNumber: string) =>
  `/api/dossiers/${encodeURIComponent(code)}/bien-lai?so=${encodeURIComponent(receiptNumber)}`;

export function FeePanel({
  locale,
  code,
  fee,
  awaitingPayment,
  received,
  outcome,
}: {
  locale: Locale;
  code: string;
  awaitingPayment: boolean;
  received: boolean;
  outcome?: string;
  fee: { totalVnd: number; items: FeeItem[]; paid: Array<{ receiptNumber: string | null; amountVnd: number }> };
}) {
  const t = dossierMessages[locale].fees;
  const money = (n: number) => `${new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB").format(n)} đồng`;
  const message = outcome && outcome in t.outcomes ? t.outcomes[outcome as Outcome] : null;
  return (
    <section aria-labelledby="fee-title" className="space-y-3 rounded border border-slate-300 p-4">
      <h2 id="fee-title" className="text-2xl font-bold">
        {t.title}
      </h2>
      {message && (
        <p
          role="status"
          className={
            `border-l-4 p-3 ` +
            `${outcome === "paid" ? "border-green-700 bg-green-50" : "border-amber-600 bg-amber-50"}`
          }
        >
          {message}
        </p>
      )}
      <table className="w-full text-left">
        <tbody>
          {fee.items.map((item) => (
            <tr key={item.labelVi} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-3 font-normal">
                {locale === "vi" ? item.labelVi : item.labelEn}
                {item.quantity > 1 ? ` × ${item.quantity}` : ""}
              </th>
              <td className="py-1 text-right">{money(item.amountVnd)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-1 pr-3">
              {t.total}
            </th>
            <td className="py-1 text-right font-bold" data-testid="fee-total">
              {money(fee.totalVnd)}
            </td>
          </tr>
        </tbody>
      </table>
      {fee.paid.length > 0 && (
        <ul className="space-y-1" data-testid="receipts">
          {fee.paid.map(
            (p) =>
              p.receiptNumber && (
                <li key={p.receiptNumber}>
                  {t.paid.replace("{amount}", money(p.amountVnd)).replace("{receipt}", p.receiptNumber)}{" "}
                  <a href={receiptPath(code, p.receiptNumber)} download aria-label={`${t.receipt} ${p.receiptNumber}`}>
                    {t.receipt}
                  </a>
                </li>
              ),
          )}
        </ul>
      )}
      {awaitingPayment && (
        <>
          <p>{received ? t.dueProcessing : t.due}</p>
          <form action={startPaymentAction.bind(null, code, locale)}>
            <button type="submit" className={PRIMARY_BUTTON}>
              {t.pay}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
