import './helpers.js';
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './fixtures/plumbing-probe.js';
import type { PlumbingProbe } from './fixtures/plumbing-probe.js';

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(23, 25, 30)';

const bg = (el: Element) => getComputedStyle(el).backgroundColor;
const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

/**
 * Media emulation needs the Chrome DevTools Protocol; Firefox (WebDriver BiDi)
 * and WebKit (classic WebDriver) have no equivalent, so those tests skip there.
 */
async function emulate(ctx: Mocha.Context, media: Record<string, string>): Promise<void> {
  const names: Record<string, string> = {
    colorScheme: 'prefers-color-scheme',
    reducedMotion: 'prefers-reduced-motion',
    forcedColors: 'forced-colors',
  };
  const features = Object.entries(media).map(([key, value]) => ({ name: names[key], value }));
  if (!(await executeServerCommand('frr-emulate-media-features', { features }))) ctx.skip();
}

describe('theme tokens', () => {
  afterEach(async () => {
    await executeServerCommand('frr-emulate-media-features', { features: [] });
  });

  it('uses the light palette with theme="light" and the dark one with theme="dark"', async () => {
    const light = await fixture<PlumbingProbe>(html`<plumbing-probe theme="light"></plumbing-probe>`);
    const dark = await fixture<PlumbingProbe>(html`<plumbing-probe theme="dark"></plumbing-probe>`);
    expect(bg(light)).to.equal(LIGHT_BG);
    expect(bg(dark)).to.equal(DARK_BG);
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    await expect(light).to.be.accessible();
    await expect(dark).to.be.accessible();
  });

  it('follows prefers-color-scheme with theme="system", whatever the page declares', async function () {
    const el = await fixture<PlumbingProbe>(html`<plumbing-probe theme="system"></plumbing-probe>`);
    await emulate(this, { colorScheme: 'dark' });
    expect(bg(el)).to.equal(DARK_BG);
    await emulate(this, { colorScheme: 'light' });
    expect(bg(el)).to.equal(LIGHT_BG);
  });

  it('follows the page with theme="auto": light on a page that declares no color-scheme, even for a reader who prefers dark', async function () {
    const el = await fixture<PlumbingProbe>(html`<plumbing-probe></plumbing-probe>`);
    await emulate(this, { colorScheme: 'dark' });
    expect(bg(el)).to.equal(LIGHT_BG);
  });

  it('follows the page with theme="auto": its color-scheme, light dark (the reader\'s preference) or dark', async function () {
    const wrapper = await fixture<HTMLElement>(html`<div><plumbing-probe></plumbing-probe></div>`);
    const el = wrapper.querySelector('plumbing-probe')!;
    wrapper.style.colorScheme = 'light dark';
    await emulate(this, { colorScheme: 'dark' });
    expect(bg(el)).to.equal(DARK_BG);
    await emulate(this, { colorScheme: 'light' });
    expect(bg(el)).to.equal(LIGHT_BG);
    wrapper.style.colorScheme = 'dark';
    expect(bg(el)).to.equal(DARK_BG);
  });

  it('lets theme="light" override a dark preference', async function () {
    const el = await fixture<PlumbingProbe>(html`<plumbing-probe theme="light"></plumbing-probe>`);
    await emulate(this, { colorScheme: 'dark' });
    expect(bg(el)).to.equal(LIGHT_BG);
  });

  it('reads the global --frr-* tier from the page without any global stylesheet', async () => {
    const wrapper = await fixture(html`<div style="--frr-color-surface: rgb(1, 2, 3); --frr-color-text: rgb(4, 5, 6)">
      <plumbing-probe theme="dark"></plumbing-probe>
    </div>`);
    const el = wrapper.querySelector('plumbing-probe')!;
    expect(bg(el)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).color).to.equal('rgb(4, 5, 6)');
  });

  it('takes a colour per scheme from the page with light-dark(), so a page colour never breaks the other scheme', async () => {
    const wrapper = await fixture(html`<div style="--frr-color-surface: light-dark(rgb(250, 240, 230), rgb(10, 20, 30)); --frr-color-text: light-dark(rgb(4, 5, 6), rgb(240, 241, 242))">
      <plumbing-probe theme="light"></plumbing-probe><plumbing-probe theme="dark"></plumbing-probe>
    </div>`);
    const [light, dark] = [...wrapper.querySelectorAll('plumbing-probe')];
    expect(bg(light!)).to.equal('rgb(250, 240, 230)');
    expect(getComputedStyle(light!).color).to.equal('rgb(4, 5, 6)');
    expect(bg(dark!)).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(dark!).color).to.equal('rgb(240, 241, 242)');
    // And a plain colour is the same in both, which is why the README shows light-dark().
    const plain = await fixture(html`<div style="--frr-color-surface: rgb(250, 240, 230)"><plumbing-probe theme="dark"></plumbing-probe></div>`);
    expect(bg(plain.querySelector('plumbing-probe')!)).to.equal('rgb(250, 240, 230)');
  });

  it('never declares a --frr-* property itself', async () => {
    const el = await fixture<PlumbingProbe>(html`<plumbing-probe></plumbing-probe>`);
    expect(token(el, '--frr-color-surface')).to.equal('');
    expect(token(el, '--frr-color-accent')).to.equal('');
  });

  it('lets the per-element tier override private tokens', async () => {
    const el = await fixture<PlumbingProbe>(html`<plumbing-probe style="--plumbing-probe-gap: 9px"></plumbing-probe>`);
    expect(token(el, '--_probe-gap')).to.equal('9px');
  });

  it('inherits the page’s font unless --frr-font-family is set', async () => {
    const wrapper = await fixture(html`<div style="font-family: Georgia, serif; font-size: 21px">
      <plumbing-probe></plumbing-probe>
      <plumbing-probe style="--frr-font-family: monospace"></plumbing-probe>
    </div>`);
    const [inherits, themed] = wrapper.querySelectorAll('plumbing-probe');
    expect(getComputedStyle(inherits!).fontFamily).to.equal(getComputedStyle(wrapper).fontFamily);
    expect(getComputedStyle(inherits!).fontSize).to.equal('21px');
    expect(getComputedStyle(themed!).fontFamily).to.equal('monospace');
  });

  it('zeroes durations when the reader prefers reduced motion', async function () {
    const el = await fixture<PlumbingProbe>(html`<plumbing-probe></plumbing-probe>`);
    expect(token(el, '--_duration')).to.equal('160ms');
    await emulate(this, { reducedMotion: 'reduce' });
    expect(token(el, '--_duration')).to.equal('0s');
  });

  it('maps tokens to system colours in forced-colours mode', async function () {
    const el = await fixture<PlumbingProbe>(html`<plumbing-probe theme="dark"></plumbing-probe>`);
    await emulate(this, { forcedColors: 'active' });
    expect(token(el, '--_fg')).to.equal('CanvasText');
    expect(token(el, '--_accent')).to.equal('LinkText');
  });

  it('hides with the hidden attribute despite display: block', async () => {
    const el = await fixture<PlumbingProbe>(html`<plumbing-probe hidden></plumbing-probe>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('warns once about an unknown theme and falls back to auto', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<PlumbingProbe>(html`<plumbing-probe theme="sepia"></plumbing-probe>`);
      el.requestUpdate();
      await el.updateComplete;
      await fixture(html`<plumbing-probe theme="sepia"></plumbing-probe>`);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.equal(
        '<plumbing-probe>: "sepia" is not a valid value for "theme". Allowed: "auto", "system", "light", "dark".',
      );
    } finally {
      console.warn = original;
    }
  });
});
