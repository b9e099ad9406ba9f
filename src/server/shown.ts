// How the render API and command quote a value a caller gave them, in an error message.
import {quoted} from '../warnings.js';

/**
 * A value as an error message quotes it: cut short, and every control or direction character
 * escaped (beyond quoted()'s JSON escapes), so no value can move a terminal's cursor or color.
 */
export function shown(value: unknown): string {
  return quoted(value).replace(
    /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
