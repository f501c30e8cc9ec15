// Journey (issue 3): on a 375 px wide phone rows become cards with labelled values, the filters
// collapse behind a toggle, and nothing needs horizontal scrolling or is cut off, with every
// footnote open, in both data views and in the comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';

const env = journeys();
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

test('rows are cards whose values carry their column label', async () => {
  const w = await env.open({ ...PHONE });
  const card = w.row('zoom');
  const cells = await card.locator('td[data-field]').evaluateAll((tds) =>
    tds.map((td) => ({
      label: getComputedStyle(td, '::before').content,
      display: getComputedStyle(td).display,
      left: td.getBoundingClientRect().left,
      width: td.getBoundingClientRect().width,
    })),
  );
  assert.deepEqual(cells.map((c) => c.label), [
    '"Server"', '"Max. Teilnehmer"', '"Ende-zu-Ende-Verschlüsselung"',
    '"Windows"', '"macOS"', '"Android"', '"iOS"', '"Browser"', '"Blur"',
  ]);
  const cardBox = await card.boundingBox();
  for (const cell of cells) {
    assert.notEqual(cell.display, 'table-cell', 'a card line, not a table cell');
    assert.ok(Math.abs(cell.left - cardBox.x) < 2 && cell.width > cardBox.width - 4, 'each value spans the card');
  }
  assert.equal(await w.horizontalOverflow(), 0);
  await w.close();
});

test('the filters collapse behind a toggle with aria-expanded', async () => {
  const w = await env.open({ ...PHONE });
  const W = w.words;
  const toggle = w.page.getByRole('button', { name: W.showFilters });
  const form = w.page.getByRole('form', { name: 'Filter', includeHidden: true });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await toggle.getAttribute('aria-controls'), await form.getAttribute('id'));
  assert.equal(await form.isVisible(), false, 'collapsed at first');
  await toggle.click();
  await form.waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await w.expectCountAfter(() => w.option(W.e2e, W.yes).check(), 7, 11);
  assert.equal(await w.horizontalOverflow(), 0);
  assert.deepEqual(await w.cutOff(), []);
  await toggle.click();
  await form.waitFor({ state: 'hidden' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await w.close();
});

for (const [label, hash] of [
  ['the original table', ''],
  ['the current view', '#view=current'],
  ['the current view in English', '#view=current&lang=en'],
  ['the comparison of three tools', '#view=current&cmp=zoom,jitsi-meet,skype&show=compare'],
  ['the malformed-link notice', '#min=abc&foo=1&cmp=nope'],
  ['the light column of a calculator scenario', '#view=current&sc=31000u00030010u000000000.100'],
]) {
  test(`nothing is cut off and nothing scrolls sideways: ${label}, every footnote open`, async () => {
    const w = await env.open({ ...PHONE, hash });
    const toggle = w.page.getByRole('button', { name: /Filter anzeigen|Show filters/ });
    if (await toggle.isVisible()) await toggle.click();
    await w.openAllFootnotes();
    assert.equal(await w.horizontalOverflow(), 0, 'document scrollWidth equals clientWidth');
    assert.deepEqual(await w.cutOff(), []);
    await w.close();
  });
}

test('sorting works on a phone: the sort buttons are visible and sort the cards', async () => {
  const w = await env.open({ ...PHONE });
  const button = w.sortButton(w.words.participants);
  const box = await button.boundingBox();
  assert.ok(box && box.width > 20 && box.height > 10, `the sort button is visible, not clipped: ${JSON.stringify(box)}`);
  assert.ok(box.x >= 0 && box.x + box.width <= 375, 'inside the screen');
  await w.sortBy(w.words.participants, 'descending');
  assert.deepEqual((await w.names()).slice(0, 2), ['Zoom', 'Blizz by TeamViewer']);
  assert.equal(await w.horizontalOverflow(), 0);
  await w.close();
});

test('every element Tab reaches on a phone is visible on screen', async () => {
  const w = await env.open({ ...PHONE, hash: '#view=current' });
  await w.page.getByRole('button', { name: w.words.showFilters }).click();
  const invisible = [];
  for (let i = 0; i < 60; i += 1) {
    await w.page.keyboard.press('Tab');
    const seen = await w.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      el.scrollIntoView({ block: 'center' });
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const clipped = el.closest('thead') && getComputedStyle(el.closest('thead')).clipPath !== 'none';
      const visible = box.width >= 4 && box.height >= 4 && box.left >= 0 && box.right <= innerWidth && !clipped &&
        style.visibility !== 'hidden' && style.opacity !== '0';
      return { visible, what: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 30)}` };
    });
    if (seen && !seen.visible) invisible.push(seen.what);
  }
  assert.deepEqual(invisible, []);
  await w.close();
});

test('the comparison becomes one card per attribute, each value labelled with its tool', async () => {
  const w = await env.open({ ...PHONE, hash: '#cmp=zoom,whereby,skype&show=compare' });
  const card = w.compareView.locator('tbody tr').filter({ has: w.page.getByRole('rowheader', { name: 'Max. Teilnehmer' }) });
  const labels = await card.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
  assert.deepEqual(labels, ['"Zoom"', '"Whereby"', '"Skype"']);
  const boxes = await card.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
  assert.ok(boxes[0] < boxes[1] && boxes[1] < boxes[2], 'the values stand one below the other');
  assert.deepEqual(await w.cutOff(), []);
  await w.close();
});
