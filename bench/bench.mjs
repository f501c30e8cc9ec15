// `make bench`: vk-check side by side with DataTables, in one headless Chromium session, on
// generated datasets of 11, 500 and 5,000 tools; then the built-in data; and the transfer size
// of both. Prints numbers (medians); it asserts nothing.
//
// Environment: BENCH_RUNS (page loads per table and dataset, default 7), BENCH_CYCLES
// (interactions of each kind per load, default 2), BENCH_SIZES (e.g. "11,500").
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve, DIST } from '../tests/e2e/support/server.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';
import { generate, expectations } from './dataset.mjs';
import { vkCheckPage, dataTablesPage, PAGE_LENGTH } from './pages.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 2);
const SIZES = (process.env.BENCH_SIZES ?? '11,500,5000').split(',').map(Number);
const ROOT = resolve(DIST, '..');
const MODULES = join(ROOT, 'node_modules');

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---------------------------------------------------------------------------------- sizes

async function sizeOf(path, name = path) {
  const body = await readFile(path);
  return {
    kind: extname(path).slice(1),
    name,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function widgetSizes() {
  const rows = [];
  for (const name of await readdir(DIST)) {
    if (['wasm', 'js', 'css'].includes(extname(name).slice(1))) rows.push(await sizeOf(join(DIST, name), name));
  }
  return rows.sort((a, b) => b.brotli - a.brotli);
}

/** What a page with DataTables and its default styling loads (the files of dataTablesPage). */
async function dataTablesSizes() {
  const files = [
    'datatables.net/js/dataTables.min.js',
    'datatables.net-dt/js/dataTables.dataTables.min.js',
    'datatables.net-dt/css/dataTables.dataTables.min.css',
  ];
  return Promise.all(files.map((f) => sizeOf(join(MODULES, f), f.split('/').pop())));
}

function printSizes(title, files, note = '') {
  console.log(`${title}`);
  for (const f of files) {
    console.log(`  ${f.kind.padEnd(5)} ${kb(f.raw).padStart(7)}  ${kb(f.gzip).padStart(7)}  ${kb(f.brotli).padStart(7)}   ${f.name}`);
  }
  const total = (key) => kb(files.reduce((sum, f) => sum + f[key], 0)).padStart(7);
  console.log(`  total ${total('raw')}  ${total('gzip')}  ${total('brotli')}   ${note}`);
}

// ---------------------------------------------------------------------------- side by side

const TABLES = {
  'vk-check': { page: 'vkc', firstRow: '.vkc-table__table tbody tr' },
  DataTables: { page: 'dt', firstRow: '#dt tbody td:not(.dt-empty)' },
  'DataTables paged': { page: 'dtp', firstRow: '#dt tbody td:not(.dt-empty)' },
};
const PEERS = ['DataTables', 'DataTables paged'];

/** The wasm-bindgen glue that dist/vk-check.js imports (its name is hashed). */
async function glueName() {
  const loader = await readFile(join(DIST, 'vk-check.js'), 'utf8');
  return loader.match(/import init from '\.\/([^']+)'/)[1];
}

/** One page load of one table: first row, memory, then every interaction CYCLES times. */
async function measureLoad(browser, url, table, expect) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          window.__firstRow = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, table.firstRow);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstRow !== undefined && window.bench, null, { timeout: 120_000 });
    const out = { firstRow: await page.evaluate(() => window.__firstRow) };
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    out.jsHeap = heap.usedSize;
    out.wasm = await page.evaluate(() => window.bench.wasmBytes());
    const rows = await page.evaluate(() => window.bench.rows());
    if (rows !== expect.total) throw new Error(`${rows} rows shown, expected ${expect.total}`);

    const step = (kind, arg, rowsAfter) =>
      page.evaluate(
        ([kind, arg, rowsAfter]) => {
          const b = window.bench;
          if (kind === 'sort') {
            const before = b.firstName();
            return window.benchMeasure(() => b.sortByName(), () => b.firstName() !== before);
          }
          return window.benchMeasure(() => b[kind](arg), () => b.rows() === rowsAfter);
        },
        [kind, arg, rowsAfter],
      );
    const times = { search: [], searchBack: [], filter: [], filterBack: [], sort: [] };
    for (let i = 0; i < CYCLES; i++) {
      times.search.push(await step('search', expect.query, expect.queryRows));
      times.searchBack.push(await step('search', '', expect.total));
      times.filter.push(await step('e2e', true, expect.e2eRows));
      times.filterBack.push(await step('e2e', false, expect.total));
    }
    // One click sorts by name ascending from data order; then every click flips the direction,
    // so the first row changes each time.
    await step('sort');
    for (let i = 0; i < CYCLES * 2; i++) times.sort.push(await step('sort'));
    out.firstSorted = await page.evaluate(() => window.bench.firstName());
    if (errors.length) throw new Error(errors.join('\n'));
    return { ...out, ...times };
  } finally {
    await context.close();
  }
}

