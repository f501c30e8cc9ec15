// Journey (issue 3): a data-protection officer narrows the tools down with the filters, reading
// at each option how many tools it would leave, sorts by participants, picks three tools,
// compares them side by side with the source of every value, and goes back to the table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys, dataset, citation, shownText } from './support/widget.mjs';

const env = journeys();

test('E2E yes, min. 100, Browser: every option count predicts the rows it leaves', async () => {
  const w = await env.open();
  const W = w.words;
  await w.waitForCount(11, 11);

  assert.equal(await w.optionCount(W.e2e, W.yes), 7);
  await w.expectCountAfter(() => w.option(W.e2e, W.yes).check(), 7, 11);

  // Any number can be typed; the suggested ones say how many tools each leaves.
  const min = w.page.getByLabel(W.min);
  const presets = w.page.locator(`#${await min.getAttribute('list')}`);
  assert.match(await presets.locator('option[value="100"]').getAttribute('label'), /≥ 100 \(5\)/);
  await w.expectCountAfter(() => min.fill('120'), 3, 11);
  // Typed key by key, a number stays as typed while it filters: "1e3" passes through "1e",
  // which is no number yet, and ends as 1,000, more than any tool here allows.
  await min.fill('');
  await w.expectCountAfter(() => min.pressSequentially('1e3'), 0, 11);
  assert.equal(await min.inputValue(), '1e3');
  await w.expectCountAfter(() => min.fill('100'), 5, 11);

  assert.equal(await w.optionCount(W.platforms, 'Browser'), 4);
  await w.expectCountAfter(() => w.option(W.platforms, 'Browser').check(), 4, 11);
  assert.deepEqual(await w.names(), ['fastviewer', 'GoToMeeting by LogMeIn', 'Cisco Webex', 'BlueJeans']);
  assert.equal(await w.option(W.e2e, W.yes).isChecked(), true);
  assert.equal(await min.inputValue(), '100');
  assert.deepEqual(w.errors, []);
  await w.close();
});

test('EU/EEA only, E2E, min. 100, Browser leaves fastviewer; adding blur empties and reset restores', async () => {
  const w = await env.open();
  const W = w.words;
  assert.equal(await w.optionCount(W.location, W.eeaOnly), 3);
  await w.expectCountAfter(() => w.option(W.location, W.eeaOnly).check(), 3, 11);
  assert.equal(await w.optionCount(W.e2e, W.yes), 3, 'all three EU/EEA tools have E2E');
  await w.expectCountAfter(() => w.option(W.e2e, W.yes).check(), 3, 11);
  await w.expectCountAfter(() => w.page.getByLabel(W.min).fill('100'), 2, 11);
  await w.expectCountAfter(() => w.option(W.platforms, 'Browser').check(), 1, 11);
  assert.deepEqual(await w.names(), ['fastviewer']);

  assert.equal(await w.optionCount(W.blur, W.yes), 0);
  await w.expectCountAfter(() => w.option(W.blur, W.yes).check(), 0, 11);
  const empty = w.page.getByText('Kein Tool erfüllt alle gewählten Filter.');
  await empty.waitFor();
  assert.equal(await w.table.count(), 0, 'no empty table is shown');
  // The empty result offers the reset (the panel has one too; both reset everything).
  await w.expectCountAfter(
    () => w.page.locator('.vkc-empty').getByRole('button', { name: W.reset }).click(),
    11,
    11,
  );
  assert.equal(await w.option(W.e2e, W.yes).isChecked(), false);
  assert.equal(await w.page.getByLabel(W.min).inputValue(), '');
  await w.close();
});

test('sorts by participants, compares three chosen tools with every source, and goes back', async () => {
  const w = await env.open({ hash: '#e2e=yes&min=100&plat=browser' });
  const W = w.words;
  const data = await dataset();
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  await w.waitForCount(4, 11);

  await w.sortBy(W.participants, 'descending');
  await w.waitForNames(['GoToMeeting by LogMeIn', 'Cisco Webex', 'fastviewer', 'BlueJeans']);
  const participants = await w.rows.locator('td[data-field=max_participants]').allInnerTexts();
  assert.deepEqual(participants, ['250', '200', '100', '100'], 'ties keep the article order');
  assert.match(await w.table.locator('caption').innerText(), /Sortiert nach: Max\. Teilnehmer \(absteigend\)/);
  const sorted = w.table.locator('th[aria-sort]');
  assert.equal(await sorted.count(), 1, 'only the sorted column has aria-sort');

  assert.equal(await w.compareButton().isDisabled(), true, 'one tool is no comparison');
  await w.choose('GoToMeeting by LogMeIn', 'Cisco Webex', 'fastviewer');
  assert.equal(await w.compareCheckbox('BlueJeans').isDisabled(), true, 'at most three tools');

  await w.openCompare();
  const compare = w.compareView.getByRole('table');
  const heads = await compare.locator('thead th').allInnerTexts();
  assert.deepEqual(heads, ['Merkmal', 'GoToMeeting by LogMeIn', 'Cisco Webex', 'fastviewer'], 'in the order chosen');
  const attributes = await compare.locator('tbody th[scope=row]').allInnerTexts();
  assert.deepEqual(attributes, [
    'Server', 'Max. Teilnehmer', 'Ende-zu-Ende-Verschlüsselung',
    'Windows', 'macOS', 'Android', 'iOS', 'Browser', 'Blur',
  ]);
  const article = citation(sources.get('reisswolf-2020'));
  for (const row of await compare.locator('tbody tr').all()) {
    const cells = row.locator('td');
    assert.equal(await cells.count(), 3);
    for (const cell of await cells.all()) {
      assert.equal(await cell.locator('.vkc-source').innerText(), article);
      const link = cell.getByRole('link', { name: 'Datenschutz bei Videokonferenz-Tools' });
      assert.equal(await link.getAttribute('href'), sources.get('reisswolf-2020').url);
    }
  }
  const value = async (attribute, column) => {
    const cell = compare.locator('tbody tr', { has: w.page.getByRole('rowheader', { name: attribute, exact: true }) })
      .locator('td').nth(column);
    return (await shownText(cell)).replace(await cell.locator('.vkc-source').innerText(), '').trim();
  };
  assert.equal(await value('Max. Teilnehmer', 1), '200');
  assert.equal(await value('Android', 2), '✗Nein');
  assert.match(await w.page.url(), /cmp=gotomeeting,webex,fastviewer&show=compare/);

  await w.backToTable();
  await w.waitForNames(['GoToMeeting by LogMeIn', 'Cisco Webex', 'fastviewer', 'BlueJeans']);
  for (const name of ['GoToMeeting by LogMeIn', 'Cisco Webex', 'fastviewer']) {
    assert.equal(await w.compareCheckbox(name).isChecked(), true, `${name} is still chosen`);
  }
  assert.equal(await w.option(W.e2e, W.yes).isChecked(), true, 'the filters are kept');
  assert.equal(await w.table.getByRole('columnheader', { name: /^Max\. Teilnehmer/ }).getAttribute('aria-sort'), 'descending');
  assert.deepEqual(w.errors, []);
  await w.close();
});

