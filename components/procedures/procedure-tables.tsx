import { formatVnd } from "@/lib/i18n/format";
import { pick, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { FeeDto, RequiredDocumentDto } from "@/lib/procedures/dto";

const th = "border-b-2 border-gray-700 px-2 py-2 text-left align-bottom";
const td = "border-b border-gray-300 px-2 py-2 align-top";

export function DocumentsTable({ locale, documents }: { locale: Locale; documents: RequiredDocumentDto[] }) {
  const t = getMessages(locale);
  const d = t.procedure;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse">
        <thead>
          <tr>
            <th scope="col" className={th}>
              {d.documentName}
            </th>
            <th scope="col" className={th}>
              {d.documentForm}
            </th>
            <th scope="col" className={th}>
              {d.documentCopies}
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => (
            <tr key={doc.key}>
              <td className={td}>
                {pick(locale, doc.name)}
                {!doc.required && (
                  <span className="ml-1 text-sm text-muted">
                    (
                    {doc.requiredWhen
                      ? `${d.requiredWhen}: ${pick(locale, doc.requiredWhen).toLowerCase()}`
                      : d.optional}
                    )
                  </span>
                )}
                {doc.note && <span className="block text-sm text-muted">{pick(locale, doc.note)}</span>}
              </td>
              <td className={td}>{t.enums.documentForm[doc.form]}</td>
              <td className={td}>{doc.copies}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FeesTable({ locale, fees }: { locale: Locale; fees: FeeDto[] }) {
  const t = getMessages(locale);
  const d = t.procedure;
  const amount = (fee: FeeDto) =>
    fee.amountVnd === null ? d.perFeeTable : fee.amountVnd === 0 ? d.free : formatVnd(fee.amountVnd, locale);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse">
        <thead>
          <tr>
            <th scope="col" className={th}>
              {d.fees}
            </th>
            <th scope="col" className={th}>
              {d.feeChannel}
            </th>
            <th scope="col" className={th}>
              {d.feeAmount}
            </th>
          </tr>
        </thead>
        <tbody>
          {fees.map((fee, i) => (
            <tr key={i}>
              <td className={td}>
                {pick(locale, fee.label)}
                {fee.exemption && <span className="block text-sm text-muted">{pick(locale, fee.exemption)}</span>}
              </td>
              <td className={td}>{fee.channel ? t.enums.channel[fee.channel] : d.allChannels}</td>
              <td className={`${td} whitespace-nowrap font-semibold`}>{amount(fee)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
