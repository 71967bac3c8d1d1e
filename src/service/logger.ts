/** Values a log line may carry: counts, durations, fixed words. Never an address, a number or a key. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/** Receives one event of the service: `request`, `upstream`, `store-error`, `listening`… */
export type Logger = (event: string, fields?: LogFields) => void;

export interface JsonLoggerOptions {
  /** Where each line goes (stdout by default). */
  write?: (line: string) => void;
  /** Strings masked wherever they would appear (the API key), as a second line of defence. */
  secrets?: readonly string[];
  now?: () => number;
}

/** One JSON object per line: `{"time":"…","event":"request","status":200,…}`. */
export function jsonLogger({write = console.log, secrets = [], now = Date.now}: JsonLoggerOptions = {}): Logger {
  const masked = secrets.filter((secret) => secret.length >= 4);
  return (event, fields = {}) => {
    let line = JSON.stringify({time: new Date(now()).toISOString(), event, ...fields});
    for (const secret of masked) line = line.split(secret).join('[redacted]');
    write(line);
  };
}

/** A logger that drops everything (benchmarks, embedding apps with their own logs). */
export const silentLogger: Logger = () => {};
