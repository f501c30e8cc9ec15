// Journey (issue 4): the reader switches between "Originaltabelle (ca. 2020)" and "Aktueller
// Stand"; in the current view changed cells are marked and their footnotes open by keyboard
// with note and source; discontinued and added tools are marked and can be hidden; the "Stand"
// line names the newest fact's date; the original view still shows exactly the 11 source rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys, dataset, citation, germanDate, shownText, SOURCE_ROWS } from './support/widget.mjs';
import { axeViolations } from './support/browser.mjs';

const env = journeys();

test('the original view is the default: exactly the 11 source rows, no marks', async () => {
  const w = await env.open();
  const pressed = w.page.getByRole('button', { name: w.words.original });
  assert.equal(await pressed.getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await w.names(), SOURCE_ROWS);
  assert.equal(await w.table.locator('.vkc-table__cell--changed, details').count(), 0);
  assert.doesNotMatch(await w.table.innerText(), /geändert|eingestellt|ergänzt/);
  assert.match(await w.page.locator('.vkc-stand').innerText(), /ca\. 2020/);
  await w.close();
});

test('Zoom\'s E2E cell is marked changed; Tab reaches its footnote, Enter opens note and source', async () => {
  const data = await dataset();
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const update = data.tools.find((t) => t.id === 'zoom').updates.find((u) => u.field === 'e2e');
  const w = await env.open();
  await w.setView('current');
  await w.waitForCount(18, 18);

  const cell = w.cell('zoom', 'e2e');
  assert.match(await cell.getAttribute('class'), /vkc-table__cell--changed/);
  const summary = cell.locator('summary');
  assert.match(await summary.innerText(), /^geändert \[\d+\]$/, 'marked in words, not only by colour');
  const body = cell.locator('.vkc-footnote__body');
  assert.equal(await body.isVisible(), false, 'closed until asked for');

  // Keyboard only: from the Zoom row's first control, Tab until the E2E footnote has focus.
  await w.compareCheckbox('Zoom').focus();
  const { focused } = await w.tabUntil(
    () => summary.evaluate((s) => s === document.activeElement),
    12,
  );
  assert.notEqual(focused.outline, 'none', 'the focused summary shows its focus');
  await w.page.keyboard.press('Enter');
  await body.waitFor();
  const text = await body.innerText();
  assert.match(text, /Originaltabelle: Nein → aktuell: Ja/);
  assert.ok(text.includes(update.note.de), 'the note');
  assert.ok(text.includes(`Stand: ${germanDate(update.as_of)}`), 'the as-of date');
  const source = sources.get(update.source);
  assert.equal(await body.locator('.vkc-source').innerText(), citation(source));
  if (source.url) {
    assert.equal(await body.getByRole('link').getAttribute('href'), source.url);
  }
  await w.page.keyboard.press('Enter');
  await body.waitFor({ state: 'hidden' });
  await w.close();
});

test('every update in the data marks its cell, with a note and the update\'s source', async () => {
  const data = await dataset();
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const w = await env.open({ hash: '#view=current' });
  await w.openAllFootnotes();
  let updates = 0;
  for (const tool of data.tools) {
    for (const update of tool.updates ?? []) {
      updates += 1;
      const cell = w.cell(tool.id, update.field);
      assert.match(await cell.getAttribute('class'), /--changed/, `${tool.id} ${update.field}`);
      const body = cell.locator('.vkc-footnote__body');
      assert.ok((await body.innerText()).includes(update.note.de), `${tool.id} ${update.field}: note`);
      assert.equal(await body.locator('.vkc-source').innerText(), citation(sources.get(update.source)));
    }
  }
  assert.equal(await w.table.locator('.vkc-table__cell--changed').count(), updates, 'no other cell is marked');
  // The examples: Teams allows 300 participants, Lifesize has a macOS client.
  assert.match(await w.cell('teams', 'max_participants').innerText(), /^300/);
  assert.match(await shownText(w.cell('lifesize', 'platforms.macos')), /^✓Ja/);
  await w.close();
});

