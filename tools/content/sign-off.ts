/**
 * Sign-offs bound to the text (fact M1): a "reviewed" date is shown only while the text is
 * exactly what a reviewer approved. Each sign-off in content/sign-offs.yaml holds a fingerprint
 * of the text approved, computed here: for English, every message (id and words) and the
 * structure they sit in; for a translation, every message's text as that language shows it.
 * The build computes the same fingerprint for what it ships and compares; each message's own
 * digest lets it name the messages changed since.
 */
import {createHash} from 'node:crypto';
import type {PackedStructure} from '../../src/content/model.js';
import type {Message} from './catalogue.js';
import type {GuideContent, SignOff} from './model.js';

/** What a reviewer approves: each message's digest, by id, and the fingerprint of the whole. */
export interface SignedText {
  digests: Record<string, string>;
  fingerprint: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A message's digest: short, since it only has to tell one wording from another. */
const digestOf = (text: string | null) => (text === null ? 'untranslated' : sha256(text).slice(0, 12));

function signed(entries: readonly (readonly [id: string, text: string | null])[], rest: unknown): SignedText {
  const digests = Object.fromEntries(entries.map(([id, text]) => [id, digestOf(text)]));
  return {digests, fingerprint: sha256(JSON.stringify([entries, rest])).slice(0, 32)};
}

/**
 * The English text as a clinical reviewer reads it: every message, where it sits (the packed
 * structure: sections, blocks, drawings), and the facts' date. Not the edit date or the next
 * review date, which are editorial: changing them changes nothing a reviewer approved.
 */
export function englishSignedText(content: GuideContent, messages: readonly Message[], packed: PackedStructure) {
  const {elements, glossary, drawings} = packed;
  return signed(
    messages.map(({id, text}) => [id, text] as const),
    {elements, glossary, drawings, factsCurrentAsOf: content.dates.factsCurrentAsOf},
  );
}

/** A translation as a medical translator reads it: each message's text in that language (null: not translated). */
export function translationSignedText(messages: readonly Message[], strings: readonly (string | null)[]) {
  return signed(
    messages.map(({id}, i) => [id, strings[i]] as const),
    null,
  );
}

export interface SignOffState {
  /** The sign-off that approved exactly this text, if any. */
  approved?: SignOff;
  /** The latest sign-off for this language, if any. */
  last?: SignOff;
  /** Since `last`: the ids of the messages added, removed or changed. */
  changed: string[];
}

/** Where a language's text stands against its latest sign-off. */
export function signOffState(signOffs: readonly SignOff[], language: string, text: SignedText): SignOffState {
  // The latest by date; of two on one day, the one written last.
  const last = signOffs
    .map((signOff, order) => ({signOff, order}))
    .filter(({signOff}) => signOff.language === language)
    .sort((a, b) => a.signOff.date.localeCompare(b.signOff.date) || a.order - b.order)
    .at(-1)?.signOff;
  if (!last) return {changed: []};
  if (last.fingerprint === text.fingerprint) return {approved: last, last, changed: []};
  const ids = new Set([...Object.keys(last.messages), ...Object.keys(text.digests)]);
  const digest = (digests: Readonly<Record<string, string>>, id: string) =>
    Object.hasOwn(digests, id) ? digests[id] : undefined;
  const changed = [...ids].filter((id) => digest(last.messages, id) !== digest(text.digests, id));
  return {last, changed};
}

/** One line for the build's output: where a language's sign-off stands, and what patients see. */
export function signOffLine(language: string, state: SignOffState): string {
  const who = language === 'en' ? 'a clinical reviewer' : 'a medical translator';
  if (state.approved) return `sign-off: ${language}: approved by ${who} on ${state.approved.date}; shown to readers`;
  if (!state.last) {
    return `sign-off: ${language}: no sign-off recorded; readers are told no ${who.slice(2)} has approved it`;
  }
  const {changed} = state;
  const which = changed.length
    ? `${changed.length} message(s) changed since: ${changed.slice(0, 8).join(', ')}${changed.length > 8 ? ', …' : ''}`
    : 'the structure changed since (sections, blocks or their order), no message did';
  return (
    `sign-off: ${language}: the text differs from what ${who} approved on ${state.last.date} (${which}); ` +
    'readers see no reviewed date until it is approved again (npm run sign-off)'
  );
}
