export const CHROME_PATH: string;
export const CHROME_ARGS: string[];
