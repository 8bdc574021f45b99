/**
 * Checks the Netlify forms of a built page: what Netlify reads (the form's name from
 * `netlify-forms.ts`, the honeypot, the hidden `form-name` field) and the GOV.UK wiring the shared
 * form parts (`src/components/form/`) promise: an error summary first that can take focus, every
 * posted field inside a `Field` with its label, its error message and an `aria-describedby` that
 * names only ids present on the page. HTML is parsed as a browser would (hast-util-from-html).
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema } from 'property-information';
import { fieldIds } from '../../src/components/form/field-ids.ts';
import { FORM_NAME_FIELD, FORM_NAMES, HONEYPOT_FIELD } from '../../src/components/form/netlify-forms.ts';

/** An attribute as the page has it: the text of a list, '' for a present boolean, undefined when absent. */
export function attribute(el: Element, name: string): string | undefined {
  const value = el.properties[find(htmlSchema, name).property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function elements(node: Nodes | Root): Element[] {
  const found: Element[] = [];
  const walk = (n: Nodes | Root) => {
    if (n.type === 'element') found.push(n);
    if ('children' in n) for (const child of n.children) walk(child as Nodes);
  };
  walk(node);
  return found;
}

const hasClass = (el: Element, name: string) => (attribute(el, 'class') ?? '').split(' ').includes(name);

export interface FormReport {
  /** The Netlify forms on the page, by name. */
  names: string[];
  /** What is wrong with them; empty when nothing is. */
  problems: string[];
}

export function checkNetlifyForms(html: string): FormReport {
  const root = fromHtml(html);
  const all = elements(root);
  const ids = new Set(all.map((el) => attribute(el, 'id')).filter((id) => id !== undefined));
  const names: string[] = [];
  const problems: string[] = [];
  const knownNames: readonly string[] = Object.values(FORM_NAMES);

  for (const form of all.filter((el) => el.tagName === 'form' && attribute(el, 'data-netlify') === 'true')) {
    const name = attribute(form, 'name') ?? '';
    names.push(name);
    const problem = (text: string) => problems.push(`form "${name}": ${text}`);
    if (!knownNames.includes(name)) problem('its name is not one of FORM_NAMES');
    if (attribute(form, 'method') !== 'post') problem('method is not post');
    if (attribute(form, 'netlify-honeypot') !== HONEYPOT_FIELD) problem(`netlify-honeypot is not "${HONEYPOT_FIELD}"`);
    const inside = elements(form);
    const hiddenName = inside.find((el) => el.tagName === 'input' && attribute(el, 'name') === FORM_NAME_FIELD);
    if (!hiddenName || attribute(hiddenName, 'type') !== 'hidden' || attribute(hiddenName, 'value') !== name)
      problem(`no hidden "${FORM_NAME_FIELD}" field with the form's name`);
    const trap = inside.find((el) => el.tagName === 'p' && attribute(el, 'hidden') !== undefined);
    if (!trap || !elements(trap).some((el) => attribute(el, 'name') === HONEYPOT_FIELD))
      problem(`the honeypot field "${HONEYPOT_FIELD}" is not inside a hidden element`);

    const summary = inside.find((el) => attribute(el, 'data-error-summary') !== undefined);
    const firstVisible = inside.find((el) => hasClass(el, 'error-summary') || hasClass(el, 'field'));
    if (!summary || firstVisible !== summary) problem('no error summary before the fields');
    else {
      if (attribute(summary, 'tabindex') !== '-1') problem('the error summary cannot take focus (tabindex="-1")');
      if (!elements(summary).some((el) => attribute(el, 'role') === 'alert'))
        problem('the error summary has no role="alert"');
      if (!elements(summary).some((el) => attribute(el, 'data-error-list') !== undefined))
        problem('the error summary has no list for its links');
    }

    const fields = inside.filter((el) => hasClass(el, 'field'));
    const inField = new Set(fields.flatMap((field) => elements(field)));
    for (const control of inside.filter((el) => ['input', 'textarea', 'select'].includes(el.tagName))) {
      const controlName = attribute(control, 'name');
      if (controlName === FORM_NAME_FIELD || controlName === HONEYPOT_FIELD) continue;
      if (!inField.has(control)) problem(`"${controlName}" is not in a Field`);
    }
    for (const field of fields) {
      const id = attribute(field, 'data-field') ?? '';
      const control = elements(field).find((el) => attribute(el, 'id') === id);
      if (!control) {
        problem(`a field names the control "${id}", which it does not hold`);
        continue;
      }
      const within = elements(field);
      if (!within.some((el) => el.tagName === 'label' && attribute(el, 'for') === id)) problem(`"${id}" has no label`);
      const error = within.find((el) => attribute(el, 'id') === fieldIds(id).error);
      if (!error || attribute(error, 'hidden') === undefined) problem(`"${id}" has no hidden error message`);
      for (const described of (attribute(control, 'aria-describedby') ?? '').split(' ').filter(Boolean)) {
        if (!ids.has(described)) problem(`"${id}" is described by "${described}", which is not on the page`);
      }
    }
  }
  return { names, problems };
}
