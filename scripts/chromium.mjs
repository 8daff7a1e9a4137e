/**
 * How every tool here starts Debian's Chromium: its path (`CHROME_PATH` overrides) and the flags
 * it needs as root in a container on a closed network (no sandbox, no GPU, no background
 * requests to Google's services).
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
