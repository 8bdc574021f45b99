/**
 * The field vocabulary of the content model. Every content type is a list of these; the Astro
 * (zod) schema is derived from them in `to-zod.ts` and the Decap CMS config in the CMS issue, so
 * a field's name, Swedish label, editor hint and rules are written exactly once.
 */

/** An option of a select field: the stored ASCII value and the Swedish label editors see. */
export interface Option {
  readonly value: string;
  readonly label: string;
}

/** Collections (and settings lists) a relation field may point at. */
export type RelationTarget = 'kontakter' | 'dokument' | 'amnen' | 'sidor' | 'sprak';

interface Base {
  /** Key in the front matter or data file (ASCII, camelCase). */
  readonly name: string;
  /** Swedish label shown to editors. */
  readonly label: string;
  /** One-line Swedish hint shown under the field in the CMS. */
  readonly hint: string;
  /** Whether the field must be filled in. Optional fields accept Decap's cleared value `""`. */
  readonly required: boolean;
}

export type Field =
  | (Base & { readonly widget: 'string'; readonly max?: number; readonly pattern?: readonly [RegExp, string] })
  | (Base & { readonly widget: 'text'; readonly max?: number })
  | (Base & { readonly widget: 'url' })
  | (Base & { readonly widget: 'email' })
  | (Base & { readonly widget: 'phone' })
  | (Base & { readonly widget: 'date' })
  | (Base & { readonly widget: 'datetime' })
  | (Base & { readonly widget: 'number'; readonly min?: number; readonly max?: number })
  | (Base & { readonly widget: 'boolean'; readonly default: boolean })
  | (Base & { readonly widget: 'select'; readonly options: readonly Option[]; readonly multiple?: boolean })
  | (Base & { readonly widget: 'relation'; readonly collection: RelationTarget; readonly multiple?: boolean })
  | (Base & { readonly widget: 'image' })
  | (Base & { readonly widget: 'file'; readonly extensions: readonly string[] })
  | (Base & { readonly widget: 'list'; readonly fields: readonly Field[]; readonly min?: number })
  | (Base & { readonly widget: 'object'; readonly fields: readonly Field[] });

export type Widget = Field['widget'];

/** A rule that involves more than one field (e.g. a warning must end after it starts). */
export interface CrossFieldCheck {
  /** The field the error is reported on. */
  readonly path: readonly string[];
  readonly message: string;
  readonly test: (data: Record<string, unknown>) => boolean;
}

/** A folder of entries, one file each. */
export interface CollectionDef<Fs extends readonly Field[] = readonly Field[]> {
  /** Folder under the content folder and Astro collection name (ASCII). */
  readonly name: string;
  readonly label: string;
  readonly labelSingular: string;
  readonly hint: string;
  /** `md`/`mdx`: front matter and a Markdown body; `yml`: data only. */
  readonly format: 'md' | 'mdx' | 'yml';
  /** The Markdown body, for `md`/`mdx` collections. */
  readonly body?: { readonly label: string; readonly hint: string; readonly required: boolean };
  readonly fields: Fs;
  readonly checks?: readonly CrossFieldCheck[];
  /** The field the CMS builds the file name (slug) from. */
  readonly slugFrom: string;
  /**
   * A Decap slug template for new files instead of `slugFrom` alone, with fields by name
   * (`{{language}}-{{original}}`), for entries whose title does not make a good ASCII file name.
   */
  readonly slugTemplate?: string;
  /** Slugs an entry may not have, because another page of the site uses that URL. */
  readonly reservedSlugs?: readonly string[];
}

/** One settings file (a singleton) in the `installningar` folder. */
export interface SingletonDef<Fs extends readonly Field[] = readonly Field[]> {
  /** File name without extension, and the Astro collection is `installningar-<name>`. */
  readonly name: string;
  readonly label: string;
  readonly hint: string;
  readonly fields: Fs;
  /**
   * A municipality that does not have this (e.g. no award) leaves the file out; the pages that
   * need it are then not built. Settings every page needs are never optional.
   */
  readonly optional?: boolean;
  readonly checks?: readonly CrossFieldCheck[];
}

