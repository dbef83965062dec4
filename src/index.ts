// apiconform's public API. The vitest integration lives at `apiconform/vitest`, so that importing
// this module never loads vitest.

// Specs: load OpenAPI 3.0/3.1 files into an index of operations and resources; compile validators.
export { loadSpecs, loadSpecFile, type LoadOptions } from './spec/loadSpecs.js';
export { compileSchema, formatIssues, type SchemaIssue, type Validate } from './spec/compileSchema.js';
export { validateRequest, type RequestIssue, type WireRequest } from './spec/validateRequest.js';
export type { Diagnostic, LoadedSpec, Operation, OperationKind, Parameter, Resource, SpecIndex } from './spec/types.js';

// Generation: fast-check arbitraries of valid requests, and one-rule-broken invalid ones.
export { validCase } from './generate/validCase.js';
export { invalidCases } from './generate/invalidCases.js';
export type { Breakage, BrokenRule, RequestCase, ValidCaseOptions } from './generate/types.js';

// HTTP: the undici client, Twilio request building, redaction.
export { buildRequest } from './http/buildRequest.js';
export { createHttpClient } from './http/createHttpClient.js';
export { redact } from './http/redact.js';
export { toCurl } from './http/toCurl.js';
export type { Exchange, HttpRequest, HttpResponse, TransportFailure, TransportFailureCode } from './http/types.js';

// Checks: one function per check id of docs/conformance.md, judging one exchange or a sequence's recorded steps.
export { CHECK_IDS, isCheckId, type CheckId } from './checkIds.js';
export { CHECKS, judgeExchange, judgeSteps } from './checks/index.js';
export type { Check, CheckContext, ExchangeCheck, Failure, Scenario, SequenceCheck, SequenceContext, Step, StepAction } from './checks/types.js';

// Runs and reports.
export { runConformance, type RunHooks } from './run/runConformance.js';
export { BUNDLED_SPECS } from './run/bundledSpecs.js';
export { withDefaults, type ConformanceRuntime, type SuiteOptions } from './run/runtime.js';
export type { CheckResult, FailureReport, RunReport, RunSummary } from './run/report.js';
export { junitXml } from './run/writeJunitReport.js';

// The reference emulator and its named faults.
export { startEmulator, FAULTS, type Emulator, type EmulatorOptions, type Fault, type FaultName } from './emulator/index.js';

// Targets and harness errors.
export type { Credentials, Fixtures, Target } from './target.js';
export { HarnessError, isHarnessError, type HarnessErrorCode } from './errors.js';
