/** What other capabilities may use of petitions (VOC); everything else in this folder is private to it. */
export * from './voc.enums';
export * from './petition-events';
export * from './reference-data';
export * from './standard-workflow';
export * from './voc-deadlines';
