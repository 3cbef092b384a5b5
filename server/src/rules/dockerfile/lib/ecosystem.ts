/** Moved to server/src/model/ecosystem.ts; kept until every import uses the model layer. */
export * from '../../../model/ecosystem.js';
