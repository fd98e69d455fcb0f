import type { ValidationRule } from 'graphql';
import { queryTooComplex } from './query-too-complex';

/** Counts the fragment definitions and spreads written in the document (not expanded): one pass, linear. */
export function documentSizeRule(limits: { maxFragments: number; maxSpreads: number }): ValidationRule {
  return (context) => {
    let fragments = 0;
    let spreads = 0;
    return {
      FragmentDefinition() {
        fragments += 1;
      },
      FragmentSpread() {
        spreads += 1;
      },
      Document: {
        leave() {
          if (fragments > limits.maxFragments) {
            context.reportError(queryTooComplex(`the document defines ${fragments} fragments, over the limit of ${limits.maxFragments}`, 'fragments'));
          }
          if (spreads > limits.maxSpreads) {
            context.reportError(queryTooComplex(`the document spreads fragments ${spreads} times, over the limit of ${limits.maxSpreads}`, 'spreads'));
          }
        },
      },
    };
  };
}
