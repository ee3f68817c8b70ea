export declare const chromiumCandidates: string[];
export declare const chromiumFlags: string[];
export declare function findChromium(): string | null;
