// Journey: an IT lead sets a scenario, sees a light per tool, works through Zoom's checklist
// until it turns green, downloads the reports, reloads the link, and opts in to saving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';
import { readFile } from 'node:fs/promises';
import { axeViolations } from './support/browser.mjs';

const env = journeys();

async function open(path = '', context) {
  context ??= await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.server.url + path);
  await page.locator('.vkc tbody tr').first().waitFor();
  return { page, context, errors };
}

/** Answers every visible yes/no question of the open check with its good answer. */
async function answerAll(page) {
  // "Yes" is the good answer except where the question asks about a defect.
  const bad = new Set(['own-purpose-use', 'consumer-plan', 'parent-outside-eea', 'third-country-access']);
  for (let round = 0; round < 3; round++) {
    for (const q of await page.locator('.vkc-check fieldset.vkc-question[data-question]').all()) {
      const key = await q.getAttribute('data-question');
      const value = bad.has(key) ? 'no' : 'yes';
      const radio = q.locator(`input[value=${value}]`);
      if (!(await radio.isChecked())) await radio.check();
    }
  }
}

test('a scenario lights every tool, and Zoom turns green once every measure is done', async () => {
  const { page, context, errors } = await open('#view=current');
  // Scenario: online service, internal meetings and webinars, no recording, a works council.
  await page.getByRole('button', { name: '2. Nutzung' }).click();
  await page.getByRole('radio', { name: 'allein veranstaltet' }).check();
  await page.getByRole('button', { name: '4. Beschäftigte' }).click();
  await page.getByRole('checkbox', { name: 'Es gibt einen Betriebsrat' }).check();
  // What is entered before applying is in the link, so a reload keeps it.
  await page.waitForURL(/sd=/);
  await page.reload();
  await page.getByRole('button', { name: '2. Nutzung' }).click();
  assert.equal(await page.getByRole('radio', { name: 'allein veranstaltet' }).isChecked(), true);
  await page.getByRole('button', { name: '4. Beschäftigte' }).click();
  assert.equal(await page.getByRole('checkbox', { name: 'Es gibt einen Betriebsrat' }).isChecked(), true);
  await page.getByRole('button', { name: 'Szenario übernehmen' }).click();
  // Involving the works council is a measure for every tool, shown once.
  await page.locator('.vkc-calc__shared [data-rule=R18][data-severity=warn]').waitFor();
  assert.doesNotMatch(page.url(), /sd=/, 'the applied scenario replaces the draft');
  const lights = page.locator('tbody tr [data-verdict]');
  assert.equal(await lights.count(), await page.locator('tbody tr').count());
  assert.deepEqual(errors, []);
  assert.deepEqual(await axeViolations(page, 'html'), []);

  // The table's lights are those of the JS API's assess() for the same scenario.
  const scenario = { uses: { internal_meetings: true, webinars: 'alone' } };
  const expected = await page.evaluate(async (scenario) => {
    const api = await import('./vk-check.js');
    const ids = [...document.querySelectorAll('tbody tr')].map((tr) => tr.dataset.tool);
    return ids.map((id) => api.assess(id, scenario, {}).light);
  }, scenario);
  assert.deepEqual(await lights.evaluateAll((els) => els.map((e) => e.dataset.verdict)), expected);
  // A wrong key or value in assess()'s arguments throws an error naming it by its path.
  const thrown = await page.evaluate(async () => {
    const api = await import('./vk-check.js');
    const calls = [[{ colour: 'red' }, {}], [{ uses: { webinars: 3 } }, {}], [{}, { transfer: { kind: 'ftp' } }]];
    return calls.map(([scenario, answers]) => {
      try {
        api.assess('zoom', scenario, answers);
        return 'no error';
      } catch (e) {
        return e.message;
      }
    });
  });
  assert.match(thrown[0], /^scenario\.colour: unknown field/);
  assert.match(thrown[1], /^scenario\.uses\.webinars: “3” is not allowed, allowed are: "none", "alone", "with-partner"/);
  assert.match(thrown[2], /^answers\.transfer\.kind: “ftp” is not allowed/);

  // By keyboard: the check opens below the table and focus moves to its title.
  await page.getByRole('button', { name: 'Prüfen: Zoom' }).focus();
  await page.keyboard.press('Enter');
  const check = page.locator('.vkc-check[data-tool=zoom]');
  await check.waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('.vkc-check[data-tool=zoom] h4'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Zoom');
  assert.ok(await check.locator('[data-rule=R03]').count(), 'the AVV is asked for');
  assert.match(await check.locator('[data-rule=R03]').innerText(), /jede Nutzung|nicht nur für Webinare/);
  await answerAll(page);
  await page.locator('[data-question=transfer] select').selectOption('sccs');
  await page.locator('[data-question=tia] input[value=yes]').check();
  await answerAll(page);
  // Every tool finding is closed; the works council keeps the light yellow, so the scenario
  // changes: no works council, staff informed.
  const light = () => check.locator('.vkc-check__result [data-verdict]').getAttribute('data-verdict');
  assert.equal(await light(), 'yellow');
  assert.equal(await check.locator('.vkc-check__findings [data-severity=warn], .vkc-check__findings [data-severity=block]').count(), 0);
  await page.getByRole('checkbox', { name: 'Es gibt einen Betriebsrat' }).uncheck();
  await page.locator('.vkc-scenario [data-question=staff-informed] input[value=yes]').check();
  assert.equal(await light(), 'green');
  assert.match(await check.locator('.vkc-check__progress').innerText(), /^(\d+) \/ \1 /, 'every measure done');
  assert.match(await check.locator('.vkc-check__meaning').innerText(), /kein Nachweis/);
  const verdict = await light();
  assert.deepEqual(await axeViolations(page, 'html'), []);

  // Reports: Markdown and JSON, with the date, the view, the answers, the findings and the
  // disclaimer.
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bericht als Markdown' }).click()]);
  const markdown = await readFile(await md.path(), 'utf8');
  assert.match(markdown, /Zoom/);
  assert.match(markdown, /Rechtsberatung/);
  assert.match(markdown, /Grün/);
  assert.match(markdown, /\n## Angaben zu Zoom\n/);
  assert.match(markdown, /\n- Wie ist die Übermittlung in das Drittland abgesichert\? Standardvertragsklauseln \(SCC\)\n {2}- Transfer-Folgenabschätzung \(TIA\) dokumentiert\? ja\n/);
  const [js] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bericht als JSON' }).click()]);
  const report = JSON.parse(await readFile(await js.path(), 'utf8'));
  assert.equal(report.tool.id, 'zoom');
  assert.equal(report.verdict, verdict);
  assert.ok(report.findings.every((f) => /^R\d\d$/.test(f.rule) && f.legal_basis && f.source));
  assert.equal(report.data_view, 'current');
  assert.deepEqual(report.answers.transfer, { kind: 'sccs', tia: 'yes' });
  assert.equal(report.answers.avv, 'yes');
  // A filed report's scenario and answers go back into assess() as they are.
  const reassessed = await page.evaluate(async ({ scenario, answers }) => {
    const api = await import('./vk-check.js');
    return api.assess('zoom', scenario, answers).light;
  }, report);
  assert.equal(reassessed, report.verdict);

  // The link reproduces scenario, answers and the open check.
  const link = page.url();
  const again = await open(new URL(link).hash);
  const zoom = again.page.locator('.vkc-check[data-tool=zoom] .vkc-check__result [data-verdict]');
  assert.equal(await zoom.getAttribute('data-verdict'), verdict);
  await again.context.close();

  // Nothing was written to the device without the opt-in.
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await context.close();
});

test('saving on the device happens only after the opt-in and can be deleted', async () => {
  const { page, context } = await open();
  await page.getByRole('button', { name: 'Szenario übernehmen' }).click();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.getByRole('checkbox', { name: 'Auf diesem Gerät speichern' }).check();
  await page.waitForFunction(() => localStorage.length === 1);
  // A fresh page in the same browser (no link) gets the saved scenario back.
  const second = await open('', context);
  assert.ok(await second.page.locator('tbody tr [data-verdict]').count() > 0);
  // Taking them up is no step of its own: Back cannot go to a state without them (which
  // would then be saved over them).
  await second.page.waitForURL(/sc=/);
  await second.page.goBack();
  assert.equal(second.page.url(), 'about:blank', 'no entry of the page without them');
  await second.page.goForward();
  await second.page.locator('tbody tr [data-verdict]').first().waitFor();
  await second.page.getByRole('button', { name: 'Gespeicherte Antworten löschen' }).click();
  await second.page.waitForFunction(() => localStorage.length === 0);
  await second.page.getByText('Die auf diesem Gerät gespeicherten Antworten wurden gelöscht.').waitFor();
  await context.close();
});

test('corrupt saved answers are discarded with a notice', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('vk-check:calculator', '{"version":1,"scenario":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const { page } = await open('', context);
  await page.getByText('Gespeicherte Antworten waren unlesbar und wurden verworfen.').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('vk-check:calculator')), null);
  await context.close();
});

test('on a 375 px phone the scenario and a tool check fit the screen and pass axe', async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  const { page } = await open('#view=current&sc=31000u00030011u000000000&chk=zoom', context);
  await page.locator('.vkc-check[data-tool=zoom]').waitFor();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0, 'no sideways scrolling with the checklist open');
  await page.locator('[data-question=transfer] select').selectOption('dpf');
  assert.equal(await overflow(), 0, 'nor with the DPF details');
  assert.deepEqual(await axeViolations(page, 'html'), []);
  await context.close();
});
