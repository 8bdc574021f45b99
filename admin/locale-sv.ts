/**
 * Decap's Swedish locale, completed. Decap 3.16 falls back to English for every phrase its `sv`
 * lacks ("Add %{item}", "Expand", "Strikethrough", "Set %{fieldLabel} to now", "Account options
 * dropdown" …) and leaves a few in English ("Rich Text", "Oops, …"). `registerSwedish` merges these
 * over Decap's own `sv` (read from Decap, so its translations stay its own) and registers the result
 * before the CMS starts. Keys as in decap-cms-locales/src/en.
 */
import type { DecapCms, LocalePhrases } from './globals.d.ts';

export const SWEDISH_ADDITIONS: LocalePhrases = {
  collection: {
    collectionTop: {
      viewAsList: 'Visa som lista',
      viewAsGrid: 'Visa som rutnät',
    },
    entries: {
      unpublishedHeader: 'Opublicerade inlägg',
    },
  },
  editor: {
    editorControl: {
      field: {
        // Decap passes the widget's type ("string", "markdown"), not the field's label.
        widgetLabel: 'Fält',
      },
    },
    editorControlPane: {
      i18n: {
        copyFromLocale: 'Fyll i från ett annat språk',
        copyFromLocaleConfirm: 'Vill du fylla i från språket %{locale}?\nAllt som redan står här skrivs över.',
      },
    },
    editorInterface: {
      toggleNotes: 'Visa/dölj anteckningar',
    },
    editorNotesPane: {
      title: 'Anteckningar',
      emptyState: 'Inga anteckningar ännu. Skriv den första nedan.',
      addNote: 'Lägg till anteckning',
      addPlaceholder: 'Skriv en anteckning …',
      editPlaceholder: 'Ändra anteckningen …',
      save: 'Spara',
      cancel: 'Avbryt',
      edit: 'Ändra',
      delete: 'Radera',
      resolve: 'Markera som klar',
      unresolve: 'Öppna igen',
      confirmDelete: 'Vill du radera anteckningen?',
      shortcut: 'Tips: tryck Ctrl+Enter för att lägga till anteckningen.',
    },
    editorToolbar: {
      deployButtonLabel: 'Visa på webbplatsen',
      // Decap's own sv misspells it ("Updaterar").
      updating: 'Uppdaterar …',
      deployPreviewButtonLabel: 'Visa förhandsversionen',
      statusInfoTooltipDraft:
        'Inlägget är ett utkast. Ändra status till Under granskning när det är klart att granska.',
      statusInfoTooltipInReview:
        'Inlägget granskas. Du behöver inte göra något mer, men du kan fortfarande ändra i det under granskningen.',
    },
    editorWidgets: {
      markdown: {
        richText: 'Formaterad text',
        markdown: 'Markdown-kod',
        strikethrough: 'Genomstruken',
        toggleMode: {
          rich: 'Byt till formaterad text',
          markdown: 'Byt till Markdown-kod',
        },
      },
      image: {
        chooseMultiple: 'Välj bilder',
        addMore: 'Lägg till fler bilder',
        removeAll: 'Ta bort alla bilder',
      },
      file: {
        chooseMultiple: 'Välj filer',
        addMore: 'Lägg till fler filer',
        removeAll: 'Ta bort alla filer',
      },
      datetime: {
        // Decap passes the field's key ("published"), not its label; `form-help.ts` names the
        // button with the label.
        setToNow: 'Fyll i aktuell tid',
      },
      list: {
        add: 'Lägg till %{item}',
        addType: 'Lägg till %{item}',
      },
      object: {
        expand: 'Visa',
        collapse: 'Dölj',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryModal: {
      close: 'Stäng',
    },
  },
  ui: {
    settingsDropdown: {
      account: 'Kontomeny',
    },
    toast: {
      missingRequiredField: 'Ett obligatoriskt fält är tomt. Fyll i det innan du sparar.',
      noteAdded: 'Anteckningen är tillagd',
      onFailToAddNote: 'Kunde inte lägga till anteckningen: %{details}',
      noteUpdated: 'Anteckningen är ändrad',
      onFailToUpdateNote: 'Kunde inte ändra anteckningen: %{details}',
      noteDeleted: 'Anteckningen är raderad',
      onFailToDeleteNote: 'Kunde inte radera anteckningen: %{details}',
      noteResolved: 'Anteckningen är markerad som klar',
      noteReopened: 'Anteckningen är öppnad igen',
      onFailToToggleNote: 'Kunde inte ändra anteckningens status: %{details}',
    },
  },
};

/** `base` with `over` written on top, nested objects merged (neither is changed). */
export function mergePhrases(base: LocalePhrases, over: LocalePhrases): LocalePhrases {
  const out: LocalePhrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return out;
}

/** Registers Decap's `sv` completed with `SWEDISH_ADDITIONS`; call before `CMS.init`. */
export function registerSwedish(cms: DecapCms): void {
  cms.registerLocale('sv', mergePhrases(cms.getLocale('sv') ?? {}, SWEDISH_ADDITIONS));
}
