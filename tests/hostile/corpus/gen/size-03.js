'x'.repeat(Infinity);
