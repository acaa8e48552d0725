/** Writes .br and .gz copies beside every compressible file of `folder`; returns how many. */
export function precompressFolder(folder: string): number;
