/** Only a file named as a CSV can be read twice and is read as one whatever its first bytes (stdin cannot be read again). */
export const streamsFromFile = (file: string): boolean => file !== '-' && /\.(csv|tsv)$/i.test(file);
