/**
 * The patterns some widgets' values must match, written once: the zod schemas (`to-zod.ts`) check
 * entries with them at build time, and the Decap config (`to-decap.ts`) hands their source to the
 * CMS, so the editor refuses exactly what the build would refuse.
 */
import { z } from 'zod';

/** Links editors may enter: web, site-relative, e-mail and phone; other schemes (`javascript:`) are refused. */
export const SAFE_URL = /^(https?:\/\/[^\s]+|\/[^\s]*|mailto:[^\s]+|tel:[^\s]+)$/i;

/** Phone numbers as Swedes write them: `0123-45 67 89`, `114 14`, `+46 123 45 67 89`. */
export const PHONE = /^\+?[0-9][0-9 \-()]{1,20}[0-9]$/;

/** E-mail addresses: zod's own pattern, the one `z.email()` checks by default. */
export const EMAIL: RegExp = z.regexes.email;
