// Journey: an embedder's long tool list. The table renders a long result in steps of 50 rows
// (so a filter change stays fast with thousands of tools), and every row stays reachable: on
// demand, as the table nears the visible area, and all of them for printing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys, shownText } from './support/widget.mjs';
import { axeViolations } from './support/browser.mjs';
import { hostPage, withWidget, recordProblems } from './support/pages.mjs';
import { generate, expectations } from '../../bench/dataset.mjs';

const env = journeys();

const TOOLS = 180;

async function openLongTable() {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(10_000);
  const problems = await recordProblems(page);
  const url = `${env.server.url}long-table.html`;
  await hostPage(page, url, withWidget('<div id="host"></div>'));
  await page.goto(url);
  const data = generate(TOOLS);
  await page.evaluate(async (data) => {
    const { mount } = await import('/vk-check.js');
    window.options = { data, lang: 'de', view: 'table' };
    mount(document.getElementById('host'), window.options);
  }, data);
  const rows = page.locator('.vkc-table__table tbody tr');
  await rows.first().waitFor();
  return { page, problems, rows, data };
}

test('a long list shows its first 50 rows with its full size, and more on demand', async () => {
  const { page, problems, rows, data } = await openLongTable();
  assert.equal(await rows.count(), 50);
  assert.equal(await page.locator('.vkc-table__count').innerText(), `${TOOLS} von ${TOOLS} Tools`);
  assert.equal(
    await page.evaluate(() => window.options.data.tools.length),
    TOOLS,
    "mount() leaves the embedder's objects as they were",
  );
  const table = page.locator('.vkc-table__table');
  assert.equal(await table.getAttribute('aria-rowcount'), String(TOOLS + 1), 'the header row counts too');
  assert.equal(await table.locator('thead tr').getAttribute('aria-rowindex'), '1');
  assert.equal(await rows.first().getAttribute('aria-rowindex'), '2');
  assert.equal(await rows.nth(49).getAttribute('aria-rowindex'), '51');
  assert.equal(await rows.first().getAttribute('data-tool'), data.tools[0].id, 'data order');
  const more = page.locator('.vkc-more');
  assert.equal(
    await more.locator('p').innerText(),
    `Die ersten 50 von ${TOOLS} Tools werden angezeigt, weitere beim Scrollen.`,
  );
  assert.deepEqual(await axeViolations(page), []);

  // Clicked without scrolling to them: near the visible area the rows would also come by
  // themselves, and this test counts the buttons' steps.
  await more.getByRole('button', { name: '50 weitere anzeigen' }).dispatchEvent('click');
  await rows.nth(99).waitFor();
  assert.equal(await rows.count(), 100);
  assert.equal(await rows.nth(99).getAttribute('aria-rowindex'), '101');

  await more.getByRole('button', { name: `Alle ${TOOLS} anzeigen` }).dispatchEvent('click');
  await rows.nth(TOOLS - 1).waitFor();
  assert.equal(await more.count(), 0, 'nothing more to show');
  assert.equal(await rows.nth(TOOLS - 1).getAttribute('data-tool'), data.tools[TOOLS - 1].id);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a new result starts again at 50 rows, and scrolling towards its end renders more', async () => {
  const { page, problems, rows, data } = await openLongTable();
  // Not a real click: scrolling the button into view brings the table's end near, the rows
  // that adds move the button, and the click can land on a row instead.
  await page.locator('.vkc-more').getByRole('button', { name: /^Alle/ }).dispatchEvent('click');
  await rows.nth(TOOLS - 1).waitFor();

  const { e2eRows } = expectations(data);
  assert.ok(e2eRows > 50, `the E2E filter leaves a long result (${e2eRows})`);
  await page.getByRole('group', { name: 'Ende-zu-Ende-Verschlüsselung' }).getByRole('checkbox', { name: /^Ja/ }).check();
  await page.locator(`.vkc-table__table[aria-rowcount="${e2eRows + 1}"]`).waitFor();
  assert.equal(await rows.count(), 50);

  await page.locator('.vkc-more').scrollIntoViewIfNeeded();
  await rows.nth(50).waitFor();
  assert.ok((await rows.count()) > 50, 'the rows near the end were rendered');
  const e2e = await Promise.all((await rows.locator('td[data-field=e2e]').all()).map(shownText));
  assert.ok(e2e.every((text) => text === '✓Ja'), 'every rendered row passes the filter');
  assert.deepEqual(problems, []);
  await page.close();
});

test('printing renders every row, from the print button and from the browser', async () => {
  const { page, problems, rows } = await openLongTable();
  // The print button prints once the rows are rendered; record what it would have printed.
  await page.evaluate(() => {
    window.print = () => {
      window.printedRows = document.querySelectorAll('.vkc-table__table tbody tr').length;
    };
  });
  await page.getByRole('button', { name: 'Drucken' }).click();
  await page.waitForFunction(() => window.printedRows !== undefined);
  assert.equal(await page.evaluate(() => window.printedRows), TOOLS);

  // A new result, then the browser's own print command (announced by `beforeprint`).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('group', { name: 'Ende-zu-Ende-Verschlüsselung' }).getByRole('checkbox', { name: /^Ja/ }).check();
  await page.locator('.vkc-more').waitFor();
  const shown = Number(await page.locator('.vkc-table__table').getAttribute('aria-rowcount')) - 1;
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await rows.nth(shown - 1).waitFor();
  assert.equal(await rows.count(), shown);
  assert.deepEqual(problems, []);
  await page.close();
});
