/**
 * Where the remembered texts are kept in localStorage (see remembered-texts.ts), in a module of
 * its own so that the early script, which must share no module with the bundle, gets it too
 * (through Vite's `define`, see vite.config.ts).
 */
export const REMEMBERED_TEXTS_KEY = 'topup:remembered-texts';
