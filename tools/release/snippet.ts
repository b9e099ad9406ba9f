// The README's copy-paste snippets, kept true by each release. Between the markers
//   <!-- release-snippet: ... -->  and  <!-- /release-snippet -->
// each address `bone-marrow-guide@<version>/dist/<file>` gets the version being released, and
// the first `integrity` after it (an HTML attribute, `integrity="…"`, or a YAML key,
// `integrity: '…'`) gets that file's value from dist/integrity.json. So a web editor copies a
// snippet whose check is real, never a placeholder that turns the check off.

/** Files whose release markers `npm run release` fills in (docs/releases.md). */
export const snippetFiles = ['README.md'];

const region = /(<!-- release-snippet\b[^>]*-->)([\s\S]*?)(<!-- \/release-snippet -->)/g;
const address = /bone-marrow-guide@[^/"'\s]+\/(dist\/[^"'\s?#:]+)/g;
const integrityValue = /(\bintegrity\s*[=:]\s*)(["'])[^"']*\2/;

/**
 * The text with each marked snippet filled in for `version`, or undefined when it has no
 * markers. Throws when a snippet has an integrity value for a file that has none.
 */
export function fillSnippet(
  text: string,
  version: string,
  files: Readonly<Record<string, string>>,
): string | undefined {
  if (!text.match(region)) return undefined;
  return text.replace(region, (_, open: string, body: string, close: string) => {
    const starts = [...body.matchAll(address)];
    if (!starts.length) return open + body + close;
    const parts = [body.slice(0, starts[0].index)];
    starts.forEach((match, i) => {
      const file = match[1];
      // From this address to the next: the address itself, then the integrity that goes with it.
      const segment = body.slice(match.index + match[0].length, starts[i + 1]?.index ?? body.length);
      const filled = segment.replace(integrityValue, (_whole, key: string, quote: string) => {
        const value = Object.hasOwn(files, file) ? files[file] : undefined;
        if (value === undefined)
          throw new Error(`release snippet: ${file} has no integrity value in dist/integrity.json`);
        return `${key}${quote}${value}${quote}`;
      });
      parts.push(`bone-marrow-guide@${version}/${file}`, filled);
    });
    return open + parts.join('') + close;
  });
}
