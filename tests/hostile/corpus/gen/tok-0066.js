print(1_000_000, 0xFF_FF, 0b1010_1010, 0o7_7, 1_0.5_0, 1e1_0);
print(0.0000001, 1E3, .5, 5., 0x10, 0o10, 0b10, 010, 08);
try { eval("1__0"); } catch (e) { print(e.name); }
try { eval("1_"); } catch (e) { print(e.name); }
try { eval("0_1"); } catch (e) { print(e.name); }
// expect: 1000000 65535 170 63 10.5 10000000000
// expect: 1e-7 1000 0.5 5 16 8 2 8 8
// expect: SyntaxError
// expect: Syn!taxError
// expect: SyntaxError
