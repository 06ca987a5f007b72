/**
 * The person who answers for the edition's data files, from the environment variable
 * `EDITION_CONTACT` (`EDITION_CONTACT="Иванов Иван <ivanov@example.org>"`), set by whoever publishes a
 * build, as `EDITION_SITE` is. The CMIF file names this person as its `editor`, the contact
 * correspSearch writes to; no such person has been named for the edition, and none is invented:
 * unset, the file says that no one is named (src/lib/export/cmif.ts).
 *
 * Pure apart from reading the variable.
 */

/** The environment variable that names the contact. */
export const CONTACT_SETTING = 'EDITION_CONTACT';

export interface Contact {
  name: string;
  /** An e-mail address, when given (`<…>` after the name). */
  email: string | null;
}

/**
 * Reads `Name <e-mail>` or `Name`; empty or `undefined` gives `null`. Throws with the setting's name
 * and an example when the value has an e-mail address that is not one, or no name.
 */
export function parseContact(value: string | undefined): Contact | null {
  const given = value?.trim() ?? '';
  if (given === '') return null;
  const match = /^(.*?)\s*(?:<([^<>]*)>)?$/u.exec(given);
  const name = match?.[1]?.trim() ?? '';
  const email = match?.[2]?.trim() ?? null;
  if (name === '' || (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(email))) {
    throw new Error(`${CONTACT_SETTING}=${given}: expected a name and, if any, an e-mail address in angle brackets, e.g. ${CONTACT_SETTING}="Иванов Иван <ivanov@example.org>"`);
  }
  return { name, email };
}

/** The contact from `EDITION_CONTACT`, or `null` when it is not set (and in a browser). */
export function editionContact(): Contact | null {
  return parseContact(typeof process === 'undefined' ? undefined : process.env[CONTACT_SETTING]);
}
