import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { specIdOf } from './specIdOf.js';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { HarnessError } from '../errors.js';

export interface SpecFile {
  /** The spec id: the file's base name without extension (`chat_v2`). */
  id: string;
  file: string;
  openapi: string;
  /** The document as written, `$ref`s included. */
  raw: Record<string, unknown>;
}

const SPEC_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

/** Files named directly, and every .json/.yaml/.yml file directly inside a named directory, sorted. */
export async function expandSpecPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (!info) throw new HarnessError('SPEC_NOT_FOUND', `${given}: no such file or directory`, { file: given });
    if (!info.isDirectory()) {
      files.push(given);
      continue;
    }
    const inside = (await readdir(given))
      .filter((name) => SPEC_EXTENSIONS.has(path.extname(name).toLowerCase()))
      .sort()
      .map((name) => path.join(given, name));
    if (inside.length === 0) {
      throw new HarnessError('SPEC_NOT_FOUND', `${given}: directory has no .json, .yaml or .yml file`, { file: given });
    }
    files.push(...inside);
  }
  return files;
}

function parseText(file: string, text: string): unknown {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new HarnessError('SPEC_PARSE', `${file}: invalid JSON: ${(error as Error).message}`, { file });
    }
  }
  try {
    return parseYaml(text, { prettyErrors: true, maxAliasCount: 1000 });
  } catch (error) {
    throw new HarnessError('SPEC_PARSE', `${file}: invalid YAML${yamlProblem(error as Error, text)}`, { file });
  }
}

/**
 * ` at line 3, column 10: <reason>: <that line>`. The yaml library's message ends in "column 10:" and
 * then a multi-line excerpt; a one-line message keeps the position and shows the line itself instead.
 */
function yamlProblem(error: Error, text: string): string {
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
  if (!(error instanceof YAMLParseError) || !error.linePos) return `: ${reason}`;
  const { line, col } = error.linePos[0];
  const offending = text.split(/\r?\n/u)[line - 1]?.trim();
  return ` at line ${line}, column ${col}: ${reason}: ${offending ? JSON.stringify(offending) : '(end of file)'}`;
}

/** Reads one file and checks that it is an OpenAPI 3.0 or 3.1 document; nothing more. */
export async function readSpecFile(file: string): Promise<SpecFile> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
    throw new HarnessError('SPEC_NOT_FOUND', `${file}: ${reason}`, { file });
  });
  const raw = parseText(file, text);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new HarnessError('SPEC_PARSE', `${file}: not an OpenAPI document (the top level must be an object)`, {
      file,
    });
  }
  const document = raw as Record<string, unknown>;
  if (document.swagger !== undefined) {
    throw new HarnessError(
      'SPEC_VERSION',
      `${file}: Swagger ${String(document.swagger)} is not supported; convert it to OpenAPI 3.0 or 3.1`,
      { file, pointer: '/swagger' },
    );
  }
  const version = document.openapi;
  if (typeof version !== 'string' || !/^3\.[01]\.\d+$/u.test(version)) {
    const found = version === undefined ? 'no "openapi" field' : `openapi ${JSON.stringify(version)}`;
    throw new HarnessError('SPEC_VERSION', `${file}: ${found}; expected OpenAPI 3.0.x or 3.1.x`, {
      file,
      pointer: '/openapi',
    });
  }
  return { id: specIdOf(file), file, openapi: version, raw: document };
}
