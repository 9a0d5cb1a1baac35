// Runs axe-core in real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
// on every page listed in a file, checks that no page scrolls sideways on the narrowest phone, and
// checks that client-side search works.
//
// Usage: node check-pages.mjs BASE_URL PAGES_FILE [MOBILE_PAGES_FILE]
//   BASE_URL          e.g. http://127.0.0.1:8123/   (the built site, served)
//   PAGES_FILE        one site path per line, e.g. committees/audit/ (checked with axe at desktop
//                     width, 1280 CSS pixels, and each for sideways scrolling at 320)
//   MOBILE_PAGES_FILE the same, checked with axe again at phone widths (375 and 320 CSS pixels)
// Prints one line per violation and a summary line; exits 0 when there are none, 1 when there
// are violations or a page failed to load, 2 when the browser cannot be started.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const [base, pagesFile, mobileFile] = process.argv.slice(2);
if (!base || !pagesFile) {
  console.error('usage: node check-pages.mjs BASE_URL PAGES_FILE [MOBILE_PAGES_FILE]');
  process.exit(2);
}
const read = (f) => (f ? readFileSync(f, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : []);
const pages = read(pagesFile);
const mobile = read(mobileFile);

let browser;
try {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
} catch (e) {
  console.error('cannot start Chromium: ' + e.message);
  process.exit(2);
}

let violations = 0;
let failures = 0;
let checked = 0;

async function axe(page, label) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
  }), TAGS);
  for (const v of result.violations) {
    for (const node of v.nodes) {
      violations++;
      console.log(`${label}: ${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}`);
    }
  }
  checked++;
}

async function run(paths, viewport, suffix) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const path of paths) {
    const label = path + suffix;
    let response;
    try {
      response = await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    } catch (e) {
      response = null;
    }
    if (!response || response.status() !== 200) {
      failures++;
      console.log(`${label}: HTTP ${response ? response.status() : 'no response'}`);
      continue;
    }
    await axe(page, label);
  }
  for (const e of errors) {
    failures++;
    console.log(`script error${suffix}: ${e}`);
  }
  await context.close();
}

// A new council (tabled init) has no papers, minutes or tracker entries yet: its search finds
// nothing and its tracker has nothing to filter, which is then not a failure.
const newCouncil = process.env.NEW_COUNCIL === '1';

// Search: type a word that is certainly in the example content and expect results, then run axe
// on the page as it looks with results on it.
async function search() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL('search/', base).href, { waitUntil: 'load' });
  await page.fill('#search-q', 'committee');
  await page.click('.search-form button');
  // The index loads its shards and passages as it needs them: wait until the results are shown.
  await page.waitForSelector('[data-search-results][data-search-done]');
  const count = await page.locator('.search-results-list li').count();
  if (count === 0 && newCouncil) {
    console.log('search/: nothing to find yet in a new council');
  } else if (count === 0) {
    failures++;
    console.log('search/: searching for "committee" found nothing');
  }
  const noJs = await page.locator('[data-search-nojs]').isVisible();
  if (noJs) {
    failures++;
    console.log('search/: the no-JavaScript message is still shown with JavaScript on');
  }
  await axe(page, 'search/ (with results)');
  await context.close();
}

// Without JavaScript the search page explains itself and lists every document instead. (axe
// itself needs JavaScript, so this page state is checked by the page run above, where the
// explanation is hidden but the markup is the same.)
async function searchWithoutJavaScript() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('search/', base).href, { waitUntil: 'load' });
  if (!(await page.locator('[data-search-nojs]').isVisible())) {
    failures++;
    console.log('search/ without JavaScript: the explanation is not shown');
  }
  if ((await page.locator('.document-index a').count()) === 0 && !newCouncil) {
    failures++;
    console.log('search/ without JavaScript: no documents are listed');
  }
  await context.close();
}

