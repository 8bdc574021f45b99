/**
 * Two things Decap 3.16 does not do and has no hook for (no event on a refused save, no option for
 * the rich-text editor's name), done here from outside by watching its DOM:
 *
 * - When a save or publish is refused, focus and scroll go to the first field in error (in form
 *   order), and a notice of ours names that field and says what is wrong. Decap only shows a toast
 *   ("Ett obligatoriskt fält är tomt …") and marks the fields, wherever the editor happens to be.
 * - The rich-text body editor (Slate, a `contenteditable` with role textbox) gets its field's label
 *   as its accessible name; Decap gives it none.
 *
 * What is read from Decap's markup: its field label is a `<label for>` in the field's top bar, and
 * the errors are the list beside it (an emotion component labelled `ControlErrorsList`, which shows
 * in its class name). If a Decap upgrade changes that, `tests/browser/cms.browser.test.ts` fails.
 */

const ERROR_LIST = 'ul[class*="ControlErrorsList"]';
const RICH_TEXT = '[data-slate-editor="true"]';
const NOTICE_ID = 'refused-save-notice';
/** How long after a click on Spara/Publicera the errors may take to appear. */
const WAIT_MS = 2000;

/** The label text of a field, without Decap's "(frivillig)". */
function labelText(label: Element | null | undefined): string {
  return (label?.textContent ?? '').replace(/\s*\(frivillig\)\s*$/, '').trim();
}

interface FieldInError {
  label: string;
  message: string;
  focusTarget: HTMLElement | null;
  container: HTMLElement;
}

function firstFieldInError(): FieldInError | undefined {
  const list = document.querySelector(ERROR_LIST);
  const topbar = list?.parentElement;
  const container = topbar?.parentElement;
  if (!list || !topbar || !container) return undefined;
  const label = topbar.querySelector('label');
  const byId = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
  const focusable = byId?.matches('input, textarea, select, button, [contenteditable="true"], [tabindex]')
    ? byId
    : container.querySelector<HTMLElement>(
        'input:not([type="hidden"]), textarea, select, [contenteditable="true"], button, [tabindex="0"]',
      );
  return {
    label: labelText(label),
    message: (list.textContent ?? '').trim(),
    focusTarget: focusable,
    container,
  };
}

function showNotice(field: FieldInError, count: number): void {
  let notice = document.getElementById(NOTICE_ID);
  if (!notice) {
    notice = document.createElement('div');
    notice.id = NOTICE_ID;
    notice.setAttribute('role', 'alert');
    // Outside Decap's React tree (which would remove it), so styled here: /admin/ has no stylesheet of ours.
    Object.assign(notice.style, {
      // At the foot of the window, so it never covers the field it sends the editor to.
      position: 'fixed',
      bottom: '1rem',
      left: '50%',
      transform: 'translateX(-50%)',
      zIndex: '1000',
      maxWidth: 'min(40rem, calc(100vw - 2rem))',
      padding: '0.75rem 1rem',
      background: '#fff0f0',
      color: '#5c0011',
      border: '2px solid #b00020',
      borderRadius: '4px',
      font: '16px/1.4 system-ui, sans-serif',
      boxShadow: '0 2px 8px rgb(0 0 0 / 0.2)',
    });
    document.body.append(notice);
  }
  const more = count > 1 ? ` ${count - 1} fält till behöver också rättas.` : '';
  const text = `Inte sparat. Rätta fältet ”${field.label}”: ${field.message}${more}`;
  // Only on change: the notice is in the observed tree, and writing it again would notify again.
  if (notice.textContent !== text) notice.textContent = text;
  if (notice.hidden) notice.hidden = false;
}

/** Keeps a shown notice true as the editor fixes fields: it names the next field in error, or goes. */
function refreshNotice(): void {
  const notice = document.getElementById(NOTICE_ID);
  if (!notice || notice.hidden) return;
  const field = firstFieldInError();
  if (field) showNotice(field, document.querySelectorAll(ERROR_LIST).length);
  else notice.hidden = true;
}

/** After a click on a save or publish control: if Decap refuses, take the editor to the first error. */
function afterSaveAttempt(): void {
  const started = Date.now();
  const check = () => {
    const field = firstFieldInError();
    if (field) {
      field.container.scrollIntoView({ block: 'center' });
      field.focusTarget?.focus({ preventScroll: true });
      showNotice(field, document.querySelectorAll(ERROR_LIST).length);
      return;
    }
    if (Date.now() - started < WAIT_MS) window.setTimeout(check, 100);
  };
  window.setTimeout(check, 50);
}

const SAVE_LABEL = /^(Spara|Publicera nu|Publicera och skapa ny|Publicera och duplicera)$/;

function isSaveControl(target: EventTarget | null): boolean {
  const control = target instanceof Element ? target.closest('button, [role="menuitem"]') : null;
  return control !== null && SAVE_LABEL.test((control.textContent ?? '').trim());
}

/**
 * Names Decap and its libraries leave English or empty, set from the field's label where there is
 * one: the "Nu" button of a date field ("Set published to now" with the field's key), the toasts'
 * close button and timer (react-toastify's own English), the × of each chosen value in a select or
 * relation field (react-select's "Remove …"), the rich-text/Markdown switch (no name).
 */
