// Trunk post-build hook: makes the build embeddable and CSP-safe.
// - Trunk loads the app with an inline module script, which `script-src 'self'` forbids:
//   it is replaced by `vk-check.js`, an external module with a stable name that initialises the
//   wasm relative to its own URL (so dist/ works under any path and from other pages) and
//   re-exports the JS API.
// - The widget's stylesheets are joined into `vk-check.css`, which the loader links once.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
const stylesDir = new URL('../styles/', import.meta.url);

const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
if (!inline) throw new Error('post-build: Trunk\'s inline loader was not found in index.html');
const glue = inline[1].match(/([\w.-]+\.js)/)?.[1];
const wasm = inline[1].match(/([\w.-]+_bg\.wasm)/)?.[1];
if (!glue || !wasm) throw new Error('post-build: could not read the glue and wasm file names');

// Tokens first, then every component stylesheet; page.css belongs to the standalone page only.
const widgetCss = readdirSync(stylesDir)
  .filter((name) => name.endsWith('.css') && name !== 'page.css')
  .sort((a, b) => (a === 'tokens.css' ? -1 : b === 'tokens.css' ? 1 : a.localeCompare(b)))
  .map((name) => readFileSync(new URL(name, stylesDir), 'utf8'))
  .join('\n');
writeFileSync(join(staging, 'vk-check.css'), widgetCss);

const loader = `// vk-check loader: links the widget's styles, starts the wasm module (which mounts every
// [data-vk-check] element) and re-exports the JS API: mount, assess, version.
const css = new URL('./vk-check.css', import.meta.url).href;
if (![...document.querySelectorAll('link[rel=stylesheet]')].some((l) => l.href === css)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = css;
  document.head.append(link);
}
import init from './${glue}';
export * from './${glue}';
await init({ module_or_path: new URL('./${wasm}', import.meta.url) });
`;
writeFileSync(join(staging, 'vk-check.js'), loader);

html = html.replace(inline[0], '<script type="module" src="./vk-check.js"></script>');
writeFileSync(indexPath, html);
console.log(`post-build: vk-check.js loads ${glue} and ${wasm}; vk-check.css written`);
