// Journey (issue 3): the page address carries the whole view. A colleague who opens the copied
// link sees the same view; back and forward move through earlier states; a broken link is
// named in a dismissible notice and the widget starts with defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';

const env = journeys();

test('a copied link opens the same view in a fresh browser context', async () => {
  const w = await env.open();
  await w.setLang('en');
  await w.setView('current');
  const W = w.words;
  await w.expectCountAfter(() => w.option(W.e2e, W.yes).check(), 11, 18);
  await w.expectCountAfter(() => w.option(W.display, W.hideDiscontinued).check(), 10, 18);
  await w.page.getByLabel(W.min).fill('200');
  await w.waitForCount(5, 18);
  await w.sortBy(W.participants, 'descending');
  await w.choose('Zoom', 'Cisco Webex');
  await w.page.waitForURL(/cmp=zoom,webex/);
  const link = w.page.url();
  for (const part of ['lang=en', 'view=current', 'e2e=yes', 'hide=discontinued', 'min=200', 'sort=participants.desc']) {
    assert.ok(link.includes(part), `${part} in ${link}`);
  }
  const before = await w.snapshot();

  const colleague = await env.open({ url: link, lang: 'en' });
  await colleague.waitForCount(5, 18);
  assert.deepEqual(await colleague.snapshot(), before);
  assert.deepEqual(before.pressed, ['English', 'Current state']);
  assert.deepEqual(before.sort, ['Max. participants▼ descending']);
  assert.equal(await colleague.option(W.display, W.hideDiscontinued).isChecked(), true);
  assert.equal(await colleague.notice.count(), 0, 'a valid link raises no notice');
  assert.deepEqual(colleague.errors, []);
  await colleague.close();
  await w.close();
});

test('a link to an open comparison opens the comparison', async () => {
  const w = await env.open();
  await w.choose('Zoom', 'Whereby', 'Skype');
  await w.openCompare();
  await w.page.waitForURL(/show=compare/);
  const colleague = await env.open({ url: w.page.url() });
  await colleague.compareView.waitFor();
  assert.deepEqual(await colleague.snapshot(), await w.snapshot());
  assert.deepEqual((await colleague.snapshot()).comparing, ['Merkmal', 'Zoom', 'Whereby', 'Skype']);
  await colleague.close();
  await w.close();
});

test('back and forward move through the earlier states, a typed search as one step', async () => {
  const w = await env.open();
  const W = w.words;
  const start = await w.snapshot();
  await w.expectCountAfter(() => w.option(W.e2e, W.yes).check(), 7, 11);
  await w.page.waitForURL(/#e2e=yes$/);
  const filtered = await w.snapshot();
  await w.sortBy(W.participants, 'ascending');
  await w.page.waitForURL(/sort=participants\.asc/);
  const sorted = await w.snapshot();
  await w.setView('current');
  await w.page.waitForURL(/view=current/);
  const current = await w.snapshot();

  const expect = async (state, url) => {
    await w.page.waitForURL(url);
    await w.page.waitForFunction((count) => document.querySelector('.vkc-table__count').textContent === count, state.count);
    assert.deepEqual(await w.snapshot(), state);
  };
  await w.page.goBack();
  await expect(sorted, /#e2e=yes&sort=participants\.asc$/);
  await w.page.goBack();
  await expect(filtered, /#e2e=yes$/);
  await w.page.goBack();
  await expect(start, (url) => url.hash === '');
  await w.page.goForward();
  await expect(filtered, /#e2e=yes$/);
  await w.page.goForward();
  await w.page.goForward();
  await expect(current, /view=current/);
  // A search typed key by key is one step back, not one per key.
  await w.page.getByRole('searchbox').pressSequentially('zo');
  await w.page.waitForURL(/q=zo/);
  // Another edit starts an entry of its own.
  await w.page.getByLabel(W.min).fill('100');
  await w.page.waitForURL(/min=100/);
  await w.page.goBack();
  await w.page.waitForURL((url) => /q=zo/.test(url.hash) && !url.hash.includes('min='));
  await w.page.goBack();
  await expect(current, (url) => /view=current/.test(url.hash) && !url.hash.includes('q='));
  assert.deepEqual(w.errors, []);
  await w.close();
});

test('a malformed link names what it ignored, can be dismissed, and the widget works with defaults', async () => {
  const w = await env.open({ hash: '#min=abc&foo=1&cmp=nope' });
  const W = w.words;
  await w.notice.waitFor();
  assert.equal(await w.notice.getAttribute('role'), 'status', 'announced to screen readers');
  assert.deepEqual(await w.notice.getByRole('listitem').allInnerTexts(), [
    '„min=abc“: ungültiger Wert',
    '„foo=1“: unbekannte Angabe',
    '„cmp=nope“: unbekanntes Tool',
  ]);
  const defaults = await w.snapshot();
  assert.equal(defaults.count, '11 von 11 Tools');
  assert.equal(defaults.min, '', 'no minimum');
  assert.deepEqual([defaults.checkedFilters, defaults.chosen, defaults.sort], [[], [], []]);
  assert.equal(await w.compareButton().isDisabled(), true);

  await w.notice.getByRole('button', { name: W.dismiss }).click();
  await w.notice.waitFor({ state: 'detached' });
  await w.expectCountAfter(() => w.option(W.e2e, W.yes).check(), 7, 11);
  await w.page.waitForURL(/#e2e=yes$/);
  assert.equal(await w.notice.count(), 0, 'the notice stays dismissed');
  assert.deepEqual(w.errors, []);
  await w.close();
});

test('the notice speaks English when the link asks for English', async () => {
  const w = await env.open({ hash: '#lang=en&sort=colour.up&view=old', lang: 'en' });
  await w.notice.waitFor();
  assert.match(await w.notice.innerText(), /Parts of the link you opened were ignored/);
  const items = await w.notice.getByRole('listitem').allInnerTexts();
  assert.equal(items.length, 2);
  assert.deepEqual(items, ['“sort=colour.up”: invalid value', '“view=old”: invalid value'], 'English quotation marks');
  assert.equal(await w.page.locator('.vkc').getAttribute('lang'), 'en', 'the valid part is still used');
  await w.close();
});
