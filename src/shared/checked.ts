import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Keeps a checkbox's checkedness (the property, which a reader's click changes
 * and the `checked` attribute no longer does) in step with `on`. Used beside
 * `?checked=${on}`, which is what a server renders: Lit's server renderer
 * writes a `.checked=${false}` binding as `checked="false"`, which checks the box.
 */
class CheckedDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('checked() belongs in an element position: <input ${checked(on)}>');
  }

  /** Renders nothing (a server renders `?checked` instead); `update` reads `on`. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature types checked()'s argument
  render(_on: boolean) {
    return nothing;
  }

  override update(part: ElementPart, [on]: [boolean]) {
    (part.element as HTMLInputElement).checked = on;
    return nothing;
  }
}

export const checked = directive(CheckedDirective);
