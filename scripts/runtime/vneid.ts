// Runs the VNeID stand-in beside the portal, with the portal registered as its client.
import path from "node:path";
import type { Server } from "node:http";
import { loadSigningKeys } from "@/stand-ins/vneid/keys";
import { startVneidServer } from "@/stand-ins/vneid/server";

export type StandInOptions = {
  port: number;
  portalUrl: string;
  clientId: string;
  clientSecret: string;
  cookieKey: string;
  dataDir: string;
  attemptsPerMinute: number;
};

export const VNEID_CALLBACK_PATH = "/api/auth/callback/vneid";
export const SIGNED_OUT_PATH = "/da-dang-xuat";

export async function startVneidStandIn(options: StandInOptions): Promise<{ issuer: string; server: Server }> {
  const issuer = `http://localhost:${options.port}`;
  const server = await startVneidServer({
    issuer,
    port: options.port,
    jwks: await loadSigningKeys(path.join(options.dataDir, "vneid")),
    cookieKeys: [options.cookieKey],
    demoMode: true,
    attemptsPerMinute: options.attemptsPerMinute,
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        client_name: "Cổng dịch vụ công Một Cửa Số",
        purpose: "Xác định danh tính của bạn để nộp và theo dõi hồ sơ thủ tục hành chính của Thành phố Hồ Chí Minh.",
        redirect_uris: [`${options.portalUrl}${VNEID_CALLBACK_PATH}`],
        post_logout_redirect_uris: [`${options.portalUrl}${SIGNED_OUT_PATH}`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
  });
  return { issuer, server };
}
