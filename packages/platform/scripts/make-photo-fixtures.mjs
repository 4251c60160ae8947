// Writes the JPEG fixtures of the prescription-upload tests (test/fixtures/photos/): photos of a
// page of text drawn on a canvas and encoded by Chromium's own JPEG encoder (baseline, 4:2:0),
// so the sandbox's decoder is tested on a real encoder's output. Run once; the output is committed.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const out = new URL('../test/fixtures/photos/', import.meta.url);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage();
const variants = {
  sharp: { filter: 'none', shift: 0, scale: 1 },
  blurry: { filter: 'blur(5px)', shift: 0, scale: 1 },
  dark: { filter: 'brightness(0.3)', shift: 0, scale: 1 },
  cut_off: { filter: 'none', shift: 420, scale: 1 },
  small: { filter: 'none', shift: 0, scale: 0.45 },
};
for (const [name, v] of Object.entries(variants)) {
  const base64 = await page.evaluate(async ({ filter, shift, scale }) => {
    const w = 800;
    const h = 600;
    const page = document.createElement('canvas');
    page.width = w;
    page.height = h;
    const c = page.getContext('2d');
    c.fillStyle = 'rgb(92,80,70)';
    c.fillRect(0, 0, w, h);
    c.fillStyle = 'rgb(236,234,228)';
    c.fillRect(110 + shift, 40, 580, 520);
    c.fillStyle = 'rgb(20,30,60)';
    c.font = '18px sans-serif';
    for (let line = 0; line < 18; line++) {
      c.fillText(
        `Rx ${line + 1}  Metformin 500 mg  1 tablet twice daily`,
        140 + shift,
        90 + line * 25,
      );
    }
    const photo = document.createElement('canvas');
    photo.width = Math.round(w * scale);
    photo.height = Math.round(h * scale);
    const p = photo.getContext('2d');
    p.filter = filter;
    p.drawImage(page, 0, 0, photo.width, photo.height);
    const blob = await new Promise((resolve) => photo.toBlob(resolve, 'image/jpeg', 0.85));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, v);
  writeFileSync(new URL(`${name}.jpg`, out), Buffer.from(base64, 'base64'));
}
await browser.close();
