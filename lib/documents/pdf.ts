// The portal's PDFs (the applicant's copy of a submission, payment receipts), in Vietnamese
// with the diacritics intact: the text is set in an embedded DejaVu Sans, which covers Vietnamese.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

/** A document of the portal: a title block, sections of label–value rows, a closing note. */
export type PortalDocument = {
  title: string;
  /** The issuing agency, set top left beside the national motto as on an administrative document. */
  issuer?: string[];
  heading: string;
  /** Printed across every page of a document that is not the issued one ("BẢN XEM TRƯỚC"). */
  watermark?: string;
  lines: string[];
  sections: Array<{ title: string; rows: Array<[string, string]> }>;
  /** Who signs for the issuing agency, set under the content on the right as on a paper result. */
  signatureBlock?: { placeAndDate: string; titles: string[]; name: string };
  /** A QR code (PNG) set left of the signature block: where a reader of the paper looks for it. */
  qrCode?: Uint8Array;
  footer: string;
};

export type SubmissionCopy = {
  code: string;
  procedureName: string;
  agencyName: string;
  submittedAt: string;
  sections: Array<{ title: string; rows: Array<[string, string]> }>;
};

const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const SIZE = 10;
const LINE = 14;

let fonts: Promise<[Uint8Array, Uint8Array]> | undefined;

function loadFonts() {
  // Resolved from the project root, like the schema engine: the module runs in Next and in tests.
  const require = createRequire(path.resolve("package.json"));
  const dir = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  fonts ??= Promise.all([readFile(path.join(dir, "DejaVuSans.ttf")), readFile(path.join(dir, "DejaVuSans-Bold.ttf"))]);
  return fonts;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export async function renderPdf(doc: PortalDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await loadFonts();
  const regular = await pdf.embedFont(regularBytes, { subset: true });
  const bold = await pdf.embedFont(boldBytes, { subset: true });
  pdf.setTitle(doc.title);
  pdf.setLanguage("vi");
  let page: PDFPage = pdf.addPage(PAGE);
  let y = PAGE[1] - MARGIN;
  const write = (text: string, font: PDFFont, size = SIZE, x = MARGIN, width = PAGE[0] - 2 * MARGIN) => {
    for (const line of wrap(text, font, size, width)) {
      if (y < MARGIN) {
        page = pdf.addPage(PAGE);
        y = PAGE[1] - MARGIN;
      }
      page.drawText(line, { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size + 4;
    }
  };
  const full = PAGE[0] - 2 * MARGIN;
  const centredIn = (text: string, font: PDFFont, size: number, left: number, width: number) => {
    for (const line of wrap(text, font, size, width))
      write(line, font, size, left + Math.max(0, (width - font.widthOfTextAtSize(line, size)) / 2), width);
  };
  if (doc.issuer) {
    // Two columns from the same line: the agency on the left, the motto on the right.
    const top = y;
    const half = full / 2 - 6;
    for (const line of doc.issuer) centredIn(line, bold, 10, MARGIN, half * 0.9);
    const below = y;
    y = top;
    centredIn("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 10, MARGIN + full / 2, full / 2);
    centredIn("Độc lập – Tự do – Hạnh phúc", bold, 10, MARGIN + full / 2, full / 2);
    y = Math.min(y, below) - LINE;
    centredIn(doc.heading, bold, 14, MARGIN, full);
  } else {
    write("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 11);
    write("Độc lập – Tự do – Hạnh phúc", regular, 10);
    y -= LINE;
    write(doc.heading, bold, 13);
  }
  doc.lines.forEach((line, i) =>
    doc.issuer
      ? centredIn(line, regular, SIZE, MARGIN, full)
      : write(line, i === 0 ? bold : regular, i === 0 ? 11 : SIZE),
  );
  for (const section of doc.sections) {
    y -= LINE / 2;
    if (section.title) write(section.title, bold, 11);
    // A row without a label is a paragraph of the document.
    for (const [label, value] of section.rows) write(label ? `${label}: ${value}` : value, regular);
  }
  if (doc.signatureBlock) {
    // The right of the page, each line centred there, with room for the seal above the name;
    // the block is kept on one page.
    const { placeAndDate, titles, name } = doc.signatureBlock;
    const width = (PAGE[0] - 2 * MARGIN) * 0.6;
    const left = PAGE[0] - MARGIN - width;
    const needed = LINE * (titles.length + 7);
    if (y < MARGIN + needed) {
      page = pdf.addPage(PAGE);
      y = PAGE[1] - MARGIN;
    }
    const centred = (text: string, font: PDFFont, size: number) =>
      write(text, font, size, left + Math.max(0, (width - font.widthOfTextAtSize(text, size)) / 2), width);
    y -= LINE;
    if (doc.qrCode) {
      const side = 88;
      page.drawImage(await pdf.embedPng(doc.qrCode), { x: MARGIN, y: y - side + SIZE, width: side, height: side });
    }
    centred(placeAndDate, regular, SIZE);
    for (const title of titles) centred(title, bold, 11);
    y -= 3 * LINE;
    centred(name, bold, 11);
  }
  y -= LINE;
  write(doc.footer, regular, 9);
  if (doc.watermark)
    for (const each of pdf.getPages())
      each.drawText(doc.watermark, {
        x: 100,
        y: 250,
        size: 30,
        font: bold,
        color: rgb(0.85, 0.2, 0.2),
        opacity: 0.25,
        rotate: degrees(35),
      });
  return pdf.save();
}

export function renderSubmissionPdf(copy: SubmissionCopy): Promise<Uint8Array> {
  return renderPdf({
    title: `Hồ sơ ${copy.code}`,
    heading: `BẢN SAO HỒ SƠ ĐÃ NỘP: ${copy.procedureName.toUpperCase()}`,
    lines: [`Mã hồ sơ: ${copy.code}`, `Nộp trực tuyến lúc ${copy.submittedAt}, gửi đến ${copy.agencyName}.`],
    sections: copy.sections,
    footer:
      "Bản sao này do Cổng dịch vụ công Một Cửa Số tạo để người nộp lưu giữ; không thay thế Giấy tiếp nhận hồ " +
      "sơ và hẹn trả kết quả.",
  });
}
