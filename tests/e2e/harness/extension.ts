/** The built extension (npm run build), copied aside so that a rebuild during a run cannot change it under the test. */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUN_DIR_ENV } from './global-setup';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const GECKO_ID = 'tidyread@tidyread.dev';

/** A temporary directory inside the run's folder (global-setup.ts removes it after the run). */
export function temporaryDir(prefix: string): string {
  return mkdtempSync(join(process.env[RUN_DIR_ENV] ?? tmpdir(), `tidyread-e2e-${prefix}-`));
}

/** Browser profiles are tens of megabytes: a session removes its own as it closes. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

const copies = new Map<string, string>();

/** Where the built extensions are: dist/, or TIDYREAD_E2E_DIST (e.g. a build of another checkout). */
const DIST_DIR = process.env.TIDYREAD_E2E_DIST ?? join(REPO_ROOT, 'dist');

/** The unpacked extension for a browser; one copy per test process, so its path (and Chromium's id) stays the same. */
export function extensionDir(target: 'chrome' | 'firefox'): string {
  const built = join(DIST_DIR, target);
  if (!existsSync(join(built, 'manifest.json'))) {
    throw new Error(`${built}/manifest.json is missing: run \`npm run build\` before the e2e tests`);
  }
  let copy = copies.get(target);
  if (!copy) {
    copy = join(temporaryDir(`ext-${target}`), target);
    cpSync(built, copy, { recursive: true });
    copies.set(target, copy);
  }
  return copy;
}

/** Browsers write under ~/.config and ~/.cache: each launch gets its own HOME. */
export function browserEnv(home: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env.HOME = home;
  return env;
}

/** A browser binary that is not installed fails the run with a plain message (never a skip). */
export function requireExecutable(candidates: string[], what: string): string {
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`${what} is not installed (looked for ${candidates.join(', ')}); .ci/run installs it`);
  return found;
}
