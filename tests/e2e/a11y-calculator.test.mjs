// Journey (issue 7, accessibility): axe-core finds zero violations in every step of the
// calculator's scenario form (with the questions each step adds), after the scenario is
// applied, and in a tool's check with findings, DPF and SCC details and the storage opt-in –
// in German and English, on a desktop and a 375 px phone, in the light and the dark scheme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';
import { axeViolations } from './support/browser.mjs';

const env = journeys();
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

const WORDS = {
  de: {
    special: /^Besondere Kategorien/,
    cloud: 'in der Cloud des Anbieters',
    council: 'Es gibt einen Betriebsrat',
    platform: 'iOS',
    apply: 'Szenario übernehmen',
    choose: 'Tool prüfen',
    store: 'Auf diesem Gerät speichern',
  },
  en: {
    special: /^Special categories/,
    cloud: "in the provider's cloud",
    council: 'There is a works council',
    platform: 'iOS',
    apply: 'Apply scenario',
    choose: 'Check a tool',
    store: 'Save on this device',
  },
};

const DEVICES = {
  'desktop, light': {},
  'desktop, dark': { colorScheme: 'dark' },
  'phone, light': PHONE,
  'phone, dark': { ...PHONE, colorScheme: 'dark' },
};

for (const lang of ['de', 'en']) {
  for (const [device, options] of Object.entries(DEVICES)) {
    test(`axe-core: zero violations in every calculator state, ${lang}, ${device}`, async () => {
      const w = await env.open({ ...options, hash: lang === 'en' ? '#lang=en' : '', lang });
      const { page } = w;
      const words = WORDS[lang];
      const scenario = page.locator('.vkc-scenario');
      const clean = async (state) => assert.deepEqual(await axeViolations(page, 'html'), [], state);
      const goTo = async (n) => {
        await scenario.locator('.vkc-scenario__step').nth(n - 1).click();
        await scenario.locator('.vkc-scenario__step[aria-current=step]').filter({ hasText: new RegExp(`^${n}\\.`) }).waitFor();
      };

      // The scheme is really in force: the widget's background is the token of that scheme.
      const background = await w.root.evaluate((e) => getComputedStyle(e).backgroundColor);
      assert.equal(background, options.colorScheme === 'dark' ? 'rgb(21, 25, 30)' : 'rgb(255, 255, 255)');
      await clean('step 1');
      await goTo(2);
      await page.getByRole('checkbox', { name: words.special }).check();
      await scenario.locator('[data-question=art9]').waitFor();
      await clean('step 2 with the Art. 9 question');
      await goTo(3);
      await page.getByRole('radio', { name: words.cloud }).check();
      await page.waitForFunction(() => document.querySelectorAll('.vkc-scenario fieldset').length === 3);
      await clean('step 3 with the legal basis of recording');
      await goTo(4);
      await page.getByRole('checkbox', { name: words.council }).check();
      await scenario.locator('[data-question=staff-informed] input').first().check();
      await clean('step 4 with the staff question answered');
      await goTo(5);
      await scenario.getByRole('checkbox', { name: words.platform, exact: true }).check();
      await scenario.locator('input[type=number]').fill('50');
      await clean('step 5 with requirements');

      await page.getByRole('button', { name: words.apply }).click();
      await page.locator('.vkc-scenario__applied[role=status]', { hasText: /\S/ }).waitFor();
      await page.locator('.vkc-calc__shared [data-rule]').first().waitFor();
      await clean('scenario applied: shared findings, lights in the table');

      await page.getByLabel(words.choose).selectOption('zoom');
      const check = page.locator('.vkc-check[data-tool=zoom]');
      await check.locator('.vkc-check__findings [data-severity]').first().waitFor();
      await clean("Zoom's check with open findings");
      await check.locator('[data-question=avv] input[value=no]').check();
      await check.locator('.vkc-check__result [data-verdict=red]').waitFor();
      await check.locator('[data-question=transfer] select').selectOption('dpf');
      await check.locator('input[type=date]').waitFor();
      await clean('a blocking finding and the DPF details');
      await check.locator('[data-question=transfer] select').selectOption('sccs');
      await check.locator('[data-question=tia]').waitFor();
      await page.getByRole('checkbox', { name: words.store }).check();
      await page.locator('.vkc-calc__storage .vkc-button').waitFor();
      await clean('the SCC question and the storage opt-in');
      assert.deepEqual(w.errors, []);
      await w.close();
    });
  }
}
