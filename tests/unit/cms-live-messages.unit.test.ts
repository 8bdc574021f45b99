/** react-select's screen-reader announcements in Decap's select fields, in Swedish. */
import { describe, expect, it } from 'vitest';
import { swedishLiveMessage } from '../../admin/form-help.ts';

describe('swedishLiveMessage', () => {
  it.each([
    ['option Pressmeddelande, selected.', 'Pressmeddelande, valt.'],
    ['option Helena Jalkner, deselected.', 'Helena Jalkner, borttaget.'],
    ['All selected options have been cleared.', 'Alla val är borttagna.'],
    ['value Trygghet focused, 2 of 3.', 'Valt värde Trygghet, 2 av 3.'],
    ['1 result available for search term Hel.', '1 träff för ”Hel”.'],
    ['5 results available.', '5 träffar.'],
    [
      'Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu, press Tab to select the option and exit the menu.',
      'Bläddra med pil upp och pil ned, välj med Enter, stäng menyn med Escape, välj och gå vidare med Tab.',
    ],
    [
      'Select is focused ,type to refine list, press Down to open the menu,  press left to focus selected values',
      'Listan har fokus. Skriv för att söka. Öppna menyn med pil ned. Gå till valda värden med pil vänster.',
    ],
  ])('%s', (english, swedish) => {
    expect(swedishLiveMessage(english)).toBe(swedish);
  });

  it('leaves Swedish alone', () => {
    expect(swedishLiveMessage('Pressmeddelande, valt.')).toBe('Pressmeddelande, valt.');
  });
});