function nameControls(): void {
  // Every time, not once: React reuses these buttons for another field when the form changes.
  for (const button of document.querySelectorAll('[data-testid="now-button"]')) {
    const label = labelText(fieldLabelFor(button));
    const name = label ? `Fyll i aktuell tid i ”${label}”` : 'Fyll i aktuell tid';
    if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
  }
  for (const close of document.querySelectorAll('.Toastify__close-button[aria-label="close"]')) {
    close.setAttribute('aria-label', 'Stäng meddelandet');
  }
  for (const timer of document.querySelectorAll('[role="progressbar"][aria-label="notification timer"]')) {
    timer.setAttribute('aria-label', 'Tid tills meddelandet stängs');
  }
  // react-select (Decap's select and relation fields) names each chosen value's × "Remove <value>".
  for (const remove of document.querySelectorAll('[aria-label^="Remove "]')) {
    remove.setAttribute('aria-label', `Ta bort ${(remove.getAttribute('aria-label') ?? '').slice('Remove '.length)}`);
  }
  // The body editor's switch between formatted text and Markdown has only the texts around it.
  for (const toggle of document.querySelectorAll('[role="switch"]:not([aria-label]):not([aria-labelledby])')) {
    if (toggle.parentElement?.textContent?.includes('Markdown-kod')) toggle.setAttribute('aria-label', 'Markdown-kod');
  }
  const identity = document.querySelector('iframe#netlify-identity-widget[title="Netlify identity widget"]');
  identity?.setAttribute('title', 'Inloggning med Netlify Identity');
}

/**
 * react-select (Decap's select and relation fields) announces in English through its live region
 * ("option Pressmeddelande, selected.", "3 results available for search term He.", "Select is
 * focused ,type to refine list, …"); Decap passes it no `ariaLiveMessages`. Its messages, as
 * react-select 5 writes them, in Swedish. Exported for the unit test.
 */
export function swedishLiveMessage(text: string): string {
  const results = (count: string) => `${count} ${count === '1' ? 'träff' : 'träffar'}`;
  return text
    .replace(/option (.+?), deselected\./g, '$1, borttaget.')
    .replace(/All selected options have been cleared\./g, 'Alla val är borttagna.')
    .replace(/options? (.+?), selected\./g, '$1, valt.')
    .replace(/option (.+?) is disabled\. Select another option\./g, '$1 går inte att välja. Välj något annat.')
    .replace(/value (.+?) focused, (\d+) of (\d+)\./g, 'Valt värde $1, $2 av $3.')
    .replace(
      /(\d+) results? available for search term (.+?)\./g,
      (_, n: string, term: string) => `${results(n)} för ”${term}”.`,
    )
    .replace(/(\d+) results? available\.?/g, (_, n: string) => `${results(n)}.`)
    .replace(
      /Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu(, press Tab to select the option and exit the menu)?\./g,
      (_, tab?: string) =>
        `Bläddra med pil upp och pil ned, välj med Enter, stäng menyn med Escape${tab ? ', välj och gå vidare med Tab' : ''}.`,
    )
    .replace(
      /(\S[^.]*?) is focused (,type to refine list)?, press Down to open the menu, ( press left to focus selected values)?/g,
      (_, label: string, type?: string, left?: string) =>
        `${label === 'Select' ? 'Listan' : label} har fokus.${type ? ' Skriv för att söka.' : ''} Öppna menyn med pil ned.${left ? ' Gå till valda värden med pil vänster.' : ''}`,
    )
    .replace(
      /Use left and right to toggle between focused values, press Backspace to remove the currently focused value/g,
      'Gå mellan valda värden med pil vänster och pil höger, ta bort det markerade med Backsteg.',
    );
}

function translateLiveRegions(): void {
  for (const region of document.querySelectorAll('[aria-live] span[id^="aria-"]')) {
    // The text node's data, not the node: React keeps writing to the node it made.
    for (const node of region.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const text = (node as Text).data;
      const swedish = swedishLiveMessage(text);
      if (swedish !== text) (node as Text).data = swedish;
    }
  }
}

/** The label of the field a control belongs to: the nearest ancestor with a label in its top bar. */
function fieldLabelFor(element: Element): Element | null {
  let node: Element | null = element.parentElement;
  while (node && !node.querySelector(':scope > div > label, :scope > label')) node = node.parentElement;
  return node?.querySelector(':scope > div > label, :scope > label') ?? null;
}

function nameRichTextEditors(): void {
  for (const editor of document.querySelectorAll(RICH_TEXT)) {
    // The field's label is in the top bar before the widget.
    const label = labelText(fieldLabelFor(editor));
    if (label && editor.getAttribute('aria-label') !== label) editor.setAttribute('aria-label', label);
  }
}

/** Starts watching the CMS; call once, before or after `CMS.init`. */
export function installFormHelp(): void {
  document.addEventListener(
    'click',
    (event) => {
      if (isSaveControl(event.target)) afterSaveAttempt();
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && isSaveControl(event.target)) afterSaveAttempt();
    },
    true,
  );
  new MutationObserver(() => {
    nameRichTextEditors();
    nameControls();
    translateLiveRegions();
    refreshNotice();
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}
