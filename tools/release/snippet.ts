// The README's quick-start snippet, kept true by each release: between the markers
//   <!-- release-snippet: ... -->  and  <!-- /release-snippet -->
// every <script> whose src loads `bone-marrow-guide@<version>/dist/<file>` gets the version
// being released and that file's integrity value from dist/integrity.json. So a web editor
// copies a snippet whose check is real, never a placeholder that turns the check off.

/** Files whose release markers `npm run release` fills in (docs/releases.md). */
export const snippetFiles = ['README.md'];

const region = /(<!-- release-snippet\b[^>]*-->)([\s\S]*?)(<!-- \/release-snippet -->)/g;
const scriptTag = /<script\b[^>]*>/g;
const source = /bone-marrow-guide@[^/"'\s]+\/(dist\/[^"'\s?#]+)/;

/**
 * The text with each marked snippet filled in for `version`, or undefined when it has no
 * markers. Throws when a snippet loads a file that has no integrity value.
 */
export function fillSnippet(
  text: string,
  version: string,
  files: Readonly<Record<string, string>>,
): string | undefined {
  if (!text.match(region)) return undefined;
  return text.replace(region, (_, open: string, body: string, close: string) => {
    const filled = body.replace(scriptTag, (tag) => {
      const file = source.exec(tag)?.[1];
      if (file === undefined) return tag;
      const value = Object.hasOwn(files, file) ? files[file] : undefined;
      if (value === undefined)
        throw new Error(`release snippet: ${file} has no integrity value in dist/integrity.json`);
      const versioned = tag.replace(source, (match) => match.replace(/@[^/]+\//, `@${version}/`));
      return /\bintegrity\s*=\s*"[^"]*"/.test(versioned)
        ? versioned.replace(/\bintegrity\s*=\s*"[^"]*"/, `integrity="${value}"`)
        : versioned.replace(/\s*>$/, `\n  integrity="${value}"\n>`);
    });
    return open + filled + close;
  });
}
