// Pages of the VNeID stand-in: plain server-rendered HTML in Vietnamese, no scripts,
// no outside resources, built to pass the same accessibility checks as the portal.
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,"Noto Sans","DejaVu Sans",sans-serif;background:#f3f4f6;color:#1f2328;line-height:1.5}
header{background:#b3261e;color:#fff;padding:12px 16px}header p{margin:0}.brand{font-size:1.5rem;font-weight:700}.sub{font-size:.9rem}
main{max-width:28rem;margin:24px auto;background:#fff;padding:20px;border-radius:8px;border:1px solid #c9ccd1}
h1{font-size:1.4rem;margin:0 0 12px}label{display:block;font-weight:600;margin-top:12px}
input[type=text],input[type=password]{width:100%;min-height:44px;font-size:1.1rem;padding:6px 10px;border:2px solid #3d4148;border-radius:4px}
button{min-height:44px;padding:8px 18px;font-size:1rem;font-weight:600;border-radius:4px;border:2px solid #8c1d17;background:#b3261e;color:#fff;cursor:pointer;margin-top:16px}
button.secondary{background:#fff;color:#8c1d17}
.error{border-left:4px solid #b3261e;background:#fdecea;padding:8px 12px;margin:12px 0}
.hint{color:#4b5058;font-size:.95rem}.demo{border:2px dashed #7a5a00;background:#fff8e1;padding:8px 12px;margin-top:16px}
ul{padding-left:1.25rem}a{color:#1d4ed8}:focus-visible{outline:3px solid #f2c200;outline-offset:2px}
`;

export function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – VNeID (mô phỏng)</title><style>${STYLE}</style></head>
<body><header><p class="brand">VNeID</p><p class="sub">Định danh và xác thực điện tử – bản mô phỏng phục vụ thử nghiệm</p></header>
<main id="main">${body}</main></body></html>`;
}
