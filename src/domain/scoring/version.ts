/**
 * Version of the scoring rules and of the score summary derived from them. Bump it with any change
 * that can change a score of the same answers: stored score summaries of an older version are then
 * ignored and recomputed (src/storage/README.md, "Score summaries"). A module of its own, so storage
 * code reads it without bundling the scoring code.
 */
export const SCORING_VERSION = 1;
