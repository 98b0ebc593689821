// Gateway API schemas (requests and answers of /api/v1).
export * from './exchanges.ts';
export * from './submissions.ts';
