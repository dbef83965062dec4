// One spec-load measurement in a fresh process (validators are cached per process).
// argv: <ours|deref> <file>... Run with --expose-gc. Prints one JSON line.
//   ours:  loadSpecs (read, meta-schema validation, swagger-parser validate+dereference, normalise,
//          flatten, group) then compileSchema on every response schema and request body schema.
//   deref: @apidevtools/swagger-parser's dereference alone, file by file.
const startedAt = performance.now();
const [mode, ...files] = process.argv.slice(2);
const gc = globalThis.gc ?? (() => undefined);

let work;
if (mode === 'ours') {
  const { loadSpecs } = await import('../dist/spec/loadSpecs.js');
  const { compileSchema } = await import('../dist/spec/compileSchema.js');
  work = async () => {
    const index = await loadSpecs(files);
    const loadedAt = performance.now();
    let validators = 0;
    for (const operation of index.operations) {
      for (const response of operation.responses) {
        if (response.schema !== undefined) compileSchema(response.schema), (validators += 1);
      }
      if (operation.requestBody) compileSchema(operation.requestBody.schema), (validators += 1);
    }
    return { loadedAt, operations: index.operations.length, validators, specs: index.specs.length };
  };
} else if (mode === 'deref') {
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  work = async () => {
    for (const file of files) await SwaggerParser.dereference(file);
    return { specs: files.length };
  };
} else {
  throw new Error(`unknown mode ${mode}`);
}
const importedAt = performance.now();
gc();
const rssAfterImportMB = process.memoryUsage().rss / 2 ** 20;
const t0 = performance.now();
const { loadedAt, ...result } = await work();
const doneAt = performance.now();
console.log(
  JSON.stringify({
    mode,
    ...result,
    importMs: importedAt - startedAt,
    workMs: doneAt - t0,
    loadMs: loadedAt === undefined ? undefined : loadedAt - t0,
    compileMs: loadedAt === undefined ? undefined : doneAt - loadedAt,
    totalMs: doneAt - startedAt,
    rssAfterImportMB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
