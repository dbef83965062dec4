/**
 * A small, strict reader of the JUnit XML apiconform writes: enough to check that the file is well
 * formed (every element closed, attributes quoted) and to read its counts and test cases back.
 */
export interface JunitCase {
  classname: string;
  name: string;
  failure: string | undefined;
  skipped: boolean;
}

const unescape = (text: string): string =>
  text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z_:-]+)="([^"]*)"/gu)) found[match[1]!] = unescape(match[2]!);
  return found;
}

export function parseJunit(xml: string): { tests: number; failures: number; skipped: number; testcases: JunitCase[] } {
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) throw new Error('no XML declaration');
  const stack: string[] = [];
  for (const match of xml.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/gu)) {
    const [, closing, name, , selfClosing] = match;
    if (closing) {
      if (stack.pop() !== name) throw new Error(`mismatched </${name}>`);
    } else if (!selfClosing) {
      stack.push(name!);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  const root = attributes(/<testsuites([^>]*)>/u.exec(xml)?.[1] ?? '');
  const testcases = [...xml.matchAll(/<testcase([^>]*)>([\s\S]*?)<\/testcase>/gu)].map((match) => {
    const attrs = attributes(match[1]!);
    const failure = /<failure message="([^"]*)"/u.exec(match[2]!)?.[1];
    return { classname: attrs.classname!, name: attrs.name!, failure: failure === undefined ? undefined : unescape(failure), skipped: /<skipped/u.test(match[2]!) };
  });
  return { tests: Number(root.tests), failures: Number(root.failures), skipped: Number(root.skipped), testcases };
}
