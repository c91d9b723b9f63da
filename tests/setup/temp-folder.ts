// Each test file's temporary folders (data folders, key folders, throwaway databases: all
// made under os.tmpdir(), which reads TMPDIR at every call) go into one folder of its own,
// removed when the file's tests end, so a run leaves nothing behind in /tmp.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// A worker runs several files in turn: each starts from the machine's folder, not the last file's.
process.env.MOTCUASO_SYSTEM_TMPDIR ??= os.tmpdir();
const folder = mkdtempSync(path.join(process.env.MOTCUASO_SYSTEM_TMPDIR, "motcuaso-test-files-"));
process.env.TMPDIR = folder;

afterAll(() => rmSync(folder, { recursive: true, force: true }));