test('Skype and BlueJeans are marked discontinued and disappear with "eingestellte Tools ausblenden"', async () => {
  const w = await env.open({ hash: '#view=current' });
  const W = w.words;
  for (const id of ['skype', 'bluejeans']) {
    assert.match(await w.row(id).getByRole('rowheader').innerText(), /eingestellt/);
  }
  assert.match(await w.row('skype').getByRole('rowheader').innerText(), /eingestellt \(05\.05\.2025\)/);
  assert.equal(await w.optionCount(W.display, W.hideDiscontinued), 16);
  await w.expectCountAfter(() => w.option(W.display, W.hideDiscontinued).check(), 16, 18);
  assert.equal(await w.row('skype').count(), 0);
  assert.equal(await w.row('bluejeans').count(), 0);
  assert.doesNotMatch(await w.table.innerText(), /eingestellt/);

  await w.setLang('en');
  await w.expectCountAfter(() => w.option(w.words.display, w.words.hideDiscontinued).uncheck(), 18, 18);
  assert.match(await w.row('bluejeans').getByRole('rowheader').innerText(), /discontinued/);
  await w.close();
});

test('added tools are marked "ergänzt" and can be hidden, leaving the source table\'s tools', async () => {
  const data = await dataset();
  const added = data.tools.filter((t) => t.origin === 'added');
  const original = data.tools.filter((t) => t.origin === 'source-table').map((t) => t.id);
  const w = await env.open({ hash: '#view=current' });
  const W = w.words;
  const marked = await w.rows.filter({ has: w.page.locator('.vkc-badge', { hasText: /^ergänzt$/ }) }).evaluateAll(
    (rows) => rows.map((r) => r.dataset.tool),
  );
  assert.deepEqual(marked, added.map((t) => t.id));
  for (const name of ['Jitsi Meet', 'BigBlueButton', 'Nextcloud Talk', 'alfaview', 'Wire', 'OpenTalk', 'Google Meet']) {
    assert.ok(added.some((t) => t.name === name), `${name} is among the added tools`);
  }
  assert.equal(await w.optionCount(W.display, W.hideAdded), 11);
  await w.expectCountAfter(() => w.option(W.display, W.hideAdded).check(), 11, 18);
  assert.deepEqual(await w.rows.evaluateAll((rows) => rows.map((r) => r.dataset.tool)), original);
  assert.equal(await w.table.locator('.vkc-badge').count(), 0);
  await w.close();
});

test('the "Stand" line names the newest fact\'s date, in both languages', async () => {
  const data = await dataset();
  const dates = data.tools.flatMap((t) => [
    ...(t.updates ?? []).map((u) => u.as_of),
    t.status?.as_of,
    t.authority_rating?.as_of,
  ]).concat(data.sources.map((s) => s.date)).filter(Boolean).map((d) => d.replace('~', ''));
  const newest = dates.sort().at(-1);
  const w = await env.open({ hash: '#view=current' });
  const stand = w.page.locator('.vkc-stand');
  assert.match(await stand.innerText(), new RegExp(`Neuester Fakt vom ${germanDate(newest).replace(/\./g, '\\.')}\\.$`));
  await w.setLang('en');
  await stand.filter({ hasText: 'Newest fact' }).waitFor();
  assert.match(await stand.innerText(), new RegExp(`Newest fact dated ${newest}\\.$`));
  await w.close();
});

test('switching back to the original view shows exactly the 11 source rows with their 2020 values', async () => {
  const w = await env.open({ hash: '#view=current' });
  await w.waitForCount(18, 18);
  await w.setView('original');
  await w.waitForCount(11, 11);
  assert.deepEqual(await w.names(), SOURCE_ROWS);
  assert.match(await shownText(w.cell('zoom', 'e2e')), /^✗Nein$/);
  assert.equal(await w.cell('zoom', 'max_participants').innerText(), '500');
  assert.equal(await w.table.locator('.vkc-table__cell--changed, .vkc-badge, details').count(), 0);
  assert.doesNotMatch(w.page.url(), /view=/, 'the default view needs no fragment');
  await w.close();
});

for (const [view, lang] of [['original', 'de'], ['original', 'en'], ['current', 'de'], ['current', 'en']]) {
  test(`axe-core: zero violations in the ${view} view in ${lang}, footnotes closed and open`, async () => {
    const w = await env.open({ hash: `#view=${view}&lang=${lang}`, lang });
    assert.deepEqual(await axeViolations(w.page, 'html'), []);
    await w.openAllFootnotes();
    assert.deepEqual(await axeViolations(w.page, 'html'), []);
    await w.close();
  });
}
