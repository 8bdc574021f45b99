import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../src/lib/slugify.ts';

describe('slugify', () => {
  it.each([
    ['Anmäl klotter', 'anmal-klotter'],
    ['Medborgarlöften', 'medborgarloften'],
    ['Samverkan för ett tryggt Norrköping', 'samverkan-for-ett-tryggt-norrkoping'],
    ['Tillgänglighetsredogörelse', 'tillganglighetsredogorelse'],
    ['Å Ä Ö å ä ö', 'a-a-o-a-a-o'],
    ['EST – effektiv samordning för trygghet', 'est-effektiv-samordning-for-trygghet'],
    ['Pressinbjudan: Det oförklarade tar plats!', 'pressinbjudan-det-oforklarade-tar-plats'],
    ['Medborgarlöfte 2023–2024', 'medborgarlofte-2023-2024'],
    ['  café  Ü ', 'cafe-u'],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it('isSlug refuses upper case, å/ä/ö and stray hyphens', () => {
    for (const bad of ['Anmal', 'anmäl', '-a', 'a-', 'a--b', 'a b', '']) expect(isSlug(bad), bad).toBe(false);
  });
});
