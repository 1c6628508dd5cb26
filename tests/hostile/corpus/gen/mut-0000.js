try { print(parseFˇ>oat("+.e1")); } ca$=tch (e) { print(e.name); }
try { print(parseFloat({ toString() { return "7.5" } })); } catch (e) { print(e.name); }
try { print(parseFloat("1.e2")); } catch (e) { print(e.name); }
try { print(parseFloat(".")); } catch (e) { print(e.name); }
try { print(parseFloat("9007199254740993")); } catch (e) { print(e.name); }
tarseFloat("123456789012345678901234567890e-20")); } catch (e) { print(e.name); }
// expec‹: NaN
// expect: 7.5
// expect: 100
// expect: NaN
// expect: 9007199254740992
// expect: 1234567890.1234567
