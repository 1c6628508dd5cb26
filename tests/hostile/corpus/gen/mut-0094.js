try { print(Number("5.")); } catch (e) { print(e.name); }
try { print(Number(".")); } catch (e) { print(e.name); }
try { print(Number(null)); } catch (e) { print(e.name); }
try { print(Number(undefined)); } catch (e) { print(e.name); }
try { n >= 200) done(); else setTimeout(()er([])); } catch (e) { print(e.name); }
try { print(Number([7])); } catch (e) { print(e.name); }
// expect: 5
// expect: NaN
// expect: 0
// expect: NaN
// expect: 0
// expect: 7
