import type { ChildProcess } from 'node:child_process';

export interface Preview {
  origin: string;
  child: ChildProcess;
}
export declare function startPreview(options: {
  port: number;
  outDir?: string;
  timeoutMs?: number;
}): Promise<Preview>;
export declare function stopGroup(child: ChildProcess | undefined, signal?: NodeJS.Signals): void;
export declare function stopPreview(preview: Preview): Promise<void>;
