// The smoke suite in WebKitGTK, the engine family of Safari, driven through WebKit's own
// WebDriver (Debian's webkit2gtk-driver) under a virtual display: a first visit and a reload with
// the server gone, a plan and a top-up with a photo that survive a reload, a backup exported and
// imported into a fresh profile, the interface in Traditional Chinese, and what the engine offers.
// `npm test` runs it after the production build.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Builder, By, until } from 'selenium-webdriver';
import { freePort, startDisplay, startServer } from './processes.mjs';

/** Debian's MiniBrowser, under the library folder of whatever architecture this is. */
function miniBrowser() {
  if (process.env.TOPUP_MINIBROWSER) return process.env.TOPUP_MINIBROWSER;
  for (const folder of readdirSync('/usr/lib')) {
    const path = join('/usr/lib', folder, 'webkit2gtk-4.1', 'MiniBrowser');
    if (existsSync(path)) return path;
  }
  throw new Error('No MiniBrowser found: install webkit2gtk-driver, or set TOPUP_MINIBROWSER.');
}
const MINIBROWSER = miniBrowser();
const PHOTO = new URL('../e2e/files/receipt.png', import.meta.url).pathname;
const WAIT = 15_000;

let display;
let driverServer;
let appServer;
let driverUrl;
let appPort;
const sessions = [];

async function startApp() {
  appServer = await startServer(
    './node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(appPort), '--strictPort'],
    `http://127.0.0.1:${appPort}/`,
  );
}

before(async () => {
  display = await startDisplay();
  const driverPort = await freePort();
  driverUrl = `http://127.0.0.1:${driverPort}`;
  driverServer = await startServer(
    'WebKitWebDriver',
    [`--port=${driverPort}`],
    `${driverUrl}/status`,
    {
      ...process.env,
      DISPLAY: display.display,
    },
  );
  appPort = await freePort();
  await startApp();
});

after(async () => {
  // A session the test already ended refuses a second quit; that is no failure.
  for (const session of sessions) await session.quit().catch(() => {});
  await appServer?.stop();
  await driverServer?.stop();
  await display?.stop();
});

/** A new browser with a profile of its own (each automation session starts empty). */
async function newBrowser() {
  const driver = await new Builder()
    .usingServer(driverUrl)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build();
  sessions.push(driver);
  return driver;
}

const at = (path) => `http://127.0.0.1:${appPort}${path}`;
const quoted = (text) => `'${text}'`;

/** The form control a label names, as a person finds it. */
async function field(driver, label) {
  await driver.wait(
    async () => driver.executeScript(findLabelled, label),
    WAIT,
    `no field labelled ${label}`,
  );
  return driver.executeScript(findLabelled, label);
}

function findLabelled(label) {
  const found = [...document.querySelectorAll('label')].find(
    (element) => element.textContent.trim() === label,
  );
  return found?.control ?? null;
}

async function button(driver, name) {
  const locator = By.xpath(`//button[normalize-space(.)=${quoted(name)}]`);
  const element = await driver.wait(until.elementLocated(locator), WAIT, `no button ${name}`);
  await driver.wait(until.elementIsEnabled(element), WAIT);
  return element;
}

async function headingIs(driver, text) {
  await driver.wait(
    async () => {
      const [heading] = await driver.findElements(By.css('h1'));
      return (await heading?.getText())?.trim() === text;
    },
    WAIT,
    `the page heading never read ${text}`,
  );
}

async function textShown(driver, text) {
  await driver.wait(
    until.elementLocated(By.xpath(`//*[contains(normalize-space(.), ${quoted(text)})]`)),
    WAIT,
    `never showed ${text}`,
  );
}

async function typeInto(driver, label, value) {
  const element = await field(driver, label);
  await element.clear();
  await element.sendKeys(value);
}

/** Sets a date field the way its picker would: WebKitGTK's date fields take no typing. */
async function chooseDate(driver, label, isoDate) {
  const element = await field(driver, label);
  await driver.executeScript(
    (input, value) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    element,
    isoDate,
  );
}

/** The receipt photo, opened full size, is a picture the engine could decode: its bytes are whole. */
async function expectPhotoShown(driver) {
  const show = By.css('button[aria-label="Show receipt.png full size"]');
  await (await driver.wait(until.elementLocated(show), WAIT)).click();
  const width = await driver.wait(
    async () =>
      driver.executeScript(() => document.querySelector('dialog img.full')?.naturalWidth || null),
    WAIT,
    'the photo never showed full size',
  );
  const { width: fileWidth } = pngSize(readFileSync(PHOTO));
  assert.equal(width, fileWidth);
}

/** The width and height a PNG file's header gives. */
function pngSize(bytes) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let browser;
let backupPath;

