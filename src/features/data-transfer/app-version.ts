/** The app version written into exports (from package.json; only this field is bundled). */
export { version as APP_VERSION } from '../../../package.json';
