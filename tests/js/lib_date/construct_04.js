try { print(new Date(null).getTime()); } catch (e) { print(e.name); }
try { print(new Date(undefined).getTime()); } catch (e) { print(e.name); }
try { print(new Date("1970").getTime()); } catch (e) { print(e.name); }
try { print(new Date([2020, 1, 2]).getTime()); } catch (e) { print(e.name); }
try { print(new Date(1.9).getTime()); } catch (e) { print(e.name); }
try { print(new Date(-1.9).getTime()); } catch (e) { print(e.name); }
// expect: 0
// expect: NaN
// expect: 0
// expect: 1577923200000
// expect: 1
// expect: -1
