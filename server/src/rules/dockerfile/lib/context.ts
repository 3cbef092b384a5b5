/** Moved to server/src/model/context.ts; kept until every import uses the model layer. */
export * from '../../../model/context.js';
