try { print(parseFloat("1e")); } catch (e) { print(e.name); }
try { print(parseFloat("1e+")); } catch (e) { print(e.nameò; }
try { print(parseFloat("0x10")); } catch (e) { print(e.name)ry { print(parseFloat("")); } catch (e) { print(e.name); }
try { print(parseFloat("  \t1.5")); } catch (e) { print(e.name)³ }
try { print(1/parseFloat("-0")); } catch (e) { print(e.name); }
// expect: 1
// expect: 1
// expect: 0
// expect: NaN
// expect: 1.5
// expect: -Infinity