test('a first visit installs the worker, and a reload with the server gone still shows the app', async () => {
  browser = await newBrowser();
  await browser.get(at('/'));
  await headingIs(browser, 'Plans');
  const state = await browser.executeAsyncScript((done) => {
    navigator.serviceWorker.ready.then((registration) => {
      const worker = registration.active;
      if (worker.state === 'activated') return done(worker.state);
      worker.addEventListener(
        'statechange',
        () => worker.state === 'activated' && done(worker.state),
      );
    });
  });
  assert.equal(state, 'activated');
  await appServer.stop();
  await browser.navigate().refresh();
  await headingIs(browser, 'Plans');
  assert.equal(
    await browser.executeScript(() => navigator.serviceWorker.controller !== null),
    true,
  );
});

test('a plan and a top-up with a photo, added with the server gone, are there after a reload', async () => {
  await browser.get(at('/plans/new'));
  await typeInto(browser, 'Name', 'WebKit plan');
  await typeInto(browser, 'Price', '10');
  await chooseDate(browser, 'Next due date', '2030-01-31');
  await (await button(browser, 'Save')).click();
  await headingIs(browser, 'WebKit plan');

  await (await button(browser, 'Log top-up')).click();
  await typeInto(browser, 'Confirmation number', 'WK-1');
  await (await field(browser, 'Attachment')).sendKeys(PHOTO);
  await browser.wait(
    until.elementLocated(By.css('[aria-label="Chosen receipts"] li')),
    WAIT,
    'the photo was never listed as chosen',
  );
  await (await button(browser, 'Save')).click();
  await textShown(browser, 'No. WK-1');

  await browser.navigate().refresh();
  await headingIs(browser, 'WebKit plan');
  await textShown(browser, 'No. WK-1');
  await expectPhotoShown(browser);
});

test('a backup exported here imports into a fresh profile with its photo', async () => {
  await startApp();
  await browser.get(at('/settings'));
  await headingIs(browser, 'Settings');
  // The app saves a file through a download link; the Blob it hands over is kept to read back.
  await browser.executeScript(() => {
    const createObjectURL = URL.createObjectURL.bind(URL);
    const blobs = new Map();
    URL.createObjectURL = (blob) => {
      const url = createObjectURL(blob);
      blobs.set(url, blob);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) window.savedFile = { name: this.download, blob: blobs.get(this.href) };
      click.call(this);
    };
  });
  await (await button(browser, 'Export backup')).click();
  await textShown(browser, 'The backup file is ready');
  const saved = await browser.executeAsyncScript((done) => {
    const reader = new FileReader();
    reader.onload = () => done({ name: window.savedFile.name, url: reader.result });
    reader.readAsDataURL(window.savedFile.blob);
  });
  assert.match(saved.name, /^topup-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  const bytes = Buffer.from(saved.url.slice(saved.url.indexOf(',') + 1), 'base64');
  assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
  backupPath = join(mkdtempSync(join(tmpdir(), 'topup-webkit-')), saved.name);
  writeFileSync(backupPath, bytes);
  assert.equal(readFileSync(backupPath).length, bytes.length);

  // WebKit's driver runs one session at a time; each starts with empty storage.
  await browser.quit();
  browser = await newBrowser();
  const fresh = browser;
  await fresh.get(at('/'));
  await textShown(fresh, 'No plans yet');
  await fresh.get(at('/settings'));
  await (await field(fresh, 'Import backup')).sendKeys(backupPath);
  await textShown(fresh, '1 plan, 1 top-up and 1 receipt file');
  await (await button(fresh, 'Replace everything')).click();
  await textShown(fresh, 'The backup was imported.');
  await fresh.get(at('/'));
  await fresh.wait(until.elementLocated(By.linkText('WebKit plan')), WAIT).click();
  await headingIs(fresh, 'WebKit plan');
  await textShown(fresh, 'No. WK-1');
  await expectPhotoShown(fresh);

  // The interface in Traditional Chinese, kept across a reload.
  await fresh.get(at('/settings'));
  await (await field(fresh, 'Language')).findElement(By.xpath("option[.='繁體中文']")).click();
  await headingIs(fresh, '設定');
  await fresh.navigate().refresh();
  await headingIs(fresh, '設定');
  assert.equal(await fresh.executeScript(() => document.documentElement.lang), 'zh-Hant');
});

// What the README's platform table says of Safari, checked where WebKitGTK can show it.
test('the engine has what Topup needs and, as Safari, no Periodic Background Sync', async () => {
  await browser.get(at('/'));
  const found = await browser.executeAsyncScript((done) => {
    navigator.serviceWorker.ready.then((registration) =>
      done({
        periodicSync: 'periodicSync' in registration,
        showNotification: typeof registration.showNotification,
        trustedTypes: typeof trustedTypes,
        indexedDB: typeof indexedDB,
      }),
    );
  });
  assert.deepEqual(found, {
    periodicSync: false,
    showNotification: 'function',
    trustedTypes: 'object',
    indexedDB: 'object',
  });
});
