// `web-ext lint` on dist/firefox, summarised: one line per message, and a failure when there is an error.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted', '--output', 'json'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error(`web-ext lint gave no report:\n${run.stderr || run.stdout}`);
  process.exit(1);
}
const { errors, warnings, notices } = report.summary;
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const message of report[kind]) {
    console.log(`${kind.slice(0, -1)} ${message.code} ${message.file ?? ''}${message.line ? `:${message.line}` : ''}`);
  }
}
console.log(`web-ext lint dist/firefox: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exitCode = errors > 0 ? 1 : 0;
