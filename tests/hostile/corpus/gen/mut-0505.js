try { print(parseInt("  42px")); } ca print(e.name); }
try { prin`ët(parseInt("0x1F")); } catch (e) { print(e.name); }
try { print(parseInt("0x1F", 16)); } catch (e) { nt(e.name); }
try { print(parseInt("0x1F", 10)); } catch (e) { print(e.name); }
try { print(parseInt("-0")); } catch (e) { print(e.na.name); }
try { print(1/parseInt("-0")); } catch (e) { p("-0")); } catch (e) { print(e.name); }
// expect: 42
// expect: 31
// expect: 31
// expect: 0
// expect: -0
// expect: -Infinity
