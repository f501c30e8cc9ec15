// Journey: a reader opens the built widget, sees the 11 source tools, switches to English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';
import { axeViolations, recordRequests } from './support/browser.mjs';

const env = journeys();

async function openWidget(options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const requests = recordRequests(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(env.server.url);
  await page.getByRole('table').waitFor();
  return { page, requests, errors, context };
}

test('shows the 11 source rows in German with the source cited', async () => {
  const { page, errors, context } = await openWidget();
  const rows = page.locator('.vkc tbody tr');
  assert.equal(await rows.count(), 11);
  const names = await page.locator('.vkc tbody th[scope=row]').allTextContents();
  assert.deepEqual(names, [
    'Blizz by TeamViewer', 'fastviewer', 'Whereby', 'GoToMeeting by LogMeIn', 'Cisco Webex',
    'BlueJeans', 'Lifesize', 'Microsoft Teams', 'Skype', 'Zoom', 'Adobe Connect',
  ]);
  const whereby = (field) => page.locator(`tr[data-tool=whereby] td[data-field="${field}"]`).innerText();
  assert.match(await whereby('location'), /NOR\s+EU\/EWR/);
  assert.equal(await whereby('max_participants'), '50');
  assert.match(await page.locator('.vkc-source').first().innerText(), /REISSWOLF/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('switches to English and back without reloading', async () => {
  const { page, context } = await openWidget();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('columnheader', { name: /Max. participants/ }).waitFor();
  assert.equal(await page.locator('.vkc').getAttribute('lang'), 'en');
  assert.match(await page.locator('tr[data-tool=blizz] td[data-field=blur]').innerText(), /n\/a/);
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('columnheader', { name: /Max. Teilnehmer/ }).waitFor();
  await context.close();
});

test('the page language (de) wins over an English browser', async () => {
  const { page, context } = await openWidget({ locale: 'en-US' });
  assert.equal(await page.locator('.vkc').getAttribute('lang'), 'de');
  await context.close();
});

test('makes no request beyond its own origin and sets no cookie', async () => {
  const { page, requests, context } = await openWidget();
  await page.getByRole('button', { name: 'English' }).click();
  const origin = new URL(env.server.url).origin;
  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await context.close();
});

test('has zero axe-core violations in German, in English and on a 375 px phone', async () => {
  const { page, context } = await openWidget();
  assert.deepEqual(await axeViolations(page, 'html'), []);
  await page.getByRole('button', { name: 'English' }).click();
  assert.deepEqual(await axeViolations(page, 'html'), []);
  await context.close();
  const phone = await openWidget({ viewport: { width: 375, height: 800 } });
  assert.deepEqual(await axeViolations(phone.page, 'html'), []);
  const overflow = await phone.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, 'no horizontal scrolling on a phone');
  await phone.context.close();
});