async function sideBySide(browser, server) {
  const results = {}; // results[size][table] = { figure: [samples] }
  for (const size of SIZES) {
    const data = generate(size);
    const expect = expectations(data);
    results[size] = {};
    for (let run = 0; run < RUNS; run++) {
      // Rotate which table loads first, so none always meets a warmer machine.
      const names = Object.keys(TABLES);
      const order = names.map((_, i) => names[(i + run) % names.length]);
      for (const name of order) {
        const table = TABLES[name];
        const load = await measureLoad(browser, `${server.url}bench/${table.page}-${size}.html`, table, expect);
        const into = (results[size][name] ??= {});
        for (const [figure, value] of Object.entries(load)) (into[figure] ??= []).push(...[value].flat());
      }
      process.stderr.write(`\r${size} tools: ${run + 1}/${RUNS} loads of each table`);
    }
    process.stderr.write('\n');
    const names = Object.values(results[size]).map((r) => r.firstSorted.at(-1));
    if (new Set(names).size !== 1) console.warn(`warning: the tables disagree on the sort order (${names.join(' / ')})`);
  }
  return results;
}

const FIGURES = [
  ['firstRow', 'first row (ms after navigation)', 'ms'],
  ['search', 'text search: type a word (ms)', 'ms'],
  ['searchBack', 'text search: clear it (ms)', 'ms'],
  ['filter', 'column filter: E2E yes on (ms)', 'ms'],
  ['filterBack', 'column filter: E2E yes off (ms)', 'ms'],
  ['sort', 'sort by name, flip (ms)', 'ms'],
  ['jsHeap', 'JS heap after load (MB)', 'MB'],
  ['wasm', 'wasm memory after load (MB)', 'MB'],
  ['total', 'JS heap + wasm memory (MB)', 'MB'],
];

function printSideBySide(results) {
  const fmt = (v, unit) => (unit === 'MB' ? (v / 1048576).toFixed(1) : v.toFixed(1));
  console.log(
    `\nvk-check vs DataTables 3.1.2 (default styling) in headless Chromium: medians of ${RUNS} loads ` +
      `× ${CYCLES} changes (sort × ${CYCLES * 2}); ratio = vk-check / DataTables.\n` +
      `"all rows": DataTables with paging off renders every row; "paged": ${PAGE_LENGTH} rows per page, ` +
      `deferRender. vk-check renders a result's first ${PAGE_LENGTH} rows at once and the rest as the table is scrolled.`,
  );
  const head = ['vk-check', 'DT all rows', 'ratio', 'DT paged', 'ratio'];
  console.log(`${'figure'.padEnd(34)} ${'tools'.padStart(6)}  ${head.map((h) => h.padStart(11)).join(' ')}`);
  for (const [key, label, unit] of FIGURES) {
    for (const size of SIZES) {
      const value = (name) => {
        const r = results[size][name];
        if (key === 'total') return median(r.jsHeap.map((h, i) => h + r.wasm[i]));
        return median(r[key]);
      };
      const v = value('vk-check');
      const cells = [fmt(v, unit)];
      for (const peer of PEERS) {
        const d = value(peer);
        cells.push(fmt(d, unit), d > 0 ? (v / d).toFixed(2) : '–');
      }
      console.log(`${label.padEnd(34)} ${String(size).padStart(6)}  ${cells.map((c) => c.padStart(11)).join(' ')}`);
    }
  }
  if (results[11]) {
    const r = results[11]['vk-check'];
    const change = median([...r.filter, ...r.filterBack]);
    console.log(`\nFilter change at 11 tools (vk-check, E2E yes on and off): median ${change.toFixed(1)} ms (goal ≤ 16 ms, one frame)`);
  }
  if (results[5000]) {
    const r = results[5000]['vk-check'];
    const change = median([...r.filter, ...r.filterBack]);
    console.log(`Filter change at 5,000 tools (vk-check, E2E yes on and off): median ${change.toFixed(1)} ms (goal ≤ 50 ms)`);
  }
}

