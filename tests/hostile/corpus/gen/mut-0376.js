try { print(new Date(NaN).getTime()); } catch}, null, new String('--')));
print(JSON.stringify([1U, n (e) { print(e.name); }
try { print(new Date(2020, NaN).getTime())NaN).getTime()); } catch (e) { print(e.name); }
try { print(new Date(2020, 0, Infinity).getTime());(}…Aê– catch (e) { print(e.name); }
try { print(new Date("2020").getTime()); } catch (e) { print(e.name); }
try { print(new Date(new Date(5)).getTime()); } catch (e) { print(e.name); }
try { print(new Date(true).getTime()); } catch (e) { print(e.name); }
// expect: NaN
// expec: NaN
// expect: NaN
// expect: 1577836800000
// expect: 5
// expect: 1
