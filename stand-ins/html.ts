// Pages of the stand-ins (VNeID, the payment gateway, the signing service): plain
// server-rendered HTML in Vietnamese, no scripts, no outside resources, built to pass the
// same accessibility checks as the portal.
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

const STYLE =
  `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,"Noto Sans","DejaVu ` +
  `Sans",sans-serif;background:#f3f4f6;color:#1f2328;line-height:1.5}
header{background:var(--brand);color:#fff;padding:12px 16px}header ` +
  `p{margin:0}.brand{font-size:1.5rem;font-weight:700}.sub{font-size:.9rem}
main{max-width:28rem;margin:24px auto;background:#fff;padding:20px;border-radius:8px;border:1px solid #c9ccd1}
h1{font-size:1.4rem;margin:0 0 12px}label{display:block;font-weight:600;margin-top:12px}
input[type=text],input[type=password]{width:100%;min-height:44px;font-size:1.1rem;padding:6px 10px;border:2px solid ` +
  `#3d4148;border-radius:4px}
button{min-height:44px;padding:8px 18px;font-size:1rem;font-weight:600;border-radius:4px;border:2px solid ` +
  `var(--brand-dark);background:var(--brand);color:#fff;cursor:pointer;margin-top:16px}
button.secondary{background:#fff;color:var(--brand-dark)}
dl{display:grid;grid-template-columns:auto 1fr;gap:4px 12px}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.error{border-left:4px solid #b3261e;background:#fdecea;padding:8px 12px;margin:12px 0}
.hint{color:#4b5058;font-size:.95rem}.demo{border:2px dashed #7a5a00;background:#fff8e1;padding:8px ` +
  `12px;margin-top:16px}
ul{padding-left:1.25rem}a{color:#1d4ed8}:focus-visible{outline:3px solid #f2c200;outline-offset:2px}
`;

export type Brand = { name: string; subtitle: string; color: string; dark: string };

export const VNEID_BRAND: Brand = {
  name: "VNeID",
  subtitle: "Định danh và xác thực điện tử – bản mô phỏng phục vụ thử nghiệm",
  color: "#b3261e",
  dark: "#8c1d17",
};

export function page(title: string, body: string, brand: Brand = VNEID_BRAND): string {
  return (
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" ` +
    `content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(brand.name)} (mô ` +
    `phỏng)</title><style>:root{--brand:${brand.color};--brand-dark:${brand.dark}}${STYLE}</style></head>
<body><header><p class="brand">${escapeHtml(brand.name)}</p><p class="sub">${escapeHtml(brand.subtitle)}</p></header>
<main id="main">${body}</main></body></html>`
  );
}
