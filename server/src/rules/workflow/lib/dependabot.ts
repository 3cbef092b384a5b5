/** Moved to server/src/model/dependabot.ts; kept until every import uses the model layer. */
export * from '../../../model/dependabot.js';
