const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/u;

/** `http://<Host header>` when it is a plain host[:port]; the emulator's own base URL otherwise. */
export const requestOrigin = (host: string | undefined, fallback: string): string =>
  host !== undefined && HOST.test(host) ? `http://${host}` : fallback;
