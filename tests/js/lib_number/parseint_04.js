try { print(parseInt("-0x10")); } catch (e) { print(e.name); }
try { print(parseInt("0b11")); } catch (e) { print(e.name); }
try { print(parseInt("08")); } catch (e) { print(e.name); }
try { print(parseInt("9007199254740993")); } catch (e) { print(e.name); }
try { print(parseInt("123456789012345678901234567890")); } catch (e) { print(e.name); }
try { print(parseInt("ff", "16")); } catch (e) { print(e.name); }
// expect: -16
// expect: 0
// expect: 8
// expect: 9007199254740992
// expect: 1.2345678901234568e+29
// expect: 255
