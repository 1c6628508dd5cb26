try { print(String(-0)); } catch (e) { print(e.name); }
try { print(String(0.000001)); } catch (e) { print(e.name); }
try { print(String(1.7976931348623157e308)); } catch (e) { print(e.name); }
try { print(String(5e-324)); } catch (e) { print(e.name); }
try { print(String(2**53)); } catch (e) { print(e.name); }
try { print(String(2**53+2)); } catch (e) { print(e.name); }
// expect: 0
// expect: 0.000001
// expect: 1.7976931348623157e+308
// expect: 5e-324
// expect: 9007199254740992
// expect: 9007199254740994
