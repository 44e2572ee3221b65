/**
 * One temporary folder for a whole e2e run (browser profiles, HOMEs, extension copies), removed at the end:
 * test workers may be stopped without an exit event, so they cannot be trusted to clean up after themselves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RUN_DIR_ENV = 'TIDYREAD_E2E_RUN_DIR';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'tidyread-e2e-run-'));
  // Workers are started after this and inherit the environment.
  process.env[RUN_DIR_ENV] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
