'x'.repeat(2**31);
