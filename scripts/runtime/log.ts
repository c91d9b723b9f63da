// Console output of the project's own commands (start, migrate, seed, test harness).
// Never personal data: these lines describe what the process does, not whom it serves.
export function say(message: string): void {
  process.stderr.write(`[một-cửa-số] ${message}\n`);
}
