// Journeys with an embedder's own data and bad embedding options: the company's tools appear,
// a data file is fetched once and announced while loading, and every kind of mistake gets its
// own message in the element while the widget keeps working with the built-in data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';
import { recordRequests } from './support/browser.mjs';
import { hostPage, withWidget, recordProblems, rowCount } from './support/pages.mjs';

const env = journeys();

/** Problems other than the ones a test provokes on purpose (and reports in the element). */
function unexpected(problems) {
  return problems.filter(
    (p) => !/vk-check: (option|data) |Failed to load resource: the server responded with a status of 404/.test(p),
  );
}

test('the intranet shows the company tools from its data file, fetched once for both instances', async () => {
  const page = await env.browser.newPage();
  const requests = recordRequests(page);
  const problems = await recordProblems(page);
  // Hold the file back to see the loading state, then let it through.
  let release;
  const held = new Promise((ok) => {
    release = ok;
  });
  await page.route('**/company-tools.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${env.server.url}examples/intranet.html`);
  await page.getByRole('status').filter({ hasText: 'Loading the data' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Die Daten werden geladen' }).waitFor();
  release();

  const table = page.locator('.vkc').first();
  await table.locator('tbody tr').first().waitFor();
  assert.equal(await table.locator('tbody tr').count(), 11, 'the original view: the source table');
  await table.getByRole('button', { name: 'Current state' }).click();
  await table.getByText('Jitsi Meet (Beispiel GmbH, eigener Server)').waitFor();
  assert.equal(await table.locator('tbody tr').count(), 20, '18 built-in tools and 2 of the company');
  const fetched = requests.filter((url) => url.endsWith('/company-tools.json'));
  assert.equal(fetched.length, 1, 'one request for two instances');
  assert.equal(await page.locator('.vkc [role=alert]').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('bad attributes and unusable data files show specific messages; the widget still works', async () => {
  const page = await env.browser.newPage();
  const requests = recordRequests(page);
  const problems = await recordProblems(page);
  const url = `${env.server.url}bad-attributes.html`;
  await hostPage(page, url, withWidget(`
    <div id="view" data-vk-check data-view="tabel"></div>
    <div id="missing" data-vk-check data-src="missing.json"></div>
    <div id="html" data-vk-check data-src="index.html"></div>
    <div id="foreign" data-vk-check data-src="https://example.com/tools.json"></div>
    <div id="mode" data-vk-check data-data-mode="merge"></div>`));
  await page.goto(url);
  for (const id of ['view', 'missing', 'html', 'foreign', 'mode']) {
    await page.locator(`#${id} .vkc tbody tr`).first().waitFor();
    assert.equal(await rowCount(page, `#${id}`), 11, `#${id} still shows the table`);
  }
  const alert = (id) => page.locator(`#${id} [role=alert]`).innerText();
  assert.match(await alert('view'), /view: „tabel“ ist nicht erlaubt, erlaubt sind: "table", "calculator", "both"/);
  assert.match(await alert('missing'), /Die eigenen Daten konnten nicht verwendet werden/);
  assert.match(await alert('missing'), /src \(missing\.json\): die Datei konnte nicht geladen werden \(HTTP-Status 404\)/);
  assert.match(await alert('html'), /src \(index\.html\): kein gültiges JSON \(Zeile 1, Spalte 1\)/);
  assert.match(await alert('foreign'), /src: „https:\/\/example\.com\/tools\.json“ ist keine Adresse auf demselben Server/);
  assert.match(await alert('mode'), /dataMode: „merge“ ist nicht erlaubt, erlaubt sind: "replace", "extend"/);
  assert.ok(!requests.some((u) => u.includes('example.com')), 'another origin is never asked');
  assert.deepEqual(unexpected(problems), []);
  assert.ok(problems.some((p) => p.includes('vk-check: option view')), 'the console names the option too');
  await page.close();
});

/** A tool entry in the data format, with `changes` applied. */
const tool = (changes = {}) => ({
  id: 'intern', name: 'Intern-Konferenz', origin: 'source-table', source: 'reisswolf-2020',
  location: 'DE', max_participants: 40, e2e: 'yes', blur: 'no',
  platforms: { windows: 'yes', macos: 'yes', android: 'no', ios: 'no', browser: 'yes' },
  ...changes,
});

test('data passed to mount() replaces or extends the built-in data, and bad data is listed field by field', async () => {
  const page = await env.browser.newPage();
  const problems = await recordProblems(page);
  const url = `${env.server.url}api-data.html`;
  await hostPage(page, url, withWidget(`
    <div id="replace"></div><div id="added"></div><div id="extend"></div><div id="bad"></div>`, 'en'));
  await page.goto(url);
  const source = { id: 'it', title: 'Tool list', publisher: 'IT', url: null, date: '2025' };
  await page.evaluate(async ({ source, good, bad }) => {
    const { mount } = await import('./vk-check.js');
    mount(document.getElementById('replace'), { data: { sources: [source], tools: [{ ...good, source: 'it' }] } });
    mount(document.getElementById('added'), {
      data: { sources: [source], tools: [{ ...good, source: 'it', origin: 'added' }] },
    });
    mount(document.getElementById('extend'), { data: { sources: [], tools: [good] }, dataMode: 'extend' });
    mount(document.getElementById('bad'), { data: { sources: [], tools: [bad] }, dataMode: 'extend' });
  }, { source, good: tool(), bad: tool({ id: 'zoom', e2e: 'maybe', max_participants: -3 }) });

  await page.locator('#replace tbody tr').first().waitFor();
  assert.equal(await rowCount(page, '#replace'), 1, 'only the custom tool');
  assert.match(await page.locator('#replace tbody tr').innerText(), /Intern-Konferenz/);

  // Without the article's rows the widget opens on the current view, not an empty table.
  await page.locator('#added tbody tr').first().waitFor();
  assert.equal(await rowCount(page, '#added'), 1);
  assert.equal(await page.locator('#added').getByRole('button', { name: 'Current state' }).getAttribute('aria-pressed'), 'true');

  await page.locator('#extend tbody tr').first().waitFor();
  assert.equal(await rowCount(page, '#extend'), 12, 'the 11 source rows and the custom one');

  await page.locator('#bad tbody tr').first().waitFor();
  assert.equal(await rowCount(page, '#bad'), 11, 'the built-in data stays usable');
  const alert = await page.locator('#bad [role=alert]').innerText();
  assert.match(alert, /Your own data could not be used/);
  assert.match(alert, /The built-in data is shown instead/);
  assert.match(alert, /tools\[zoom\]\.e2e: “maybe” is not allowed, allowed are: "yes", "no", "unknown"/);
  assert.match(alert, /tools\[zoom\]\.max_participants: must be between 1 and 1000000/);
  assert.equal(await page.locator('#replace [role=alert], #added [role=alert], #extend [role=alert]').count(), 0);
  assert.ok(problems.some((p) => p.includes('vk-check: data tools[zoom].e2e')), 'the console lists it too');
  assert.deepEqual(unexpected(problems), []);
  await page.close();
});
