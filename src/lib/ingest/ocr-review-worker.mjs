// The entry of the OCR review's thread (ocr-review-thread.ts): a thread does not inherit the process's
// TypeScript loader, so it registers tsx's, then runs the review (ocr-review-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./ocr-review-worker.ts');
