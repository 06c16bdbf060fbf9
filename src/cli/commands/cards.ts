import { UserCardInputSchema } from '../../core/interview/records.js';
import { addUserCards } from '../../db/interviews.js';
import { pickAccount, withDatabase } from '../database.js';
import { print, printJson } from '../output.js';
import { defined, parseInput } from '../validate.js';

export interface CardAddOptions {
  topic?: string;
  round?: string[];
  prompt?: string;
  answer?: string;
  email?: string;
  json?: boolean;
}

/**
 * `mlpath cards add`: a question of the user's own in the bank, reviewed with the catalog's cards
 * (the web app's "Add a card"). Checked by the API's schema before anything is written.
 */
export async function cardsAdd(options: CardAddOptions): Promise<void> {
  const input = parseInput(
    UserCardInputSchema,
    defined({
      topic: options.topic,
      rounds: options.round,
      prompt: options.prompt,
      answer: options.answer,
    }),
    { topic: '--topic', rounds: '--round', prompt: '--prompt', answer: '--answer' },
  );
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const [card] = await addUserCards(db, account.id, [input]);
    if (!card) throw new Error('the card was not saved');
    if (options.json) return printJson({ ...card, source: 'user' });
    print(`Added your ${card.topic} card ${card.id}; it comes up as new in mlpath review.`);
  });
}
