// Types for chromium.mjs, which stays plain JavaScript so ensure-browser.mjs can run before
// anything is compiled.
export declare const CHROMIUM_ARGS: string[]
export declare function chromiumOnPath(pathVar?: string): string | undefined
export declare function resolveChromium(env?: NodeJS.ProcessEnv): string | undefined
