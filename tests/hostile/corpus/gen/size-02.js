'x'.repeat(2**53);
