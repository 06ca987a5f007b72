export * from './date.ts';
export * from './diagnostic.ts';
export * from './document.ts';
export * from './legend.ts';
export * from './person.ts';
export * from './report.ts';
export * from './source.ts';
export * from './correction.ts';
