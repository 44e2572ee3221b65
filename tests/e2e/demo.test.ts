/** `npm start`'s browser half (scripts/demo-browsers.ts): what a newcomer is told must be what the browsers did. */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

it('npm start shows the built extension at work on the sample page in Chromium and in Firefox', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo-browsers.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(code).toBe(0);
  for (const browser of ['Chromium', 'Firefox']) {
    const part = stdout.slice(stdout.indexOf(`${browser}: `)).split(/\n(?=\S)/)[0];
    expect(part, browser).toContain('detection says article; badge "•"');
    expect(part, browser).toMatch(/gone from view: "You May Missed it !", "Read More News at Storify News"; the story stays/);
    expect(part, browser).toMatch(/2 quote\(s\)\n {4}> Despite US optimism[^\n]*\n {6}— Eric Brewer/);
    expect(part, browser).toContain('reader mode off: the page is exactly as it was');
  }
}, 180_000);
