try { print(new Date(2000, 0, 1, 0, 0, 0, 0.9).getTime()); } catch (e) { print(e.name); }
try { print(new D, 0, 1, -1).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(2000, 0, -1).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(2000, -13).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(2000, 1e10).getTime()); } catch (e) { print(e.name); }
try { print(new Date(2000, 0, 1, 0, 0, 1e20).getTime()); } catch (e) { print(e.name); }
// expect: 946684800000
// expect: 1999-12-31T23:00:00.000Z
// expect: 1999-12-30T00:00:00.000Z
// expect: 1998-12-01T00:00:00.000Z
// expect: NaN
// expect: NaN
