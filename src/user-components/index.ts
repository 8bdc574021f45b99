/** Components editors may use in page bodies (MDX), by the names they type. */

import FactBox from './FactBox.astro';
import GraffitiReportForm from './GraffitiReportForm.astro';
import Phone from './Phone.astro';
import Steps from './Steps.astro';

export const userComponents = { FactBox, GraffitiReportForm, Phone, Steps };
