/**
 * What an entry's page shows besides the entry itself — the contact cards of the chosen contacts,
 * a press release's topic names, "Om <kommunen>" with the press room's text — loaded in the preview
 * through Decap's `getCollection`, so the pane shows the contacts and settings as they are saved in
 * the CMS now. The markup and classes are those of `src/pages/pressmeddelanden/[slug].astro` and
 * `src/components/ContactCard.astro`.
 */
import { contacts as contactsCollection } from '../../src/content-model/collections/contacts.ts';
import { pressSettings, SETTINGS_FOLDER, siteSettings } from '../../src/content-model/index.ts';
import type { GetCollection, PreviewNode, PreviewProps } from '../globals.d.ts';
import { h } from './helpers.ts';

interface Contact {
  name?: string;
  role?: string;
  unit?: string;
  phone?: string;
  email?: string;
}

export interface EntryContext {
  municipality: string;
  boilerplate: string;
  /** Topic id → name. */
  topics: Map<string, string>;
  /** Contact slug → contact. */
  contacts: Map<string, Contact>;
}

/** A loaded entry's data as a plain object (`getCollection` gives an Immutable Map around it). */
function dataOf(entry: unknown): Record<string, unknown> {
  const data = (entry as { get?: (key: string) => unknown } | undefined)?.get?.('data');
  const plain =
    data && typeof (data as { toJS?: unknown }).toJS === 'function' ? (data as { toJS(): unknown }).toJS() : data;
  return plain && typeof plain === 'object' ? (plain as Record<string, unknown>) : {};
}

export async function loadEntryContext(getCollection: GetCollection): Promise<EntryContext> {
  const [site, press, contacts] = await Promise.all([
    getCollection(SETTINGS_FOLDER, siteSettings.name),
    getCollection(SETTINGS_FOLDER, pressSettings.name),
    getCollection(contactsCollection.name),
  ]);
  const pressData = dataOf(press);
  const topics = Array.isArray(pressData.topics) ? (pressData.topics as { id?: string; label?: string }[]) : [];
  const list = (
    Array.isArray(contacts) ? contacts : ((contacts as { toArray?: () => unknown[] })?.toArray?.() ?? [])
  ) as {
    get(key: string): unknown;
  }[];
  return {
    municipality: String(dataOf(site).municipality ?? ''),
    boilerplate: String(pressData.boilerplate ?? ''),
    topics: new Map(topics.map((t) => [String(t.id), String(t.label ?? t.id)])),
    contacts: new Map(list.map((c) => [String(c.get('slug')), dataOf(c) as Contact])),
  };
}

function contactCard(id: string, contact: Contact | undefined): PreviewNode {
  // A contact removed since it was chosen: its id, as the build would refuse it.
  if (!contact) return h('div', { className: 'contact-card', key: id }, h('h3', null, id));
  return h(
    'div',
    { className: 'contact-card', key: id },
    h('h3', null, contact.name ?? id),
    contact.role ? h('p', null, contact.role) : null,
    contact.unit ? h('p', null, contact.unit) : null,
    contact.phone ? h('p', null, 'Telefon: ', h('a', { className: 'phone', dir: 'ltr' }, contact.phone)) : null,
    contact.email ? h('p', null, 'E-post: ', h('a', null, contact.email)) : null,
  );
}

/** The contact cards, as the page shows them under "Kontakt" (a page has one contact, a release a list). */
export function contactsSection(ids: string[], context: EntryContext | undefined): PreviewNode {
  if (ids.length === 0 || !context) return null;
  const cards = ids.map((id) => contactCard(id, context.contacts.get(id)));
  return h(
    'section',
    null,
    h('h2', null, 'Kontakt'),
    ids.length === 1 ? cards[0] : h('div', { className: 'contact-list' }, ...cards),
  );
}

/** "Ämnen: …" with the topics' names. */
export function topicsLine(ids: string[], context: EntryContext | undefined): PreviewNode {
  if (ids.length === 0 || !context) return null;
  return h('p', { className: 'meta' }, `Ämnen: ${ids.map((id) => context.topics.get(id) ?? id).join(', ')}`);
}

/** "Om <kommunen>" with the press room's text, as at the foot of every release. */
export function aboutSection(context: EntryContext | undefined): PreviewNode {
  if (!context) return null;
  return h(
    'section',
    { className: 'aside-box prose' },
    h('h2', null, `Om ${context.municipality}`),
    h('p', null, context.boilerplate),
  );
}

interface ContextState<T> {
  context: T | undefined;
}

/**
 * A preview that also needs other entries: loads them when the pane opens and draws with them
 * (without those parts while they load, or if they cannot be loaded). What was loaded last is
 * drawn at once when the pane opens again (Decap opens a new one after every save), and loaded
 * again behind it, so an edit made in the CMS since shows too.
 */
export function withContext<T>(
  load: (getCollection: GetCollection) => Promise<T>,
  render: (props: PreviewProps, context: T | undefined) => PreviewNode,
): unknown {
  let last: T | undefined;
  return window.createClass({
    getInitialState(): ContextState<T> {
      return { context: last };
    },
    componentDidMount(this: { props: PreviewProps; setState(state: ContextState<T>): void }) {
      const { getCollection } = this.props;
      if (!getCollection) return;
      load(getCollection)
        .then((context) => {
          last = context;
          this.setState({ context });
        })
        .catch((error: unknown) =>
          console.error('Förhandsvisningen kunde inte läsa inställningar och kontakter', error),
        );
    },
    render(this: { props: PreviewProps; state: ContextState<T> }) {
      return render(this.props, this.state.context);
    },
  });
}
