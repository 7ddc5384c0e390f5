import type { UserConfig } from 'vite';

export declare const oxc: NonNullable<UserConfig['oxc']>;
export declare const external: RegExp[];
