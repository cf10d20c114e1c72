import { html, type TemplateResult } from 'lit';

/**
 * The visible half of bad input: a translated message in `part="error"`,
 * announced as an alert, so an element never renders as an empty box. Lit
 * escapes the message, so it is safe for values the page supplied.
 */
export function renderError(message: string): TemplateResult {
  return html`<p part="error" role="alert">${message}</p>`;
}
