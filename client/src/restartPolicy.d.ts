export interface CloseDecision {
    restart: boolean;
    /** What to tell the user, when anything: the first restart, or giving up. */
    message?: {
        level: 'information' | 'error';
        text: string;
    };
}
export interface RestartPolicy {
    /** The server process ended unexpectedly: what now. */
    closed(): CloseDecision;
    /** The user restarted the server: earlier stops no longer count towards giving up. */
    reset(): void;
}
export declare function restartPolicy(options?: {
    limit?: number;
    windowMs?: number;
    now?: () => number;
}): RestartPolicy;