// The tracker's status filter: with JavaScript, choosing a status shows exactly the entries with
// that status (axe runs on the page as filtered); without it the filter stays hidden, every entry
// is listed and the summary table links to a page per status. The first committee tracker listed
// is checked.
async function tracker() {
  const path = pages.find((p) => /^committees\/[^/]+\/tracker\/$/.test(p));
  if (!path) {
    failures++;
    console.log('no tracker page in the list of pages');
    return;
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL(path, base).href, { waitUntil: 'load' });
  const all = await page.locator('[data-status]').count();
  const completed = await page.locator('[data-status="completed"]').count();
  if (all === 0 && newCouncil) {
    console.log(`${path}: no entries yet, so the filter is not tried`);
    await context.close();
    return;
  }
  await page.locator('[data-tracker-filter] input[value="completed"]').check();
  const shown = await page.locator('[data-status]:visible').count();
  const shownCompleted = await page.locator('[data-status="completed"]:visible').count();
  const message = await page.locator('[data-tracker-result]').textContent();
  if (all === 0 || completed === 0 || shown !== completed || shownCompleted !== completed || !message.includes(String(completed))) {
    failures++;
    console.log(`${path}: filtering by "completed" shows ${shown} of ${all} entries, ${completed} expected ("${message}")`);
  }
  await axe(page, path + ' (filtered by status)');
  await page.locator('[data-tracker-filter] input[value=""]').check();
  if ((await page.locator('[data-status]:visible').count()) !== all) {
    failures++;
    console.log(`${path}: choosing "All" again does not show every entry`);
  }
  await context.close();

  const noJs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(new URL(path, base).href, { waitUntil: 'load' });
  if (await plain.locator('[data-tracker-filter]').isVisible()) {
    failures++;
    console.log(`${path} without JavaScript: the filter form is shown but cannot work`);
  }
  if ((await plain.locator('[data-status]:visible').count()) !== all || (await plain.locator('.tracker-counts a').count()) < 4) {
    failures++;
    console.log(`${path} without JavaScript: not every entry is shown, or the status pages are not linked`);
  }
  await noJs.close();
}

// At 320 CSS pixels (WCAG 1.4.10 Reflow: a 1280 px page zoomed to 400%) no page may be wider
// than the screen: a table scrolls inside its own box, and long words and addresses break.
async function noSidewaysScrolling(paths) {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of paths) {
    const response = await page.goto(new URL(path, base).href, { waitUntil: 'load' }).catch(() => null);
    if (!response || response.status() !== 200) {
      failures++;
      console.log(`${path} (320 px wide): HTTP ${response ? response.status() : 'no response'}`);
      continue;
    }
    const [wide, screen, culprit] = await page.evaluate(() => {
      const w = document.documentElement.scrollWidth;
      const s = window.innerWidth;
      const over = [...document.body.querySelectorAll('*')].find((e) => e.getBoundingClientRect().right > s + 1
        && !e.closest('.table-scroll, .visually-hidden'));
      return [w, s, over ? over.tagName.toLowerCase() + (over.className ? '.' + over.className : '') : ''];
    });
    if (wide > screen) {
      failures++;
      console.log(`${path}: scrolls sideways at 320 px wide (${wide} px wide${culprit ? ', ' + culprit : ''})`);
    }
    sideways++;
  }
  await context.close();
}

let sideways = 0;

try {
  await run(pages, { width: 1280, height: 900 }, '');
  await run(mobile, { width: 375, height: 667 }, ' (375 px wide)');
  await run(mobile, { width: 320, height: 640 }, ' (320 px wide)');
  await noSidewaysScrolling(pages);
  await search();
  await searchWithoutJavaScript();
  await tracker();
} finally {
  await browser.close();
}
console.log(`width: ${sideways} pages checked at 320 px for sideways scrolling`);
console.log(`axe: ${checked} page views checked, ${violations} violations, ${failures} failures`);
process.exit(violations + failures === 0 ? 0 : 1);
