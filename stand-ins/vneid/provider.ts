// The VNeID stand-in's OpenID Connect provider, on oidc-provider (OpenID Certified):
// authorization code flow with PKCE S256 required, state and nonce, acr LoA1/LoA2,
// RP-initiated logout, and only the redirect URIs registered for each client.
import Provider, { type ClientMetadata, type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import type { JWK } from "jose";
import { findAccountBySubject } from "@/stand-ins/vneid/accounts";
import { claimsFor, SCOPE_CLAIMS } from "@/stand-ins/vneid/claims";
import { escapeHtml, page } from "@/stand-ins/html";

export type VneidProviderConfig = {
  issuer: string;
  clients: ClientMetadata[];
  jwks: { keys: JWK[] };
  cookieKeys: string[];
};

export const SCOPES = ["openid", "profile", "email", "phone", "address", "vneid", "organization"];

async function logoutSource(ctx: KoaContextWithOIDC, form: string) {
  ctx.type = "html";
  ctx.body = page(
    "Đăng xuất",
    `<h1>Đăng xuất khỏi VNeID?</h1><p>Bạn sẽ đăng xuất khỏi tài khoản định danh điện tử trên thiết bị này.</p>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Đăng xuất</button>
<button type="submit" form="op.logoutForm" class="secondary">Giữ đăng nhập</button>`,
  );
}

async function postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
  ctx.type = "html";
  ctx.body = page("Đã đăng xuất", "<h1>Bạn đã đăng xuất khỏi VNeID</h1><p>Bạn có thể đóng trang này.</p>");
}

async function renderError(ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }) {
  ctx.type = "html";
  ctx.body = page(
    "Có lỗi",
    `<h1>Không thể xử lý yêu cầu đăng nhập</h1><p>Ứng dụng đã gửi một yêu cầu không hợp lệ. Vui lòng quay lại ứng ` +
      `dụng và thử lại.</p>
<p class="hint">Mã lỗi: ` +
      `<code>${escapeHtml(out.error)}</code>${
        out.error_description ? ` – ` + `${escapeHtml(out.error_description)}` : ""
      }</p>`,
  );
}

export function createVneidProvider(config: VneidProviderConfig): Provider {
  const configuration: Configuration = {
    clients: config.clients,
    jwks: config.jwks as Configuration["jwks"],
    cookies: { keys: config.cookieKeys },
    pkce: { required: () => true },
    acrValues: ["LoA1", "LoA2"],
    scopes: SCOPES,
    claims: {
      openid: ["sub", "amr"],
      acr: null,
      ...Object.fromEntries(Object.entries(SCOPE_CLAIMS).map(([k, v]) => [k, [...v]])),
    },
    // Relying parties read identity from the ID token as VNeID integrations do.
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) => {
      const account = findAccountBySubject(sub);
      if (!account || account.blocked) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...claimsFor(account) }) };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    renderError,
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
  };
  return new Provider(config.issuer, configuration);
}
