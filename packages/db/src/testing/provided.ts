/** What the global setup hands to test files through Vitest's provide/inject. */
declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServer: { adminUrl: string; template: string };
  }
}

export {};
