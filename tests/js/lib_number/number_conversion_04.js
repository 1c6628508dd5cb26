try { print(Number([1,2])); } catch (e) { print(e.name); }
try { print(Number(true)); } catch (e) { print(e.name); }
try { print(Number("\u00a012\u2029")); } catch (e) { print(e.name); }
try { print(Number("12px")); } catch (e) { print(e.name); }
try { print(Number("+0x10")); } catch (e) { print(e.name); }
try { print(Number("0x")); } catch (e) { print(e.name); }
// expect: NaN
// expect: 1
// expect: 12
// expect: NaN
// expect: NaN
// expect: NaN
