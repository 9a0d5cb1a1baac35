// The preview as an author meets it, in real headless Chromium: scroll down a page, break the
// content and save, wait for the page to reload by itself, and check that the build's problems are
// in the window (a browser restores the scroll position on reload, which once put them above it)
// and that the title says the build failed; then fix the content, save, and check that they are gone.
//
// Usage: node preview.mjs PAGE_URL FILE
//   PAGE_URL  a long page of the preview server, e.g. http://127.0.0.1:8123/committees/audit/2025-03-04/
//   FILE      a content file to break and restore (its text is put back exactly as it was)
// Prints what it saw; exits 0 when all is as it should be, 1 when not, 2 when the browser cannot start.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const [url, file] = process.argv.slice(2);
if (!url || !file) {
  console.error('usage: node preview.mjs PAGE_URL FILE');
  process.exit(2);
}
let browser;
try {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
} catch (e) {
  console.error('cannot start Chromium: ' + e.message);
  process.exit(2);
}
const original = readFileSync(file, 'utf8');
let failures = 0;
const fail = (m) => { failures++; console.log('FAIL: ' + m); };

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
  await page.goto(url, { waitUntil: 'load' });
  const goodTitle = await page.title();
  if (goodTitle.startsWith('Build failed')) fail('the page says the build failed before anything was broken');
  // The live-reload connection must be open before the save, or the reload could be missed.
  await page.waitForTimeout(500);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const scrolled = await page.evaluate(() => window.scrollY);
  if (scrolled < 300) fail(`the page is too short to test scrolling (scrolled to ${scrolled})`);

  // Break the content: a kind of person that does not exist.
  writeFileSync(file, original.replace(/^kind: .*$/m, 'kind: councilor'));
  await page.waitForFunction(() => document.title.startsWith('Build failed'), null, { timeout: 60000 })
    .catch(() => fail('no reload with "Build failed" in the title within 60 s'));
  const broken = await page.evaluate(() => {
    const b = document.getElementById('tabled-build-problems');
    if (!b) return null;
    const r = b.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: window.innerHeight, scrollY: window.scrollY, text: b.innerText };
  });
  console.log('after the broken save: title "' + (await page.title()) + '", banner ' + JSON.stringify(broken && {
    top: broken.top, bottom: broken.bottom, window: broken.height, scrollY: broken.scrollY }));
  if (!broken) {
    fail('no problems shown in the page');
  } else {
    if (broken.top < 0 || broken.bottom > broken.height || broken.bottom - broken.top < 50) {
      fail('the problems are not within the window');
    }
    if (!broken.text.includes('error:')) fail('the problems do not list the error: ' + broken.text);
    if (broken.scrollY < 300) console.log('note: the browser did not restore the scroll position this time');
  }
  const covered = await page.evaluate(() => {
    const b = document.getElementById('tabled-build-problems');
    const r = b.getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + 20)?.closest('#tabled-build-problems') !== null;
  });
  if (!covered) fail('something covers the problems');

  // Fix it: the page reloads once more, without the problems.
  writeFileSync(file, original);
  await page.waitForFunction((t) => document.title === t, goodTitle, { timeout: 60000 })
    .catch(() => fail('no reload with the page\'s own title within 60 s'));
  const left = await page.evaluate(() => document.getElementById('tabled-build-problems') !== null);
  if (left) fail('the problems are still shown after the fix');
  console.log('after the fix: title "' + (await page.title()) + '", problems shown: ' + left);
} finally {
  writeFileSync(file, original);
  await browser.close();
}
console.log(`preview: ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
