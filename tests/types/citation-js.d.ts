/**
 * The part of citation-js the export tests use to read CSL-JSON and RIS back: the package ships no
 * TypeScript types. `data` is CSL-JSON.
 */
declare module '@citation-js/core' {
  export class Cite {
    static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
    data: Record<string, unknown>[];
  }
}

declare module '@citation-js/plugin-ris';
