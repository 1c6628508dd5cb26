try { print(new Date(8.64e15 + 1).getTime()); } catch (e) { print(e.name); }
try { print(new Date(2020.7, 0.9, 1.9).getTime()); } catch (e) { print(e.name); }
try { print(new Date(275760, 8, 13).getTime()); } catch (e) { print(e.name); }
try { print(new Date(275760, 8, 13, 0, 0, 0, 1).getTime()); } catch (e) { print(e.name); }
try { print(typeof Date()); } catch (e) { print(e.name); }
try { print(typeof Date(2020, 1)); } catch (e) { print(e.name); }
// expect: NaN
// expect: 1577836800000
// expect: 8640000000000000
// expect: NaN
// expect: string
// expect: string
