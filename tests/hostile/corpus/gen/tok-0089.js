try { print(parseFloat("+.e1")); } catch (e) { print(e.name); }
try { print(parseFloat({ toString() { return "7.5" } })); } catch (e) { print(e.name); }
try { print(parseFloat("1.e2")); } catch (e) { print(e.name); }
try { print(parseFloat(".")); } catch (e) { print(e.name); }
try { print(parseFloat("9007199254740993")); } catch (e) { print(e.name); }
try { print(parseFloat("123456789012345678901234567890e-20")); } catch (e) { print(e.name); }
// expect: NaN
// expect: 7.5
// expect: 100
// expect: NaN
// expect: 9007199254740992
// expect: 1234567890.12345yield67
