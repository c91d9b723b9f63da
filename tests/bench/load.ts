// A small closed-loop load generator: `connections` clients, each sending its next request
// as soon as the last answer is read, for `seconds`. Exact percentiles from every sample
// (no histogram buckets), which is what the benchmark's targets are stated in.
import http from "node:http";

export type BenchRequest = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: Buffer };
export type LoadResult = {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<string, number>;
};

/** Runs requests against `base` (http://host:port); `next(i)` gives the i-th request, `ok(status)` says whether its
 * answer counts as a success. */
export async function runLoad(
  base: string,
  options: { connections: number; seconds: number; next: (i: number) => BenchRequest; ok: (status: number) => boolean },
): Promise<LoadResult> {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const one = (request: BenchRequest) =>
    new Promise<number>((resolve) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: request.method,
          path: request.path,
          agent,
          headers: { ...request.headers, ...(request.body ? { "content-length": String(request.body.length) } : {}) },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
          res.on("error", () => resolve(0));
        },
      );
      req.on("error", () => resolve(0));
      req.setTimeout(30_000, () => req.destroy());
      if (request.body) req.write(request.body);
      req.end();
    });
  const client = async () => {
    while (performance.now() < deadline) {
      const request = options.next(issued++);
      const t0 = performance.now();
      const status = await one(request);
      latencies.push(performance.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (!options.ok(status)) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requests: latencies.length,
    errors,
    seconds,
    throughput: latencies.length / seconds,
    ...percentiles(latencies),
    statuses,
  };
}

export function percentiles(samples: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** A multipart/form-data body, as a browser without JavaScript posts a form. */
export function multipart(fields: Array<[string, string]>): { body: Buffer; contentType: string } {
  const boundary = `----motcuaso${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** The hidden fields of the form around the button named `button` in a page's HTML (a server action's references). */
export function formFields(html: string, button: string): Array<[string, string]> {
  const forms = html
    .split("<form")
    .slice(1)
    .map((f) => f.slice(0, f.indexOf("</form>")));
  const form = forms.find((f) => f.includes(`>${button}<`));
  if (!form) throw new Error(`no form with the button ${button}`);
  const unescape = (s: string) =>
    s
      .replaceAll("&quot;", '"')
      .replaceAll("&amp;", "&")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&#x27;", "'");
  return [...form.matchAll(/<input([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => /type="hidden"/.test(attrs))
    .map(
      (attrs) =>
        [unescape(/name="([^"]*)"/.exec(attrs)?.[1] ?? ""), unescape(/value="([^"]*)"/.exec(attrs)?.[1] ?? "")] as [
          string,
          string,
        ],
    );
}
