// Journey (issue 3): printing the filtered table as documentation. With print media emulated
// at the width of a portrait A4 page, the controls are gone, the table and the active filters
// stay, the columns line up, and the table is not cut off at the page's edge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';

const env = journeys();
// A4 portrait (210 mm) less Chromium's default margins (2 × 10 mm) at 96 px per inch.
const A4 = { viewport: { width: 718, height: 1000 } };
const SCENARIO = '31000u00030010u000000000.100';

async function printed(hash, lang = 'de') {
  const w = await env.open({ ...A4, hash, lang });
  await w.page.emulateMedia({ media: 'print' });
  return w;
}

const visible = (locator) => locator.evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);

test('controls are hidden; the table, the count and the active filters stay', async () => {
  const w = await printed('#e2e=yes&min=100&sort=participants.desc');
  const W = w.words;
  await w.waitForCount(5, 11);
  for (const [what, locator] of [
    ['export and print buttons', w.page.locator('.vkc-export')],
    ['CSV button', w.page.getByRole('button', { name: W.csv, includeHidden: true })],
    ['filter toggle', w.page.getByRole('button', { name: W.showFilters, includeHidden: true })],
    ['reset button', w.page.getByRole('button', { name: W.reset, includeHidden: true })],
    ['empty search field', w.page.getByRole('searchbox', { includeHidden: true })],
    ['compare bar', w.page.locator('.vkc-compare-bar')],
    ['compare checkboxes', w.table.getByRole('checkbox', { includeHidden: true })],
    ['language and view switches', w.page.locator('.vkc-choice')],
    ['unchecked filter options', w.page.locator('.vkc-filter__option:has(input:not(:checked))')],
    ['filters that are off', w.group(W.platforms)],
  ]) {
    assert.equal(await visible(locator), 0, `${what} are not printed`);
  }
  assert.equal(await w.table.isVisible(), true);
  assert.equal(await w.rows.count(), 5);
  assert.equal(await w.count.isVisible(), true, '"5 von 11 Tools" is printed');
  assert.match(await w.table.locator('caption').innerText(), /Sortiert nach: Max\. Teilnehmer \(absteigend\)/);
  const yes = w.option(W.e2e, W.yes).locator('xpath=ancestor::label');
  assert.equal(await yes.isVisible(), true, 'the active E2E filter is printed');
  assert.match(await yes.innerText(), /Ja/);
  assert.equal(await w.page.getByLabel(W.min).isVisible(), true, 'the minimum is printed');
  await w.close();
});

for (const [label, hash, lang] of [
  ['original view', '', 'de'],
  ['current view', '#view=current', 'de'],
  ['current view in English', '#view=current&lang=en', 'en'],
  // A calculator scenario adds the light column (the vendor's online service, min. 100).
  ['light column, original view', `#sc=${SCENARIO}`, 'de'],
  ['light column, current view', `#sc=${SCENARIO}&view=current`, 'de'],
  ['light column, current view in English', `#sc=${SCENARIO}&view=current&lang=en`, 'en'],
]) {
  test(`the printed table lines up and fits the page width: ${label}`, async () => {
    const w = await printed(hash, lang);
    const layout = await w.table.evaluate((table) => {
      const shown = (cells) => [...cells].filter((c) => c.checkVisibility()).length;
      const scroll = table.closest('.vkc-table__scroll');
      return {
        heads: shown(table.querySelectorAll('thead th')),
        cells: [...table.querySelectorAll('tbody tr')].map((tr) => shown(tr.children)),
        firstHead: [...table.querySelectorAll('thead th')].find((c) => c.checkVisibility()).textContent,
        overflow: Math.max(table.scrollWidth, scroll.scrollWidth) - scroll.clientWidth,
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        buttonsInCells: [...table.querySelectorAll('tbody button')].filter((b) => b.checkVisibility()).length,
      };
    });
    assert.ok(layout.cells.every((n) => n === layout.heads), `every row has as many cells as headers: ${JSON.stringify(layout)}`);
    assert.match(layout.firstHead, /^Tool/, 'the first printed header is above the tool names');
    assert.equal(layout.overflow, 0, 'no column is cut off');
    assert.equal(layout.page, 0);
    assert.equal(layout.buttonsInCells, 0, 'no button inside the printed table body');
    await w.close();
  });
}
