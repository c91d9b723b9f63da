// The portal's background jobs alone, as a process of their own: the crash test kills it
// with SIGKILL in the middle of its work and starts it again. DATABASE_URL, DATA_DIR and
// SMTP_URL come from the environment; "ready" on stdout says the jobs are running.
import { startJobs } from "@/scripts/runtime/jobs";

async function main() {
  const jobs = await startJobs({
    databaseUrl: process.env.DATABASE_URL!,
    dataDir: process.env.DATA_DIR!,
    portalUrl: "http://localhost:3000",
  });
  process.stdout.write("ready\n");
  process.once("SIGTERM", () => void jobs.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`jobs process failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
