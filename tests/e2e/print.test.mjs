// Journey (issue 3): printing the filtered table as documentation. With print media emulated
// at the width of a portrait A4 page, the controls are gone, the table and the active filters
// stay, the columns line up, and the table is not cut off at the page's edge. A printed tool
// check is dated and shows the whole scenario, the answers given and the findings in words,
// without the forms, and no heading stands over nothing.
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

/**
 * The printed headings under `selector` as `h<level> <text>`, and the texts of those that stand
 * over nothing. In the calculator each heading leads its own container (section, div), so a
 * heading is empty when its container prints nothing but the heading.
 */
const printedHeadings = (page, selector) =>
  page.locator(selector).evaluate((root) => {
    const shown = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.checkVisibility());
    const text = (e) => e.innerText.replace(/\s+/g, ' ').trim();
    return {
      outline: shown.map((h) => `${h.tagName.toLowerCase()} ${text(h)}`),
      empty: shown.filter((h) => text(h.parentElement) === text(h)).map((h) => text(h)),
    };
  });

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
  assert.deepEqual((await printedHeadings(w.page, '.vkc-calc')).empty, [], 'no heading stands over nothing');
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

test("a printed tool check is dated and shows the whole scenario, the answers and the findings", async () => {
  const w = await env.open({ ...A4, hash: `#sc=${SCENARIO}&view=current&chk=zoom` });
  const check = w.page.locator('.vkc-check[data-tool=zoom]');
  await check.waitFor();
  // On screen: a DPF certification with the entity and the day its listing was checked.
  await check.locator('[data-question=transfer] select').selectOption('dpf');
  await check.getByLabel('Zertifizierte Gesellschaft (genauer Name)').fill('Zoom Video Communications, Inc.');
  await check.getByLabel('Eintrag auf der DPF-Liste geprüft am').fill('2026-04-15');
  await w.page.waitForURL(/2026-04-15/);
  await w.page.emulateMedia({ media: 'print' });

  for (const [what, selector] of [
    ["the scenario wizard (only one step, and its buttons)", '.vkc-scenario'],
    ['the tool choice', '.vkc-calc__choose'],
    ['the checklist form', '.vkc-check__form'],
    ['the report buttons and their heading', '.vkc-report'],
    ['the storage opt-in', '.vkc-calc__storage'],
  ]) {
    assert.equal(await visible(w.page.locator(selector)), 0, `${what}: not printed`);
  }
  const words = (selector) => w.page.locator(selector).innerText().then((t) => t.replace(/\s+/g, ' '));
  const today = await w.page.evaluate(() => {
    const d = new Date();
    return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
  });
  const scenario = await words('.vkc-calc__print');
  assert.ok(scenario.includes(`Datum: ${today}`), `dated: ${scenario}`);
  assert.match(scenario, /Datenstand: Aktueller Stand/);
  // Every step of the wizard, not only the one it shows.
  for (const line of [
    /Betriebsmodell: Online-Dienst des Anbieters/,
    /Webinare oder öffentliche Veranstaltungen: \S/,
    /Aufzeichnung oder KI-Transkription: \S/,
    /Betriebsrat vorhanden: (ja|nein)/,
    /Mindestzahl Teilnehmende: 100/,
  ]) {
    assert.match(scenario, line);
  }
  const answers = await words('.vkc-check__answers');
  assert.match(answers, /^Angaben zu Zoom /);
  assert.match(answers, /Wie ist die Übermittlung in das Drittland abgesichert\? EU-US Data Privacy Framework/);
  assert.match(answers, /Zertifizierte Gesellschaft \(genauer Name\): Zoom Video Communications, Inc\./);
  assert.match(answers, /Eintrag auf der DPF-Liste geprüft am: 15\.04\.2026/);
  assert.match(answers, /Werden Gäste über einen Warteraum eingelassen\? unbekannt/, 'unanswered reads unknown');
  assert.ok(await visible(check.locator('.vkc-check__findings [data-rule]')) > 0, 'the findings are printed');
  assert.equal(await check.locator('.vkc-check__result').isVisible(), true, 'the light is printed');

  const { outline, empty } = await printedHeadings(w.page, '.vkc-calc');
  assert.deepEqual(outline, [
    'h3 Datenschutz-Check',
    'h4 Szenario',
    'h4 Für jedes Tool gilt in diesem Szenario',
    'h4 Zoom',
    'h5 Angaben zu Zoom',
    'h5 Maßnahmen und Hinweise',
  ]);
  assert.deepEqual(empty, [], 'no heading stands over nothing');
  assert.deepEqual(w.errors, []);
  await w.close();
});

test('a scenario described but not applied is printed as such', async () => {
  const w = await printed(`#sd=${SCENARIO}`);
  const print = w.page.locator('.vkc-calc__print');
  assert.match(await print.locator('h4').innerText(), /^Szenario \(noch nicht übernommen\)$/);
  assert.match((await print.innerText()).replace(/\s+/g, ' '), /Mindestzahl Teilnehmende: 100/);
  await w.close();
});
