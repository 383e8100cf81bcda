// Runs everywhere (Node, side panel, worker): zod issues worded for the person who typed or imported the value.
import type { z } from 'zod';

/** zod's default wording ("Too big: expected number to be <=100") is for developers; messages set in a schema are kept. */
const ZOD_DEFAULT = /^(Too big|Too small|Invalid input|Invalid URL|Invalid email|Invalid string)\b/;

/** What the field expects, phrased like the schemas' own messages ("a date as YYYY-MM-DD"). */
export function readableIssue(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return `at most ${n} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `at most ${n} entries`;
      return issue.inclusive ? `${n} or less` : `less than ${n}`;
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? 'required' : `at least ${n} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return n <= 1 ? 'at least one entry' : `at least ${n} entries`;
      return issue.inclusive ? `${n} or more` : `more than ${n}`;
    }
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return 'required';
      if (issue.expected === 'int') return 'a whole number';
      if (issue.expected === 'number') return 'a number such as 1500 or 12.5';
      return 'not a valid value';
    case 'invalid_format':
      if (issue.format === 'url') return 'a web address such as https://example.com';
      if (issue.format === 'email') return 'an email address such as name@example.com';
      return 'not in the expected format';
    default:
      return 'not a valid value';
  }
}
