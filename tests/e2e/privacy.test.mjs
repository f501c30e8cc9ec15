// Journey (issue 7, privacy proof): during full journeys – the table with filters, sorting,
// comparison and both exports; the calculator with its report downloads and the storage opt-in;
// the intranet example with two instances on company data; the iframe embed – the test records
// every request (pages, frames, workers), every cookie and every storage call (local and session
// storage, IndexedDB, the Cache API, document.cookie and cookieStore), and asserts: only the
// widget's own files are requested, from its own origin and with GET; no cookie; no storage
// before the opt-in; after it only the one documented key, `vk-check:calculator`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { journeys, WORDS } from './support/widget.mjs';
import { DIST } from './support/server.mjs';

const env = journeys();
const KEY = 'vk-check:calculator';

/** Wraps every storage API before any page script runs and reports each call to the test. */
function recordStorage() {
  const report = (entry) => window.__vkcRecord(entry);
  const wrap = (target, name, api) => {
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = function wrapped(...args) {
      report({ api, op: name, args: args.map((a) => (typeof a === 'string' ? a : typeof a)) });
      return original.apply(this, args);
    };
  };
  const area = (storage) => (storage === window.localStorage ? 'localStorage' : 'sessionStorage');
  for (const op of ['setItem', 'removeItem', 'clear', 'getItem', 'key']) {
    const original = Storage.prototype[op];
    Storage.prototype[op] = function wrapped(...args) {
      report({ api: area(this), op, args: args.map(String) });
      return original.apply(this, args);
    };
  }
  if (window.indexedDB) {
    wrap(IDBFactory.prototype, 'open', 'indexedDB');
    wrap(IDBFactory.prototype, 'deleteDatabase', 'indexedDB');
  }
  if (window.CacheStorage) {
    for (const op of ['open', 'delete', 'match']) wrap(CacheStorage.prototype, op, 'caches');
  }
  if (window.CookieStore) wrap(CookieStore.prototype, 'set', 'cookieStore');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { return cookie.get.call(this); },
    set(value) {
      report({ api: 'document.cookie', op: 'set', args: [String(value)] });
      cookie.set.call(this, value);
    },
  });
}

/** A fresh context whose every request, worker and storage call is recorded. */
async function recorded(options = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, ...options });
  const log = { requests: [], storage: [], workers: [] };
  context.on('request', (request) => {
    log.requests.push({ url: request.url(), method: request.method() });
  });
  context.on('serviceworker', (worker) => log.workers.push(`service worker ${worker.url()}`));
  context.on('page', (page) => page.on('worker', (worker) => log.workers.push(`worker ${worker.url()}`)));
  await context.exposeBinding('__vkcRecord', ({ frame }, entry) => {
    log.storage.push({ ...entry, frame: frame.url() });
  });
  await context.addInitScript(recordStorage);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, log, errors };
}

/** Storage calls that change something (reads are listed apart). */
const writes = (log) => log.storage.filter((s) => !['getItem', 'key', 'match'].includes(s.op));

/** Fails unless every request was a GET of a file in dist/ on the test server's origin. */
function assertOwnFilesOnly(log) {
  const origin = new URL(env.server.url).origin;
  assert.ok(log.requests.length > 3, 'the recorder saw the page load');
  for (const { url, method } of log.requests) {
    if (url.startsWith('blob:') || url.startsWith('data:')) continue; // made in the page
    const parsed = new URL(url);
    assert.equal(parsed.origin, origin, `${url}: another host`);
    assert.equal(method, 'GET', `${url}: only reads`);
    const file = join(DIST, decodeURIComponent(parsed.pathname));
    const served = existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')));
    assert.ok(served, `${url}: one of the widget's own files`);
  }
  assert.deepEqual(log.workers, [], 'no worker, no service worker');
}

