import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string>>;

/**
 * `style=${cssProps({ '--_at': '37%' })}`: CSS properties (custom or not, by
 * their CSS names) set through the CSSOM in the browser, never as a `style`
 * attribute, so a page whose Content Security Policy forbids inline styles
 * (`style-src` without `'unsafe-inline'`) still lays the elements out. A
 * server renders them as the attribute (the browser adopts those values when
 * it hydrates).
 */
class CssPropsDirective extends Directive {
  #previous: readonly string[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('cssProps() only binds to the style attribute');
  }

  render(props: Props): string {
    return Object.entries(props)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [props]: [Props]): typeof noChange {
    const style = part.element.style;
    for (const name of this.#previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.#previous = Object.keys(props);
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
