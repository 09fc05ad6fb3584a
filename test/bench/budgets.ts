/**
 * What `npm run bench` holds the code to. A figure beyond its budget fails the run; raise a
 * budget only with a reason written in docs/benchmarks.md.
 */
export const BUDGETS = {
  /** Minified bundle of one deployed function, in bytes. */
  bundleBytes: 500 * 1024,
  /** Median wall time of a cold `node` importing the bundle, minus a bare `node`, in ms. */
  coldInitOverheadMs: 60,
  /** Requests per second of the local API divided by those of a bare `node:http` server. */
  localToBareThroughput: 0.25,
} as const;

export type Budgets = typeof BUDGETS;
