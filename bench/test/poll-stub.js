/* global HTMLElement, customElements */
// A stand-in for <opinion-poll-chart>, used only by test/poll-hook.test.mjs to
// check that the poll comparison works before the real element ships.
class PollStub extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  connectedCallback() {
    this.shadowRoot.innerHTML = `<figure part="chart"><svg width="300" height="150" role="img" aria-label="${this.getAttribute('series') ?? this.getAttribute('poll')}"><rect width="120" height="150" fill="#1f4fa8"></rect></svg></figure>`;
  }
}
if (!customElements.get('opinion-poll-chart')) customElements.define('opinion-poll-chart', PollStub);
