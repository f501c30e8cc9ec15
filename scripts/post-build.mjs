// Trunk post-build hook: makes the build embeddable and CSP-safe.
// - Trunk loads the app with an inline module script, which `script-src 'self'` forbids:
//   it is replaced by `vk-check.js`, an external module with a stable name that initialises the
//   wasm relative to its own URL (so dist/ works under any path and from other pages) and
//   re-exports the JS API.
// - The widget's stylesheets are joined and minified into `vk-check.css`, which the loader
//   links once.
// - `vk-check-standalone.html` holds everything in one file (styles inline, the glue as a
//   classic inline script, the wasm as base64) for opening from disk: browsers refuse module
//   scripts and fetch() on file:// pages. It is not meant to be served under the strict CSP.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';

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

// Tokens first, then every component stylesheet, print last so its rules outrank component
// rules of equal specificity; page.css belongs to the standalone page only.
const cssRank = (name) => (name === 'tokens.css' ? 0 : name === 'print.css' ? 2 : 1);
const joinedCss = readdirSync(stylesDir)
  .filter((name) => name.endsWith('.css') && name !== 'page.css')
  .sort((a, b) => cssRank(a) - cssRank(b) || a.localeCompare(b))
  .map((name) => readFileSync(new URL(name, stylesDir), 'utf8'))
  .join('\n');
// Minified (without comments and spaces the transfer is a third smaller). No browser targets:
// the rules stay as written, including each icon's fallback `content` before its alt-text form.
const widgetCss = transform({ filename: 'vk-check.css', code: Buffer.from(joinedCss), minify: true })
  .code.toString();
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
// Chromium ignores `integrity` on a fetch preload (so it never protected the wasm) and warns
// about it in the console on every load: the attribute is dropped.
html = html.replace(/<link\b[^>]*\brel="?preload"?[^>]*>/g, (tag) =>
  tag.includes('.wasm') ? tag.replace(/\s+integrity="?[^\s">]+"?/, '') : tag,
);
writeFileSync(indexPath, html);
console.log(`post-build: vk-check.js loads ${glue} and ${wasm}; vk-check.css written`);

/** The wasm-bindgen glue (an ES module) as statements for a classic script, and the name of
 *  its init function. Throws when the glue has a form this does not know, rather than
 *  writing a page that fails only when someone opens it. */
function toClassicScript(module) {
  let init;
  let js = module
    .replace(/export\s*\{([^}]*)\};?/g, (_, list) => {
      for (const item of list.split(',')) {
        init ??= item.trim().match(/^([\w$]+)\s+as\s+default$/)?.[1];
      }
      return '';
    })
    .replace(/export\s+default\s+([\w$]+)\s*;?/g, (_, name) => {
      init = name;
      return '';
    })
    .replace(/export\s+(?=(?:async\s+)?(?:function|class|const|let|var)\b)/g, '')
    // Only read when no wasm is passed to init; the bytes always are.
    .replace(/import\.meta\.url/g, 'document.baseURI');
  if (!init) throw new Error('post-build: the glue\'s init function was not found');
  if (/\bexport(?:\s*\{|\s+[\w*])/.test(js) || /\bimport(?:\s*[{(*'"]|\s+[\w{*])/.test(js)) {
    throw new Error('post-build: the glue still has an import or export after conversion');
  }
  // "</script" inside the code would end the inline script early.
  return { js: js.replace(/<\/script/gi, '<\\/script'), init };
}

const { js: classic, init: initName } = toClassicScript(readFileSync(join(staging, glue), 'utf8'));
const wasmBase64 = readFileSync(join(staging, wasm)).toString('base64');
const pageCss = readFileSync(new URL('page.css', stylesDir), 'utf8');
const favicon = readFileSync(new URL('../assets/favicon.svg', import.meta.url)).toString('base64');
const body = html.match(/<body[^>]*>([\s\S]*)<\/body>/)?.[1];
if (!body) throw new Error('post-build: the page body was not found in index.html');
const standalone = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Videokonferenz-Check</title>
<link rel="icon" href="data:image/svg+xml;base64,${favicon}">
<style>
${pageCss}
${widgetCss}
</style>
</head>
<body>
${body.trim()}
<script>
// vk-check, single-file build: the wasm-bindgen glue as a classic script, the wasm inline.
(() => {
${classic}
const bytes = Uint8Array.from(atob('${wasmBase64}'), (c) => c.charCodeAt(0));
window.vkCheck = { mount, version };
${initName}({ module_or_path: bytes }).catch((e) => console.error('vk-check:', e));
})();
</script>
</body>
</html>
`;
writeFileSync(join(staging, 'vk-check-standalone.html'), standalone);
console.log(`post-build: vk-check-standalone.html written (${Math.round(standalone.length / 1024)} KB)`);
