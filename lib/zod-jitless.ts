// Side panel and its workers (import first, before any module that builds a schema): zod without its JIT.
// zod compiles object parsers with `new Function` unless told not to; extension pages forbid eval (CSP), so
// the probe alone reports a CSP violation, and the build strips that code anyway (see wxt.config.ts).
import { config } from 'zod';

config({ jitless: true });