test('EU/EEA only keeps the self-hosted tools, shown as such in table and comparison, but not an unknown location', async () => {
  const w = await env.open({ hash: '#view=current' });
  const W = w.words;
  const data = await dataset();
  await w.waitForCount(18, 18);
  // 5 tools in the EU/EEA and 3 self-hosted ones; Wire, whose location is unknown, stays out.
  assert.equal(await w.optionCount(W.location, W.eeaOnly), 8);
  assert.equal(await w.optionCount(W.location, 'selbst betrieben (Standort nach Wahl)'), 3);
  await w.expectCountAfter(() => w.option(W.location, W.eeaOnly).check(), 8, 18);
  const names = await w.names();
  for (const name of ['Jitsi Meet', 'BigBlueButton', 'Nextcloud Talk', 'alfaview', 'OpenTalk']) {
    assert.ok(names.includes(name), `${name} is shown`);
  }
  assert.ok(!names.includes('Wire'), 'an unknown location is not in the EU/EEA');
  assert.equal(await w.cell('jitsi-meet', 'location').innerText(), 'selbst betrieben\nStandort nach Wahl');
  assert.match(w.page.url(), /[#&]eea=1(&|$)/);

  // The location of its own, chosen alone: only the self-hosted tools, and it is in the link.
  await w.expectCountAfter(() => w.option(W.location, W.eeaOnly).uncheck(), 18, 18);
  await w.expectCountAfter(() => w.option(W.location, 'selbst betrieben').check(), 3, 18);
  assert.deepEqual(await w.names(), ['Jitsi Meet', 'BigBlueButton', 'Nextcloud Talk']);
  assert.match(w.page.url(), /[#&]loc=self-hosted(&|$)/);

  await w.choose('Jitsi Meet', 'BigBlueButton');
  await w.openCompare();
  const server = w.compareView.getByRole('table')
    .locator('tbody tr', { has: w.page.getByRole('rowheader', { name: 'Server', exact: true }) })
    .locator('td').first();
  assert.match(await server.innerText(), /^selbst betrieben\s+Standort nach Wahl/);
  const jitsi = data.tools.find((t) => t.id === 'jitsi-meet');
  const source = data.sources.find((s) => s.id === jitsi.source);
  assert.equal(await server.locator('.vkc-source').innerText(), citation(source));
  assert.deepEqual(w.errors, []);
  await w.close();
});

test('in the current view the comparison cites each update\'s own source', async () => {
  const w = await env.open({ hash: '#view=current' });
  const data = await dataset();
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const zoom = data.tools.find((t) => t.id === 'zoom');
  await w.choose('Zoom', 'Microsoft Teams');
  await w.openCompare();
  const compare = w.compareView.getByRole('table');
  const cell = (attribute, column) =>
    compare.locator('tbody tr', { has: w.page.getByRole('rowheader', { name: attribute, exact: true }) }).locator('td').nth(column);
  for (const update of zoom.updates) {
    const attribute = { e2e: 'Ende-zu-Ende-Verschlüsselung', max_participants: 'Max. Teilnehmer' }[update.field];
    const source = sources.get(update.source);
    const shown = cell(attribute, 0);
    assert.equal(await shown.locator('.vkc-source').innerText(), citation(source), attribute);
    if (source.url) {
      assert.equal(await shown.getByRole('link').getAttribute('href'), source.url);
    }
  }
  assert.match(await shownText(cell('Ende-zu-Ende-Verschlüsselung', 0)), /^✓Ja/);
  assert.match(await cell('Max. Teilnehmer', 0).innerText(), /^300/);
  assert.match(await cell('Windows', 0).innerText(), /REISSWOLF/, 'unchanged values keep the article as source');
  await w.close();
});