/** Fails on any cookie, any storage left behind, and (unless allowed) any storage write. */
async function assertNothingStored(context, page, log) {
  assert.deepEqual(await context.cookies(), [], 'no cookie');
  assert.deepEqual(writes(log), [], 'no storage written');
  const left = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(left, { local: 0, session: 0, databases: 0, caches: 0 });
}

test('the recorder sees every storage API and every cookie it watches (a control)', async () => {
  const { context, page, log } = await recorded();
  await page.goto(env.server.url);
  await page.locator('.vkc tbody tr').first().waitFor();
  await page.evaluate(async () => {
    localStorage.setItem('a', '1');
    localStorage.removeItem('a');
    sessionStorage.setItem('b', '2');
    sessionStorage.clear();
    indexedDB.open('c').onsuccess = (e) => e.target.result.close();
    await caches.open('d');
    document.cookie = 'e=5';
    await window.cookieStore?.set('f', '6');
  });
  await page.waitForFunction(() => document.cookie.includes('f=6'));
  const seen = writes(log).map((c) => `${c.api} ${c.op}`);
  assert.deepEqual(seen, [
    'localStorage setItem', 'localStorage removeItem', 'sessionStorage setItem', 'sessionStorage clear',
    'indexedDB open', 'caches open', 'document.cookie set', 'cookieStore set',
  ]);
  const cookies = (await context.cookies()).map((c) => c.name).sort();
  assert.deepEqual(cookies, ['e', 'f'], 'and the cookies are seen by context.cookies()');
  // A request for something that is not a widget file, even on the same origin, fails the check.
  assertOwnFilesOnly(log);
  await Promise.all([page.waitForRequest('**/collect'), page.evaluate(() => fetch('/collect', { method: 'POST' }).catch(() => {}))]);
  assert.throws(() => assertOwnFilesOnly(log), /collect/);
  await context.close();
});

