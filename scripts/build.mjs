// Builds the unpacked extension for Chrome (dist/chrome) and Firefox (dist/firefox) from one manifest.
// Usage: node scripts/build.mjs [--watch]
import { context, build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const targets = ['chrome', 'firefox'];

const entryPoints = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  cleanup: 'src/content/cleanup.ts',
  extract: 'src/content/extract.ts',
  popup: 'src/popup/popup.ts',
};

/** Each browser gets only the manifest keys it uses, so neither warns about the other's. */
function manifestFor(target) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  if (target === 'chrome') {
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    delete manifest.background.service_worker;
  }
  return manifest;
}

async function readerCss() {
  // The stylesheet lives in code beside the attributes it acts on; bundle it to read the strings.
  const result = await build({
    stdin: {
      contents: `export { READER_CSS } from './src/core/cleanup/marks';
        export { QUOTE_FLASH_CSS } from './src/content/quote-flash';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true, write: false, format: 'esm', platform: 'neutral',
  });
  const module = await import('data:text/javascript,' + encodeURIComponent(result.outputFiles[0].text));
  return module.READER_CSS + module.QUOTE_FLASH_CSS;
}

async function copyStatic(target) {
  const out = join(root, 'dist', target);
  mkdirSync(join(out, 'icons'), { recursive: true });
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(target), null, 2));
  cpSync(join(root, 'icons'), join(out, 'icons'), { recursive: true });
  cpSync(join(root, 'src/popup/popup.html'), join(out, 'popup.html'));
  cpSync(join(root, 'src/popup/popup.css'), join(out, 'popup.css'));
  writeFileSync(join(out, 'reader.css'), await readerCss());
}

function optionsFor(target) {
  return {
    entryPoints: Object.fromEntries(Object.entries(entryPoints).map(([name, file]) => [name, join(root, file)])),
    outdir: join(root, 'dist', target),
    bundle: true,
    format: 'iife',
    target: target === 'chrome' ? 'chrome120' : 'firefox128',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  };
}

for (const target of targets) rmSync(join(root, 'dist', target), { recursive: true, force: true });

if (watch) {
  for (const target of targets) {
    await copyStatic(target);
    const ctx = await context(optionsFor(target));
    await ctx.watch();
  }
  console.log('watching src/ for changes (static files are copied at start; restart to pick up manifest or icon changes)');
} else {
  await Promise.all(targets.map(async (target) => {
    await build(optionsFor(target));
    await copyStatic(target);
  }));
  console.log('built dist/chrome and dist/firefox');
}
