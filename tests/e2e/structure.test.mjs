// Journey (issue 7, accessibility): what a screen reader navigates by. Headings: one h2 per
// instance, h3 to h5 below it, no level skipped. Landmarks: each instance is one region named
// by its h2; inside it only named forms and regions, none of the page's own landmarks
// (banner, main, navigation …). Live regions: the count, the check's result, the scenario's
// confirmation and the storage and copy notices are in the page before their text changes,
// so the change is announced; a bad link and bad data are announced as status and alert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';
import { hostPage } from './support/pages.mjs';

const env = journeys();

/** Each instance's headings in document order, as `h<level> <text>`. */
function headings(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.vkc')].map((root) =>
      [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]
        .filter((h) => h.getClientRects().length > 0 || h.closest('details'))
        .map((h) => `${h.getAttribute('aria-level') ? `h${h.getAttribute('aria-level')}` : h.tagName.toLowerCase()} ${h.textContent.trim()}`),
    ),
  );
}

/** Fails unless the outline starts with the one h2 and never skips a level downwards. */
function assertOutline(outline, state) {
  const levels = outline.map((h) => Number(h[1]));
  assert.equal(levels[0], 2, `${state}: the instance starts with its h2 (${outline})`);
  assert.equal(levels.filter((l) => l <= 2).length, 1, `${state}: exactly one h2, no h1 (${outline})`);
  levels.forEach((level, i) => {
    if (i > 0) assert.ok(level <= levels[i - 1] + 1, `${state}: ${outline[i]} skips a level after ${outline[i - 1]}`);
  });
}

test('headings: one h2 per instance and no skipped level, in every part', async () => {
  const w = await env.open({ hash: '#view=current&cmp=zoom,teams&show=compare' });
  await w.compareView.waitFor();
  let [outline] = await headings(w.page);
  assertOutline(outline, 'comparison');
  assert.deepEqual(outline.slice(1, 3), ['h3 Tools im Vergleich', 'h3 Datenschutz-Check']);

  await w.backToTable();
  await w.page.getByRole('button', { name: 'Szenario übernehmen' }).click();
  await w.page.getByLabel('Tool prüfen').selectOption('zoom');
  await w.page.locator('.vkc-check[data-tool=zoom]').waitFor();
  [outline] = await headings(w.page);
  assertOutline(outline, "Zoom's check");
  assert.deepEqual(outline.slice(1), [
    'h3 Datenschutz-Check',
    'h4 Für jedes Tool gilt in diesem Szenario',
    'h4 Zoom',
    'h5 Was wissen Sie über das Tool?',
    'h5 Maßnahmen und Hinweise',
    'h5 Bericht',
  ]);
  await w.close();
});

test('headings: each of two instances on a page has its own h2 and outline', async () => {
  // The intranet page: an English table and a German calculator, both on company data.
  const w = await env.open({ url: `${env.server.url}examples/intranet.html` });
  const { page } = w;
  await page.locator('.vkc[aria-busy]').first().waitFor({ state: 'detached' });
  const outlines = await headings(page);
  assert.equal(outlines.length, 2);
  outlines.forEach((outline, i) => assertOutline(outline, `instance ${i + 1}`));
  await w.close();
});

test('landmarks: each instance is one region named by its h2, with only named forms and regions inside', async () => {
  const w = await env.open({ hash: '#view=current&sc=31000u00030010u000000000&chk=zoom' });
  const { page } = w;
  await page.locator('.vkc-check[data-tool=zoom]').waitFor();
  const title = await page.locator('.vkc h2').innerText();
  const region = page.getByRole('region', { name: title, exact: true });
  assert.equal(await region.count(), 1, 'the instance is a region named by its title');
  assert.equal(await region.getAttribute('class'), 'vkc');
  for (const role of ['banner', 'main', 'navigation', 'complementary', 'contentinfo', 'search']) {
    assert.equal(await region.getByRole(role).count(), 0, `no ${role} landmark inside the widget`);
  }
  const named = async (role) => {
    const names = [];
    for (const landmark of await region.getByRole(role).all()) {
      names.push(await landmark.evaluate((e) => e.getAttribute('aria-label') ??
        document.getElementById(e.getAttribute('aria-labelledby'))?.textContent));
    }
    return names;
  };
  const forms = await named('form');
  assert.equal(forms.length, 3, `the filters, the scenario step and the checklist: ${forms}`);
  assert.equal(forms[0], 'Filter');
  assert.match(forms[1], /^Schritt 1 \/ 5: Betrieb$/);
  assert.equal(forms[2], 'Was wissen Sie über das Tool?');
  assert.deepEqual(await named('region'), ['Zoom'], "the tool's check, named by its heading");
  await w.close();
});

