// Journey: a colleague opens the mailed single-file build from disk (file://), where browsers
// refuse module scripts and fetch(); everything it needs is inside the one file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './support/server.mjs';
import { launch, recordRequests } from './support/browser.mjs';
import { recordProblems } from './support/pages.mjs';

const FILE = join(DIST, 'vk-check-standalone.html');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the single-file build works from file:// with nothing loaded from elsewhere', async () => {
  assert.ok(statSync(FILE).size > 100_000, 'the wasm is inside');
  const page = await browser.newPage();
  const requests = recordRequests(page);
  const problems = await recordProblems(page);
  await page.goto(pathToFileURL(FILE).href);
  await page.locator('.vkc tbody tr').first().waitFor();
  assert.equal(await page.locator('.vkc tbody tr').count(), 11);
  assert.match(await page.locator('.vkc-source').first().innerText(), /REISSWOLF/);

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('columnheader', { name: /Max. participants/ }).waitFor();
  await page.getByLabel('Search tools').fill('teams');
  await page.locator('.vkc tbody tr').nth(1).waitFor({ state: 'detached' });
  assert.match(await page.locator('.vkc tbody tr').innerText(), /Microsoft Teams/);
  // Styled from the inline stylesheet: the header cells have their padding.
  const padding = await page.locator('.vkc-table__head').first().evaluate((e) => getComputedStyle(e).paddingTop);
  assert.notEqual(padding, '0px');
  // The JS API is there too, for a page that adds instances itself.
  assert.match(await page.evaluate(() => window.vkCheck.version()), /^\d+\.\d+\.\d+$/);

  const elsewhere = requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'));
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(problems, []);
  await page.close();
});
