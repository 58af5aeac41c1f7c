/** `PRAGMA application_id` of every Copydesk project: the bytes 'CDSK'. */
export const APPLICATION_ID = 0x4344534b;

/** The file extension of a project. */
export const PROJECT_EXTENSION = '.copydesk';
