import pkg from '../../package.json';

/** The version users see in About and `copydesk --version`. */
export const APP_VERSION: string = pkg.version;
export const APP_NAME: string = pkg.productName;