/** Marks the live region so a test can tell the same node from a new one. */
async function mark(locator) {
  await locator.evaluate((e) => { e.dataset.testMark = 'same'; });
}

/** Waits until the marked live region's text differs from `before`; returns the new text. */
async function changed(page, selector, before) {
  const handle = await page.waitForFunction(
    ([sel, was]) => {
      const e = document.querySelector(`${sel}[data-test-mark=same]`);
      return e && e.textContent.trim() !== was && e.textContent.trim();
    },
    [selector, before],
  );
  return handle.jsonValue();
}

test('live regions exist before their text changes: count, check result, confirmation, notices', async () => {
  const w = await env.open({ acceptDownloads: true });
  const { page } = w;

  // The count: a polite status that keeps its node while the filters change.
  const count = '.vkc-table__count[role=status][aria-live=polite]';
  await mark(page.locator(count));
  await w.option(w.words.e2e, w.words.yes).check();
  assert.equal(await changed(page, count, '11 von 11 Tools'), '7 von 11 Tools');

  // The scenario's confirmation: the status is there, empty, before the scenario is applied.
  const applied = '.vkc-scenario__applied[role=status]';
  assert.equal(await page.locator(applied).innerText(), '');
  await mark(page.locator(applied));
  await page.getByRole('button', { name: 'Szenario übernehmen' }).click();
  assert.match(await changed(page, applied, ''), /^Szenario übernommen/);

  // The check's result: light and progress in a polite status that answers update in place.
  await page.getByLabel('Tool prüfen').selectOption('zoom');
  const result = '.vkc-check__result[role=status][aria-live=polite]';
  await page.locator(result).waitFor();
  await mark(page.locator(result));
  const before = (await page.locator(result).innerText()).trim();
  await page.locator('[data-question=avv] input[value=no]').check();
  assert.match(await changed(page, result, before), /Rot/);

  // Copying the report: its status is there before the button is pressed.
  const copy = '.vkc-report__status[role=status]';
  assert.equal(await page.locator(copy).innerText(), '');
  await mark(page.locator(copy));
  await page.getByRole('button', { name: 'Bericht kopieren' }).click();
  assert.match(await changed(page, copy, ''), /kopiert|Kopieren nicht möglich/);

  // Deleting saved answers: the storage status is there, empty, before.
  await page.getByRole('checkbox', { name: 'Auf diesem Gerät speichern' }).check();
  const storage = '.vkc-calc__storage [role=status]';
  assert.equal(await page.locator(storage).innerText(), '');
  await mark(page.locator(storage));
  await page.getByRole('button', { name: 'Gespeicherte Antworten löschen' }).click();
  assert.equal(await changed(page, storage, ''), 'Die auf diesem Gerät gespeicherten Antworten wurden gelöscht. Im Link dieser Seite und damit im Browserverlauf stehen sie weiterhin.');
  await w.close();
});

test('a bad link is a status notice and bad data an alert, each named once', async () => {
  const w = await env.open({ hash: '#min=abc&foo=1' });
  const notice = w.page.getByRole('status').filter({ hasText: 'min' });
  assert.equal(await notice.count(), 1);
  await w.close();

  const page = await (await env.browser.newContext()).newPage();
  const url = `${env.server.url}bad-data.html`;
  await hostPage(page, url, `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Host</title>
    <link rel="icon" href="data:,"></head><body><main><div id="w"></div></main>
    <script type="module">
      import { mount } from '/vk-check.js';
      mount(document.getElementById('w'), { data: { sources: [], tools: [{ id: 'x' }] }, view: 'tabel' });
    </script></body></html>`);
  await page.goto(url);
  const alerts = page.locator('.vkc [role=alert]');
  await alerts.nth(1).waitFor();
  const texts = await alerts.allInnerTexts();
  assert.equal(texts.length, 2, 'one alert for the options, one for the data');
  assert.match(texts[0], /view/);
  assert.match(texts[1], /tools\[x\]\.name/);
  for (const alert of await alerts.all()) {
    assert.equal(await alert.locator('h3').count(), 1, 'each alert has its heading');
  }
  await page.context().close();
});
