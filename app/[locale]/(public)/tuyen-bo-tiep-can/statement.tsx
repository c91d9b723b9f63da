import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

const BODY = {
  vi: [
    "Một Cửa Số hướng tới đáp ứng tiêu chuẩn WCAG 2.2 mức AA, để mọi người, kể cả người khuyết tật và người " +
      "dùng điện thoại, đều làm được thủ tục.",
    "Mỗi trang được kiểm tra tự động bằng công cụ axe trong quá trình kiểm thử; trang dùng được bằng bàn " +
      "phím, có liên kết bỏ qua đến nội dung chính, và hoạt động trên màn hình rộng 360 điểm ảnh.",
    "Các chức năng chính hoạt động cả khi trình duyệt tắt JavaScript.",
    "Nếu bạn gặp khó khăn khi sử dụng, vui lòng gọi tổng đài 1022 để được hỗ trợ và để chúng tôi khắc phục.",
  ],
  en: [
    "Một Cửa Số aims to meet WCAG 2.2 level AA, so that everyone, including people with disabilities and " +
      "phone users, can complete their procedures.",
    "Every page is checked automatically with axe during testing; pages work with a keyboard, have a skip " +
      "link to the main content, and work on a 360-pixel-wide screen.",
    "The main functions work with JavaScript turned off.",
    "If something is hard to use, please call 1022 so that we can help and fix it.",
  ],
};

export function AccessibilityStatement({ locale }: { locale: Locale }) {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{getMessages(locale).accessibility.title}</h1>
      {BODY[locale].map((p) => (
        <p key={p}>{p}</p>
      ))}
    </article>
  );
}
