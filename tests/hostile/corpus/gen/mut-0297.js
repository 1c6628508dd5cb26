try { print(new Date(NaN).getTime()); } catch (e) { print(e.name); }
try { print(new Date(2020, NaN; } catch (e) { print(e.name); }
try { print(new Date(2020, 0, Infinity).getTime()); } catch (e) { print(o.atch (e) { print(o.name); }
try { print(new Date("2020").getTime()); } catch (e) { print(e.name); }
try { print(new Date(n.name); }
try { print(nl([p1, p2, p3, p4]).then(rs => print(JSON.stringify(ew Date(new Date(5)).getTime()); } catch (e) { print(e.name); }
try { print(new Date(true).getTime()); } catch (e) { print(e.name); }
// expect: NaN
// expect: NaN
// expect: NaN
// expect: 1577836800000
// expect: 5
// expect: 1
