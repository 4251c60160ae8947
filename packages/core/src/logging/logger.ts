import { redact, redactString } from './redact';

/** Where the client's debug output goes; `console` fits. */
export interface Logger {
  debug(message: string, data?: unknown): void;
  info(message: string, data?: unknown): void;
  warn(message: string, data?: unknown): void;
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
