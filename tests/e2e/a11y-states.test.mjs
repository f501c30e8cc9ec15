// Journey (issue 3): axe-core finds zero violations in every state a user can reach by the
// table's features, on a desktop and on a 375 px phone, in the light and the dark scheme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';
import { axeViolations } from './support/browser.mjs';

const env = journeys();
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/** Each state: how to reach it (a link, then clicks), and a check that it was reached. */
const STATES = {
  'filters set': {
    hash: '#eea=1&e2e=yes,unknown&min=100&plat=browser,windows&q=a',
    reached: (w) => w.waitForCount(1, 11),
  },
  'empty result': {
    hash: '#e2e=yes&blur=yes',
    reached: (w) => w.page.getByText('Kein Tool erfüllt alle gewählten Filter.').waitFor(),
  },
  'sorted with a secondary key': {
    hash: '#sort=participants.desc,tool.asc',
    reached: (w) => w.table.locator('th[aria-sort=descending]').waitFor(),
  },
  'tools chosen (compare checkboxes disabled when full)': {
    hash: '#cmp=zoom,teams,skype',
    reached: (w) => w.compareButton().filter({ hasText: '(3)' }).waitFor(),
  },
  'compare view': {
    hash: '#view=current&cmp=zoom,jitsi-meet,skype&show=compare',
    reached: (w) => w.compareView.waitFor(),
  },
  'link notice shown': {
    hash: '#min=abc&foo=1&cmp=nope',
    reached: (w) => w.notice.waitFor(),
  },
  'light column of a calculator scenario': {
    hash: '#view=current&sc=31000u00030010u000000000.100',
    reached: (w) => w.table.getByRole('columnheader', { name: /^Ampel/ }).waitFor(),
  },
  'sources list open': {
    hash: '#view=current',
    reached: async (w) => {
      await w.page.locator('.vkc-sources summary').click();
      await w.page.locator('.vkc-sources__list').waitFor();
    },
  },
};

const DEVICES = [
  ['desktop', {}],
  ['phone', PHONE],
  ['desktop, dark', { colorScheme: 'dark' }],
  ['phone, dark', { ...PHONE, colorScheme: 'dark' }],
];

for (const [device, options] of DEVICES) {
  for (const [state, { hash, reached }] of Object.entries(STATES)) {
    test(`axe-core: zero violations, ${state}, ${device}`, async () => {
      const w = await env.open({ ...options, hash });
      await reached(w);
      const toggle = w.page.getByRole('button', { name: w.words.showFilters });
      if (await toggle.isVisible()) {
        await toggle.click();
        await w.page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await toggle.elementHandle());
      }
      assert.deepEqual(await axeViolations(w.page, 'html'), []);
      assert.deepEqual(w.errors, []);
      await w.close();
    });
  }
}

test('axe-core: zero violations with the filters panel collapsed on a phone', async () => {
  const w = await env.open({ ...PHONE });
  assert.equal(await w.page.getByRole('button', { name: w.words.showFilters }).getAttribute('aria-expanded'), 'false');
  assert.deepEqual(await axeViolations(w.page, 'html'), []);
  await w.close();
});

test('axe-core: zero violations in dark mode (current view, footnotes open)', async () => {
  const w = await env.open({ hash: '#view=current&e2e=yes', colorScheme: 'dark' });
  await w.openAllFootnotes();
  assert.deepEqual(await axeViolations(w.page, 'html'), []);
  await w.close();
});
