// "Download my data": everything the portal holds about the signed-in person, as a JSON
// file (lib/accounts/data-export.ts). Personal, so never cached; audited.
import { NotFoundError } from "@/lib/errors";
import { exportOwnData } from "@/lib/accounts/data-export";
import { getActor } from "@/lib/identity/session";
import { todayInVietnam } from "@/lib/clock/dates";

export async function GET(): Promise<Response> {
  try {
    const data = await exportOwnData(await getActor());
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition":
          `attachment; ` + `filename="du-lieu-ca-nhan-${todayInVietnam(new Date(data.exportedAt))}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError)
      return Response.json(
        { error: { vi: "Vui lòng đăng nhập để tải dữ liệu của bạn.", en: "Please sign in to download your data." } },
        { status: 401, headers: { "Cache-Control": "private, no-store" } },
      );
    throw error;
  }
}
