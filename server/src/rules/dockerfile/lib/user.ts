/** Moved to server/src/model/user.ts; kept until every import uses the model layer. */
export * from '../../../model/user.js';
