import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunReport } from '../../../src/run/report.js';

/**
 * A temporary directory for one test's config and reports, removed by `dispose`. `artefacts` reads
 * back every file a run may have written (an absent report reads as '').
 */
export class Workspace {
  private constructor(readonly dir: string) {}

  static async create(tag: string): Promise<Workspace> {
    return new Workspace(await mkdtemp(path.join(os.tmpdir(), `apiconform-${tag}-`)));
  }

  file(name: string): string {
    return path.join(this.dir, name);
  }

  async write(name: string, content: unknown): Promise<string> {
    const file = this.file(name);
    await writeFile(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
    return file;
  }

  /** `--report-json` and `--report-junit` into this workspace, under one name. */
  reportArgs(name: string): string[] {
    return ['--report-json', this.file(`${name}.json`), '--report-junit', this.file(`${name}.xml`)];
  }

  async text(name: string): Promise<string> {
    return readFile(this.file(name), 'utf8').catch(() => '');
  }

  async report(name: string): Promise<RunReport> {
    const text = await this.text(`${name}.json`);
    if (text === '') throw new Error(`no JSON report ${name}.json was written`);
    return JSON.parse(text) as RunReport;
  }

  dispose(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true });
  }
}
