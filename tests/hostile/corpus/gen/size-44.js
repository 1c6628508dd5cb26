'a'.padEnd(2**30, 'xyz');