test('the table journey requests only the widget\'s files and stores nothing', async () => {
  const { context, page, log, errors } = await recorded();
  await page.goto(env.server.url);
  const W = WORDS.de;
  const count = page.locator('.vkc-table__count');
  await count.filter({ hasText: W.shown(11, 11) }).waitFor();
  await page.getByRole('group', { name: W.e2e, exact: true }).getByRole('checkbox', { name: /^Ja/ }).check();
  await page.getByLabel('Tool suchen').fill('o');
  await page.getByRole('columnheader').getByRole('button', { name: /^Max\. Teilnehmer/ }).click();
  await page.getByLabel(W.min).fill('100');
  await page.getByRole('button', { name: W.reset }).first().click();
  await count.filter({ hasText: W.shown(11, 11) }).waitFor();
  for (const name of ['Zoom', 'Microsoft Teams', 'Skype']) {
    await page.getByRole('checkbox', { name: W.choose(name) }).check();
  }
  await page.getByRole('button', { name: /^Gewählte Tools vergleichen/ }).click();
  await page.getByRole('button', { name: W.back }).click();
  for (const button of [W.csv, W.json]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    assert.ok((await download.path()) !== null);
  }
  await page.getByRole('button', { name: W.current }).click();
  await page.locator('tr[data-tool=zoom] td[data-field=e2e] summary').click();
  await page.locator('.vkc-sources summary').click();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.locator('.vkc[lang=en]').waitFor();

  assertOwnFilesOnly(log);
  await assertNothingStored(context, page, log);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the calculator stores nothing before the opt-in, then only its one key, and deletes it', async () => {
  const { context, page, log, errors } = await recorded();
  await page.goto(`${env.server.url}#view=current`);
  await page.locator('.vkc tbody tr').first().waitFor();
  const reads = log.storage.filter((s) => s.op === 'getItem').map((s) => `${s.api} ${s.args[0]}`);
  assert.deepEqual(reads, [`localStorage ${KEY}`], 'only its own key is read, to find an earlier opt-in');

  // A whole check with both report downloads: nothing is written.
  await page.getByRole('button', { name: '2. Nutzung' }).click();
  await page.getByRole('checkbox', { name: 'Gespräche mit Kunden oder Bewerbern' }).check();
  await page.getByRole('button', { name: 'Szenario übernehmen' }).click();
  await page.getByLabel('Tool prüfen').selectOption('zoom');
  await page.locator('[data-question=avv] input[value=yes]').check();
  await page.locator('[data-question=transfer] select').selectOption('dpf');
  await page.getByLabel('Zertifizierte Gesellschaft (genauer Name)').fill('Zoom Video Communications, Inc.');
  for (const button of ['Bericht als Markdown', 'Bericht als JSON']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    assert.ok((await download.path()) !== null);
  }
  await assertNothingStored(context, page, log);

  // The opt-in: one key, holding the documented versioned JSON; each change rewrites it.
  await page.getByRole('checkbox', { name: 'Auf diesem Gerät speichern' }).check();
  await page.waitForFunction((key) => localStorage.getItem(key), KEY);
  await page.locator('[data-question=avv] input[value=no]').check();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).answers.zoom.avv === 'no', KEY);
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.deepEqual(Object.keys(saved), ['version', 'scenario', 'answers']);
  assert.equal(saved.version, 1);
  assert.equal(saved.answers.zoom.transfer.entity, 'Zoom Video Communications, Inc.');
  const written = writes(log);
  assert.ok(written.length >= 2, 'written on the opt-in and on the change');
  for (const call of written) {
    assert.deepEqual([call.api, call.op, call.args[0]], ['localStorage', 'setItem', KEY]);
  }

  // Deleting removes that key, and later changes write nothing.
  await page.getByRole('button', { name: 'Gespeicherte Antworten löschen' }).click();
  await page.getByText('Die auf diesem Gerät gespeicherten Antworten wurden gelöscht.').waitFor();
  const after = writes(log).slice(written.length);
  assert.deepEqual(after.map((c) => [c.api, c.op, c.args[0]]), [['localStorage', 'removeItem', KEY]]);
  await page.locator('[data-question=avv] input[value=yes]').check();
  await page.locator('.vkc-check [data-verdict]').first().waitFor();
  assert.equal(writes(log).length, written.length + 1, 'nothing written after the opt-in ended');
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  assertOwnFilesOnly(log);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two instances on company data (intranet example) request only their files, once', async () => {
  const { context, page, log, errors } = await recorded();
  await page.goto(`${env.server.url}examples/intranet.html`);
  const [table, calculator] = [page.locator('.vkc').nth(0), page.locator('.vkc').nth(1)];
  await table.locator('tbody tr').first().waitFor();
  await table.getByRole('button', { name: 'Current state' }).click();
  await table.getByLabel('Search tools').fill('a');
  await calculator.getByRole('button', { name: 'Szenario übernehmen' }).click();
  await calculator.locator('.vkc-calc__choose select').selectOption({ index: 1 });
  await calculator.locator('.vkc-check').waitFor();
  const data = log.requests.filter((r) => r.url.endsWith('/company-tools.json'));
  assert.equal(data.length, 1, 'the company data is fetched once for both instances');
  assertOwnFilesOnly(log);
  await assertNothingStored(context, page, log);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the iframe embed requests only the widget\'s files, in the frame too, and stores nothing', async () => {
  const { context, page, log, errors } = await recorded();
  await page.goto(`${env.server.url}examples/iframe-host.html`);
  const frame = page.frameLocator('iframe[data-vk-check-frame]');
  await frame.locator('.vkc tbody tr').first().waitFor();
  await frame.getByLabel('Tool suchen').fill('zoom');
  await frame.locator('.vkc-table__count').filter({ hasText: '1 von 11 Tools' }).waitFor();
  assert.ok(log.requests.some((r) => r.url.includes('examples/embed.html')), 'the frame\'s requests are recorded');
  assert.ok(log.storage.some((s) => s.frame.includes('embed.html')), 'and its storage calls');
  assertOwnFilesOnly(log);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(writes(log), []);
  assert.deepEqual(errors, []);
  await context.close();
});
