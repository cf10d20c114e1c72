import { expect, fixture } from '@open-wc/testing';
import { render } from 'lit';
import { badInputMessage, checkEnum, isOneOf, warn } from '../src/shared/warn.js';
import { renderError } from '../src/shared/error-message.js';
import { captureWarnings } from './helpers.js';


describe('bad input', () => {
  it('names the tag, the attribute, the value and what is allowed', () => {
    expect(
      badInputMessage({ tag: 'alliance-card', attribute: 'alliance', value: 'nope', allowed: ['a', 'b'] }),
    ).to.equal('<alliance-card>: "nope" is not a valid value for "alliance". Allowed: "a", "b".');
    expect(badInputMessage({ tag: 'alliance-card', attribute: 'alliance', value: null, allowed: 'an alliance id' })).to.equal(
      '<alliance-card>: the "alliance" attribute is missing. Allowed: an alliance id.',
    );
    expect(
      badInputMessage({ tag: 'x-y', attribute: 'poll', value: 'p', allowed: 'shares adding up to 100', problem: 'the shares add up to 93' }),
    ).to.equal('<x-y>: the shares add up to 93. Allowed: shares adding up to 100.');
  });

  it('warns once per tag, attribute and value', () => {
    const { warnings, restore } = captureWarnings();
    try {
      const input = { tag: 'warn-test', attribute: 'kind', value: 'once', allowed: ['a'] };
      expect(warn(input)).to.equal(true);
      expect(warn(input)).to.equal(false);
      expect(warn({ ...input, value: 'twice' })).to.equal(true);
      expect(warn({ ...input, attribute: 'other' })).to.equal(true);
      expect(warnings).to.have.length(3);
    } finally {
      restore();
    }
  });

  it('checks enumerated values, warning only for bad ones', () => {
    const { warnings, restore } = captureWarnings();
    try {
      const sizes = ['s', 'm', 'l'] as const;
      expect(checkEnum('enum-test', 'size', 'm', sizes, 's')).to.equal('m');
      expect(checkEnum('enum-test', 'size', null, sizes, 's')).to.equal('s');
      expect(warnings).to.have.length(0);
      expect(checkEnum('enum-test', 'size', 'xl', sizes, 's')).to.equal('s');
      expect(warnings).to.deep.equal(['<enum-test>: "xl" is not a valid value for "size". Allowed: "s", "m", "l".']);
      expect(isOneOf(sizes, 'l')).to.equal(true);
      expect(isOneOf(sizes, 3)).to.equal(false);
    } finally {
      restore();
    }
  });

  it('renders a visible, accessible alert in part="error", escaping the message', async () => {
    const host = await fixture<HTMLDivElement>('<div></div>');
    render(renderError('Bad <b>value</b> “x”'), host);
    const error = host.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.equal('Bad <b>value</b> “x”');
    expect(error.querySelector('b')).to.equal(null);
    await expect(host).to.be.accessible();
  });
});
