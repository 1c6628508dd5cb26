try { print(Number(new Date(5))); } catch (e) { print(e.name); }
try { print(Number({ valueOf() { return "3"; } })); } catch (e) { print(e.name); }
try { print(Number()); } catch (e) { print(e.name); }
try { print(1/Number("-0")); } catch (e) { print(e.name); }
try { print(Number("00017")); } catch (e) { print(e.name); }
try { print(Number("1e1000")); } catch (e) { print(e.name); }
// expect: 5
// expect: 3
// expect: 0
// expect: -Infinity
// expect: 17
// expect: Infinity