// Builders: `required.string(...)` reads better in the type modules than object literals, and
// they keep each field's name, requiredness and options as literal types so `Infer` below can
// give templates exact types without a hand-written interface per content type.
type Spec<W extends Widget> = Omit<Extract<Field, { widget: W }>, 'widget' | 'required' | 'name' | 'label' | 'hint'>;
type Made<W extends Widget, N extends string, R extends boolean, S> = Extract<Field, { widget: W }> & {
  readonly name: N;
  readonly required: R;
} & S;

function builder<R extends boolean>(required: R) {
  const make =
    <W extends Widget>(widget: W) =>
    <const N extends string, const S extends Spec<W> = Spec<W>>(name: N, label: string, hint: string, spec?: S) =>
      ({ widget, name, label, hint, required, ...spec }) as unknown as Made<W, N, R, S>;
  return {
    string: make('string'),
    text: make('text'),
    url: make('url'),
    email: make('email'),
    phone: make('phone'),
    date: make('date'),
    datetime: make('datetime'),
    number: make('number'),
    boolean: <const N extends string>(name: N, label: string, hint: string, defaultValue = false) =>
      make('boolean')(name, label, hint, { default: defaultValue }),
    select: <const N extends string, const O extends readonly Option[], const M extends boolean = false>(
      name: N,
      label: string,
      hint: string,
      options: O,
      multiple?: M,
    ) => make('select')(name, label, hint, { options, multiple: (multiple ?? false) as M }),
    relation: <const N extends string, const C extends RelationTarget, const M extends boolean = false>(
      name: N,
      label: string,
      hint: string,
      collection: C,
      multiple?: M,
    ) => make('relation')(name, label, hint, { collection, multiple: (multiple ?? false) as M }),
    image: make('image'),
    file: <const N extends string>(name: N, label: string, hint: string, extensions: readonly string[]) =>
      make('file')(name, label, hint, { extensions }),
    list: <const N extends string, const F extends readonly Field[]>(
      name: N,
      label: string,
      hint: string,
      fields: F,
      min?: number,
    ) => make('list')(name, label, hint, min === undefined ? { fields } : { fields, min }),
    object: <const N extends string, const F extends readonly Field[]>(
      name: N,
      label: string,
      hint: string,
      fields: F,
    ) => make('object')(name, label, hint, { fields }),
  };
}

/** Builders for fields that must be filled in. */
export const required = builder(true);
/** Builders for fields that may be left empty. */
export const optional = builder(false);

// ---- Types of the parsed data, derived from the field lists --------------------------------

/** The parsed value of one field, as templates receive it. */
export type ValueOf<F> = F extends { widget: 'string' | 'text' | 'url' | 'email' | 'phone' | 'date' | 'image' | 'file' }
  ? string
  : F extends { widget: 'datetime' }
    ? Date
    : F extends { widget: 'number' }
      ? number
      : F extends { widget: 'boolean' }
        ? boolean
        : F extends { widget: 'select'; options: readonly (infer O)[] }
          ? O extends { value: infer V }
            ? F extends { multiple: true }
              ? V[]
              : V
            : never
          : F extends { widget: 'relation' }
            ? F extends { multiple: true }
              ? string[]
              : string
            : F extends { widget: 'list'; fields: infer Fs extends readonly Field[] }
              ? Infer<Fs>[]
              : F extends { widget: 'object'; fields: infer Fs extends readonly Field[] }
                ? Infer<Fs>
                : never;

type RequiredNames<Fs extends readonly Field[]> = Extract<
  Fs[number],
  { required: true } | { widget: 'boolean' }
>['name'];

/** The parsed data of a list of fields: required ones (and booleans, which default) always present. */
export type Infer<Fs extends readonly Field[]> = {
  [F in Fs[number] as F['name'] extends RequiredNames<Fs> ? F['name'] : never]: ValueOf<F>;
} & {
  [F in Fs[number] as F['name'] extends RequiredNames<Fs> ? never : F['name']]?: ValueOf<F> | undefined;
};
