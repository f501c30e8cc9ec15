// Host pages for `make bench`: one for vk-check and one for DataTables, each with the same
// generated data inline (parsed by the page, then handed to the table) and the same small
// `window.bench` interface, so the benchmark drives both in exactly the same way.
//
// Both pages are served from the repository root: vk-check from dist/, DataTables from
// node_modules/ (the npm packages datatables.net and datatables.net-dt, its default styling).

/** The data as a JSON script element; `<` is escaped so no name can end the element. */
const dataElement = (data) =>
  `<script type="application/json" id="bench-data">${JSON.stringify(data).replaceAll('<', '\\u003c')}</script>`;

/** Shared by both pages: measures one interaction until `done()` holds after a DOM change. */
const MEASURE = `
window.benchMeasure = (act, done) => new Promise((resolve, reject) => {
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no DOM update within 60 s')); }, 60000);
  const observer = new MutationObserver(() => {
    if (!done()) return;
    const ms = performance.now() - start;
    observer.disconnect();
    clearTimeout(timer);
    resolve(ms);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const start = performance.now();
  act();
});`;

/**
 * vk-check mounted through its JS API (`mount(element, { data, dataMode, lang, view })`).
 * `glue` is the wasm-bindgen module that vk-check.js imports: its default export (init) returns
 * the wasm exports once started, whose `memory` is the wasm linear memory.
 */
export function vkCheckPage(data, glue) {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>vk-check bench</title>
<link rel="icon" href="data:,"></head>
<body><main><div id="host"></div></main>
${dataElement(data)}
<script type="module">
import { mount } from '/dist/vk-check.js';
import init from '/dist/${glue}';
${MEASURE}
const data = JSON.parse(document.getElementById('bench-data').textContent);
mount(document.getElementById('host'), { data, dataMode: 'replace', lang: 'de', view: 'table' });
const q = (s) => document.querySelector(s);
const e2eYes = () => [...document.querySelectorAll('.vkc fieldset')]
  .find((f) => f.querySelector('legend').textContent === 'Ende-zu-Ende-Verschlüsselung')
  .querySelector('input');
window.bench = {
  // A long result renders its first rows at once and says how many it has in aria-rowcount
  // (header row included); a short one renders all.
  rows() {
    const table = q('.vkc-table__table');
    if (!table) return 0;
    const count = table.getAttribute('aria-rowcount');
    return count ? Number(count) - 1 : table.tBodies[0].rows.length;
  },
  firstName: () => q('.vkc-table__table tbody .vkc-table__tool')?.textContent,
  search(text) {
    const input = q('.vkc-filter__search');
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  },
  e2e(on) {
    const box = e2eYes();
    if (box.checked !== on) box.click();
  },
  sortByName: () => q('.vkc-table__sort').click(),
  wasmBytes: async () => (await init()).memory.buffer.byteLength,
};
</script></body></html>`;
}

/** The columns vk-check shows, with its German headers. */
const HEADERS = [
  'Vergleich', 'Tool', 'Serverstandort', 'Max. Teilnehmer', 'Ende-zu-Ende-Verschlüsselung',
  'Windows', 'macOS', 'Android', 'iOS', 'Browser', 'Blur',
];

/** Rows per page of the paged DataTables, the rows vk-check renders at once. */
export const PAGE_LENGTH = 50;

/**
 * DataTables 3 with its default styling (it needs no jQuery), initial order off so that it
 * starts in data order like vk-check. `paged: false` turns paging off, so it renders every
 * row; `paged: true` shows PAGE_LENGTH rows per page and creates the others' nodes only when
 * shown (deferRender), the counterpart of vk-check rendering a long result's first rows only.
 * The search and the E2E filter are column searches on the name and E2E columns, as a
 * developer would wire a search box and a checkbox to it. Cells hold the same words vk-check
 * shows (German).
 */
export function dataTablesPage(data, { paged = false } = {}) {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>DataTables bench</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/node_modules/datatables.net-dt/css/dataTables.dataTables.min.css">
<script src="/node_modules/datatables.net/js/dataTables.min.js"></script>
<script src="/node_modules/datatables.net-dt/js/dataTables.dataTables.min.js"></script>
</head>
<body><main>
<label>Suche <input id="q" type="search"></label>
<label><input id="e2e-yes" type="checkbox"> E2E: Ja</label>
<table id="dt" class="display"></table>
</main>
${dataElement(data)}
<script>
${MEASURE}
const REGION = { DE: 'EU/EWR', NOR: 'EU/EWR', FR: 'EU/EWR', NL: 'EU/EWR', AT: 'EU/EWR', SE: 'EU/EWR',
  IE: 'EU/EWR', CH: 'angemessen', GB: 'angemessen', JP: 'angemessen', CA: 'angemessen',
  USA: 'Drittland', IN: 'Drittland', CN: 'Drittland' };
const WORD = { yes: 'Ja', no: 'Nein', unknown: 'k. A.' };
const data = JSON.parse(document.getElementById('bench-data').textContent);
const rows = data.tools.map((t) => [
  '',
  t.name,
  t.location ? t.location + ' ' + (REGION[t.location] ?? '') : 'k. A.',
  t.max_participants == null ? 'k. A.' : t.max_participants.toLocaleString('de-DE'),
  WORD[t.e2e],
  ...['windows', 'macos', 'android', 'ios', 'browser'].map((p) => WORD[t.platforms[p]]),
  WORD[t.blur],
]);
const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const table = new DataTable('#dt', {
  data: rows,
  paging: ${paged},
  pageLength: ${PAGE_LENGTH},
  deferRender: true,
  order: [],
  columns: ${JSON.stringify(HEADERS)}.map((title, i) => ({ title, orderSequence: ['asc', 'desc'] })),
  columnDefs: [{
    targets: 0, orderable: false, searchable: false,
    render: (_, type, row) => type === 'display'
      ? '<input type="checkbox" aria-label="' + escape(row[1]) + ' zum Vergleich wählen">' : '',
  }],
});
const q = document.getElementById('q');
q.addEventListener('input', () => table.column(1).search(q.value).draw());
const e2e = document.getElementById('e2e-yes');
e2e.addEventListener('change', () =>
  table.column(4).search(e2e.checked ? 'Ja' : '', { exact: e2e.checked }).draw());
const body = () => document.querySelector('#dt tbody');
window.bench = {
  rows: () => ${paged}
    ? table.page.info().recordsDisplay
    : [...body().rows].filter((r) => !r.querySelector('.dt-empty')).length,
  firstName: () => body().rows[0]?.cells[1]?.textContent,
  search(text) {
    q.value = text;
    q.dispatchEvent(new InputEvent('input', { bubbles: true }));
  },
  e2e(on) {
    if (e2e.checked !== on) e2e.click();
  },
  sortByName: () => document.querySelectorAll('#dt thead th')[1].click(),
  wasmBytes: async () => 0,
};
</script></body></html>`;
}
