// regression (fuzz_run): LOOP offset 0 (empty body) was never interrupted.
while (true);
