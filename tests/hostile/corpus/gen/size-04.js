'x'.repeat(-1);
