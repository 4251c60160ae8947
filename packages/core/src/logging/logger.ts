import { redact, redactString } from './redact';

/** Where the client's debug output goes; `console` fits. */
export interface Logger {
  /** Detail for debugging (requests, retries); only written with `debug` or a logger. */
  debug(message: string, data?: unknown): void;
  /** Normal operation worth noting. */
  info(message: string, data?: unknown): void;
  /** Something recoverable went wrong (a retried attempt, a deprecated call). */
  warn(message: string, data?: unknown): void;
  /** A call failed for good. */
  error(message: string, data?: unknown): void;
}

/** A log level the client writes at. */
export type LogLevel = keyof Logger;

/** The client's single way to log: everything passes through {@link redact} first. */
export type Log = (level: LogLevel, message: string, data?: unknown) => void;

/** Builds the client's log function from its `logger`/`debug` options (a no-op without either). */
export function createLog(logger: Logger | undefined, debug: boolean | undefined): Log {
  const target = logger ?? (debug ? console : undefined);
  if (!target) return () => {};
  return (level, message, data) => {
    const line = `[apotheca] ${redactString(message)}`;
    if (data === undefined) target[level](line);
    else target[level](line, redact(data));
  };
}
