/** Moved to server/src/model/base-image.ts; kept until every import uses the model layer. */
export * from '../../../model/base-image.js';
