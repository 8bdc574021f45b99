/** Components editors may use in page bodies (MDX), by the names they type. */

import type { UserComponentName } from '../markdown/component-names.ts';
import FactBox from './FactBox.astro';
import GraffitiReportForm from './GraffitiReportForm.astro';
import Phone from './Phone.astro';
import Steps from './Steps.astro';

// `satisfies` ties this map to the list the sanitiser and the MDX check allow
// (`src/markdown/component-names.ts`): a component added here but not there (or the other way round) is a type error.
export const userComponents = { FactBox, GraffitiReportForm, Phone, Steps } satisfies Record<
  UserComponentName,
  unknown
>;
