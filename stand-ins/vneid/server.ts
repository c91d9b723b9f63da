// The VNeID stand-in as one HTTP server: the OpenID Connect provider, its sign-in pages,
// and the simulated population and business registries (for registered clients only).
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ClientMetadata } from "oidc-provider";
import type { JWK } from "jose";
import { findBusinessRecord, findPersonRecord } from "@/stand-ins/vneid/accounts";
import { escapeHtml, page } from "@/stand-ins/html";
import { createInteractionHandler } from "@/stand-ins/vneid/interactions";
import { createVneidProvider } from "@/stand-ins/vneid/provider";

export type VneidServerOptions = {
  issuer: string;
  port: number;
  clients: Array<ClientMetadata & { client_name: string; purpose: string }>;
  jwks: { keys: JWK[] };
  cookieKeys: string[];
  demoMode: boolean;
  attemptsPerMinute?: number;
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function registryHandler(clients: VneidServerOptions["clients"]) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const match = /^\/registry\/v1\/(people|businesses)\/([A-Za-z0-9]{1,20})$/.exec(
      (req.url ?? "").split("?")[0] ?? "",
    );
    if (!match) return false;
    const [, kind, key] = match as unknown as [string, string, string];
    const [scheme, token] = (req.headers.authorization ?? "").split(" ");
    const [clientId, secret] = scheme === "Basic" && token ? Buffer.from(token, "base64").toString().split(":") : [];
    const client = clients.find((c) => c.client_id === clientId);
    if (!client || !secret || !client.client_secret || !sameSecret(secret, client.client_secret)) {
      res.writeHead(401, { "www-authenticate": 'Basic realm="registry"', "content-type": "application/json" });
      res.end(JSON.stringify({ error: "unauthorized" }));
      return true;
    }
    const record = kind === "people" ? findPersonRecord(key) : findBusinessRecord(key);
    res.writeHead(record ? 200 : 404, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
    });
    res.end(JSON.stringify(record ?? { error: "not_found" }));
    return true;
  };
}

/** Starts the stand-in; resolves once it listens. */
export async function startVneidServer(options: VneidServerOptions): Promise<Server> {
  const provider = createVneidProvider({
    issuer: options.issuer,
    clients: options.clients,
    jwks: options.jwks,
    cookieKeys: options.cookieKeys,
  });
  const clientNames = Object.fromEntries(
    options.clients.map((c) => [c.client_id, { name: c.client_name, purpose: c.purpose }]),
  );
  const interactions = createInteractionHandler(provider, {
    demoMode: options.demoMode,
    clientNames,
    attemptsPerMinute: options.attemptsPerMinute,
  });
  const registry = registryHandler(options.clients);
  const oidc = provider.callback();
  const server = createServer(async (req, res) => {
    try {
      if (req.url === "/health") {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("ok");
        return;
      }
      // The stand-in has no icon: browsers that ask get an empty answer, not a 404 in their console.
      if (req.url === "/favicon.ico") {
        res.writeHead(204);
        res.end();
        return;
      }
      if (registry(req, res)) return;
      if (await interactions(req, res)) return;
      oidc(req, res);
    } catch (error) {
      const expired = error instanceof Error && /interaction session/i.test(error.message);
      if (!res.headersSent) {
        res.writeHead(expired ? 400 : 500, { "content-type": "text/html; charset=utf-8" });
        res.end(
          page(
            "Có lỗi",
            expired
              ? "<h1>Phiên đăng nhập đã hết hạn</h1><p>Vui lòng quay lại ứng dụng và đăng nhập lại.</p>"
              : `<h1>Có lỗi xảy ra</h1><p>Vui lòng thử lại.</p><p ` +
                  `class="hint">${escapeHtml(error instanceof Error ? error.name : "Error")}</p>`,
          ),
        );
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  return server;
}