// ------------------------------------------------------------------------------ built-in

/**
 * Navigation → first row of the standalone page (built-in data), and the part of it after the
 * module starts: from the moment its instantiation resolves (the glue then runs the module's
 * start, which mounts the widget) to the first row.
 */
async function builtinFirstRow(browser, url) {
  const times = [];
  const afterStart = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      for (const name of ['instantiateStreaming', 'instantiate']) {
        const original = WebAssembly[name];
        WebAssembly[name] = (...args) =>
          original.apply(WebAssembly, args).then((result) => {
            window.__moduleStart ??= performance.now();
            return result;
          });
      }
      new MutationObserver((_, observer) => {
        if (document.querySelector('.vkc tbody tr')) {
          window.__firstRow = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstRow !== undefined);
    const [firstRow, moduleStart] = await page.evaluate(() => [window.__firstRow, window.__moduleStart]);
    times.push(firstRow);
    afterStart.push(firstRow - moduleStart);
    await context.close();
  }
  return { times, afterStart };
}

/** Time from a filter click to the updated table (DOM) and to the next painted frame. */
async function builtinFilterChange(browser, url) {
  const dom = [];
  const frame = [];
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.vkc tbody tr').first().waitFor();
    // "E2E: Ja" is the first checkbox of the E2E fieldset; toggling it twice restores the table.
    const checkbox = page.locator('fieldset', { hasText: 'Ende-zu-Ende' }).locator('input').first();
    await checkbox.evaluate((el) => { window.__toggle = el; });
    for (let i = 0; i < RUNS * 2; i++) {
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
    await context.close();
  }
  return { dom, frame };
}

// ---------------------------------------------------------------------------------- main

const widget = await widgetSizes();
const peer = await dataTablesSizes();
console.log('Transfer size (KB)    raw     gzip   brotli');
printSizes('vk-check (dist/):', widget, '(budget 150 KB brotli, aim 100 KB)');
printSizes('DataTables 3.1.2 + default styling (npm datatables.net, datatables.net-dt):', peer);

const glue = await glueName();
const pages = {};
for (const size of SIZES) {
  const data = generate(size);
  pages[`/bench/vkc-${size}.html`] = vkCheckPage(data, glue);
  pages[`/bench/dt-${size}.html`] = dataTablesPage(data);
  pages[`/bench/dtp-${size}.html`] = dataTablesPage(data, { paged: true });
}
const server = await serve(ROOT, {}, pages);
const browser = await launch();
try {
  printSideBySide(await sideBySide(browser, server));
  const { times: first, afterStart } = await builtinFirstRow(browser, `${server.url}dist/`);
  console.log(
    `\nBuilt-in data (standalone page): navigation → first table row median ${median(first).toFixed(1)} ms ` +
      `(min ${Math.min(...first).toFixed(1)}, max ${Math.max(...first).toFixed(1)}, ${first.length} loads)`,
  );
  console.log(
    `Built-in data: module start → first table row median ${median(afterStart).toFixed(1)} ms ` +
      `(max ${Math.max(...afterStart).toFixed(1)}; goal ≤ 100 ms)`,
  );
  const change = await builtinFilterChange(browser, `${server.url}dist/`);
  console.log(
    `Built-in data: filter change (E2E yes on/off, ${change.dom.length} changes): ` +
      `DOM updated median ${median(change.dom).toFixed(1)} ms, next frame median ${median(change.frame).toFixed(1)} ms`,
  );
} finally {
  await browser.close();
  await server.close();
}
