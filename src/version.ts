// The tool's version, as published in every report.
export const VERSION = '0.1.0';
