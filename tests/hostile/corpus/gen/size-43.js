'a'.padStart(2**31);
