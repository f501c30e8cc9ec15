// `make bench`: transfer size of the built widget and load time to the first table row,
// measured in headless Chromium. Prints numbers; it asserts nothing.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve, DIST } from '../tests/e2e/support/server.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 9);

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function sizes() {
  const rows = [];
  for (const name of await readdir(DIST)) {
    const kind = extname(name).slice(1);
    if (!['wasm', 'js', 'css'].includes(kind)) continue;
    const body = await readFile(join(DIST, name));
    rows.push({
      kind,
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    });
  }
  rows.sort((a, b) => b.brotli - a.brotli);
  return rows;
}

async function firstRowTimes(url) {
  const browser = await launch();
  const times = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('.vkc tbody tr')) {
            window.__firstRow = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      await page.waitForFunction(() => window.__firstRow !== undefined);
      times.push(await page.evaluate(() => window.__firstRow));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

/** Time from a filter click to the updated table (DOM) and to the next painted frame. */
async function filterChangeTimes(url) {
  const browser = await launch();
  const dom = [];
  const frame = [];
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('.vkc tbody tr').first().waitFor();
    // "E2E: Ja" is the first checkbox of the E2E fieldset; toggling it twice restores the table.
    const checkbox = page.locator('fieldset', { hasText: 'Ende-zu-Ende' }).locator('input').first();
    await checkbox.evaluate((el) => { window.__toggle = el; });
    for (let i = 0; i < LOADS * 2; i++) {
      const [d, f] = await page.evaluate(
        () =>
          new Promise((done) => {
            const body = document.querySelector('.vkc-table__table tbody');
            const before = body.rows.length;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('.vkc-table__table tbody').rows.length === before) return;
              observer.disconnect();
              const domTime = performance.now() - start;
              requestAnimationFrame(() => done([domTime, performance.now() - start]));
            });
            observer.observe(body, { childList: true });
            window.__toggle.click();
          }),
      );
      dom.push(d);
      frame.push(f);
    }
  } finally {
    await browser.close();
  }
  return { dom, frame };
}

const files = await sizes();
console.log('Transfer size of the widget (dist/, KB):');
console.log('kind  raw      gzip     brotli   file');
for (const f of files) {
  console.log(
    `${f.kind.padEnd(5)} ${kb(f.raw).padStart(7)}  ${kb(f.gzip).padStart(7)}  ${kb(f.brotli).padStart(7)}   ${f.name}`,
  );
}
const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
console.log(
  `total ${kb(total('raw')).padStart(7)}  ${kb(total('gzip')).padStart(7)}  ${kb(total('brotli')).padStart(7)}   (budget 150 KB brotli, aim 100 KB)`,
);

const server = await serve();
try {
  const times = await firstRowTimes(server.url);
  console.log(
    `\nNavigation → first table row (built-in data, ${LOADS} loads): median ${median(times).toFixed(1)} ms, ` +
      `min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
  );
  const change = await filterChangeTimes(server.url);
  console.log(
    `Filter change (E2E yes on/off, built-in data, ${change.dom.length} changes): ` +
      `DOM updated median ${median(change.dom).toFixed(1)} ms, next frame median ${median(change.frame).toFixed(1)} ms`,
  );
} finally {
  await server.close();
}
